import CoopModel

/// Grants. Scholarships, which reports tell by their grant: "l'Algérie octroie chaque année, depuis 2016,
/// une vingtaine de bourses d'études universitaires à des étudiants kényans, ougandais et
/// tanzaniens"; "une cinquantaine d'étudiants algériens bénéficient de bourses d'études octroyées
/// par la partie saoudienne". A scholarship programme covers training and starts at the sentence's
/// "depuis" date; when the grant is passive, the country or body after "par" backs it and the
/// nationality of the students before the verb benefits from it. (Who grants it in the active
/// voice, and the nationalities after it, are `buildSubjectRunners` and `buildPeopleBeneficiaries`.)
///
/// Donations handed over: "Un don de quinze tonnes de médicaments …, financé par l'ALDEC, a été
/// remis au Ministère de la Santé … du Sénégal": the body or country it was handed to benefits.
extension DocumentExtraction {
    static let scholarshipWords: CueSet = ["bourses", "bourse"]
    static let handedParticiples: CueSet = ["remis", "remise", "remises", "livre", "livree", "livres", "livrees", "offert", "octroye"]

    /// "… a été remis au Ministère …": the first body or country after the participle and "à".
    mutating func buildHandedOver(_ sentence: Sentence) {
        guard sentence.contains(anyOf: Self.handedParticiples) else { return }
        for programme in sentence.mentions where programme.kind == .programme && !programme.id.rawValue.isEmpty {
            guard let participle = (programme.end..<min(sentence.range.upperBound, programme.end + 32)).first(where: {
                Self.handedParticiples.contains(sentence.tokens[$0])
            }), sentence.key(participle + 1, in: Self.toWords),
                !sentence.mentions.contains(where: { $0.first >= programme.end && $0.first < participle && $0.kind == .programme }),
                let receiver = sentence.mentions.first(where: { $0.first > participle && $0.first <= participle + 4 }),
                receiver.kind == .institution || receiver.kind == .country, !receiver.adjective, !receiver.id.rawValue.isEmpty
            else { continue }
            store.add(Relation(type: .beneficiaryOf, from: receiver.id, to: programme.id), symmetric: false, confidence: 0.5,
                      rule: "programme.handed-over", evidence: evidence(sentence, programme.first, receiver.end))
        }
    }
    /// Auxiliaries before a grant participle ("ont été octroyées").
    private static let grantAuxiliaries: CueSet = ["sont", "ont", "ete", "seront", "etaient", "est"]
    static let grantParticiples: CueSet = [
        "octroyees", "octroyee", "offertes", "offerte", "attribuees", "attribuee", "accordees", "accordee", "allouees", "financees",
    ]

    mutating func buildScholarships(_ sentence: Sentence) {
        guard sentence.contains(anyOf: Self.scholarshipWords) else { return }
        for programme in sentence.mentions where programme.kind == .programme && !programme.id.rawValue.isEmpty
            && Self.scholarshipWords.contains(sentence.tokens[programme.first])
        {
            let here = evidence(sentence, programme.first, programme.end)
            proposeSector("sector.training", confidence: 0.5, rule: "programme.scholarship.sector", evidence: here)
            addCovers(programme.id, "sector.training", confidence: 0.5, rule: "programme.scholarship.sector", evidence: here)
            for date in Self.startedDates(sentence) { store.addDate(date, to: programme.id) }
            grantedBy(sentence, programme)
        }
    }

    /// "… bourses d'études octroyées par la partie saoudienne", "… offertes par le DAAD": the
    /// participle right after the name, "par", and a country (named or by "la partie" and its
    /// adjective) that supports the scholarships, or a body that runs them; the students'
    /// nationality before a benefit verb ("étudiants algériens bénéficient de") benefits.
    private mutating func grantedBy(_ sentence: Sentence, _ programme: Mention) {
        // "… bourses … sont octroyées chaque année par l'Algérie": an auxiliary before the
        // participle, fillers after it.
        var participle = programme.end
        while sentence.key(participle, in: Self.grantAuxiliaries) { participle += 1 }
        guard sentence.key(participle, in: Self.grantParticiples) else { return }
        var by = participle + 1
        while by < min(sentence.range.upperBound, participle + 6), !sentence.key(by, is: "par"), isFiller(sentence, by) { by += 1 }
        guard sentence.key(by, is: "par"),
            let granter = sentence.mentions.first(where: { $0.first > by && $0.first <= by + 3 }),
            granter.kind == .country || granter.kind == .institution && !granter.adjective, !granter.id.rawValue.isEmpty,
            (by + 1..<granter.first).allSatisfy({ ClosedWords.isDefiniteArticle(sentence.key($0)) || sentence.key($0, is: "partie") }),
            !granter.adjective || sentence.key(granter.first - 1, is: "partie")
        else { return }
        let here = evidence(sentence, programme.first, granter.end)
        let country = granter.kind == .country
        store.add(Relation(type: country ? .supports : .runs, from: granter.id, to: programme.id), symmetric: false, confidence: 0.5,
                  rule: country ? "programme.scholarship.grant" : "programme.scholarship.runner", evidence: here)
        // "… par l'Algérie à des étudiants sénégalais": the students after the granter.
        if sentence.key(granter.end, is: "à") || sentence.key(granter.end, is: "aux") || sentence.key(granter.end, is: "a"),
            let students = sentence.mentions.first(where: { $0.first > granter.end && $0.first <= granter.end + 4 }),
            students.kind == .country, students.adjective, students.id != granter.id,
            vocabulary.participantKeys.contains(sentence.key(students.first - 1))
        {
            store.add(Relation(type: .beneficiaryOf, from: students.id, to: programme.id), symmetric: false, confidence: 0.5,
                      rule: "programme.scholarship.students", evidence: evidence(sentence, programme.first, students.end))
        }
        // The students before the verb: "une cinquantaine d'étudiants algériens bénéficient (en outre) de".
        guard let verb = (sentence.range.lowerBound..<programme.first).last(where: { sentence.key($0, in: Self.benefitVerbs) }),
            let students = sentence.mentions.last(where: { $0.kind == .country && $0.adjective && $0.end <= verb && verb - $0.end <= 1 }),
            vocabulary.participantKeys.contains(sentence.key(students.first - 1)), students.id != granter.id
        else { return }
        store.add(Relation(type: .beneficiaryOf, from: students.id, to: programme.id), symmetric: false, confidence: 0.5,
                  rule: "programme.scholarship.students", evidence: evidence(sentence, students.first - 1, programme.end))
    }
}
