import CoopExtract
import CoopModel
import Testing

/// Institutions: heads, acronyms in both orders, bare acronyms, linking to the KB.
struct OrganisationTests {
    @Test func longNameThenAcronym() throws {
        let extraction = try Support.extract("L'Agence Nationale de Promotion de l'Emploi (ANPE) forme des conseillers.")
        let agency = try #require(extraction.entities(ofType: .agency).first)
        #expect(agency.names.fr == "Agence Nationale de Promotion de l'Emploi")
        #expect(agency.acronyms == ["ANPE"])
        #expect(agency.properties["kind"] == .string("agency"))
    }

    @Test func acronymThenLongName() throws {
        let extraction = try Support.extract("La GIZ (Agence allemande de coopération internationale) finance le projet.")
        let agency = try #require(extraction.entities(ofType: .agency).first)
        #expect(agency.acronyms == ["GIZ"])
        #expect(agency.names.fr == "Agence allemande de coopération internationale")
        #expect(extraction.entities.count == 1 + extraction.entities(ofType: .country).count)
    }

    @Test func bareAcronymSeenTwiceIsProposedOnceSeenOnceIsDropped() throws {
        let twice = try Support.extract("Le MADR pilote le programme. Les cadres du MADR suivent une formation.")
        #expect(twice.entities.contains { $0.entity.acronyms == ["MADR"] })
        let once = try Support.extract("Le MADR pilote le programme.")
        #expect(!once.entities.contains { $0.entity.acronyms == ["MADR"] })
    }

    @Test func bareAcronymMatchesInitialsOfAnEarlierName() throws {
        let text = "La Direction Générale des Forêts mène la campagne. La DGF a reçu des moyens."
        let agencies = try Support.extract(text).entities(ofType: .agency)
        #expect(agencies.count == 1)
        #expect(agencies.first?.acronyms == ["DGF"])
    }

    @Test func nameStopsAtAVerbAndAtAnotherInstitution() throws {
        let text = "Le Ministère algérien chargé de la pêche et l'Office national de la météorologie ont signé un contrat."
        let names = Set(try Support.extract(text).entities.map(\.entity.names.fr))
        #expect(names.contains("Ministère algérien chargé de la pêche"))
        #expect(names.contains("Office national de la météorologie"))
    }

    @Test func weakLowerCaseHeadIsNotAName() throws {
        let extraction = try Support.extract("Le service public doit être modernisé par les services concernés.")
        #expect(extraction.entities.allSatisfy { $0.entity.type != .agency })
    }

    @Test func linksToAnExistingEntityByAcronym() throws {
        let kb = try Support.graph([Entity(id: "dz.mesrs", type: .ministry, names: Names(fr: "Ministère de l'Enseignement supérieur"), acronyms: ["MESRS"])])
        let extraction = try Support.extract("Le MESRS accueille des étudiants.", knowledge: kb)
        let found = try #require(extraction.entities.first)
        #expect(found.entity.id == "dz.mesrs")
        #expect(found.review.existing)
    }

    @Test func aVerbAfterALoneHeadIsNoName() throws {
        let extraction = try Support.extract("Le Ministère coopère avec la Jordanie. L'Agence Nationale des Forêts participe aux travaux.")
        let names = Set(extraction.entities.map(\.entity.names.fr))
        #expect(!names.contains("Ministère coopère"))
        #expect(names.contains("Agence Nationale des Forêts"))
    }

    @Test func aSchoolIsABody() throws {
        let extraction = try Support.extract("L'Ecole Supérieure de la Magistrature (ESM) accueille des magistrats tunisiens.")
        let school = try #require(extraction.entities(ofType: .agency).first)
        #expect(school.names.fr == "Ecole Supérieure de la Magistrature")
        #expect(school.properties["kind"] == .string("institute"))
        #expect(try Support.extract("Une école a été rénovée.").entities(ofType: .agency).isEmpty)
    }
}
