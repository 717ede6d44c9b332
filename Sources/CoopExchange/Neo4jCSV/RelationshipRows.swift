import CoopModel

/// Reads `relationships.csv` row by row into a ``RelationSink``. Its state lives in one value, so
/// that each row reads the layout and caches in place instead of copying them.
struct RelationshipRows {
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

    mutating func read<Sink: RelationSink>(_ record: CSVRecord, into builder: inout Sink) throws(ExchangeError) {
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
        // The payload's spellings first (small tables, usually in cache), so that the three look-ups
        // that usually miss it (both ids and the payload code, in large tables) come one after the
        // other and their memory reads overlap.
        let noNote = record.isEmpty(layout.note ?? record.count)
        var parts: (p: Int32, d: Int32, s: Int32)?
        if noNote, let p = propertyCache.spelling(record), let d = dateCache.spelling(record),
            let s = sourceCache.spelling(record)
        {
            parts = (p, d, s)
        }
        let fromBytes = record.field(startColumn), toBytes = record.field(endColumn)
        let fromIndex = ids.value(fromBytes), toIndex = ids.value(toBytes)
        let knownCode = parts.flatMap { payloadCodes.code(Self.payloadKey($0.p, $0.d, $0.s)) }
        // A miss in the id table falls back on the builder, which matches Unicode-equivalent spellings.
        guard let from = fromIndex.map(Int.init) ?? builder.index(of: EntityID(decoding: fromBytes)) else {
            throw RowReader(record: record, file: file).unknownNode(String(decoding: fromBytes, as: UTF8.self), startColumn)
        }
        guard let to = toIndex.map(Int.init) ?? builder.index(of: EntityID(decoding: toBytes)) else {
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
        if let code = knownCode {
            builder.addRelation(typeCode: type, from: from, to: to, payloadCode: code)
            return
        }
        if let (p, d, s) = parts {
            // A new combination of parts spelled before: built from the kept values, not read again.
            let code = builder.storePayload(
                RelationPayload(properties: propertyCache.value(p), dates: dateCache.value(d), sources: sourceCache.value(s)))
            payloadCodes.insert(Self.payloadKey(p, d, s), code)
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
