import CoopModel
import Foundation

/// Entity and relation counts of a graph, printed as an aligned table or as JSON.
struct GraphStatistics {
    let nodeCounts: [(name: String, count: Int)]
    let relationCounts: [(name: String, count: Int)]
    let entityTotal: Int
    let relationTotal: Int

    /// Counts every schema type, zero included, in name order.
    init(graph: KnowledgeGraph) {
        nodeCounts = graph.schema.sortedNodeTypes.map { ($0.rawValue, graph.indices(ofType: $0).count) }
        let present = Dictionary(uniqueKeysWithValues: graph.relationCountsByType.map { ($0.type, $0.count) })
        relationCounts = graph.schema.sortedRelationTypes.map { ($0.rawValue, present[$0] ?? 0) }
        entityTotal = graph.entityCount
        relationTotal = graph.relationCount
    }

    /// Two aligned sections: node types, then relation types, each with a total.
    func table() -> String {
        let rows = nodeCounts + relationCounts + [("total", 0)]
        let width = rows.map(\.name.count).max() ?? 0
        let numberWidth = String(max(entityTotal, relationTotal)).count
        func line(_ name: String, _ count: Int) -> String {
            let count = String(count)
            return name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + String(repeating: " ", count: max(0, numberWidth - count.count)) + count + "\n"
        }
        var text = "node type\n"
        for row in nodeCounts { text += line(row.name, row.count) }
        text += line("total", entityTotal)
        text += "\nrelation type\n"
        for row in relationCounts { text += line(row.name, row.count) }
        text += line("total", relationTotal)
        return text
    }

    /// `{"entities": {...}, "relations": {...}}` with sorted keys.
    func json() throws -> String {
        struct Document: Encodable {
            let nodeTypes: [String: Int]
            let relationTypes: [String: Int]
            let entities: Int
            let relations: Int
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let document = Document(
            nodeTypes: Dictionary(uniqueKeysWithValues: nodeCounts.map { ($0.name, $0.count) }),
            relationTypes: Dictionary(uniqueKeysWithValues: relationCounts.map { ($0.name, $0.count) }),
            entities: entityTotal, relations: relationTotal)
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }
}
