import CoopModel
import Foundation

extension Neo4jCSV {
    /// Reads `nodes.csv` and `relationships.csv` from `directory` into a graph.
    /// - Complexity: O(size of the files); payloads spelled the same are parsed once.
    public static func read(from directory: URL, schema: Schema) throws(ExchangeError) -> KnowledgeGraph {
        try read(
            nodes: directory.appendingPathComponent(nodesFile),
            relationships: directory.appendingPathComponent(relationshipsFile), schema: schema)
    }

    /// Reads a nodes file and a relationships file into a graph, streaming both in chunks.
    /// Errors name the file, line and column (counted in bytes, as compilers do) and say how to fix the cell.
    public static func read(nodes: URL, relationships: URL, schema: Schema) throws(ExchangeError) -> KnowledgeGraph {
        var builder = KnowledgeGraphBuilder(schema: schema)
        let fileSize = (try? relationships.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        builder.reserve(entities: 0, relations: fileSize / 48)
        try readNodes(nodes, into: &builder)
        try readRelationships(relationships, into: &builder)
        return builder.build()
    }

    private static func readNodes(_ url: URL, into builder: inout KnowledgeGraphBuilder) throws(ExchangeError) {
        var layout: ColumnLayout?
        var types: [String: NodeType] = [:]
        var strings = StringInterner()
        try CSVScanner(url: url).forEachRecord { (record: CSVRecord) throws(ExchangeError) in
            guard let layout else {
                layout = try ColumnLayout(header: record, file: url.lastPathComponent, required: ["id:ID", ":LABEL", "name_fr"])
                return
            }
            let cells = RowReader(record: record, file: url.lastPathComponent)
            let id = try cells.required(layout.fixed["id:ID"], "id")
            let typeName = try cells.required(layout.fixed[":LABEL"], "node type")
            let type = types[typeName] ?? NodeType(rawValue: typeName)
            types[typeName] = type
            let entity = Entity(
                id: EntityID(id), type: type,
                names: Names(
                    fr: try cells.required(layout.fixed["name_fr"], "French name"), en: cells.optional(layout.fixed["name_en"]),
                    ar: cells.optional(layout.fixed["name_ar"])),
                aliases: cells.list(layout.fixed["aliases"]), acronyms: cells.list(layout.fixed["acronyms"]),
                properties: try cells.properties(layout.properties, &strings),
                dates: try cells.dates(layout.fixed["dates"], &strings),
                sources: try cells.sources(layout.fixed["sources"], &strings), note: cells.optional(layout.fixed["note"]))
            do throws(KnowledgeGraphBuilder.Failure) { try builder.add(entity) } catch {
                throw .malformed(file: url.lastPathComponent, line: record.line, column: 1, reason: error.description)
            }
        }
        if layout == nil { throw .malformed(file: url.lastPathComponent, line: 1, column: 1, reason: "the file is empty; it needs a header line") }
    }

    private static func readRelationships(_ url: URL, into builder: inout KnowledgeGraphBuilder) throws(ExchangeError) {
        let file = url.lastPathComponent
        var layout: ColumnLayout?
        var types: [String: RelationType] = [:]
        var payloads = PayloadCache()
        var strings = StringInterner()
        try CSVScanner(url: url).forEachRecord { (record: CSVRecord) throws(ExchangeError) in
            guard let layout else {
                layout = try ColumnLayout(header: record, file: file, required: [":START_ID", ":END_ID", ":TYPE"])
                return
            }
            let cells = RowReader(record: record, file: file)
            let from = try endpoint(cells, layout.fixed[":START_ID"], builder)
            let to = try endpoint(cells, layout.fixed[":END_ID"], builder)
            let typeName = try cells.required(layout.fixed[":TYPE"], "relation type")
            let type = types[typeName] ?? RelationType(rawValue: typeName)
            types[typeName] = type
            let payload = try payloads.payload(for: record, after: layout.payloadStart) { () throws(ExchangeError) in
                RelationPayload(
                    properties: try cells.properties(layout.properties, &strings),
                    dates: try cells.dates(layout.fixed["dates"], &strings),
                    sources: try cells.sources(layout.fixed["sources"], &strings), note: cells.optional(layout.fixed["note"]))
            }
            builder.addRelation(type: type, from: from, to: to, payload: payload)
        }
        if layout == nil { throw .malformed(file: file, line: 1, column: 1, reason: "the file is empty; it needs a header line") }
    }

    private static func endpoint(_ cells: RowReader, _ column: Int?, _ builder: KnowledgeGraphBuilder) throws(ExchangeError)
        -> EntityIndex
    {
        let id = try cells.required(column, "node id")
        guard let index = builder.index(of: EntityID(id)) else {
            throw cells.error(
                column, "no node has the id '\(id)'; add it to \(nodesFile) or fix the id")
        }
        return index
    }
}

/// Where each column of a file is: the fixed ones by header, then the property columns.
struct ColumnLayout {
    var fixed: [String: Int] = [:]
    var properties: [(column: Int, name: String, kind: ColumnKind)] = []
    /// The first column after the endpoints and type (relationships) — the payload's cells.
    var payloadStart = 0

    init(header: CSVRecord, file: String, required: [String]) throws(ExchangeError) {
        let identity: Set<String> = ["id:ID", ":ID", ":LABEL", ":START_ID", ":END_ID", ":TYPE"]
        let named: Set<String> = ["name_fr", "name_en", "name_ar", "aliases", "acronyms", "dates", "sources", "note"]
        for column in 0..<header.count {
            let text = header.string(column)
            if identity.contains(text) {
                fixed[text == ":ID" ? "id:ID" : text] = column
            } else if let (name, kind) = ColumnKind.parse(header: text) {
                if named.contains(name) { fixed[name] = column } else { properties.append((column, name, kind)) }
            } else {
                throw .malformed(
                    file: file, line: header.line, column: header.column(column),
                    reason: "unknown column type in '\(text)'; use one of "
                        + ColumnKind.allCases.map { ":\($0.rawValue)" }.joined(separator: ", "))
            }
        }
        for name in required where fixed[name] == nil {
            throw .malformed(file: file, line: header.line, column: 1, reason: "the header has no '\(name)' column; add it")
        }
        payloadStart = [":START_ID", ":END_ID", ":TYPE"].compactMap { fixed[$0] }.max().map { $0 + 1 } ?? 0
    }
}
