/// 32-bit codes by 64-bit keys (a relation payload by the spelling numbers of its parts), in one
/// flat open-addressing table: 12 bytes a slot, no SipHash, one cache line a look-up.
struct CodeTable {
    /// Key + 1 in each slot; 0 when empty.
    private var keys = [UInt64](repeating: 0, count: 16)
    private var codes = [UInt32](repeating: 0, count: 16)
    private(set) var count = 0

    /// The code stored for `key`.
    @inline(__always)
    func code(_ key: UInt64) -> UInt32? {
        let stored = key &+ 1
        let mask = keys.count - 1
        var slot = Self.slot(key, mask)
        while keys[slot] != 0 {
            if keys[slot] == stored { return codes[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Stores `code` for `key`, which must not be stored yet.
    mutating func insert(_ key: UInt64, _ code: UInt32) {
        if (count + 1) * 4 > keys.count * 3 { grow() }
        place(key &+ 1, code)
        count += 1
    }

    private mutating func place(_ stored: UInt64, _ code: UInt32) {
        let mask = keys.count - 1
        var slot = Self.slot(stored &- 1, mask)
        while keys[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = stored
        codes[slot] = code
    }

    private mutating func grow() {
        let oldKeys = keys, oldCodes = codes
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        codes = [UInt32](repeating: 0, count: oldKeys.count * 2)
        for (stored, code) in zip(oldKeys, oldCodes) where stored != 0 { place(stored, code) }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ByteHash.mix(key ^ ByteHash.seed) >> 20) & mask
    }
}
