/// A small number for each distinct string (entity ids, relation types) the candidate store meets,
/// so that its tables are keyed by integers rather than by strings.
///
/// Why: a relation's key was three strings, hashed with SipHash and compared byte by byte on
/// every repeat of a fact; an entity's key, one string. The rules hand the store the same few
/// `String` values again and again (the gazetteer's ids, the ids an institution was resolved to),
/// so a string is first looked up by its *identity*, the two machine words of the `String` value,
/// with a multiplicative hash; only an unseen value is hashed as text.
///
/// Soundness of the identity look-up: two `String` values with the same bits hold the same text.
/// A small string (up to 15 UTF-8 bytes) carries its bytes in those words; a larger one carries
/// its length and a pointer to its storage, which the table keeps alive (`held`), so the storage
/// can neither be freed and reused for other text nor changed in place (it is never uniquely
/// referenced). Equal texts with different bits only miss the identity table and are found by text.
struct StringNumbers: Sendable {
    /// Identity slots: 16 K of them (384 KiB); emptied when half full, so a stream of ever-new
    /// values (ids built afresh for each mention) keeps memory bounded and only costs misses.
    static let identitySlots = 1 << 14

    private struct Slot: Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        /// -1 for an empty slot.
        var number: Int32 = -1
    }

    private var numbers: [String: Int32] = [:]
    /// The strings by number.
    private var strings: [String] = []
    private var slots = [Slot](repeating: Slot(), count: identitySlots)
    /// The strings whose bits are in `slots`, retained so their storage stays theirs.
    private var held: [String] = []

    /// How many distinct strings have a number.
    var count: Int { numbers.count }

    /// The number of `text`, given to it now if it has none (numbers count up from 0).
    /// - Complexity: O(1) on average; O(n) for n bytes when `text`'s value was not seen before.
    mutating func number(_ text: String) -> Int32 {
        let (low, high) = Self.bits(text)
        var slot = Self.slot(low, high)
        while slots[slot].number >= 0 {
            if slots[slot].low == low && slots[slot].high == high { return slots[slot].number }
            slot = (slot + 1) & (Self.identitySlots - 1)
        }
        // One hash of the text: the next number is stored in place when the text has none
        // (looking it up, then storing it, hashed a new text twice).
        let next = Int32(numbers.count)
        let number = Self.read(&numbers[text, default: next])
        if number == next { strings.append(text) }
        if held.count * 2 >= Self.identitySlots {
            slots = [Slot](repeating: Slot(), count: Self.identitySlots)
            held.removeAll(keepingCapacity: true)
            slot = Self.slot(low, high)
        }
        slots[slot] = Slot(low: low, high: high, number: number)
        held.append(text)
        return number
    }

    /// The string numbered `number`.
    func string(_ number: Int32) -> String { strings[Int(number)] }

    /// The number of `text` if it has one.
    func existingNumber(_ text: String) -> Int32? {
        let (low, high) = Self.bits(text)
        var slot = Self.slot(low, high)
        while slots[slot].number >= 0 {
            if slots[slot].low == low && slots[slot].high == high { return slots[slot].number }
            slot = (slot + 1) & (Self.identitySlots - 1)
        }
        return numbers[text]
    }

    /// For each number, the place of its string among all the strings in `<` order: sorting by
    /// ranks gives the order of sorting by the strings, with one string comparison per pair of
    /// distinct strings rather than per pair of things named by them.
    /// - Complexity: O(n log n) for n strings.
    ///
    /// Two strings of ASCII are compared by their first eight bytes first, read once per string
    /// as one number: for ASCII, `<` is the order of the bytes, and most ids differ within their
    /// first eight. A pair of ASCII strings with the same first eight bytes (event ids share
    /// "evt.YYYY-MM-DD.") is compared by its bytes, copied end to end into one buffer once,
    /// rather than as strings. Any other pair is compared as strings.
    func ranks() -> [Int32] {
        // Each string's UTF-8 is read once, from its storage (iterating `utf8` cost about 1,400
        // instructions an id); a non-ASCII string's bytes are dropped again.
        var asciiBytes: [UInt8] = []
        var heads = [UInt64?](repeating: nil, count: strings.count)
        var spans = [Range<Int>](repeating: 0..<0, count: strings.count)
        for number in strings.indices {
            let start = asciiBytes.count
            if strings[number].utf8.withContiguousStorageIfAvailable({ asciiBytes.append(contentsOf: $0) }) == nil {
                asciiBytes.append(contentsOf: strings[number].utf8)
            }
            let span = start..<asciiBytes.count
            heads[number] = asciiBytes.withUnsafeBufferPointer { Self.asciiHead(UnsafeBufferPointer(rebasing: $0[span])) }
            if heads[number] == nil { asciiBytes.removeLast(span.count) } else { spans[number] = span }
        }
        let order = asciiBytes.withUnsafeBufferPointer { bytes in
            strings.indices.sorted { left, right in
                guard let leftHead = heads[left], let rightHead = heads[right] else { return strings[left] < strings[right] }
                if leftHead != rightHead { return leftHead < rightHead }
                return bytes[spans[left]].lexicographicallyPrecedes(bytes[spans[right]])
            }
        }
        var ranks = [Int32](repeating: 0, count: strings.count)
        for (rank, number) in order.enumerated() { ranks[number] = Int32(rank) }
        return ranks
    }

    /// `ranks()` by comparing the strings alone: its oracle.
    func plainRanks() -> [Int32] {
        let order = strings.indices.sorted { strings[$0] < strings[$1] }
        var ranks = [Int32](repeating: 0, count: strings.count)
        for (rank, number) in order.enumerated() { ranks[number] = Int32(rank) }
        return ranks
    }

    /// The first eight bytes of an ASCII text's UTF-8 `bytes` as a big-endian number (zeros after a
    /// shorter text), so that numbers compare as the bytes do; nil for any other text.
    static func asciiHead(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var head: UInt64 = 0
        for (read, byte) in bytes.enumerated() {
            guard byte < 0x80 else { return nil }
            if read < 8 { head |= UInt64(byte) << (56 - 8 * UInt64(read)) }
        }
        return head
    }

    /// The value at an accessed place (`numbers[text, default: next]` stores `next` when absent).
    @inline(__always)
    private static func read(_ value: inout Int32) -> Int32 { value }

    /// The two words of a `String` value, read without retaining its storage.
    @inline(__always)
    private static func bits(_ text: String) -> (UInt64, UInt64) {
        unsafeBitCast(text, to: (UInt64, UInt64).self)
    }

    @inline(__always)
    private static func slot(_ low: UInt64, _ high: UInt64) -> Int {
        let mixed = (low ^ (high &* 0xFF51_AFD7_ED55_8CCD)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 50)  // 64 - 14 bits
    }
}
