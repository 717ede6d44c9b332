import CoopExtract
import CoopModel
import Testing

/// Who is party to an agreement, groups of agreements, and dates carried over from an event.
struct AgreementPartiesTests {
    private func parties(_ extraction: Extraction, _ agreement: EntityID) -> Set<EntityID> {
        Set(extraction.relations.filter { $0.relation.type == .partyTo && $0.relation.to == agreement }.map(\.relation.from))
    }

    @Test func bodiesOfTwoCountriesBringTheirStates() throws {
        let text = "Un protocole d'accord a été signé le 2 avril 2014 entre le Ministère de l'Habitat et le Ministère espagnol du Logement."
        let extraction = try Support.extract(text)
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        let found = parties(extraction, agreement.id)
        #expect(found.count == 4, "\(found)")
        #expect(found.contains("DZ") && found.contains("ES"))
        let bodies = extraction.entities(ofType: .ministry).map(\.id)
        #expect(bodies.count == 2 && bodies.allSatisfy(found.contains))
    }

    @Test func withTheOtherSideNamesTheHomeCountryToo() throws {
        let text = "Un mémorandum d'entente a été signé le 3 novembre 2018 avec la partie tunisienne."
        let extraction = try Support.extract(text, home: "DZ")
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        #expect(parties(extraction, agreement.id) == ["DZ", "TN"])
    }

    @Test func aQualifiedPluralIsOneGroupAReferringOneIsNot() throws {
        let group = try Support.extract("Les deux pays ont conclu des accords bilatéraux visant à protéger les travailleurs.")
        let agreements = group.entities(ofType: .agreement)
        #expect(agreements.count == 1)
        #expect(agreements.first?.names.fr == "Accords bilatéraux")
        for text in ["Ces accords bilatéraux visent à protéger les travailleurs.", "Des accords visent à protéger les travailleurs.",
                     "Les accords bilatéraux visent à protéger les travailleurs."] {
            #expect(try Support.extract(text).entities(ofType: .agreement).isEmpty, "\(text)")
        }
    }

    @Test func anAgreementSignedAtAnEventTakesWhatItsDaysShare() throws {
        let range = "Deux contrats ont été signés en marge du forum de l'investissement tenu à Lisbonne les 21 et 22 octobre 2019."
        let contracts = try #require(try Support.extract(range).entities(ofType: .agreement).first)
        #expect(contracts.dates == [DatedRole(.signed, try .iso("2019-10"))])
        let oneDay = "Un accord a été signé lors de la réunion tenue à Rome le 4 juin 2012."
        let accord = try #require(try Support.extract(oneDay).entities(ofType: .agreement).first)
        #expect(accord.dates == [DatedRole(.signed, try .iso("2012-06-04"))])
    }

    @Test func pluralAdditionalProtocolsKeepTheirWholeName() throws {
        let text = "Des protocoles additionnels relatifs au transfèrement des personnes condamnées ont été conclus en 2019."
        let protocols = try #require(try Support.extract(text).entities(ofType: .agreement).first)
        #expect(protocols.names.fr == "Protocoles additionnels relatifs au transfèrement des personnes condamnées")
    }
}
