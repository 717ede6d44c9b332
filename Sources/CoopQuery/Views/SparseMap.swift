/// A small open-addressing map from entity positions to 32-bit values, for searches that touch a
/// few thousand entities of a large graph: no per-query O(n) array, no SipHash per look-up.
struct SparseMap {
    private var keys: [Int32]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    /// An empty map sized for about `capacity` entries.
    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [Int32](repeating: -1, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    private func slot(of key: Int) -> Int {
        var slot = Int(truncatingIfNeeded: UInt64(UInt32(truncatingIfNeeded: key)) &* 0x9E37_79B9_7F4A_7C15 >> 32) & mask
        while keys[slot] != -1 && Int(keys[slot]) != key { slot = (slot + 1) & mask }
        return slot
    }

    /// The value stored for `key`, if any.
    subscript(key: Int) -> Int32? {
        let slot = slot(of: key)
        return keys[slot] == -1 ? nil : values[slot]
    }

    /// Stores `value` for `key`; returns false (and keeps the old value) when `key` was present.
    @discardableResult
    mutating func insert(_ key: Int, _ value: Int32) -> Bool {
        if (count + 1) * 2 > keys.count { grow() }
        let slot = slot(of: key)
        guard keys[slot] == -1 else { return false }
        keys[slot] = Int32(key)
        values[slot] = value
        count += 1
        return true
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [Int32](repeating: -1, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != -1 { insert(Int(key), value) }
    }
}
