import CoopModel

/// Reads `nodes.csv` row by row into the builder and the id table. Its state lives in one value,
/// so that each row reads the layout and caches in place instead of copying them (a copy of the
/// layout retains and releases each of its arrays, once per row).
struct NodeRows {
    let file: String
    private(set) var hasHeader = false
    private var layout = ColumnLayout()
    private var strings = StringInterner()
    // Entities spelled alike share their properties, dates and sources (parsed once, stored once).
    private var caches = PayloadCaches()

    init(file: String) {
        self.file = file
    }

    mutating func read(
        _ record: CSVRecord, into builder: inout KnowledgeGraphBuilder, ids: inout ByteKeyTable
    ) throws(ExchangeError) {
        guard hasHeader else {
            layout = try ColumnLayout(header: record, file: file, required: ["id:ID", ":LABEL", "name_fr"])
            caches.use(layout)
            hasHeader = true
            return
        }
        let cells = RowReader(record: record, file: file)
        let id = try cells.required(layout.id, "id")
        let type = NodeType(rawValue: strings.string(try cells.requiredBytes(layout.label, "node type")))
        let names = Names(
            fr: try cells.required(layout.nameFR, "French name"), en: cells.optional(layout.nameEN),
            ar: cells.optional(layout.nameAR))
        let properties = try caches.properties.value(record) { () throws(ExchangeError) in
            try cells.properties(layout.properties, &strings)
        }
        let dates = try caches.dates.value(record) { () throws(ExchangeError) in try cells.dates(layout.dates, &strings) }
        let sources = try caches.sources.value(record) { () throws(ExchangeError) in try cells.sources(layout.sources, &strings) }
        let entity = Entity(
            id: EntityID(id), type: type, names: names, aliases: cells.list(layout.aliases),
            acronyms: cells.list(layout.acronyms), properties: properties, dates: dates, sources: sources,
            note: cells.optional(layout.note))
        do throws(KnowledgeGraphBuilder.Failure) {
            let index = try builder.add(entity)
            if let column = layout.id { ids.insert(record.field(column), Int32(index)) }
        } catch {
            throw .malformed(file: file, line: record.line, column: 1, reason: error.description)
        }
    }
}
