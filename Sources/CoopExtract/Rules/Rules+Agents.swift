import CoopModel

/// Who an agreement binds when the text names them after it: "ratifiée par l'Algérie", "signé à
/// Jakarta le 9 septembre 2019 par le Ministère … et le Ministère indonésien …".
extension DocumentExtraction {
    /// "une convention … a été ratifiée par l'Algérie le 23 février 2011": the bodies or countries
    /// after "par" that follows a signing participle, within twenty-two tokens of the agreement
    /// ("un protocole … chinoises en Algérie a été signé à cette occasion par …").
    func agentsAfter(_ sentence: Sentence, _ agreement: Mention) -> [EntityID] {
        // ("La convention « Sauvegarde et restauration des mosaïques … » a été signée à Rome le
        // 12 avril 2022 par …": counted from the end of the title in quotation marks.)
        let start = quotedTitleEnd(sentence, from: agreement.end) ?? agreement.end
        guard let by = (start..<min(start + 22, sentence.range.upperBound)).first(where: {
            sentence.key($0, is: "par") && participle(sentence, before: $0)
        }) else { return [] }
        let isAgent = { (mention: Mention) in (mention.kind == .country || mention.kind == .institution) && !mention.adjective }
        // "par le président de Hassad Food et le Ministre": the head of a body signs for it.
        var agents = joinedMentions(sentence, from: headOfficeEnd(sentence, from: by + 1) ?? by + 1, accepts: isAgent)
        // "par le Ministre de l'Intérieur et par le Ministre malien …": "par" before each; "… et le
        // président de Hassad Food": a head of office before the next.
        while let last = agents.last, sentence.key(last.end, is: "et") {
            var next = last.end + 1
            if sentence.key(next, is: "par") { next += 1 }
            next = headOfficeEnd(sentence, from: next) ?? next
            let more = joinedMentions(sentence, from: next, accepts: isAgent)
            guard let first = more.first, first.first <= next + 2, !agents.contains(where: { $0.first == first.first }) else { break }
            agents += more
        }
        // "… et le président de Hassad Food, société … filiale de la Qatar Investment Authority":
        // the body a signer answers to (named after the marker, or in an apposition read with it) signs nothing.
        // (A copy of the markers, not `self` captured by the closure.)
        let markers = authorityMarkers
        if let cut = agents.indices.dropFirst().first(where: { position in
            (agents[position - 1].first..<agents[position].end).contains { sentence.key($0, in: markers) }
        }) {
            agents.removeSubrange(cut...)
        }
        // "adoptée par l'UNESCO en 1972": an organisation that adopts a convention is no party to it.
        let adoptedBy = sentence.key(by - 1, in: Self.adoptionParticiples) || sentence.key(by - 2, in: Self.adoptionParticiples)
        return agents.map(\.id).filter { !$0.rawValue.isEmpty && !(adoptedBy && store.type(of: $0) == .organisation) }
    }

    /// The token after the closing quotation mark of a title that opens at `start` (within
    /// thirty tokens); nil when no title opens there.
    func quotedTitleEnd(_ sentence: Sentence, from start: Int) -> Int? {
        guard sentence.range.contains(start), vocabulary.wordClasses.classes(of: sentence.tokens[start]).contains(.quotationMark) else { return nil }
        let limit = min(sentence.range.upperBound, start + 30)
        guard let close = (start + 1..<max(start + 1, limit)).first(where: {
            vocabulary.wordClasses.classes(of: sentence.tokens[$0]).contains(.quotationMark)
        }) else { return nil }
        return close + 1
    }

    /// The end of "le président de", "le directeur général de la" from token `start`: an article,
    /// a title of office and "de" (with its article), before the body the holder heads; nil
    /// when the words there are not such a title.
    private func headOfficeEnd(_ sentence: Sentence, from start: Int) -> Int? {
        var index = start
        if ClosedWords.isDefiniteArticle(sentence.key(index)) { index += 1 }
        guard sentence.key(index, in: Self.officeTitles) else { return nil }
        while sentence.key(index, in: Self.officeTitles) { index += 1 }
        guard ClosedWords.isDe(sentence.key(index)) || sentence.key(index, is: "du", or: "des") else { return nil }
        return index + 1
    }

    /// Titles of those who head a body ("président", "directeur général", "PDG").
    private static let officeTitles: CueSet = [
        "president", "presidente", "directeur", "directrice", "general", "generale", "pdg", "secretaire", "gouverneur",
        "recteur", "rectrice", "administrateur", "administratrice", "delegue", "executif", "executive",
    ]

    /// Whether a signing participle stands before `by`, with nothing between but dates, places
    /// and a few small words: "révisé en 2019 par …", "signé à Jakarta le 9 septembre 2019 par …",
    /// "signé à cette occasion par …", "ratifié ensuite par …".
    func participle(_ sentence: Sentence, before by: Int) -> Bool {
        var index = by - 1
        var steps = 0
        while index >= sentence.range.lowerBound, steps < 12 {
            let key = sentence.key(index)
            if Self.signingParticiples.contains(key) { return true }
            steps += 1
            if let date = sentence.dates.first(where: { $0.end == index + 1 }) {
                index = date.first - 1
            } else if let place = sentence.mentions.first(where: {
                $0.end == index + 1 && ($0.kind == .place || $0.kind == .country) && !$0.adjective
            }) {
                index = place.first - 1
            } else if Self.participleGapWords.contains(key) {
                index -= 1
            } else {
                return false
            }
        }
        return false
    }

    /// Small words between a signing participle and "par".
    private static let participleGapWords: Set<String> = [
        "à", "au", "aux", "en", "le", "l", "'", ",", "cette", "occasion", "meme", "ensuite", "egalement", "conjointement", "aussi", "alors",
        // "signée à Alger au cours du mois de mai 2019 par …" (the date is read from "mai").
        "cours", "du", "mois", "de", "courant",
    ]

    /// Participles of signing, ratifying, concluding, adopting, revising an agreement.
    static let signingParticiples: CueSet = [
        "signe", "signee", "signes", "signees", "ratifie", "ratifiee", "ratifies", "ratifiees", "conclu", "conclue", "conclus", "conclues",
        "paraphe", "paraphee", "adopte", "adoptee",
        // "révisé en 2019 par la CNAS et l'INAMI": who revises an agreement is bound by it.
        "revise", "revisee", "revises", "revisees", "renouvele", "renouvelee", "renouveles", "renouvelees",
    ]
}
