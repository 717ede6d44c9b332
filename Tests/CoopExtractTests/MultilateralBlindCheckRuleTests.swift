import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added after the blind checks `multilateral-afrique` and `agriculture-fao-triangulaire`
/// (Docs/extraction.md, round 4): organs of international organisations, their sessions,
/// membership told with a pronoun, parties after "ratifié par", programmes within a framework
/// programme, a cooperation with an organisation resting on a framework, triangular programmes. The sentences are written for these
/// tests, with other organisations than the fixture.
struct MultilateralBlindCheckRuleTests {
    private func plain(_ name: String) -> String { name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }

    @Test func anOrganOfAnOrganisationIsAnOrganisationAndItsSessionAMeeting() throws {
        let text = "La 3ème session ordinaire du Conseil des ministres de la Ligue arabe s'est tenue au Caire le 5 mars 2024."
        let extraction = try Support.extract(text, home: "DZ")
        let organ = try #require(extraction.entities(ofType: .organisation).first)
        #expect(plain(organ.names.fr) == "conseil des ministres de la ligue arabe")
        let session = try #require(extraction.entities(ofType: .event).first)
        #expect(session.properties["kind"] == .string("ministerial_meeting"))
        #expect(extraction.has(.tookPartIn, organ.id, session.id))
        // An embassy to an organisation stays an embassy.
        let embassy = try Support.extract("L'Ambassade d'Algérie auprès de l'Union africaine organise une réception.", home: "DZ")
        #expect(embassy.entities(ofType: .agency).contains { plain($0.names.fr).hasPrefix("ambassade") })
    }

    @Test func membershipWithAPronounAndANameRunningThroughParToItsAcronym() throws {
        let text = "Le Mali est membre de l'Union africaine (UA). Il a adhéré au Mécanisme africain d'évaluation par les pairs (MAEP) en 2004."
        let extraction = try Support.extract(text, home: "DZ")
        let mechanism = try #require(extraction.entities.map(\.entity).first { $0.acronyms == ["MAEP"] })
        #expect(mechanism.type == .organisation)
        #expect(plain(mechanism.names.fr) == "mecanisme africain d'evaluation par les pairs")
        #expect(extraction.has(.memberOf, "ML", mechanism.id))
        // A pronoun with no subject before stands for nobody.
        let alone = try Support.extract("Il a adhéré au Mécanisme africain d'évaluation par les pairs (MAEP) en 2004.", home: "DZ")
        #expect(alone.relations.allSatisfy { $0.relation.type != .memberOf })
    }

    @Test func theCountryAfterRatifiedByIsAParty() throws {
        let extraction = try Support.extract("Une convention sur l'extradition a été ratifiée par le Maroc le 2 mai 2012.", home: "DZ")
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        #expect(extraction.has(.partyTo, "MA", agreement.id))
        #expect(agreement.dates.map(\.role) == [.inForce])
    }

    @Test func programmesWithinAFrameworkProgrammeArePartOfIt() throws {
        let text = "Dans le cadre du Nouveau partenariat pour le développement de l'Afrique (NEPAD), l'Algérie finance des projets de construction de routes avec le Tchad."
        let extraction = try Support.extract(text, home: "DZ")
        let nepad = try #require(extraction.entities.map(\.entity).first { $0.acronyms == ["NEPAD"] })
        #expect(plain(nepad.names.fr) == "nouveau partenariat pour le developpement de l'afrique")
        let projects = try #require(extraction.entities(ofType: .programme).first { $0.id != nepad.id })
        #expect(extraction.has(.partOf, projects.id, nepad.id))
        #expect(extraction.has(.cooperatesWith, "DZ", "TD", symmetric: true))
    }

    @Test func aBareAcronymNotYetResolvedDoesNotStandForTheActor() throws {
        let extraction = try Support.extract("Dans le cadre du PIDA, l'Algérie finance des projets avec le Niger.", home: "DZ")
        #expect(extraction.has(.cooperatesWith, "DZ", "NE", symmetric: true))
    }

    @Test func anAcronymSpeltByTheWordsBeforeItDefinesABodyWithNoKnownHead() throws {
        let text = "Le Réseau Maghrébin des Observatoires de l'Environnement (RMOE) coopère avec l'Algérie."
        let extraction = try Support.extract(text, home: "DZ")
        let network = try #require(extraction.entities.map(\.entity).first { $0.acronyms == ["RMOE"] })
        #expect(plain(network.names.fr) == "reseau maghrebin des observatoires de l'environnement")
        #expect(network.type == .organisation)
        // A foreign body or an organisation "coopère avec l'Algérie": the home country is its partner.
        #expect(extraction.has(.cooperatesWith, network.id, "DZ", symmetric: true))
        // Initials that do not spell the acronym name nothing; the acronym stays bare.
        let other = try Support.extract("Le Réseau des Observatoires (RMOE) se réunit.", home: "DZ")
        #expect(other.entities.allSatisfy { plain($0.entity.names.fr) != "reseau des observatoires" })
    }

    @Test func commonHeadsOfBodiesNameThemCapitalised() throws {
        let extraction = try Support.extract("L'Autorité de régulation de la poste (ARP) et le Musée national du Bardo accueillent la délégation.", home: "DZ")
        let names = Set(extraction.entities(ofType: .agency).map { plain($0.names.fr) })
        #expect(names == ["autorite de regulation de la poste", "musee national du bardo"], "\(names)")
        // "le bureau" in lower case is an office, not a body.
        #expect(try Support.extract("Le bureau régional a organisé la réunion.", home: "DZ").entities(ofType: .agency).isEmpty)
    }


    @Test func aFrameworkSignedWithAnOrganisationOfTheCooperationHasItAsAParty() throws {
        let text = "La coopération avec le Programme des Nations Unies pour le développement (PNUD) s'est renforcée avec la signature, le 3 mars 2020, d'un cadre de coopération."
        let extraction = try Support.extract(text, home: "DZ")
        let framework = try #require(extraction.entities(ofType: .agreement).first)
        #expect(framework.properties["kind"] == .string("document_cadre"))
        let pnud = try #require(extraction.entities.map(\.entity).first { $0.acronyms == ["PNUD"] })
        #expect(extraction.has(.partyTo, pnud.id, framework.id) && extraction.has(.partyTo, "DZ", framework.id))
    }

    @Test func countriesJoinedBeforeTheVerbRunAProgrammeTheSentenceIntroduces() throws {
        let text = "Dans le cadre de la coopération triangulaire, l'Algérie, l'Italie et le Niger mènent depuis 2019 un programme de formation de techniciens en irrigation."
        let extraction = try Support.extract(text, home: "DZ")
        let programme = try #require(extraction.entities(ofType: .programme).first)
        #expect(plain(programme.names.fr) == "programme de formation de techniciens en irrigation")
        for country in ["DZ", "IT", "NE"] as [EntityID] { #expect(extraction.has(.runs, country, programme.id), "\(country)") }
        #expect(programme.dates.map(\.role) == [.started])
        #expect(extraction.has(.covers, programme.id, "sector.agriculture"))
    }

}
