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
        // Rows are rarely shorter than this: room for all of them, without regrowing large arrays.
        let nodeBytes = (try? nodes.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        let relationshipBytes = (try? relationships.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        builder.reserve(entities: nodeBytes / 64, relations: relationshipBytes / 48)
        do {
            // Freed before the graph is built: the id table is only needed while reading.
            var ids = ByteKeyTable()
            try readNodes(nodes, into: &builder, ids: &ids)
            try readRelationships(relationships, into: &builder, ids: ids)
        }
        return builder.build()
    }

    private static func readNodes(
        _ url: URL, into builder: inout KnowledgeGraphBuilder, ids: inout ByteKeyTable
    ) throws(ExchangeError) {
        let file = url.lastPathComponent
        var layout: ColumnLayout?
        var strings = StringInterner()
        // Entities spelled alike share their properties, dates and sources (parsed once, stored once).
        var propertyCache = CellCache<[String: PropertyValue]>()
        var dateCache = CellCache<[DatedRole]>()
        var sourceCache = CellCache<[SourceRef]>()
        try CSVScanner(url: url).forEachRecord { (record: CSVRecord) throws(ExchangeError) in
            guard let layout else {
                let header = try ColumnLayout(header: record, file: file, required: ["id:ID", ":LABEL", "name_fr"])
                (propertyCache.columns, dateCache.columns, sourceCache.columns) =
                    (header.propertyColumns, header.dateColumns, header.sourceColumns)
                layout = header
                return
            }
            let cells = RowReader(record: record, file: file)
            let id = try cells.required(layout.id, "id")
            let type = NodeType(rawValue: strings.string(try cells.requiredBytes(layout.label, "node type")))
            let entity = Entity(
                id: EntityID(id), type: type,
                names: Names(
                    fr: try cells.required(layout.nameFR, "French name"), en: cells.optional(layout.nameEN),
                    ar: cells.optional(layout.nameAR)),
                aliases: cells.list(layout.aliases), acronyms: cells.list(layout.acronyms),
                properties: try propertyCache.value(record) { () throws(ExchangeError) in
                    try cells.properties(layout.properties, &strings)
                },
                dates: try dateCache.value(record) { () throws(ExchangeError) in try cells.dates(layout.dates, &strings) },
                sources: try sourceCache.value(record) { () throws(ExchangeError) in
                    try cells.sources(layout.sources, &strings)
                },
                note: cells.optional(layout.note))
            do throws(KnowledgeGraphBuilder.Failure) {
                let index = try builder.add(entity)
                if let column = layout.id { ids.insert(record.field(column), Int32(index)) }
            } catch {
                throw .malformed(file: file, line: record.line, column: 1, reason: error.description)
            }
        }
        if layout == nil { throw .malformed(file: file, line: 1, column: 1, reason: "the file is empty; it needs a header line") }
    }

    private static func readRelationships(
        _ url: URL, into builder: inout KnowledgeGraphBuilder, ids: ByteKeyTable
    ) throws(ExchangeError) {
        var rows = RelationshipRows(file: url.lastPathComponent, ids: ids)
        try CSVScanner(url: url).forEachRecord { (record: CSVRecord) throws(ExchangeError) in
            try rows.read(record, into: &builder)
        }
        if !rows.hasHeader { throw .malformed(file: rows.file, line: 1, column: 1, reason: "the file is empty; it needs a header line") }
    }
}

/// Reads `relationships.csv` row by row. Its state lives in one value, so that each row reads
/// the layout and caches in place instead of copying them.
private struct RelationshipRows {
    let file: String
    let ids: ByteKeyTable
    private(set) var hasHeader = false
    private var layout = ColumnLayout()
    private var strings = StringInterner()
    private var typeCodes = ByteKeyTable()
    private var propertyCache = CellCache<[String: PropertyValue]>()
    private var dateCache = CellCache<[DatedRole]>()
    private var sourceCache = CellCache<[SourceRef]>()
    // Payloads by the spelling numbers of their parts: a payload seen before is not parsed or hashed again.
    private var payloadCodes = CodeTable()

    init(file: String, ids: ByteKeyTable) {
        self.file = file
        self.ids = ids
    }

    mutating func read(_ record: CSVRecord, into builder: inout KnowledgeGraphBuilder) throws(ExchangeError) {
        guard hasHeader else {
            layout = try ColumnLayout(header: record, file: file, required: [":START_ID", ":END_ID", ":TYPE"])
            (propertyCache.columns, dateCache.columns, sourceCache.columns) =
                (layout.propertyColumns, layout.dateColumns, layout.sourceColumns)
            hasHeader = true
            return
        }
        // The columns were checked with the header, so they are known here.
        let (startColumn, endColumn, typeColumn) = (layout.start ?? 0, layout.end ?? 0, layout.type ?? 0)
        if record.isEmpty(startColumn) || record.isEmpty(endColumn) || record.isEmpty(typeColumn) {
            let cells = RowReader(record: record, file: file)
            _ = try cells.requiredBytes(startColumn, "node id")
            _ = try cells.requiredBytes(endColumn, "node id")
            _ = try cells.requiredBytes(typeColumn, "relation type")
        }
        // A miss in the id table falls back on the builder, which matches Unicode-equivalent spellings.
        let fromBytes = record.field(startColumn)
        guard let from = ids.value(fromBytes).map(Int.init) ?? builder.index(of: EntityID(decoding: fromBytes)) else {
            throw RowReader(record: record, file: file).unknownNode(String(decoding: fromBytes, as: UTF8.self), startColumn)
        }
        let toBytes = record.field(endColumn)
        guard let to = ids.value(toBytes).map(Int.init) ?? builder.index(of: EntityID(decoding: toBytes)) else {
            throw RowReader(record: record, file: file).unknownNode(String(decoding: toBytes, as: UTF8.self), endColumn)
        }
        let typeBytes = record.field(typeColumn)
        let type: KnowledgeGraphBuilder.RelationTypeCode
        if let known = typeCodes.value(typeBytes) {
            type = .init(truncatingIfNeeded: known)
        } else {
            type = builder.internRelationType(RelationType(rawValue: String(decoding: typeBytes, as: UTF8.self)))
            typeCodes.insert(typeBytes, Int32(type))
        }
        // A payload spelled as an earlier one shares its code: no parsing, no hashing of values.
        let noNote = record.isEmpty(layout.note ?? record.count)
        if noNote, let p = propertyCache.spelling(record), let d = dateCache.spelling(record),
            let s = sourceCache.spelling(record)
        {
            let key = Self.payloadKey(p, d, s)
            let code: KnowledgeGraphBuilder.PayloadCode
            if let known = payloadCodes.code(key) {
                code = known
            } else {
                // A new combination of parts spelled before: built from the kept values, not read again.
                code = builder.storePayload(
                    RelationPayload(properties: propertyCache.value(p), dates: dateCache.value(d), sources: sourceCache.value(s)))
                payloadCodes.insert(key, code)
            }
            builder.addRelation(typeCode: type, from: from, to: to, payloadCode: code)
            return
        }
        // Each part is parsed once per spelling and shared by every row that spells it so.
        let cells = RowReader(record: record, file: file)
        let (properties, p) = try propertyCache.valueAndSpelling(record) { () throws(ExchangeError) in
            try cells.properties(layout.properties, &strings)
        }
        let (dates, d) = try dateCache.valueAndSpelling(record) { () throws(ExchangeError) in
            try cells.dates(layout.dates, &strings)
        }
        let (sources, s) = try sourceCache.valueAndSpelling(record) { () throws(ExchangeError) in
            try cells.sources(layout.sources, &strings)
        }
        let payload = RelationPayload(
            properties: properties, dates: dates, sources: sources, note: cells.optional(layout.note))
        let code: KnowledgeGraphBuilder.PayloadCode
        if noNote, let p, let d, let s {
            // A new spelling: stored as is, since rows spelled alike are recognised above.
            code = builder.storePayload(payload)
            payloadCodes.insert(Self.payloadKey(p, d, s), code)
        } else {
            code = builder.internPayload(payload)
        }
        builder.addRelation(typeCode: type, from: from, to: to, payloadCode: code)
    }

    /// One key for the spellings of a payload's properties, dates and sources (each below 2^16).
    @inline(__always)
    static func payloadKey(_ properties: Int32, _ dates: Int32, _ sources: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: properties)) | UInt64(UInt32(bitPattern: dates)) << 16
            | UInt64(UInt32(bitPattern: sources)) << 32
    }
}

extension EntityID {
    /// The id spelled by these UTF-8 bytes (invalid sequences become U+FFFD).
    fileprivate init(decoding bytes: UnsafeBufferPointer<UInt8>) { self.init(String(decoding: bytes, as: UTF8.self)) }
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
