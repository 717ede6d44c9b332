/// Values parsed from cells, by the exact bytes of those cells: rows that spell a cell the same
/// share one parsed value (and its storage), so repeated properties, dates and sources are parsed
/// once and stored once. Each kept spelling has a number, so callers can key further tables by it.
struct CellCache<Value> {
    /// The columns whose cells make a spelling, fixed when the header is read.
    var columns: [Int] = []
    private var spellings = ByteKeyTable()
    private var values: [Value] = []
    /// The cells of a several-column spelling, each after its length: one key to look up.
    private var key: [UInt8] = []
    /// The most distinct spellings kept; past it, new spellings are parsed each time.
    static var limit: Int { 1 << 16 }

    /// The number of the spelling of the record's cells, if it was kept earlier.
    @inline(__always)
    mutating func spelling(_ record: CSVRecord) -> Int32? {
        if columns.count == 1 { return spellings.value(record.field(columns[0])) }
        makeKey(record)
        return key.withUnsafeBufferPointer { spellings.value($0) }
    }

    /// The value of spelling `number`.
    @inline(__always)
    func value(_ number: Int32) -> Value { values[Int(number)] }

    /// The value of the record's cells: the kept one, or `parse()`, kept for the next rows.
    mutating func value(_ record: CSVRecord, parse: () throws(ExchangeError) -> Value) throws(ExchangeError) -> Value {
        try valueAndSpelling(record, parse: parse).value
    }

    /// Like ``value(_:parse:)``, with the number of the cells' spelling (nil past the limit).
    mutating func valueAndSpelling(
        _ record: CSVRecord, parse: () throws(ExchangeError) -> Value
    ) throws(ExchangeError) -> (value: Value, spelling: Int32?) {
        if let known = spelling(record) { return (values[Int(known)], known) }
        let value = try parse()
        return (value, keep(value, for: record))
    }

    /// Keeps `value` for the record's cells, which ``spelling(_:)`` just did not find; returns its
    /// number, or nil past the limit.
    mutating func keep(_ value: Value, for record: CSVRecord) -> Int32? {
        guard values.count < Self.limit else { return nil }
        let number = Int32(values.count)
        values.append(value)
        if columns.count == 1 {
            spellings.insert(record.field(columns[0]), number)
        } else {
            // `key` still holds this record's cells, from the look-up just before.
            key.withUnsafeBufferPointer { _ = spellings.insert($0, number) }
        }
        return number
    }

    private mutating func makeKey(_ record: CSVRecord) {
        var size = 0
        for column in columns { size += 4 + record.field(column).count }
        // Sized exactly, but without reallocating while the spellings keep a similar length.
        if key.count < size {
            key += repeatElement(0, count: size - key.count)
        } else if key.count > size {
            key.removeLast(key.count - size)
        }
        key.withUnsafeMutableBytes { key in
            var offset = 0
            for column in columns {
                let field = record.field(column)
                key.storeBytes(of: UInt32(truncatingIfNeeded: field.count).littleEndian, toByteOffset: offset, as: UInt32.self)
                offset += 4
                if field.count > 0 {
                    (key.baseAddress! + offset).copyMemory(from: field.baseAddress!, byteCount: field.count)
                }
                offset += field.count
            }
        }
    }
}
