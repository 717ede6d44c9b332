import CoopModel

/// Who an agreement binds when the text names them after it: "ratifiée par l'Algérie", "signé à
/// Jakarta le 9 septembre 2019 par le Ministère … et le Ministère indonésien …".
extension DocumentExtraction {
    /// "une convention … a été ratifiée par l'Algérie le 23 février 2011": the bodies or countries
    /// after "par" that follows a signing participle, within twenty-two tokens of the agreement
    /// ("un protocole … chinoises en Algérie a été signé à cette occasion par …").
    func agentsAfter(_ sentence: Sentence, _ agreement: Mention) -> [EntityID] {
        guard let by = (agreement.end..<min(agreement.end + 22, sentence.range.upperBound)).first(where: {
            sentence.key($0, is: "par") && participle(sentence, before: $0)
        }) else { return [] }
        let isAgent = { (mention: Mention) in (mention.kind == .country || mention.kind == .institution) && !mention.adjective }
        var agents = joinedMentions(sentence, from: by + 1, accepts: isAgent)
        // "par le Ministre de l'Intérieur et par le Ministre malien …": "par" before each.
        if let last = agents.last, sentence.key(last.end, is: "et"), sentence.key(last.end + 1, is: "par") {
            agents += joinedMentions(sentence, from: last.end + 2, accepts: isAgent)
        }
        return agents.map(\.id).filter { !$0.rawValue.isEmpty }
    }

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
