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
    private var caches = PayloadCaches()
    // Payloads by the spelling numbers of their parts: a payload seen before is not parsed or hashed again.
    private var payloadCodes = CodeTable()
    /// Rows read but not yet added: their ids and payload are looked up a batch at a time.
    private var pending: [PendingRelation] = []
    /// What the warming reads of the batches gave; kept so that those reads are not optimised away.
    private var warmth: UInt64 = 0
    /// Rows per batch: enough independent cache misses to overlap, few enough to stay in cache.
    static let batchSize = 64

    init(file: String, ids: ByteKeyTable) {
        self.file = file
        self.ids = ids
    }

    mutating func read<Sink: RelationSink>(_ record: CSVRecord, into builder: inout Sink) throws(ExchangeError) {
        guard hasHeader else {
            layout = try ColumnLayout(header: record, file: file, required: [":START_ID", ":END_ID", ":TYPE"])
            caches.use(layout)
            hasHeader = true
            return
        }
        // The columns were checked with the header, so they are known here.
        let (startColumn, endColumn, typeColumn) = (layout.start ?? 0, layout.end ?? 0, layout.type ?? 0)
        if try readLater(record, startColumn, endColumn, typeColumn, into: &builder) { return }
        // The rows before this one are added first, so relations, payloads and errors keep file order.
        try finish(into: &builder)
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
        if noNote, let p = caches.properties.spelling(record), let d = caches.dates.spelling(record),
            let s = caches.sources.spelling(record)
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
        let type = typeCode(record.field(typeColumn), into: &builder)
        // A payload spelled as an earlier one shares its code: no parsing, no hashing of values.
        if let code = knownCode {
            builder.addRelation(typeCode: type, from: from, to: to, payloadCode: code)
            return
        }
        if let (p, d, s) = parts {
            // A new combination of parts spelled before: built from the kept values, not read again.
            let code = builder.storePayload(
                RelationPayload(properties: caches.properties.value(p), dates: caches.dates.value(d), sources: caches.sources.value(s)))
            payloadCodes.insert(Self.payloadKey(p, d, s), code)
            builder.addRelation(typeCode: type, from: from, to: to, payloadCode: code)
            return
        }
        // Each part is parsed once per spelling and shared by every row that spells it so.
        let cells = RowReader(record: record, file: file)
        let (properties, p) = try caches.properties.valueAndSpelling(record) { () throws(ExchangeError) in
            try cells.properties(layout.properties, &strings)
        }
        let (dates, d) = try caches.dates.valueAndSpelling(record) { () throws(ExchangeError) in
            try cells.dates(layout.dates, &strings)
        }
        let (sources, s) = try caches.sources.valueAndSpelling(record) { () throws(ExchangeError) in
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

    @inline(__always)
    private mutating func typeCode<Sink: RelationSink>(_ bytes: UnsafeBufferPointer<UInt8>, into builder: inout Sink)
        -> KnowledgeGraphBuilder.RelationTypeCode
    {
        if let known = typeCodes.value(bytes) { return .init(truncatingIfNeeded: known) }
        let type = builder.internRelationType(RelationType(rawValue: String(decoding: bytes, as: UTF8.self)))
        typeCodes.insert(bytes, Int32(type))
        return type
    }

    /// Keeps the row for the next batch when it is a plain one: both ids short enough to be kept
    /// without their bytes, a type, no note, and each part of the payload spelled as in an earlier
    /// row (so nothing needs parsing). Its type is interned now, in file order.
    @inline(__always)
    private mutating func readLater<Sink: RelationSink>(
        _ record: CSVRecord, _ startColumn: Int, _ endColumn: Int, _ typeColumn: Int, into builder: inout Sink
    ) throws(ExchangeError) -> Bool {
        let fromBytes = record.field(startColumn), toBytes = record.field(endColumn), typeBytes = record.field(typeColumn)
        guard !fromBytes.isEmpty, !toBytes.isEmpty, !typeBytes.isEmpty, fromBytes.count <= ByteKeyTable.inlineLimit,
            toBytes.count <= ByteKeyTable.inlineLimit, record.isEmpty(layout.note ?? record.count),
            let p = caches.properties.spelling(record), let d = caches.dates.spelling(record), let s = caches.sources.spelling(record)
        else { return false }
        pending.append(
            PendingRelation(
                from: ByteKeyTable.Key(fromBytes), to: ByteKeyTable.Key(toBytes), parts: (p, d, s),
                type: typeCode(typeBytes, into: &builder), line: record.line,
                fromColumn: Int32(truncatingIfNeeded: record.column(startColumn)),
                toColumn: Int32(truncatingIfNeeded: record.column(endColumn))))
        if pending.count >= Self.batchSize { try finish(into: &builder) }
        return true
    }

    /// Adds the rows kept for later, in file order. Called when a batch is full, before a row
    /// read at once, and at the end of the rows (the caller's job).
    mutating func finish<Sink: RelationSink>(into builder: inout Sink) throws(ExchangeError) {
        guard !pending.isEmpty else { return }
        defer { pending.removeAll(keepingCapacity: true) }
        // Every slot the batch needs, read in one tight loop: their cache misses overlap instead
        // of coming one row at a time.
        var warmth = self.warmth
        for row in pending {
            warmth &+= ids.warm(row.from) &+ ids.warm(row.to)
                &+ payloadCodes.warm(Self.payloadKey(row.parts.p, row.parts.d, row.parts.s))
        }
        self.warmth = warmth
        for row in pending {
            let from = try position(row.from, row.line, row.fromColumn, in: builder)
            let to = try position(row.to, row.line, row.toColumn, in: builder)
            let (p, d, s) = row.parts
            let key = Self.payloadKey(p, d, s)
            let code: KnowledgeGraphBuilder.PayloadCode
            if let known = payloadCodes.code(key) {
                code = known
            } else {
                // A new combination of parts spelled before: built from the kept values, not read again.
                code = builder.storePayload(
                    RelationPayload(properties: caches.properties.value(p), dates: caches.dates.value(d), sources: caches.sources.value(s)))
                payloadCodes.insert(key, code)
            }
            builder.addRelation(typeCode: row.type, from: from, to: to, payloadCode: code)
        }
    }

    /// The position of the entity whose id is `key`. A miss in the id table falls back on the
    /// builder, which matches Unicode-equivalent spellings.
    @inline(__always)
    private func position<Sink: RelationSink>(_ key: ByteKeyTable.Key, _ line: Int, _ column: Int32, in builder: Sink)
        throws(ExchangeError) -> EntityIndex
    {
        if let index = ids.value(inline: key) { return Int(index) }
        let id = key.withBytes { String(decoding: $0, as: UTF8.self) }
        guard let index = builder.index(of: EntityID(id)) else {
            throw .malformed(file: file, line: line, column: Int(column), reason: RowReader.unknownNode(id))
        }
        return index
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

/// A row kept for the next batch: what adding it needs, without the row's bytes.
private struct PendingRelation {
    var from: ByteKeyTable.Key
    var to: ByteKeyTable.Key
    /// The spelling numbers of the payload's properties, dates and sources.
    var parts: (p: Int32, d: Int32, s: Int32)
    var type: KnowledgeGraphBuilder.RelationTypeCode
    /// Where the row is, for errors.
    var line: Int
    var fromColumn: Int32
    var toColumn: Int32
}
