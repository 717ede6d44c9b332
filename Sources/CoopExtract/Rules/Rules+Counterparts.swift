import CoopModel

/// "Le Ministère de la Jeunesse et des Sports a signé avec son homologue jordanien …": the
/// counterpart is the body of the same name in the adjective's country.
extension DocumentExtraction {
    static let counterpartPossessives: CueSet = ["son", "sa", "ses", "leur", "leurs"]
    static let counterpartNouns: CueSet = ["homologue", "homologues"]

    /// Proposes, for each "son homologue <demonym>" of `sentence`, the counterpart of the body
    /// named last before it, and makes the words a mention of it.
    mutating func findCounterparts(_ sentence: inout Sentence) {
        // Tried on every sentence: the sentence's filter bits turn most away at once, and a token
        // is compared by its precomputed hash before its key (comparing two strings per token,
        // with a copy of the token each time, cost more than the rest of the rule).
        guard sentence.contains(anyOf: Self.counterpartNouns) else { return }
        let tokens = sentence.tokens
        for index in sentence.range where Self.counterpartNouns.contains(tokens[index]) {
            guard sentence.key(index - 1, in: Self.counterpartPossessives),
                let demonym = sentence.mentions.first(where: { $0.kind == .country && $0.adjective && $0.first == index + 1 }),
                let body = sentence.mentions.last(where: { $0.kind == .institution && $0.end <= index - 1 && !$0.id.rawValue.isEmpty }),
                // A home counterpart ("son homologue algérien") is named otherwise at home: the KB
                // knows it, and a guessed name would only add a wrong body.
                demonym.id != home, let own = store.entities[body.id]?.entity, demonym.id != countryOfBody(body.id)
            else { continue }
            // "son homologue chinois, le Ministre de l'Industrie …": the apposition names the
            // counterpart, which the name reader took for a body at home.
            let apposition = appositionBody(sentence, after: demonym.end)
            let named = apposition.flatMap { store.name(of: sentence.mentions[$0].id) }
            let plainName = (named ?? own.names.fr).split(separator: " ").filter { !vocabulary.demonymKeys.contains(memo.fold(String($0))) }.joined(separator: " ")
            let written = sentence.line.text(tokens: demonym.first, demonym.end - 1)
            let name = Self.counterpartName(
                plainName, demonym: agreeing(written, country: demonym.id, with: plainName), heads: vocabulary.lexicon.heads,
                foldedHeads: vocabulary.foldedHeadWords)
            let id = EntityID(demonym.id.rawValue.lowercased() + "." + memo.slug(name))
            var entity = Entity(id: id, type: own.type, names: Names(fr: name))
            entity.properties = named == nil ? own.properties : [:]
            if let apposition {
                misreadHomeBodies[sentence.mentions[apposition].id, default: []].insert(sentence.lineNumber)
                sentence.mentions[apposition].id = id
            }
            let evidence = evidence(sentence, index - 1, demonym.end)
            store.add(entity, confidence: 0.6, rule: "org.counterpart", existing: false, evidence: evidence)
            store.add(Relation(type: .underAuthorityOf, from: id, to: demonym.id), symmetric: false, confidence: 0.6,
                      rule: "org.counterpart", evidence: evidence)
            // The words now name the counterpart, not the country.
            if let position = sentence.mentions.firstIndex(where: { $0.first == demonym.first && $0.kind == .country }) {
                sentence.mentions[position] = Mention(kind: .institution, id: id, first: index - 1, end: demonym.end)
            }
        }
    }

    /// The position of the ministry named in apposition right after token `end` (", le Ministre
    /// des Relations extérieures"), read as a body of the home country.
    private func appositionBody(_ sentence: Sentence, after end: Int) -> Int? {
        guard sentence.key(end) == ",", let home else { return nil }
        return sentence.mentions.firstIndex { mention in
            mention.kind == .institution && mention.first > end && mention.first <= end + 3 && !mention.id.rawValue.isEmpty
                && (end + 1..<mention.first).allSatisfy { ClosedWords.isDefiniteArticle(sentence.key($0)) || sentence.key($0) == "'" }
                && store.type(of: mention.id) == .ministry && countryOfBody(mention.id) == home
                && vocabulary.knowledge?.entity(mention.id) == nil
        }
    }

    /// Drops the home bodies read from an apposition naming a counterpart, when nothing else named them.
    mutating func dropMisreadHomeBodies() {
        guard !misreadHomeBodies.isEmpty else { return }
        let misread = misreadHomeBodies
        store.removeEntities { candidate in
            guard let lines = misread[candidate.entity.id] else { return false }
            return candidate.entity.sources.allSatisfy { $0.line.map(lines.contains) ?? false }
        }
    }

    /// Heads that are feminine nouns: the demonym placed after one takes the feminine
    /// ("son homologue français" → "Direction générale française des douanes").
    static let feminineHeadWords: Set<String> = [
        "direction", "sous-direction", "delegation", "agence", "autorite", "haute", "commission", "banque", "caisse", "entreprise",
        "societe", "compagnie", "universite", "ecole", "organisation", "federation", "confederation", "chambre", "inspection",
        "cour", "bibliotheque", "academie", "association", "fondation", "union", "ligue", "administration", "garde",
        "gendarmerie", "police", "douane", "surete", "cellule", "unite", "instance", "assemblee", "mission", "ambassade",
        "division", "radio", "television", "station", "plateforme", "cinematheque", "maison", "mutuelle", "regie",
    ]

    /// The written demonym, in the feminine when `name` opens with a feminine head and the
    /// text wrote the masculine singular (the country's first adjective; its second is the feminine).
    private func agreeing(_ written: String, country: EntityID, with name: String) -> String {
        guard let first = name.split(separator: " ").first, Self.feminineHeadWords.contains(Folding.fold(String(first))),
            let adjectives = vocabulary.lexicon.countries.first(where: { $0.id == country })?.adjectives, adjectives.count >= 2,
            Folding.fold(written) == Folding.fold(adjectives[0])
        else { return written }
        return adjectives[1]
    }

    /// "Ministère de la Jeunesse et des Sports" and "jordanien" → "Ministère jordanien de la
    /// Jeunesse et des Sports": the adjective after the name's head; at the end without one.
    /// `foldedHeads[i]` is `Folding.fold(heads[i].words)` (`Vocabulary.foldedHeadWords`): folding
    /// every head at each call was a fifth of the run on a document full of "son homologue".
    static func counterpartName(_ name: String, demonym: String, heads: [Lexicon.Head], foldedHeads: [String]) -> String {
        let folded = Folding.fold(name)
        // The longest head whose folded words and a space open the name; the first of equal length.
        var head: Lexicon.Head?
        for index in heads.indices where folded.hasPrefix(foldedHeads[index] + " ") {
            if head.map({ $0.words.count < heads[index].words.count }) ?? true { head = heads[index] }
        }
        guard let head else { return name + " (" + demonym + ")" }
        let cut = name.index(name.startIndex, offsetBy: min(head.words.count, name.count))
        return String(name[..<cut]) + " " + demonym + String(name[cut...])
    }
}
