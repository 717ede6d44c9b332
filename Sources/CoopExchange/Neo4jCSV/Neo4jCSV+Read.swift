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
        var ids = ByteKeyTable()
        try readNodes(nodes, into: &builder, ids: &ids)
        try readRelationships(relationships, into: &builder, ids: ids)
        return builder.build()
    }

    private static func readNodes(
        _ url: URL, into builder: inout KnowledgeGraphBuilder, ids: inout ByteKeyTable
    ) throws(ExchangeError) {
        let file = url.lastPathComponent
        var layout: ColumnLayout?
        var strings = StringInterner()
        try CSVScanner(url: url).forEachRecord { (record: CSVRecord) throws(ExchangeError) in
            guard let layout else {
                layout = try ColumnLayout(header: record, file: file, required: ["id:ID", ":LABEL", "name_fr"])
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
                properties: try cells.properties(layout.properties, &strings),
                dates: try cells.dates(layout.dates, &strings), sources: try cells.sources(layout.sources, &strings),
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
        let file = url.lastPathComponent
        var layout: ColumnLayout?
        var strings = StringInterner()
        var propertyCache = CellCache<[String: PropertyValue]>()
        var dateCache = CellCache<[DatedRole]>()
        var sourceCache = CellCache<[SourceRef]>()
        // Payloads by the spellings of their parts: a payload seen before is not hashed again.
        var payloadCodes: [PayloadSpelling: KnowledgeGraphBuilder.PayloadCode] = [:]
        try CSVScanner(url: url).forEachRecord { (record: CSVRecord) throws(ExchangeError) in
            guard let layout else {
                layout = try ColumnLayout(header: record, file: file, required: [":START_ID", ":END_ID", ":TYPE"])
                return
            }
            let cells = RowReader(record: record, file: file)
            // Looked up in place: passing the builder to a function would copy it for every row.
            let fromBytes = try cells.requiredBytes(layout.start, "node id")
            guard let from = ids.value(fromBytes).map(Int.init) ?? builder.index(of: EntityID(decoding: fromBytes))
            else { throw cells.unknownNode(String(decoding: fromBytes, as: UTF8.self), layout.start) }
            let toBytes = try cells.requiredBytes(layout.end, "node id")
            guard let to = ids.value(toBytes).map(Int.init) ?? builder.index(of: EntityID(decoding: toBytes))
            else { throw cells.unknownNode(String(decoding: toBytes, as: UTF8.self), layout.end) }
            let type = RelationType(rawValue: strings.string(try cells.requiredBytes(layout.type, "relation type")))
            // A payload spelled as an earlier one shares its code: no parsing, no hashing of values.
            if record.isEmpty(layout.note ?? record.count), let p = propertyCache.spelling(record, layout.propertyColumns),
                let d = dateCache.spelling(record, layout.dateColumns),
                let s = sourceCache.spelling(record, layout.sourceColumns),
                let code = payloadCodes[PayloadSpelling(properties: p, dates: d, sources: s)]
            {
                builder.addRelation(type: type, from: from, to: to, payloadCode: code)
                return
            }
            // Each part is parsed once per spelling and shared by every row that spells it so.
            let properties = try propertyCache.value(record, layout.propertyColumns) { () throws(ExchangeError) in
                try cells.properties(layout.properties, &strings)
            }
            let dates = try dateCache.value(record, layout.dateColumns) { () throws(ExchangeError) in
                try cells.dates(layout.dates, &strings)
            }
            let sources = try sourceCache.value(record, layout.sourceColumns) { () throws(ExchangeError) in
                try cells.sources(layout.sources, &strings)
            }
            let note = cells.optional(layout.note)
            var spelling: PayloadSpelling?
            if note == nil, let p = properties.spelling, let d = dates.spelling, let s = sources.spelling {
                spelling = PayloadSpelling(properties: p, dates: d, sources: s)
            }
            let payload = RelationPayload(
                properties: properties.value, dates: dates.value, sources: sources.value, note: note)
            let code: KnowledgeGraphBuilder.PayloadCode
            if let spelling {
                // A new spelling: stored as is, since rows spelled alike are recognised above.
                code = builder.storePayload(payload)
                payloadCodes[spelling] = code
            } else {
                code = builder.internPayload(payload)
            }
            builder.addRelation(type: type, from: from, to: to, payloadCode: code)
        }
        if layout == nil { throw .malformed(file: file, line: 1, column: 1, reason: "the file is empty; it needs a header line") }
    }
}

extension EntityID {
    /// The id spelled by these UTF-8 bytes (invalid sequences become U+FFFD).
    fileprivate init(decoding bytes: ArraySlice<UInt8>) { self.init(String(decoding: bytes, as: UTF8.self)) }
}

/// A relation payload named by the spellings of its property, date and source cells.
private struct PayloadSpelling: Hashable {
    let properties: Int32
    let dates: Int32
    let sources: Int32
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
