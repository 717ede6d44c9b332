import CoopModel

/// Scholarships, which reports tell by their grant: "l'Algérie octroie chaque année, depuis 2016,
/// une vingtaine de bourses d'études universitaires à des étudiants kényans, ougandais et
/// tanzaniens"; "une cinquantaine d'étudiants algériens bénéficient de bourses d'études octroyées
/// par la partie saoudienne". A scholarship programme covers training and starts at the sentence's
/// "depuis" date; when the grant is passive, the country or body after "par" backs it and the
/// nationality of the students before the verb benefits from it. (Who grants it in the active
/// voice, and the nationalities after it, are `buildSubjectRunners` and `buildPeopleBeneficiaries`.)
extension DocumentExtraction {
    static let scholarshipWords: CueSet = ["bourses", "bourse"]
    static let grantParticiples: Set<String> = [
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
        let participle = programme.end
        guard Self.grantParticiples.contains(sentence.key(participle)), sentence.key(participle + 1) == "par",
            let granter = sentence.mentions.first(where: { $0.first > participle + 1 && $0.first <= participle + 4 }),
            granter.kind == .country || granter.kind == .institution && !granter.adjective, !granter.id.rawValue.isEmpty,
            (participle + 2..<granter.first).allSatisfy({ ClosedWords.isDefiniteArticle(sentence.key($0)) || sentence.key($0) == "partie" }),
            !granter.adjective || sentence.key(granter.first - 1) == "partie"
        else { return }
        let here = evidence(sentence, programme.first, granter.end)
        let country = granter.kind == .country
        store.add(Relation(type: country ? .supports : .runs, from: granter.id, to: programme.id), symmetric: false, confidence: 0.5,
                  rule: country ? "programme.scholarship.grant" : "programme.scholarship.runner", evidence: here)
        // The students before the verb: "une cinquantaine d'étudiants algériens bénéficient (en outre) de".
        guard let verb = (sentence.range.lowerBound..<programme.first).last(where: { Self.benefitVerbs.contains(sentence.key($0)) }),
            let students = sentence.mentions.last(where: { $0.kind == .country && $0.adjective && $0.end <= verb && verb - $0.end <= 1 }),
            vocabulary.participantKeys.contains(sentence.key(students.first - 1)), students.id != granter.id
        else { return }
        store.add(Relation(type: .beneficiaryOf, from: students.id, to: programme.id), symmetric: false, confidence: 0.5,
                  rule: "programme.scholarship.students", evidence: evidence(sentence, students.first - 1, programme.end))
    }
}
