import Foundation

/// Entity positions by the exact UTF-8 bytes of their ids, so a reader can resolve a million
/// endpoint cells without making a `String` (and hashing it with SipHash) for each.
/// Open addressing with linear probing; the id bytes live side by side in one array.
struct ByteKeyTable {
    private var arena: [UInt8] = []
    private var starts: [Int32] = [0]
    private var values: [Int32] = []
    private var hashes: [UInt64] = []
    /// Entry number + 1 in each slot; 0 when empty.
    private var slots = [Int32](repeating: 0, count: 16)

    /// The value stored for these bytes.
    func value(_ bytes: ArraySlice<UInt8>) -> Int32? {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 32) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if hashes[entry] == hash && equal(entry, bytes) { return values[entry] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private func equal(_ entry: Int, _ bytes: ArraySlice<UInt8>) -> Bool {
        let start = Int(starts[entry]), count = Int(starts[entry + 1]) - start
        guard count == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            bytes.withUnsafeBufferPointer { wanted in
                guard let stored = stored.baseAddress, let wanted = wanted.baseAddress else { return count == 0 }
                return memcmp(stored + start, wanted, count) == 0
            }
        }
    }

    /// Stores `value` for these bytes unless they are already present.
    mutating func insert(_ bytes: ArraySlice<UInt8>, _ value: Int32) {
        guard self.value(bytes) == nil, arena.count + bytes.count < Int32.max else { return }
        if (values.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(bytes)
        arena += bytes
        starts.append(Int32(arena.count))
        values.append(value)
        hashes.append(hash)
        place(values.count - 1, hash)
    }

    private mutating func place(_ entry: Int, _ hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 32) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for entry in values.indices { place(entry, hashes[entry]) }
    }

    /// FNV-1a, finished with a mix so the bits that pick the slot depend on every byte.
    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return (hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9
    }
}
