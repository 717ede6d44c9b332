import CoopExchange
import CoopModel
import CoopQuery
import Foundation
import Testing

/// The small fixture knowledge base of `Fixtures/kb` (hand-written Neo4j-style CSV).
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/kb")

    static let schema = Schema(nodeTypes: [:], relationTypes: [:], dateRoles: [:])

    static func graph() throws -> KnowledgeGraph { try Neo4jCSV.read(from: directory, schema: schema) }
}

extension KnowledgeGraph {
    /// The position of a fixture id; fails the test when it is missing.
    func at(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> EntityIndex {
        try #require(index(of: EntityID(id)), "no entity \(id)", sourceLocation: sourceLocation)
    }

    /// The ids of some positions, sorted.
    func ids(_ entities: some Sequence<EntityIndex>) -> [String] { entities.map { entity(at: $0).id.rawValue }.sorted() }
}

/// A date from text, for tests.
func date(_ text: String) throws -> PartialDate { try PartialDate(parsing: text) }
