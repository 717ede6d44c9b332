import CoopModel

/// Membership stated in so many words: "l'Algérie est membre de l'OACI depuis 1963",
/// "le pays a adhéré à l'Union …", "participe aux travaux de l'OMS".
extension DocumentExtraction {
    /// Phrases that state a weaker tie than membership: the relation gets a lower confidence.
    private static let workWords: Set<String> = ["travaux"]

    mutating func buildMembership(_ sentence: Sentence) {
        guard !vocabulary.membershipPhrases.isEmpty else { return }
        let mentions = sentence.mentions
        for (position, body) in mentions.enumerated() where position > 0 && body.kind == .institution && !body.id.rawValue.isEmpty {
            guard let type = store.type(of: body.id), type == .organisation || type == .jointBody else { continue }
            // The member is the mention right before, a country or a body, with the phrase between.
            let member = mentions[position - 1]
            guard member.kind == .country || member.kind == .institution, !member.adjective, !member.id.rawValue.isEmpty,
                member.id != body.id, body.first - member.end <= 9,
                let marker = (member.end..<body.first).first(where: { startsPhrase(sentence, $0, vocabulary.membershipPhrases) })
            else { continue }
            let weak = (marker..<body.first).contains { Self.workWords.contains(sentence.key($0)) }
            store.add(Relation(type: .memberOf, from: member.id, to: body.id), symmetric: false, confidence: weak ? 0.5 : 0.7,
                      rule: weak ? "membership.work" : "membership.stated", evidence: evidence(sentence, member.first, body.end))
        }
    }
}
