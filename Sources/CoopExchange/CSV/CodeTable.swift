/// 32-bit codes by 64-bit keys (a relation payload by the spelling numbers of its parts), in one
/// flat open-addressing table: no SipHash, and key and code side by side, so a look-up touches
/// one cache line.
struct CodeTable {
    private struct Slot {
        /// Key + 1; 0 when empty.
        var stored: UInt64 = 0
        var code: UInt32 = 0
    }

    private var slots = [Slot](repeating: Slot(), count: 16)
    private(set) var count = 0

    /// The code stored for `key`.
    @inline(__always)
    func code(_ key: UInt64) -> UInt32? {
        let stored = key &+ 1
        let mask = slots.count - 1
        var slot = Self.slot(key, mask)
        while slots[slot].stored != 0 {
            if slots[slot].stored == stored { return slots[slot].code }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Reads the first slot of `key` and returns its content, which the caller must keep: see
    /// ``ByteKeyTable/warm(_:)``.
    @inline(__always)
    func warm(_ key: UInt64) -> UInt64 {
        slots.withUnsafeBufferPointer { slots in slots[Self.slot(key, slots.count - 1)].stored }
    }

    /// Stores `code` for `key`, which must not be stored yet and must not be `UInt64.max`.
    mutating func insert(_ key: UInt64, _ code: UInt32) {
        precondition(key != .max, "UInt64.max cannot be a key")
        if (count + 1) * 4 > slots.count * 3 { grow() }
        place(Slot(stored: key &+ 1, code: code))
        count += 1
    }

    private mutating func place(_ entry: Slot) {
        let mask = slots.count - 1
        var slot = Self.slot(entry.stored &- 1, mask)
        while slots[slot].stored != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for entry in old where entry.stored != 0 { place(entry) }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ByteHash.mix(key ^ ByteHash.seed) >> 20) & mask
    }
}
