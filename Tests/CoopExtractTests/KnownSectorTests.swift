import CoopExtract
import CoopModel
import Testing

/// KB sector names found in running text.
struct KnownSectorTests {
    static func knowledge() throws -> KnowledgeGraph {
        try Support.graph([
            Entity(id: "sector.employment-labour", type: .sector, names: Names(fr: "Emploi et travail"), aliases: ["travail"]),
            Entity(id: "sector.civil-protection", type: .sector, names: Names(fr: "Protection civile")),
        ])
    }

    @Test func aOneWordSectorNeedsADomainCue() throws {
        let kb = try Self.knowledge()
        let visit = try Support.extract("Une visite de travail du Ministre a eu lieu à Oslo en mars 2019.", knowledge: kb)
        #expect(!visit.entities(ofType: .sector).contains { $0.id == "sector.employment-labour" })
        let domain = try Support.extract("La coopération porte aussi sur le domaine du travail.", knowledge: kb)
        #expect(domain.entities(ofType: .sector).contains { $0.id == "sector.employment-labour" })
    }

    @Test func aSeveralWordSectorNameIsFoundAnywhere() throws {
        let kb = try Self.knowledge()
        let text = try Support.extract("Des officiers de la protection civile ont été formés à Alger.", knowledge: kb)
        #expect(text.entities(ofType: .sector).contains { $0.id == "sector.civil-protection" })
    }
}
