import CoopModel

/// Two bodies that cooperate because one supports the other, told by a verb between them: "La
/// GIZ accompagne l'USTHB dans la création d'un master …", "l'Académie … (VAAS) accompagne
/// l'Institut … (ITGC) dans un programme …", "le KEITI a accueilli … des ingénieurs de l'ONEDD".
extension DocumentExtraction {
    /// Proposes the subject of a support verb and the body right after the verb as partners.
    mutating func buildSupportedBodies(_ sentence: Sentence) {
        guard relationCues.has(.bodySupport, in: sentence) else { return }
        var index = sentence.range.lowerBound + 1
        while index < sentence.range.upperBound - 1 {
            defer { index += 1 }
            guard sentence.key(index, in: Self.bodySupportVerbs),
                let subject = subjectOfVerb(sentence, at: index), subject.kind == .institution,
                let object = bodyRightAfter(sentence, index + 1), object.id != subject.id
            else { continue }
            store.add(.cooperatesWith, from: subject.id, to: object.id, symmetric: true, confidence: 0.6,
                      rule: "cooperation.support", evidence: evidence(sentence, subject.first, object.end))
        }
    }

    /// The body named right after token `start`, articles only between.
    private func bodyRightAfter(_ sentence: Sentence, _ start: Int) -> Mention? {
        var index = start
        while index < sentence.range.upperBound, ClosedWords.isDefiniteArticle(sentence.key(index)) { index += 1 }
        for mention in sentence.mentions where mention.first == index {
            return mention.kind == .institution && !mention.adjective && !mention.id.rawValue.isEmpty ? mention : nil
        }
        return nil
    }

    /// Verbs by which a body supports another named right after them.
    static let bodySupportVerbs: CueSet = [
        "accompagne", "accompagnent", "accompagnait", "appuie", "appuient", "appuyait", "soutient", "soutiennent", "soutenait",
        "assiste", "assistent", "forme", "forment", "encadre", "encadrent",
    ]
}
