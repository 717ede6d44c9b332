import CoopModel

/// An answer as rows of named cells, ready for a table, CSV or JSON; one shape for every command.
///
/// JSON shape (see `Docs/query-json.md`):
/// `{"command", "query": {…}, "columns": [..], "rows": [{column: value}], "notes": [..],
///   "subgraph": {"entities": [id], "relations": [{"type", "from", "to"}]}}`.
public struct ResultSet: Sendable {
    /// The command that produced the answer (`partners`, `path`, …).
    public var command: String
    /// The resolved query: entities as ids, filters as text.
    public var query: [JSONField]
    /// The column names, in order.
    public var columns: [String]
    /// The rows; each has one value per column.
    public var rows: [[JSONValue]]
    /// Remarks for the reader (undated facts kept, truncated lists).
    public var notes: [String]
    /// What the answer speaks of, for drawing.
    public var subgraph: AnswerSubgraph
    /// Columns whose cells are entity ids that a table shows by name (e.g. `sectors`); JSON and
    /// CSV keep the ids.
    public var namedColumns: Set<String> = []
    /// The names a table shows for the ids of ``namedColumns``, in the answer's language.
    public var displayNames: [String: String] = [:]

    /// A result set; every row must have one value per column.
    public init(
        command: String, query: [JSONField], columns: [String], rows: [[JSONValue]], notes: [String] = [],
        subgraph: AnswerSubgraph
    ) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "row width differs from the columns")
        self.command = command
        self.query = query
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.subgraph = subgraph
    }
}

/// How an answer is written out.
public enum ResultFormat: String, CaseIterable, Sendable {
    /// Aligned columns for people.
    case table
    /// The documented JSON shape.
    case json
    /// RFC 4180 CSV with a header line.
    case csv
}

extension ResultSet {
    /// The answer in `format`, ending with a newline; identical input gives identical text.
    /// A table wraps its widest cells to fit `width` characters when given (a terminal's width).
    public func rendered(as format: ResultFormat, graph: KnowledgeGraph, width: Int? = nil) -> String {
        switch format {
        case .table: return tableText(width: width)
        case .csv: return csvText()
        case .json: return jsonValue(graph: graph).encoded() + "\n"
        }
    }

    /// A header line, then one line per row, quoted as ``CoopModel/CSVField`` says.
    public func csvText() -> String {
        var output = CSVField.record(columns)
        for row in rows { output += CSVField.record(row.map(\.cellText)) }
        return output
    }

    /// The whole answer as one JSON object.
    public func jsonValue(graph: KnowledgeGraph) -> JSONValue {
        let relations: [JSONValue] = subgraph.relations.map { relation in
            .object([
                JSONField("type", .string(graph.relationType(at: relation).rawValue)),
                JSONField("from", .string(graph.id(of: graph.source(of: relation)).rawValue)),
                JSONField("to", .string(graph.id(of: graph.target(of: relation)).rawValue)),
            ])
        }
        let entities = subgraph.entities.map { graph.id(of: $0).rawValue }.sorted()
        return .object([
            JSONField("command", .string(command)),
            JSONField("query", .object(query)),
            JSONField("columns", .array(columns.map(JSONValue.string))),
            JSONField("rows", .array(rows.map { row in .object(zip(columns, row).map { JSONField($0, $1) }) })),
            JSONField("notes", .array(notes.map(JSONValue.string))),
            JSONField(
                "subgraph",
                .object([
                    JSONField("entities", .array(entities.map(JSONValue.string))),
                    JSONField("relations", .array(relations)),
                ])),
        ])
    }
}
