import CoopModel

extension PathAnswer {
    /// One row per hop, numbered by path and step.
    public func resultSet(in graph: KnowledgeGraph, language: Language = .fr, query: PathQuery) -> ResultSet {
        var rows: [[JSONValue]] = []
        for (number, path) in paths.enumerated() {
            for (step, hop) in path.enumerated() {
                rows.append([
                    .int(number + 1), .int(step + 1), Cells.id(hop.from, graph), Cells.name(hop.from, graph, language),
                    .string(graph.relationType(at: hop.relation).rawValue), .string(hop.direction.rawValue),
                    Cells.id(hop.to, graph), Cells.name(hop.to, graph, language),
                    Cells.sources(graph.payload(of: hop.relation).sources),
                ])
            }
        }
        var notes: [String] = []
        if paths.isEmpty {
            notes.append(
                query.all ? "no path of at most \(query.maxLength) hops" : "the two entities are not connected")
        } else if paths == [[]] {
            notes.append("both arguments name the same entity")
        }
        if truncated { notes.append("only the first \(paths.count) paths are listed; raise --limit for more") }
        return ResultSet(
            command: "path",
            query: [
                JSONField("from", Cells.id(from, graph)), JSONField("to", Cells.id(to, graph)),
                JSONField("all", .bool(query.all)), JSONField("max_length", query.all ? .int(query.maxLength) : .null),
                JSONField("time", .string(query.time.summary)),
                JSONField("lengths", .array(paths.map { .int($0.count) })),
            ],
            columns: ["path", "step", "from_id", "from", "relation", "direction", "to_id", "to", "sources"],
            rows: rows, notes: notes, subgraph: subgraph)
    }
}
