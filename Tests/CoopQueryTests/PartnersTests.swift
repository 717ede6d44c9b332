import CoopModel
import Testing

@testable import CoopQuery

@Suite struct PartnersTests {
    /// (partner, via, link or "asserted", member) for each link, in answer order.
    func summary(_ answer: PartnersAnswer, _ graph: KnowledgeGraph) -> [String] {
        answer.links.map { link in
            [graph.entity(at: link.partner).id.rawValue, link.kind.rawValue,
             link.link.map { graph.entity(at: $0).id.rawValue } ?? "asserted", graph.entity(at: link.member).id.rawValue]
                .joined(separator: " ")
        }
    }

    @Test func partnersComeFromSharedAgreementsProgrammesAndAssertions() throws {
        let graph = try Fixture.graph()
        let answer = partners(PartnersQuery(entity: try graph.at("DZ")), in: graph)
        #expect(
            summary(answer, graph) == [
                "FR agreement agr.2004 DZ", "FR programme prog.urban DZ", "TN agreement agr.undated DZ", "TN asserted asserted DZ",
            ])
        #expect(graph.ids(answer.partners) == ["FR", "TN"])
        let viaAgreement = try #require(answer.links.first)
        #expect(graph.ids(viaAgreement.sectors(in: graph)) == ["sector.civil_protection"])
        #expect(viaAgreement.when(in: graph) == "2009-01-01..")
        #expect(viaAgreement.sources(in: graph).map(\.description) == ["fixture.txt:11"])
        let asserted = try #require(answer.links.last)
        #expect(graph.ids(asserted.sectors(in: graph)) == ["sector.civil_protection"])
        #expect(asserted.dates(in: graph) == [DatedRole(.started, try date("2010"))])
    }

    @Test func asOfDropsAgreementsNotYetInForceButKeepsUndatedOnes() throws {
        let graph = try Fixture.graph()
        let answer = partners(PartnersQuery(entity: try graph.at("DZ"), time: TimeFilter(asOf: try date("2006"))), in: graph)
        #expect(summary(answer, graph) == ["TN agreement agr.undated DZ"])
        #expect(answer.links[0].when(in: graph) == nil)
        let later = partners(PartnersQuery(entity: try graph.at("DZ"), time: TimeFilter(asOf: try date("2016"))), in: graph)
        #expect(summary(later, graph).count == 4)
        let text = answer.resultSet(in: graph, query: PartnersQuery(entity: try graph.at("DZ"), time: TimeFilter(asOf: try date("2006"))))
        #expect(text.notes == ["1 undated link(s) kept: no date says when they hold"])
    }

    @Test func subordinatesAreIncludedOnlyWhenAsked() throws {
        let graph = try Fixture.graph()
        let dz = try graph.at("DZ")
        let own = partners(PartnersQuery(entity: dz), in: graph)
        #expect(!own.partners.contains(try graph.at("fr.anru")))
        let all = partners(PartnersQuery(entity: dz, includeSubordinates: true), in: graph)
        #expect(graph.ids(all.members) == ["DZ", "dz.dgpc", "dz.miclat"])
        #expect(summary(all, graph).contains("fr.anru agreement agr.2012 dz.miclat"))
        #expect(summary(all, graph).contains("fr.anru event evt.2014 dz.miclat"))
        let underAuthority = graph.relationIndices.filter { graph.relationType(at: $0) == .underAuthorityOf }
        #expect(Set(underAuthority.filter { graph.target(of: $0) != graph.index(of: "FR") }).isSubset(of: all.subgraph.relations))
    }

    @Test func sectorFilterIncludesSubSectorsAndViaFiltersKinds() throws {
        let graph = try Fixture.graph()
        let query = PartnersQuery(
            entity: try graph.at("DZ"), sectors: [try graph.at("sector.urban")], includeSubordinates: true)
        #expect(summary(partners(query, in: graph), graph) == ["FR programme prog.urban DZ", "fr.anru agreement agr.2012 dz.miclat"])
        let asserted = PartnersQuery(entity: try graph.at("DZ"), kinds: [.asserted])
        #expect(summary(partners(asserted, in: graph), graph) == ["TN asserted asserted DZ"])
    }

    @Test func assertedCooperationIsSymmetric() throws {
        let graph = try Fixture.graph()
        let answer = partners(PartnersQuery(entity: try graph.at("TN"), kinds: [.asserted]), in: graph)
        #expect(summary(answer, graph) == ["DZ asserted asserted TN"])
    }

    @Test func subgraphHoldsExactlyTheAnswer() throws {
        let graph = try Fixture.graph()
        let answer = partners(PartnersQuery(entity: try graph.at("DZ"), kinds: [.agreement]), in: graph)
        #expect(graph.ids(answer.subgraph.entities) == ["DZ", "FR", "TN", "agr.2004", "agr.undated", "sector.civil_protection"])
        let types = answer.subgraph.relations.map { graph.relationType(at: $0).rawValue }
        #expect(types.sorted() == ["covers", "party_to", "party_to", "party_to", "party_to"])
    }

    @Test func superiorsAndSubordinatesAreNeverPartners() throws {
        var builder = KnowledgeGraphBuilder(schema: Fixture.schema)
        for (id, type) in [("C", NodeType.country), ("M", .ministry), ("X", .country), ("A", .agreement)] {
            try builder.add(Entity(id: EntityID(id), type: type, names: Names(fr: id)))
        }
        try builder.add(Relation(type: .underAuthorityOf, from: "M", to: "C"))
        for party in ["C", "M", "X"] { try builder.add(Relation(type: .partyTo, from: EntityID(party), to: "A")) }
        let graph = builder.build()
        #expect(graph.ids(partners(PartnersQuery(entity: try graph.at("C")), in: graph).partners) == ["X"])
        #expect(graph.ids(partners(PartnersQuery(entity: try graph.at("M")), in: graph).partners) == ["X"])
        #expect(graph.ids(partners(PartnersQuery(entity: try graph.at("X")), in: graph).partners) == ["C", "M"])
    }
}
