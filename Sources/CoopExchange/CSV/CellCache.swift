/// Values parsed from cells, by the exact bytes of those cells: rows that spell a cell the same
/// share one parsed value (and its storage), so repeated properties, dates and sources are parsed
/// once and stored once. Each kept spelling has a number, so callers can key further caches by it.
struct CellCache<Value> {
    private var slots: [UInt64: Int32] = [:]
    private var entries: [(bytes: [UInt8], lengths: [Int], value: Value)] = []
    /// The most distinct spellings kept; past it, new spellings are parsed each time.
    private let limit = 1 << 16

    /// The number of the spelling of the cells in `columns`, if it was kept earlier.
    func spelling(_ record: CSVRecord, _ columns: [Int]) -> Int32? {
        guard let slot = slots[Self.hash(record, columns)], matches(Int(slot), record, columns) else { return nil }
        return slot
    }

    /// The value of the cells in `columns`, and the number of its spelling (nil when not kept).
    mutating func value(
        _ record: CSVRecord, _ columns: [Int], parse: () throws(ExchangeError) -> Value
    ) throws(ExchangeError) -> (value: Value, spelling: Int32?) {
        let hash = Self.hash(record, columns)
        let slot = slots[hash]
        if let slot, matches(Int(slot), record, columns) { return (entries[Int(slot)].value, slot) }
        let value = try parse()
        guard entries.count < limit, slot == nil else { return (value, nil) }
        var bytes: [UInt8] = []
        var lengths: [Int] = []
        for column in columns {
            let field = column < record.count ? record.field(column) : []
            bytes += field
            lengths.append(field.count)
        }
        let spelling = Int32(entries.count)
        entries.append((bytes, lengths, value))
        slots[hash] = spelling
        return (value, spelling)
    }

    private static func hash(_ record: CSVRecord, _ columns: [Int]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for column in columns {
            let field = column < record.count ? record.field(column) : []
            for byte in field { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ UInt64(field.count) ^ 0xff00) &* 0x100_0000_01b3
        }
        return hash
    }

    private func matches(_ entry: Int, _ record: CSVRecord, _ columns: [Int]) -> Bool {
        var offset = 0
        for (column, length) in zip(columns, entries[entry].lengths) {
            let field = column < record.count ? record.field(column) : []
            guard field.count == length, entries[entry].bytes[offset..<offset + length].elementsEqual(field) else { return false }
            offset += length
        }
        return true
    }
}
