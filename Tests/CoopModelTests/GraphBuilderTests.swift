@testable import CoopModel
import Testing

/// The compressed adjacency must match a brute-force scan of the relation list.
@Suite struct GraphBuilderTests {
    /// A small deterministic generator (SplitMix64) so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let schema = Schema(
        nodeTypes: [.country: NodeTypeSpec(label: LocalizedText(fr: "Pays"))],
        relationTypes: [
            .cooperatesWith: RelationTypeSpec(label: LocalizedText(fr: "coopère"), from: [.country], to: [.country]),
            .memberOf: RelationTypeSpec(label: LocalizedText(fr: "membre"), from: [.country], to: [.country]),
        ],
        dateRoles: [:])

    @Test(arguments: [1 as UInt64, 2, 3]) func adjacencyMatchesBruteForce(seed: UInt64) throws {
        var random = SplitMix(state: seed)
        var builder = KnowledgeGraphBuilder(schema: Self.schema)
        let entityCount = Int.random(in: 1...60, using: &random)
        for index in 0..<entityCount {
            try builder.add(Entity(id: EntityID("e\(index)"), type: .country, names: Names(fr: "Pays \(index)")))
        }
        var edges: [(type: RelationType, from: Int, to: Int)] = []
        for _ in 0..<Int.random(in: 0...300, using: &random) {
            let edge = (
                type: Bool.random(using: &random) ? RelationType.cooperatesWith : .memberOf,
                from: Int.random(in: 0..<entityCount, using: &random), to: Int.random(in: 0..<entityCount, using: &random)
            )
            edges.append(edge)
            builder.addRelation(type: edge.type, from: edge.from, to: edge.to, payload: RelationPayload())
        }
        let graph = builder.build()
        #expect(graph.relationCount == edges.count)
        for entity in 0..<entityCount {
            let outgoing = edges.indices.filter { edges[$0].from == entity }
            let incoming = edges.indices.filter { edges[$0].to == entity }
            #expect(Array(graph.outgoing(entity)) == outgoing)
            #expect(Array(graph.incoming(entity)) == incoming)
            #expect(graph.degree(entity) == outgoing.count + incoming.count)
            var expectedNeighbors: [Int] = []
            for other in outgoing.map({ edges[$0].to }) + incoming.map({ edges[$0].from })
            where !expectedNeighbors.contains(other) {
                expectedNeighbors.append(other)
            }
            #expect(graph.neighbors(of: entity) == expectedNeighbors)
            // The ends kept beside the adjacency lists agree with the relation columns.
            #expect(graph.outgoingEnds(entity).map(\.relation) == outgoing)
            #expect(graph.outgoingEnds(entity).map(\.other) == outgoing.map { edges[$0].to })
            #expect(graph.incomingEnds(entity).map(\.relation) == incoming)
            #expect(graph.incomingEnds(entity).map(\.other) == incoming.map { edges[$0].from })
            let ends = Array(graph.outgoingEnds(entity)) + Array(graph.incomingEnds(entity))
            #expect(ends.allSatisfy { graph.relationTypesByCode[$0.typeCode] == edges[$0.relation].type })
        }
        for (index, edge) in edges.enumerated() {
            #expect(graph.source(of: index) == edge.from)
            #expect(graph.target(of: index) == edge.to)
            #expect(graph.relationType(at: index) == edge.type)
            #expect(graph.relationTypesByCode[graph.relationTypeCode(at: index)] == edge.type)
        }
        let counts = Dictionary(grouping: edges, by: \.type).mapValues(\.count)
        #expect(graph.relationCountsByType.map(\.type) == counts.keys.sorted())
        #expect(graph.relationCountsByType.allSatisfy { counts[$0.type] == $0.count })
    }

    @Test func equalPayloadsAreStoredOnce() throws {
        var builder = KnowledgeGraphBuilder(schema: Self.schema)
        for index in 0..<3 { try builder.add(Entity(id: EntityID("e\(index)"), type: .country, names: Names(fr: "P\(index)"))) }
        let shared = RelationPayload(sources: [SourceRef(document: "doc.txt", line: 3)])
        let other = RelationPayload(sources: [SourceRef(document: "doc.txt", line: 4)])
        builder.addRelation(type: .memberOf, from: 0, to: 1, payload: shared)
        builder.addRelation(type: .memberOf, from: 1, to: 2, payload: shared)
        builder.addRelation(type: .cooperatesWith, from: 2, to: 0, payload: other)
        builder.addRelation(type: .cooperatesWith, from: 0, to: 2, payload: shared)
        let graph = builder.build()
        #expect(graph.storage.payloadTable.count == 2)
        #expect(graph.relationTypesByCode.count == 2)
        #expect(graph.payload(of: 3) == shared)
        #expect(graph.relation(at: 2).sources == [SourceRef(document: "doc.txt", line: 4)])
        #expect(graph.relation(at: 1).from == "e1" && graph.relation(at: 1).to == "e2")
    }

    @Test func builderRefusesDuplicatesAndUnknownEndpoints() throws {
        var builder = KnowledgeGraphBuilder(schema: Self.schema)
        try builder.add(Entity(id: "A", type: .country, names: Names(fr: "A")))
        #expect(throws: KnowledgeGraphBuilder.Failure.duplicateID("A")) {
            try builder.add(Entity(id: "A", type: .country, names: Names(fr: "A bis")))
        }
        #expect(throws: KnowledgeGraphBuilder.Failure.unknownEndpoint("B", relation: .memberOf)) {
            try builder.add(Relation(type: .memberOf, from: "A", to: "B"))
        }
    }
}
