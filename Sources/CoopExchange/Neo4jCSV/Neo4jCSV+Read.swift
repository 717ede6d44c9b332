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
        try read(nodes: nodes, relationships: relationships, schema: schema, halvesFrom: halvesThreshold)
    }

    /// Relationship files at least this large are read in two halves at once on machines with two
    /// cores or more (see ``readRelationships(_:into:ids:halvesFrom:)``).
    static let halvesThreshold = 8 << 20

    /// ``read(nodes:relationships:schema:)``, reading `relationships` in two halves at once from
    /// `halvesFrom` bytes on (tests lower it to read small files both ways).
    static func read(nodes: URL, relationships: URL, schema: Schema, halvesFrom threshold: Int)
        throws(ExchangeError) -> KnowledgeGraph
    {
        var builder = KnowledgeGraphBuilder(schema: schema)
        // Rows are rarely shorter than this: room for all of them, without regrowing large arrays.
        let nodeBytes = (try? nodes.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        let relationshipBytes = (try? relationships.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        builder.reserve(entities: nodeBytes / 64, relations: relationshipBytes / 48)
        do {
            // Freed before the graph is built: the id table is only needed while reading.
            var ids = ByteKeyTable(capacity: nodeBytes / 64)
            try readNodes(nodes, into: &builder, ids: &ids)
            try readRelationships(relationships, into: &builder, ids: ids, halvesFrom: threshold)
        }
        return builder.build()
    }

    private static func readNodes(
        _ url: URL, into builder: inout KnowledgeGraphBuilder, ids: inout ByteKeyTable
    ) throws(ExchangeError) {
        var rows = NodeRows(file: url.lastPathComponent)
        try CSVScanner(url: url).forEachRecord { (record: CSVRecord) throws(ExchangeError) in
            try rows.read(record, into: &builder, ids: &ids)
        }
        if !rows.hasHeader {
            throw .malformed(file: rows.file, line: 1, column: 1, reason: "the file is empty; it needs a header line")
        }
    }

    /// Reads the relationships in file order. A large file is read in two halves at once, the second
    /// on another thread into a ``RelationRun`` added after the first: the graph is the same as
    /// when read in one go (same relations in the same order, same types and payloads; only equal
    /// payloads in different halves are stored twice), and so are the errors, since a half that
    /// fails or does not start on a record (a quoted line break across the middle) makes the
    /// whole file be read again in one go.
    private static func readRelationships(
        _ url: URL, into builder: inout KnowledgeGraphBuilder, ids: ByteKeyTable, halvesFrom threshold: Int
    ) throws(ExchangeError) {
        if ProcessInfo.processInfo.activeProcessorCount > 1, let halves = Halves(url, from: threshold),
            try readInHalves(url, halves, into: &builder, ids: ids)
        {
            return
        }
        var rows = RelationshipRows(file: url.lastPathComponent, ids: ids)
        try CSVScanner(url: url).forEachRecord { (record: CSVRecord) throws(ExchangeError) in
            try rows.read(record, into: &builder)
        }
        try rows.finish(into: &builder)
        if !rows.hasHeader { throw .malformed(file: rows.file, line: 1, column: 1, reason: "the file is empty; it needs a header line") }
    }
}

/// Where each column of a file is: the fixed ones by header, then the property columns.
struct ColumnLayout {
    private var fixed: [String: Int] = [:]
    private(set) var properties: [(column: Int, name: String, kind: ColumnKind)] = []
    // The fixed columns, looked up once from the header rather than once per row.
    private(set) var id: Int?, label: Int?, nameFR: Int?, nameEN: Int?, nameAR: Int?, aliases: Int?, acronyms: Int?
    private(set) var start: Int?, end: Int?, type: Int?, dates: Int?, sources: Int?, note: Int?
    /// The columns each cached part of a payload is read from.
    private(set) var propertyColumns: [Int] = [], dateColumns: [Int] = [], sourceColumns: [Int] = []

    /// A layout with no columns, until the header is read.
    init() {}

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
        (id, label, start, end, type) = (fixed["id:ID"], fixed[":LABEL"], fixed[":START_ID"], fixed[":END_ID"], fixed[":TYPE"])
        (nameFR, nameEN, nameAR, aliases, acronyms) = (fixed["name_fr"], fixed["name_en"], fixed["name_ar"], fixed["aliases"], fixed["acronyms"])
        (dates, sources, note) = (fixed["dates"], fixed["sources"], fixed["note"])
        (propertyColumns, dateColumns, sourceColumns) = (properties.map(\.column), dates.map { [$0] } ?? [], sources.map { [$0] } ?? [])
    }
}
