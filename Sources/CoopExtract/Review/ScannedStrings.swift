/// The escape scan's verdict on the strings a review file writes again and again, by the identity
/// of the `String` value: each evidence sentence is written once per candidate it supports (about
/// five times over on the benchmark corpus) and each document name once per citation, and
/// scanning them again for bytes to escape was the largest part of writing the file.
///
/// Soundness, as for `StringNumbers`: two `String` values with the same two machine words hold
/// the same text. A small string carries its bytes in those words; a larger one its length and a
/// pointer to its storage, which the table keeps alive (`held`), so the storage can neither be
/// freed and reused for other text nor changed in place. Equal texts in different storages are
/// only scanned once each.
///
/// Memory: the table is emptied when it holds `limit` strings (about 4 MB of slots and held
/// strings at the default), as `StringNumbers` empties its own: without a bound it grew with the
/// distinct sentences of the whole input, +16 MB of peak memory on the 100 MB corpus.
struct ScannedStrings {
    private struct Slot {
        var low: UInt64 = 0
        var high: UInt64 = 0
        /// 0 for an empty slot, 1 for a text with nothing to escape, 2 for one with something.
        var verdict: UInt8 = 0
    }

    private var slots = [Slot](repeating: Slot(), count: 1 << 10)
    /// The strings whose words are in `slots`, retained so their storage stays theirs.
    private var held: [String] = []
    /// The most strings held before the table is emptied.
    private let limit: Int

    init(limit: Int = 1 << 16) {
        self.limit = max(limit, 1)
    }

    /// Whether `text` was found clean (nothing to escape), or nil when it was never scanned.
    @inline(__always)
    func isClean(_ text: String) -> Bool? {
        let (low, high) = Self.words(text)
        var slot = Self.slot(low, high, mask: slots.count - 1)
        while slots[slot].verdict != 0 {
            if slots[slot].low == low && slots[slot].high == high { return slots[slot].verdict == 1 }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Records the verdict on `text`, not recorded before.
    mutating func note(_ text: String, clean: Bool) {
        if held.count >= limit {
            for index in slots.indices { slots[index] = Slot() }
            held.removeAll(keepingCapacity: true)
        }
        if (held.count + 1) * 2 > slots.count { grow() }
        let (low, high) = Self.words(text)
        place(Slot(low: low, high: high, verdict: clean ? 1 : 2))
        held.append(text)
    }

    private mutating func place(_ entry: Slot) {
        let mask = slots.count - 1
        var slot = Self.slot(entry.low, entry.high, mask: mask)
        while slots[slot].verdict != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    /// Doubles the slots and places every entry again.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for entry in old where entry.verdict != 0 { place(entry) }
    }

    /// The two words of a `String` value, read without retaining its storage.
    @inline(__always)
    private static func words(_ text: String) -> (UInt64, UInt64) {
        unsafeBitCast(text, to: (UInt64, UInt64).self)
    }

    @inline(__always)
    private static func slot(_ low: UInt64, _ high: UInt64, mask: Int) -> Int {
        let mixed = (low ^ (high &* 0xFF51_AFD7_ED55_8CCD)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }
}
