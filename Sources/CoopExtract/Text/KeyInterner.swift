/// The `String` of each folded key already seen in a document, found by the key's hash and
/// bytes, so that a word met again is not decoded and validated into a new `String`.
///
/// Why: building a `String` from a token's bytes (UTF-8 validation, then a small or heap string)
/// was about a third of the tokenizer's instructions, and a document repeats the same few
/// thousand words. The table stops growing at `limit` keys; further keys are built as before.
struct KeyInterner {
    /// The most keys kept: memory stays bounded on a corpus of ever-new words (numbers, names).
    static let limit = 1 << 16

    private var strings: [String] = []
    /// The keys' bytes, by entry number (the entry of `strings`).
    private var keys: ByteTable
    /// The words with a letter outside ASCII, by their bytes as written (`word(written:hash:)`).
    private var written: ByteTable
    private var words: [WrittenWord] = []
    private let enabled: Bool
    /// The number of each ASCII mark's key, by byte, -1 until met (`key(asciiMark:hash:)`).
    private var marks: [Int32]
    /// The tokenizer's buffer of a line's folded keys, lent to it for each line and given back
    /// empty, so that its storage is allocated once per document rather than once per line.
    var foldedKeys: [UInt8] = []

    /// An interner; a disabled one builds every key anew (for one-off tokenizing).
    init(enabled: Bool = true) {
        self.enabled = enabled
        keys = ByteTable(enabled: enabled)
        written = ByteTable(enabled: enabled)
        marks = enabled ? [Int32](repeating: -1, count: 128) : []
    }

    /// The key whose UTF-8 is `bytes` (valid UTF-8) and whose `KeyHash` is `hash`, and its number
    /// in this interner (`Token.keyID`), -1 when it has none (past `limit`, or disabled).
    /// - Complexity: O(k) for k bytes, on average.
    mutating func key(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (key: String, id: Int32) {
        key(bytes, lowering: 0, hash: hash)
    }

    /// The key of a word of ASCII letters: `bytes` lowered (`byte | 0x20`), whose `KeyHash` is
    /// `hash`, compared and looked up without first copying the lowered bytes out of the line;
    /// and its number, as `key(_:hash:)`.
    /// - Complexity: O(k) for k bytes, on average.
    mutating func key(asciiLetters bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (key: String, id: Int32) {
        key(bytes, lowering: 0x20, hash: hash)
    }

    /// `key(asciiLetters:hash:)` for a word whose `head` (its first eight bytes or fewer, lowered,
    /// as `Tokenizer.asciiLetterRun` gives them) is known: a key met before is recognised by its
    /// head and length, and by its bytes past the eighth only for a longer word.
    ///
    /// Why: comparing a word with its entry byte by byte, each byte lowered, was a fifth of the
    /// tokenizer's instructions; a word's head comes with the search for its end.
    /// - Complexity: O(1) for a word of eight letters or fewer met before.
    @inline(__always)
    mutating func key(asciiWord bytes: UnsafeBufferPointer<UInt8>, head: UInt64, hash: UInt32) -> (key: String, id: Int32) {
        if enabled, let entry = keys.find(asciiWord: bytes, head: head, hash: hash) { return (strings[entry], Int32(entry)) }
        return key(bytes, lowering: 0x20, hash: hash)
    }

    /// The key of an ASCII mark (".", ",", "("), whose UTF-8 is the one byte of `mark` and whose
    /// `KeyHash` is `hash`, as `key(_:hash:)` gives it; remembered by the byte, since a line
    /// has a mark every few words.
    mutating func key(asciiMark mark: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (key: String, id: Int32) {
        guard enabled, mark.count == 1, mark[0] < 0x80 else { return key(mark, lowering: 0, hash: hash) }
        let known = Int(marks[Int(mark[0])])
        if known >= 0 { return (strings[known], Int32(known)) }
        let made = key(mark, lowering: 0, hash: hash)
        if made.id >= 0 { marks[Int(mark[0])] = made.id }
        return made
    }

    /// The key whose UTF-8 is `bytes`, each byte or-ed with `mask`, and its number.
    @inline(__always)
    private mutating func key(_ bytes: UnsafeBufferPointer<UInt8>, lowering mask: UInt8, hash: UInt32) -> (key: String, id: Int32) {
        guard enabled else { return (Self.make(bytes, lowering: mask), -1) }
        let (entry, slot) = keys.find(bytes, lowering: mask, hash: hash)
        if entry >= 0 { return (strings[entry], Int32(entry)) }
        let made = Self.make(bytes, lowering: mask)
        guard strings.count < Self.limit else { return (made, -1) }
        strings.append(made)
        keys.insert(bytes, lowering: mask, hash: hash, at: slot)
        return (made, Int32(strings.count - 1))
    }

    /// Whether `word(written:hash:)` and `remember(_:written:hash:)` are in use (not when disabled).
    var remembersWords: Bool { enabled }

    /// What the tokenizer made of the word written `bytes` (whose FNV-1a hash, `KeyHash` of the
    /// bytes as they are, is `hash`) when it met it before, nil otherwise (or when disabled).
    @inline(__always)
    mutating func word(written bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> WrittenWord? {
        guard enabled else { return nil }
        let entry = written.find(bytes, lowering: 0, hash: hash).entry
        return entry >= 0 ? words[entry] : nil
    }

    /// Remembers what the tokenizer made of the word written `bytes` (`word(written:hash:)`).
    mutating func remember(_ word: WrittenWord, written bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) {
        guard enabled, words.count < Self.limit else { return }
        let slot = written.find(bytes, lowering: 0, hash: hash)
        guard slot.entry < 0 else { return }
        words.append(word)
        written.insert(bytes, lowering: 0, hash: hash, at: slot.slot)
    }

    /// The `String` of `bytes`, each or-ed with `mask`.
    private static func make(_ bytes: UnsafeBufferPointer<UInt8>, lowering mask: UInt8) -> String {
        guard mask != 0 else { return String(decoding: bytes, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for index in bytes.indices { buffer[index] = bytes[index] | mask }
            return bytes.count
        }
    }
}

/// A word with a letter outside ASCII as the tokenizer read it: its key and the key's number in
/// the interner, the key's hash, its length in scalars and its case.
///
/// Why: such a word ("coopération", "Ministère") was decoded, classified and folded scalar by
/// scalar each time it was met, and its folded bytes hashed and looked up again; a document
/// writes the same few hundred of them over and over. All of it follows from the bytes as
/// written, so a word met before is found by them (`KeyInterner.word(written:hash:)`).
struct WrittenWord {
    var key: String
    var id: Int32
    var hash: UInt32
    var letters: Int
    var capitalized: Bool
    var allCaps: Bool
}

/// An open-addressing table of byte strings, each numbered in the order it was inserted; a
/// string is found by its hash and its bytes (or-ed with a mask on the way in).
struct ByteTable {
    /// The bytes of entry `i` are `pool[starts[i]..<starts[i + 1]]`.
    private var pool: [UInt8] = []
    private var starts: [Int32] = [0]
    /// `hash << 32 | (entry + 1)`, 0 for an empty slot.
    private var slots: [UInt64]
    /// By entry: its first eight bytes or fewer as a little-endian number, padded with zeros.
    private var heads: [UInt64] = []

    /// An empty table; a disabled one has no slots and must not be used.
    init(enabled: Bool) {
        slots = enabled ? [UInt64](repeating: 0, count: 1 << 12) : []
    }

    /// The entry of `bytes` (each or-ed with `mask`) whose hash is `hash`, -1 when absent; and
    /// the slot to insert it at then.
    /// - Complexity: O(k) for k bytes, on average.
    @inline(__always)
    func find(_ bytes: UnsafeBufferPointer<UInt8>, lowering mask: UInt8, hash: UInt32) -> (entry: Int, slot: Int) {
        let mask64 = slots.count - 1
        var slot = Int(hash) & mask64
        while true {
            let stored = slots[slot]
            if stored == 0 { return (-1, slot) }
            if UInt32(truncatingIfNeeded: stored >> 32) == hash {
                let entry = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
                if equals(entry, bytes, lowering: mask) { return (entry, slot) }
            }
            slot = (slot + 1) & mask64
        }
    }

    /// The entry of the ASCII word `bytes`, lowered, whose `head` (`Tokenizer.asciiLetterRun`)
    /// and hash are given; nil when absent. Only for an enabled table.
    @inline(__always)
    func find(asciiWord bytes: UnsafeBufferPointer<UInt8>, head: UInt64, hash: UInt32) -> Int? {
        let mask64 = slots.count - 1
        var slot = Int(hash) & mask64
        while true {
            let stored = slots[slot]
            if stored == 0 { return nil }
            if UInt32(truncatingIfNeeded: stored >> 32) == hash {
                let entry = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
                // Same head and length: the same key when it is eight bytes or fewer.
                if heads[entry] == head, Int(starts[entry + 1] &- starts[entry]) == bytes.count,
                    bytes.count <= 8 || equals(entry, bytes, lowering: 0x20)
                {
                    return entry
                }
            }
            slot = (slot + 1) & mask64
        }
    }

    /// Inserts `bytes` (each or-ed with `mask`), absent, as the next entry at `slot` (from `find`).
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, lowering mask: UInt8, hash: UInt32, at slot: Int) {
        let entry = starts.count - 1
        var head: UInt64 = 0
        for (offset, byte) in bytes.prefix(8).enumerated() { head |= UInt64(byte | mask) << UInt64(8 * offset) }
        heads.append(head)
        for byte in bytes { pool.append(byte | mask) }
        starts.append(Int32(pool.count))
        slots[slot] = UInt64(hash) << 32 | UInt64(entry + 1)
        if (entry + 1) * 2 > slots.count { grow() }
    }

    /// Whether entry `entry` holds `bytes`, each or-ed with `mask`.
    ///
    /// Why eight bytes at a time: the written words looked up by `KeyInterner.word(written:hash:)`
    /// ("coopération", "Ministère") and the ASCII words longer than their head were compared
    /// byte by byte, about seven instructions a byte.
    func equals(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>, lowering mask: UInt8) -> Bool {
        let start = Int(starts[entry])
        let end = Int(starts[entry + 1])
        let count = bytes.count
        guard end - start == count else { return false }
        guard count >= 8, let given = bytes.baseAddress else {
            return pool.withUnsafeBufferPointer { pool in
                for offset in 0..<count where pool[start + offset] != bytes[offset] | mask { return false }
                return true
            }
        }
        return pool.withUnsafeBufferPointer { pool in
            guard let base = pool.baseAddress else { return false }
            let stored = UnsafeRawPointer(base + start)
            let other = UnsafeRawPointer(given)
            let wide = UInt64(mask) &* 0x0101_0101_0101_0101
            // Whole chunks, then the last eight bytes (overlapping the last chunk read).
            var offset = 0
            while offset + 8 <= count {
                if stored.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != other.loadUnaligned(fromByteOffset: offset, as: UInt64.self) | wide {
                    return false
                }
                offset += 8
            }
            return offset == count
                || stored.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == other.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) | wide
        }
    }

    /// `equals(_:_:lowering:)` byte by byte: its oracle (`KeyInternerTests`).
    func plainEquals(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>, lowering mask: UInt8) -> Bool {
        let start = Int(starts[entry])
        let end = Int(starts[entry + 1])
        guard end - start == bytes.count else { return false }
        return pool.withUnsafeBufferPointer { pool in
            for offset in 0..<bytes.count where pool[start + offset] != bytes[offset] | mask { return false }
            return true
        }
    }

    /// Doubles the slot table and places every entry again.
    private mutating func grow() {
        var larger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for stored in slots where stored != 0 {
            var slot = Int(truncatingIfNeeded: stored >> 32) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = stored
        }
        slots = larger
    }
}
