import CoopModel

/// Membership stated in so many words: "l'Algérie est membre de l'OACI depuis 1963",
/// "le pays a adhéré à l'Union …", "participe aux travaux de l'OMS".
extension DocumentExtraction {
    /// Phrases that state a weaker tie than membership: the relation gets a lower confidence.
    private static let workWords: Set<String> = ["travaux"]
    /// Pronouns opening a sentence that stand for the subject of the sentence before.
    static let subjectPronouns: Set<String> = ["elle", "il"]

    mutating func buildMembership(_ sentence: Sentence) {
        guard !vocabulary.membershipPhrases.isEmpty else { return }
        let mentions = sentence.mentions
        for (position, body) in mentions.enumerated() where body.kind == .institution && !body.id.rawValue.isEmpty {
            guard let type = store.type(of: body.id), type == .organisation || type == .jointBody else { continue }
            // The member is the mention right before, a country or a body, with the phrase between;
            // "Elle a adhéré au …" opening a sentence: the subject of the sentence before.
            let previous = position > 0 ? mentions[position - 1] : nil
            let pronoun = Self.subjectPronouns.contains(sentence.key(sentence.range.lowerBound)) && (previous == nil || previous!.end <= sentence.range.lowerBound)
            let memberID: EntityID
            let start: Int
            if let previous, !pronoun {
                guard previous.kind == .country || previous.kind == .institution, !previous.adjective, !previous.id.rawValue.isEmpty else { continue }
                (memberID, start) = (previous.id, previous.end)
            } else if pronoun, let subject = previousSubject {
                (memberID, start) = (subject, sentence.range.lowerBound + 1)
            } else {
                continue
            }
            guard memberID != body.id, body.first - start <= 9,
                let marker = (start..<body.first).first(where: { startsPhrase(sentence, $0, vocabulary.membershipPhrases) })
            else { continue }
            let weak = (marker..<body.first).contains { Self.workWords.contains(sentence.key($0)) }
            store.add(Relation(type: .memberOf, from: memberID, to: body.id), symmetric: false, confidence: weak ? 0.5 : 0.7,
                      rule: weak ? "membership.work" : "membership.stated", evidence: evidence(sentence, min(start, marker), body.end))
        }
    }
}
