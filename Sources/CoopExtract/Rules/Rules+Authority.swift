import CoopModel

/// Authority stated between two bodies of one sentence.
extension DocumentExtraction {
    /// "A, placé sous la tutelle du B" and "A, relevant de B" give A `under_authority_of` B;
    /// "B … à travers la Direction A" gives A `under_authority_of` B (B: the first body of the sentence).
    /// The marker must stand between the two bodies, at most five tokens before the second.
    mutating func buildAuthority(_ sentence: Sentence) {
        let bodies = sentence.mentions.filter { $0.kind == .institution && !$0.id.rawValue.isEmpty }
        guard bodies.count >= 2 else { return }
        for position in 1..<bodies.count {
            let body = bodies[position]
            let previous = bodies[position - 1]
            let window = max(previous.end, body.first - 5)..<body.first
            guard !window.isEmpty else { continue }
            let keys = window.map { sentence.key($0) }
            let evidence = evidence(sentence, previous.first, body.end)
            if keys.contains(where: vocabulary.authorityKeys.contains), previous.id != body.id {
                store.add(Relation(type: .underAuthorityOf, from: previous.id, to: body.id), symmetric: false,
                          confidence: 0.75, rule: "org.authority", evidence: evidence)
            } else if keys.contains(where: vocabulary.throughKeys.contains), bodies[0].id != body.id {
                store.add(Relation(type: .underAuthorityOf, from: body.id, to: bodies[0].id), symmetric: false,
                          confidence: 0.65, rule: "org.through", evidence: evidence)
            }
        }
    }
}
