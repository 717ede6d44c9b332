import Foundation

/// One CSV record as byte ranges of the scanner's buffer. It does not own its bytes: it is valid
/// only during the `CSVScanner.forEachRecord` call that hands it out.
struct CSVRecord {
    private let base: UnsafePointer<UInt8>
    private let fields: UnsafePointer<CSVFieldList.Field>
    /// The number of fields.
    let count: Int
    /// The 1-based line where the record starts.
    let line: Int

    init(base: UnsafePointer<UInt8>, fields: CSVFieldList) {
        self.base = base
        self.fields = UnsafePointer(fields.storage)
        self.count = fields.count
        self.line = fields.line
    }

    /// The bytes of field `index` (empty when the record is shorter).
    @inline(__always)
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        guard index < count else { return UnsafeBufferPointer(start: base, count: 0) }
        let field = fields[index]
        return UnsafeBufferPointer(start: base + field.start, count: field.end - field.start)
    }

    /// Field `index` as text (empty when the record is shorter).
    func string(_ index: Int) -> String { String(decoding: field(index), as: UTF8.self) }

    /// Whether field `index` is empty or missing.
    @inline(__always)
    func isEmpty(_ index: Int) -> Bool { index >= count || fields[index].start == fields[index].end }

    /// The column where field `index` starts (the record's last field's when missing).
    func column(_ index: Int) -> Int { count == 0 ? 1 : fields[Swift.min(index, count - 1)].column }
}

/// The fields of the record being scanned, in a buffer reused from record to record.
struct CSVFieldList {
    /// Where a field's bytes are in the scanner's buffer, and what must be removed from them.
    struct Field {
        var start: Int
        var end: Int
        var column: Int
        var fix: Fix
    }

    /// Bytes a field holds in the file but not in its value.
    enum Fix {
        case none
        /// A quoted field with doubled quotes (`""` stands for `"`).
        case quotes
        /// An unquoted field with a CR inside (CRs outside quotes are dropped).
        case carriages
    }

    private(set) var storage: UnsafeMutablePointer<Field>
    private var capacity = 16
    private(set) var count = 0
    var line = 1

    init() { storage = .allocate(capacity: capacity) }

    func deallocate() { storage.deallocate() }

    mutating func removeAll() { count = 0 }

    @inline(__always)
    mutating func append(start: Int, end: Int, column: Int, fix: Fix) {
        if count == capacity { grow() }
        (storage + count).initialize(to: Field(start: start, end: end, column: column, fix: fix))
        count += 1
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Field>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }

    /// Removes, in place, the bytes that are not part of the fields' values. Only for a whole
    /// record: a record that is scanned again after more bytes are read must still hold its quotes.
    func finish(_ bytes: UnsafeMutablePointer<UInt8>) {
        for index in 0..<count where storage[index].fix != .none {
            let field = storage[index]
            var write = field.start
            var read = field.start
            while read < field.end {
                let byte = bytes[read]
                read += 1
                switch field.fix {
                case .quotes where byte == UInt8(ascii: "\""):
                    read += 1  // the second quote of the pair
                case .carriages where byte == UInt8(ascii: "\r"):
                    continue
                default:
                    break
                }
                bytes[write] = byte
                write += 1
            }
            storage[index].end = write
        }
    }
}

/// The bytes read from a file and not yet handed out: `base[start..<end]`.
struct CSVBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    var start = 0
    var end = 0

    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    func deallocate() { base.deallocate() }

    /// Moves the bytes not yet handed out to the front.
    mutating func compact() {
        guard start > 0 else { return }
        if end > start { memmove(base, base + start, end - start) }
        end -= start
        start = 0
    }

    /// Makes room for `count` more bytes after `end`.
    mutating func reserve(_ count: Int) {
        guard end + count > capacity else { return }
        var size = capacity
        while end + count > size { size *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        larger.initialize(from: base, count: end)
        base.deallocate()
        base = larger
        capacity = size
    }
}
