import CoopModel
import Testing

@testable import CoopQuery

@Suite struct TraversalTests {
    @Test func neighborsAtDepthOneFollowBothDirections() throws {
        let graph = try Fixture.graph()
        let answer = try neighbors(NeighborsQuery(entity: try graph.at("DZ")), in: graph)
        #expect(graph.ids(answer.neighbors.map(\.entity)) == ["DZ", "TN", "agr.2004", "agr.undated", "dz.miclat", "oran", "prog.urban"])
        let miclat = try #require(answer.neighbors.first { $0.entity == (try? graph.at("dz.miclat")) })
        #expect(miclat.distance == 1 && miclat.direction == .backward)
        #expect(answer.neighbors.first?.distance == 0)
    }

    @Test func neighborsRespectTypesDepthAndTime() throws {
        let graph = try Fixture.graph()
        let typed = try neighbors(
            NeighborsQuery(entity: try graph.at("DZ"), depth: 2, types: [.agreement, .country]), in: graph)
        #expect(graph.ids(typed.neighbors.map(\.entity)) == ["DZ", "FR", "TN", "agr.2004", "agr.undated"])
        let early = try neighbors(NeighborsQuery(entity: try graph.at("DZ"), time: TimeFilter(asOf: try date("2006"))), in: graph)
        #expect(!early.neighbors.contains { $0.entity == (try? graph.at("agr.2004")) })
        #expect(throws: QueryError.self) { try neighbors(NeighborsQuery(entity: 0, depth: -1), in: graph) }
    }

    @Test func shortestPathIsConnectedAndShortest() throws {
        let graph = try Fixture.graph()
        let answer = try paths(PathQuery(from: try graph.at("dz.dgpc"), to: try graph.at("fr.anru")), in: graph)
        let path = try #require(answer.paths.first)
        #expect(path.count == 3)
        try expectWellFormed(path, from: try graph.at("dz.dgpc"), to: try graph.at("fr.anru"), graph)
    }

    @Test func timeFilterReroutesPaths() throws {
        let graph = try Fixture.graph()
        let query = PathQuery(from: try graph.at("dz.dgpc"), to: try graph.at("fr.anru"), time: TimeFilter(asOf: try date("2010")))
        let path = try #require(try paths(query, in: graph).paths.first)
        #expect(graph.ids(path.map(\.to)) == ["DZ", "FR", "agr.2004", "dz.miclat", "fr.anru"].sorted())
        try expectWellFormed(path, from: query.from, to: query.to, graph)
        let cut = try paths(PathQuery(from: try graph.at("DZ"), to: try graph.at("FR"), time: TimeFilter(asOf: try date("2005"))), in: graph)
        #expect(cut.paths.isEmpty, "before 2009 nothing dated links DZ to FR")
    }

    @Test func allSimplePathsAreSortedSimpleAndBounded() throws {
        let graph = try Fixture.graph()
        let query = PathQuery(from: try graph.at("DZ"), to: try graph.at("FR"), all: true, maxLength: 4)
        let answer = try paths(query, in: graph)
        #expect(answer.paths.count >= 3)
        #expect(answer.paths.map(\.count) == answer.paths.map(\.count).sorted())
        #expect(answer.paths.first?.count == 2)
        for path in answer.paths {
            #expect(path.count <= 4)
            #expect(Set(path.map(\.to)).count == path.count)
            try expectWellFormed(path, from: query.from, to: query.to, graph)
        }
        #expect(throws: QueryError.self) { try paths(PathQuery(from: 0, to: 1, all: true, maxLength: 0), in: graph) }
    }

    @Test func sameEntityGivesAnEmptyPathAndDisconnectedGivesNone() throws {
        let graph = try Fixture.graph()
        let dz = try graph.at("DZ")
        #expect(try paths(PathQuery(from: dz, to: dz), in: graph).paths == [[]])
        let never = try paths(PathQuery(from: dz, to: try graph.at("fr.anru"), time: TimeFilter(asOf: try date("1950"))), in: graph)
        #expect(never.paths.isEmpty)
    }

    func expectWellFormed(_ path: [PathHop], from: EntityIndex, to: EntityIndex, _ graph: KnowledgeGraph) throws {
        #expect(path.first?.from == from)
        #expect(path.last?.to == to)
        for (hop, next) in zip(path, path.dropFirst()) { #expect(hop.to == next.from) }
        for hop in path {
            let (source, target) = (graph.source(of: hop.relation), graph.target(of: hop.relation))
            #expect(hop.direction == .forward ? (source, target) == (hop.from, hop.to) : (source, target) == (hop.to, hop.from))
        }
    }
}
