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
    /// The bytes of key `i` are `pool[starts[i]..<starts[i + 1]]`.
    private var pool: [UInt8] = []
    private var starts: [Int32] = [0]
    /// `hash << 32 | (entry + 1)`, 0 for an empty slot.
    private var slots: [UInt64]
    private let enabled: Bool
    /// The number of each ASCII mark's key, by byte, -1 until met (`key(asciiMark:hash:)`).
    private var marks: [Int32]
    /// The tokenizer's buffer of a line's folded keys, lent to it for each line and given back
    /// empty, so that its storage is allocated once per document rather than once per line.
    var foldedKeys: [UInt8] = []

    /// An interner; a disabled one builds every key anew (for one-off tokenizing).
    init(enabled: Bool = true) {
        self.enabled = enabled
        slots = enabled ? [UInt64](repeating: 0, count: 1 << 12) : []
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
        let mask64 = slots.count - 1
        var slot = Int(hash) & mask64
        while true {
            let stored = slots[slot]
            if stored == 0 { break }
            if UInt32(truncatingIfNeeded: stored >> 32) == hash {
                let entry = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
                if equals(entry, bytes, lowering: mask) { return (strings[entry], Int32(entry)) }
            }
            slot = (slot + 1) & mask64
        }
        let made = Self.make(bytes, lowering: mask)
        guard strings.count < Self.limit else { return (made, -1) }
        let entry = strings.count
        strings.append(made)
        for byte in bytes { pool.append(byte | mask) }
        starts.append(Int32(pool.count))
        slots[slot] = UInt64(hash) << 32 | UInt64(entry + 1)
        if strings.count * 2 > slots.count { grow() }
        return (made, Int32(entry))
    }

    /// The `String` of `bytes`, each or-ed with `mask`.
    private static func make(_ bytes: UnsafeBufferPointer<UInt8>, lowering mask: UInt8) -> String {
        guard mask != 0 else { return String(decoding: bytes, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for index in bytes.indices { buffer[index] = bytes[index] | mask }
            return bytes.count
        }
    }

    private func equals(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>, lowering mask: UInt8) -> Bool {
        let start = Int(starts[entry])
        let end = Int(starts[entry + 1])
        guard end - start == bytes.count else { return false }
        return pool.withUnsafeBufferPointer { pool in
            for offset in 0..<bytes.count where pool[start + offset] != bytes[offset] | mask { return false }
            return true
        }
    }

    /// Doubles the slot table and places every key again.
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
