import CoopExtract
import CoopModel
import Testing

/// Links stated in so many words: runners of a programme, what an agreement implements, the
/// programme an event belongs to, the members of a joint body.
struct LinkTests {
    @Test func thoseWhoInitiateAProgrammeRunIt() throws {
        let text = "Un projet d'un « institut » régional des énergies, initié par l'Algérie et la Tunisie, sera bientôt ouvert."
        let extraction = try Support.extract(text)
        let project = try #require(extraction.entities(ofType: .programme).first)
        #expect(extraction.has(.runs, "DZ", project.id))
        #expect(extraction.has(.runs, "TN", project.id))
        // A country after the phrase but not joined to it does not run it.
        let loose = try Support.extract("Le Plan National des Forêts (PNF), initié par le Ministère de l'Agriculture en 2015, intéresse le Maroc.")
        let plan = try #require(loose.entities(ofType: .programme).first)
        #expect(loose.relations.contains { $0.relation.type == .runs && $0.relation.to == plan.id && loose.entity($0.relation.from)?.type == .ministry })
        #expect(!loose.has(.runs, "MA", plan.id))
    }

    @Test func anAgreementImplementsTheProgrammesNamedAfterMiseEnOeuvre() throws {
        let text = "Une convention a été signée en 2016 pour la mise en œuvre du Plan National de l'Eau (PNE) et du Programme National d'Irrigation (PNI)."
        let extraction = try Support.extract(text)
        let convention = try #require(extraction.entities(ofType: .agreement).first)
        let programmes = extraction.entities(ofType: .programme)
        #expect(programmes.count == 2)
        for programme in programmes { #expect(extraction.has(.implements, convention.id, programme.id), "\(programme.names.fr)") }
        let unrelated = try Support.extract("Une convention a été signée en 2016. La mise en œuvre du Plan National de l'Eau (PNE) se poursuit.")
        #expect(!unrelated.relations.contains { $0.relation.type == .implements })
    }

    @Test func anEventOfAProgrammeIsPartOfIt() throws {
        let text = "Le Programme National de Formation des Gardes Forestiers (PNFGF) a été lancé en 2015. L'évaluation de ce programme s'est tenue en mai 2018."
        let extraction = try Support.extract(text)
        let programme = try #require(extraction.entities(ofType: .programme).first)
        let evaluation = try #require(extraction.entities(ofType: .event).first)
        #expect(extraction.has(.partOf, evaluation.id, programme.id))
    }

    @Test func aJointCommissionHasBothCountriesAsMembers() throws {
        let compound = try Support.extract("La commission mixte algéro-malienne s'est réunie à Bamako le 2 mars 2020.")
        let commission = try #require(compound.entities(ofType: .jointBody).first)
        #expect(compound.has(.memberOf, "DZ", commission.id))
        #expect(compound.has(.memberOf, "ML", commission.id))
        let letterhead = try Support.extract("Ambassade d'Algérie au Niger\n\nLe comité mixte des projets s'est réuni à Niamey le 5 avril 2019.")
        let committee = try #require(letterhead.entities(ofType: .jointBody).first)
        #expect(letterhead.has(.memberOf, "DZ", committee.id))
        #expect(letterhead.has(.memberOf, "NE", committee.id))
        // A committee that is not joint ("mixte") gets no members.
        let plain = try Support.extract("Ambassade d'Algérie au Niger\n\nLe Comité de suivi des projets s'est réuni le 5 avril 2019.")
        #expect(!plain.relations.contains { $0.relation.type == .memberOf })
    }

    @Test func annexAgreementsArePartOfTheMainOne() throws {
        let text = "Il s'agit de la convention générale de 1995, du protocole annexe relatif aux pensions et des arrangements administratifs complémentaires."
        let extraction = try Support.extract(text)
        let convention = try #require(extraction.entities(ofType: .agreement).first { $0.properties["kind"] == .string("convention") })
        let others = extraction.entities(ofType: .agreement).filter { $0.id != convention.id }
        #expect(others.count == 2)
        for other in others { #expect(extraction.has(.partOf, other.id, convention.id), "\(other.names.fr)") }
    }

    @Test func aJointBodyOfFollowUpMonitorsTheAgreementsJustNamed() throws {
        let text = """
            Une convention de sécurité sociale a été signée en 1995.
            Un mécanisme de suivi a été confié à la commission mixte des pensions.
            """
        let extraction = try Support.extract(text)
        let convention = try #require(extraction.entities(ofType: .agreement).first)
        let commission = try #require(extraction.entities(ofType: .jointBody).first)
        #expect(extraction.has(.monitors, commission.id, convention.id))
        let unrelated = try Support.extract("Une convention de sécurité sociale a été signée en 1995.\n\nPlus tard, la commission mixte des pensions a été créée.")
        #expect(!unrelated.relations.contains { $0.relation.type == .monitors })
    }

    @Test func aProgrammeNamedWithADemonymIsRunByThatCountry() throws {
        let extraction = try Support.extract("Le Plan National de l'Eau tunisien (PNET) a été adopté en 2012.")
        let plan = try #require(extraction.entities(ofType: .programme).first)
        #expect(extraction.has(.runs, "TN", plan.id))
    }

    @Test func aPossessiveProgrammeIsRunByTheBodiesTheSentenceActsThrough() throws {
        let text = "Le Ministère de l'Intérieur, à travers la Direction des Risques et l'Office National de Secours, inscrit la coopération dans sa stratégie de prévention des crues."
        let extraction = try Support.extract(text)
        let strategy = try #require(extraction.entities(ofType: .programme).first)
        let runners = Set(extraction.relations.filter { $0.relation.type == .runs && $0.relation.to == strategy.id }.map(\.relation.from))
        let names = Set(runners.compactMap { extraction.entity($0)?.names.fr })
        #expect(names == ["Direction des Risques", "Office National de Secours"])
        let alone = try Support.extract("L'Office National de Secours inscrit la coopération dans sa stratégie de prévention des crues.")
        let plan = try #require(alone.entities(ofType: .programme).first)
        #expect(alone.relations.contains { $0.relation.type == .runs && $0.relation.to == plan.id && alone.entity($0.relation.from)?.names.fr == "Office National de Secours" })
    }
}
