import CoopModel

extension FindAnswer {
    /// One row per entity found: how it matched, id, type, name.
    public func resultSet(in graph: KnowledgeGraph, language: Language = .fr) -> ResultSet {
        let rows: [[JSONValue]] = matches.map {
            [.string($0.match.rawValue), Cells.id($0.entity, graph), Cells.type($0.entity, graph),
             Cells.name($0.entity, graph, language), .string($0.key)]
        }
        return ResultSet(
            command: "find", query: [JSONField("text", .string(text)), JSONField("folded", .string(NameKey.make(text)))],
            columns: ["match", "id", "type", "name", "matched"], rows: rows, subgraph: subgraph)
    }
}
