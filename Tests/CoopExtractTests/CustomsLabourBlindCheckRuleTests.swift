import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added after the blind checks of round 5 (Docs/extraction.md): `environnement-climat`,
/// `douanes-statistiques` and `travail-belgique`, held out in `Fixtures/heldout`. The sentences
/// are written for these tests, with other partners and sectors.
struct CustomsLabourBlindCheckRuleTests {
    private func parties(_ extraction: Extraction, of agreement: EntityID) -> Set<EntityID> {
        Set(extraction.relations.filter { $0.relation.type == .partyTo && $0.relation.to == agreement }.map(\.relation.from))
    }

    @Test func aLoneSignerIsAPartyAndTheVerbBeforeALongNameGivesTheDateItsRole() throws {
        let text = "Le Maroc a ratifié la Convention des Nations Unies sur le droit de la mer (CNUDM) en 2007."
        let extraction = try Support.extract(text, home: "DZ")
        let convention = try #require(extraction.entities(ofType: .agreement).first)
        #expect(parties(extraction, of: convention.id) == ["MA"])
        #expect(convention.dates.map(\.role) == [.inForce] && convention.dates.map(\.date.description) == ["2007"])
    }

    @Test func aBeneficiaryOfAProgrammeAndItsPartnerAfterAvec() throws {
        let text = "L'Agence Nationale des Forêts (ANF) bénéficie depuis 2020 d'un jumelage institutionnel avec l'Office Fédéral des Forêts (OFF)."
        let extraction = try Support.extract(text, home: "DZ")
        let twinning = try #require(extraction.entities(ofType: .programme).first)
        let anf = try #require(extraction.entities.map(\.entity).first { $0.acronyms == ["ANF"] })
        let off = try #require(extraction.entities.map(\.entity).first { $0.acronyms == ["OFF"] })
        #expect(extraction.has(.beneficiaryOf, anf.id, twinning.id) && !extraction.has(.runs, anf.id, twinning.id))
        #expect(extraction.has(.runs, off.id, twinning.id))
        #expect(twinning.dates.map(\.date.description) == ["2020"])
        // Without the verb, the subject runs what it introduces, as before.
        let runs = try Support.extract("L'Agence Nationale des Forêts (ANF) conduit depuis 2020 un programme de reboisement des dunes.", home: "DZ")
        let programme = try #require(runs.entities(ofType: .programme).first)
        #expect(runs.relations.contains { $0.relation.type == .runs && $0.relation.to == programme.id })
        #expect(!runs.relations.contains { $0.relation.type == .beneficiaryOf })
    }

    @Test func aForeignBodysCountryIsAPartyBesideTheHomeCountry() throws {
        // A foreign ministry signs for its government: its country is a party beside the home one.
        let text = "Un accord a été signé avec le Ministère portugais de l'Environnement le 3 mai 2021 à Lisbonne."
        let extraction = try Support.extract(text, home: "DZ")
        let accord = try #require(extraction.entities(ofType: .agreement).first)
        let found = parties(extraction, of: accord.id)
        #expect(found.contains("DZ") && found.contains("PT"), "\(found)")
        // An agency signs for itself (session 14): the home country, the agency, no second state.
        let agency = try Support.extract("Un accord a été signé avec l'Agence portugaise de l'environnement du Portugal le 3 mai 2021 à Lisbonne.", home: "DZ")
        let other = try #require(agency.entities(ofType: .agreement).first)
        let bound = parties(agency, of: other.id)
        #expect(bound.contains("DZ") && !bound.contains("PT"), "\(bound)")
    }

    @Test func whoRevisesAnAgreementAfterADateIsBoundByIt() throws {
        let text = "Le protocole d'accord a été renouvelé en 2018 par l'Office National de la Météorologie (ONM) et l'Institut Royal Météorologique (IRM)."
        let extraction = try Support.extract(text, home: "DZ")
        let renewed = try #require(extraction.entities(ofType: .agreement).first)
        let acronyms = Set(extraction.entities.map(\.entity).filter { parties(extraction, of: renewed.id).contains($0.id) }.flatMap(\.acronyms))
        #expect(acronyms == ["ONM", "IRM"])
        // A date before "par" that no participle governs binds nobody.
        let plain = try Support.extract("Le protocole d'accord est évoqué en 2018 par l'Office National de la Météorologie (ONM).", home: "DZ")
        let mentioned = try #require(plain.entities(ofType: .agreement).first)
        #expect(parties(plain, of: mentioned.id).isEmpty)
    }

    @Test func theCountriesAnEventWasOpenToTookPartInIt() throws {
        let text = "Un atelier sur la sécurité des ports a été organisé à Oran en mai 2022 à l'intention des officiers de port du Mali, du Ghana et du Bénin, avec l'appui du Japon."
        let extraction = try Support.extract(text, home: "DZ")
        let workshop = try #require(extraction.entities(ofType: .event).first)
        let participants = Set(extraction.relations.filter { $0.relation.type == .tookPartIn && $0.relation.to == workshop.id }.map(\.relation.from))
        #expect(participants.isSuperset(of: ["ML", "GH", "BJ"]), "\(participants)")
        // After the comma, the list has ended: the supporting country is no participant by this rule.
        #expect(!extraction.relations.contains { $0.relation.type == .tookPartIn && $0.relation.from == "JP" && $0.review.rule == "event.audience" })
        // Without a marker, nobody is added as audience.
        let plain = try Support.extract("Un atelier sur la sécurité des ports a été organisé à Oran en mai 2022 avec des officiers.", home: "DZ")
        #expect(!plain.relations.contains { $0.review.rule == "event.audience" })
    }

    @Test func anAgreementOpeningWithAPossessiveIsPartOfTheAgreementOfTheLineBefore() throws {
        let text = """
            La convention de coopération judiciaire entre l'Algérie et le Niger a été signée à Niamey le 5 mai 2010.
            Son arrangement administratif a été révisé en 2019.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let agreements = extraction.entities(ofType: .agreement)
        let convention = try #require(agreements.first { $0.properties["kind"] == .string("convention") })
        let arrangement = try #require(agreements.first { $0.id != convention.id })
        #expect(extraction.has(.partOf, arrangement.id, convention.id))
        // With no agreement on the line before, the possessive links nothing.
        let alone = try Support.extract("Le Niger a été cité.\nSon arrangement administratif a été révisé en 2019.", home: "DZ")
        #expect(!alone.relations.contains { $0.relation.type == .partOf })
    }

    @Test func anExecutiveProgrammeOpeningWithAPossessiveImplementsTheAgreementOfTheLineBefore() throws {
        let text = """
            La convention de coopération judiciaire entre l'Algérie et le Niger a été signée à Niamey le 5 mai 2010.
            Son programme exécutif a été adopté en 2016.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let convention = try #require(extraction.entities(ofType: .agreement).first)
        #expect(extraction.entities(ofType: .agreement).count == 1)
        let programme = try #require(extraction.entities(ofType: .programme).first)
        #expect(programme.dates == [DatedRole(.adopted, PartialDate(year: 2016)!)])
        #expect(extraction.has(.implements, programme.id, convention.id))
        let alone = try Support.extract("Le Niger a été cité.\nSon programme exécutif a été adopté en 2016.", home: "DZ")
        #expect(!alone.relations.contains { $0.relation.type == .implements })
    }
}
