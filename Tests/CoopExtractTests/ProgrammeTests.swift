import CoopExtract
import CoopModel
import Testing

/// Programmes named without a capital: by a possessive, a twinning, a project of a body; and
/// dated through "ce programme".
struct ProgrammeTests {
    @Test func aPossessiveNamesAStrategy() throws {
        let extraction = try Support.extract("L'Office a inscrit la coopération dans sa stratégie de gestion durable des forêts.")
        let strategy = try #require(extraction.entities(ofType: .programme).first)
        #expect(strategy.names.fr == "stratégie de gestion durable des forêts")
        #expect(strategy.properties["kind"] == .string("strategy"))
        // Without the possessive, a lower-case head names nothing.
        #expect(try Support.extract("Une stratégie de gestion durable des forêts est nécessaire.").entities(ofType: .programme).isEmpty)
    }

    @Test func aTwinningIsNamedByWhatItJoins() throws {
        let extraction = try Support.extract("La coopération passe par le jumelage entre les hôpitaux universitaires des deux pays.")
        let twinning = try #require(extraction.entities(ofType: .programme).first)
        #expect(twinning.names.fr == "jumelage entre les hôpitaux universitaires des deux pays")
        #expect(try Support.extract("Le jumelage a pris fin.").entities(ofType: .programme).isEmpty)
    }

    @Test func aProjectOfABodyIsAProgramme() throws {
        let extraction = try Support.extract("Un projet d'un « institut » régional des métiers du patrimoine, initié par les deux pays, sera bientôt opérationnel.")
        let project = try #require(extraction.entities(ofType: .programme).first)
        #expect(project.names.fr == "institut régional des métiers du patrimoine")
        #expect(project.properties["kind"] == .string("project"))
        #expect(extraction.entities(ofType: .agency).isEmpty)
    }

    @Test func thisProgrammeTakesTheDateOfItsSentence() throws {
        let text = "Le Programme National de Formation des Gardes Forestiers (PNFGF) a été lancé en 2015. Les deux parties ont souhaité, en mai 2018, que ce programme soit prolongé au-delà de 2021."
        let programme = try #require(try Support.extract(text).entities(ofType: .programme).first)
        #expect(programme.dates.sorted() == [DatedRole(.started, try .iso("2015")), DatedRole(.until, try .iso("2021"))].sorted())
    }

    @Test func aProgrammeCoversItsHeadingsSectorAndTheParentsOfKnownSectors() throws {
        let parent = Entity(id: "sector.health", type: .sector, names: Names(fr: "Santé"))
        let child = Entity(id: "sector.hospital-care", type: .sector, names: Names(fr: "Soins hospitaliers"),
                           properties: ["parent": .string("sector.health")])
        let kb = try Support.graph([parent, child])
        let text = "1- En matière d'énergie :\nLe Plan National des Energies Renouvelables (PNER) a été adopté en 2011.\nLe Programme National de Soins Hospitaliers (PNSH) a été adopté en 2012."
        let extraction = try Support.extract(text, knowledge: kb)
        let plan = try #require(extraction.entities(ofType: .programme).first { $0.acronyms == ["PNER"] })
        #expect(extraction.has(.covers, plan.id, "sector.energy"))
        let care = try #require(extraction.entities(ofType: .programme).first { $0.acronyms == ["PNSH"] })
        #expect(extraction.has(.covers, care.id, "sector.hospital-care"))
        #expect(extraction.has(.covers, care.id, "sector.health"))
    }

    @Test func aLowerCaseItemOfAListOfProgrammesIsOne() throws {
        let text = "Ces efforts ont permis la mise en place du Système National de Gestion des Eaux (SNGE), ainsi que les différentes plateformes techniques et numériques à travers les régions."
        let programmes = try Support.extract(text).entities(ofType: .programme)
        #expect(Set(programmes.map(\.names.fr)) == ["Système National de Gestion des Eaux", "plateformes techniques et numériques"])
        // Alone, a lower-case plural head names nothing.
        #expect(try Support.extract("Les différentes plateformes techniques sont utiles.").entities(ofType: .programme).isEmpty)
    }

    @Test func aProgrammeWordInsideABodysNameDoesNotEndIt() throws {
        let extraction = try Support.extract("La Commission Nationale d'Evaluation des Projets de Recherche (CNEPR) se réunit chaque année.")
        let body = try #require(extraction.entities.first { $0.entity.acronyms == ["CNEPR"] })
        #expect(body.entity.names.fr == "Commission Nationale d'Evaluation des Projets de Recherche")
        #expect(extraction.entities(ofType: .programme).isEmpty)
    }
}
