import CoopModel

/// Joint bodies set up by an agreement: "La commission mixte algéro-brésilienne, instituée par
/// l'accord de coopération … signé à Brasília le 3 juin 1981, a tenu …", "La commission mixte,
/// prévue par cet accord, …", "… un mémorandum … ; celui-ci a institué un groupe de travail
/// conjoint". The joint body implements the agreement.
extension DocumentExtraction {
    static let institutingWords: CueSet = [
        "institue", "instituee", "institues", "instituees", "cree", "creee", "crees", "creees", "prevu", "prevue", "prevus", "prevues",
    ]

    mutating func buildInstitutedBodies(_ sentence: Sentence) {
        guard relationCues.has(.instituting, in: sentence) else { return }
        for (position, body) in sentence.mentions.enumerated() where body.kind == .institution && !body.id.rawValue.isEmpty {
            guard store.type(of: body.id) == .jointBody else { continue }
            if let agreement = agreementInstituting(sentence, after: body, position: position) ?? agreementInstitutingBefore(sentence, body) {
                store.add(Relation(type: .implements, from: body.id, to: agreement), symmetric: false, confidence: 0.55,
                          rule: "joint-body.instituted", evidence: evidence(sentence, body.first, body.end))
                jointBodyAgreements[body.id] = agreement
            }
        }
    }

    /// "… (,) instituée par l'accord …", "prévue par cet accord": the agreement right after "par".
    private func agreementInstituting(_ sentence: Sentence, after body: Mention, position: Int) -> EntityID? {
        var index = body.end
        if sentence.key(index, is: ",") { index += 1 }
        guard sentence.key(index, in: Self.institutingWords), sentence.key(index + 1, is: "par"),
            position + 1 < sentence.mentions.count
        else { return nil }
        let next = sentence.mentions[position + 1]
        guard next.kind == .agreement, !next.id.rawValue.isEmpty, next.first > index + 1, next.first <= index + 4,
            (index + 2..<next.first).allSatisfy({ sentence.key($0, in: Self.agreementDeterminers) })
        else { return nil }
        return next.id
    }

    /// "celui-ci a institué un groupe de travail conjoint", "l'accord … a créé une commission
    /// mixte": the agreement that is the subject of "a institué" / "a créé" right before the body.
    private func agreementInstitutingBefore(_ sentence: Sentence, _ body: Mention) -> EntityID? {
        var index = body.first - 1
        while index > sentence.range.lowerBound, sentence.key(index, in: Self.agreementDeterminers) { index -= 1 }
        guard index - 1 >= sentence.range.lowerBound, sentence.key(index, in: Self.institutingWords),
            sentence.key(index - 1, in: Self.haveAuxiliaries)
        else { return nil }
        let verb = index - 1
        if let agreement = sentence.mentions.last(where: { $0.end <= verb }), agreement.kind == .agreement,
            !agreement.id.rawValue.isEmpty, verb - agreement.end <= 10
        {
            return agreement.id
        }
        // "Celui-ci a institué …": the pronoun opening the sentence stands for the last agreement.
        let start = sentence.range.lowerBound
        guard verb <= start + 3, sentence.key(start, in: Self.agreementPronouns),
            !sentence.mentions.contains(where: { $0.first < verb }),
            let (agreement, line) = lastAgreement, line >= sentence.lineNumber - 1
        else { return nil }
        return agreement
    }

    private static let agreementDeterminers: CueSet = ["l", "'", "le", "la", "les", "un", "une", "cet", "cette", "ce", "ces", "ledit", "ladite"]
    private static let agreementPronouns: CueSet = ["celui", "celle", "il", "elle"]
}
