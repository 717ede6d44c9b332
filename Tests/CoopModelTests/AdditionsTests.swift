import CoopModel
import Testing

/// `additions:` append names and citations to facts defined in another file.
@Suite struct AdditionsTests {
    static let additions = """
        additions:
          - entity: fr.anru
            aliases: ["Agence de rénovation urbaine", "agence nationale pour la renovation urbaine"]
            acronyms: [A.N.R.U.]
            sources: ["003_5b8319ec8c5604ef.txt:4"]
          - relation: {type: under_authority_of, from: fr.anru, to: FR}
            sources: ["003_5b8319ec8c5604ef.txt:4", "000_b6d4eff8678c418b.txt:23"]

        """

    @Test func appliesNamesAndSourcesToTheGraph() throws {
        let base = try TemporaryKnowledgeBase(b: Self.additions)
        defer { base.remove() }
        let knowledge = try KnowledgeBase.load(directory: base.directory)
        let agency = try #require(knowledge.graph.entity(EntityID("fr.anru")))
        // The folded repeat of the name is not added again; the new alias and acronym are.
        #expect(agency.aliases == ["Agence de rénovation urbaine"])
        #expect(agency.acronyms == ["ANRU", "A.N.R.U."])
        #expect(agency.sources.map(\.description) == ["000_b6d4eff8678c418b.txt:23", "003_5b8319ec8c5604ef.txt:4"])
        #expect(knowledge.graph.lookup("Agence de renovation urbaine") == knowledge.graph.index(of: EntityID("fr.anru")).map { [$0] })
        let index = try #require(knowledge.graph.index(of: EntityID("fr.anru")))
        let relation = try #require(knowledge.graph.outgoing(index).first)
        #expect(knowledge.graph.relation(at: relation).sources.map(\.description)
            == ["000_b6d4eff8678c418b.txt:23", "003_5b8319ec8c5604ef.txt:4"])
        #expect(knowledge.graph.relationCount == 1)
    }

    @Test func anAddedAliasTakenByAnotherEntityIsAmbiguous() throws {
        let base = try TemporaryKnowledgeBase(b: "additions:\n  - entity: fr.anru\n    aliases: [France]\n")
        defer { base.remove() }
        let report = base.validate()
        #expect(report.errors.map(\.code) == [.ambiguousName])
        #expect(report.errors.first?.line == 3)
        #expect(report.errors.first?.column == 15)
    }
}
