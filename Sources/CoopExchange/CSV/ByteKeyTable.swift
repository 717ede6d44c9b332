import CoopModel
import Foundation

/// Small integers by the exact bytes of a key (an entity id, a relation type, a cell's spelling),
/// so a reader can resolve a million cells without making a `String` (and hashing it with SipHash)
/// for each. Open addressing with linear probing; keys of up to 16 bytes sit in the slot itself,
/// so a look-up usually touches one cache line; longer keys live side by side in one array.
struct ByteKeyTable {
    private struct Slot {
        /// 0 when empty; else the key's hash with its lowest bit set.
        var tag: UInt64 = 0
        var value: Int32 = 0
        var length: Int32 = 0
        /// The key's bytes when at most 16, zero-padded; else `low` is where they start in `arena`.
        var low: UInt64 = 0
        var high: UInt64 = 0
    }

    private var slots: [Slot]
    private var arena: [UInt8] = []
    /// The number of keys stored.
    private(set) var count = 0

    /// An empty table with room for about `capacity` keys before it grows (and rehashes them).
    init(capacity: Int = 0) {
        var size = 16
        while size * 2 < max(capacity, 0) * 3 { size *= 2 }
        slots = [Slot](repeating: Slot(), count: size)
    }

    /// The value stored for these bytes.
    @inline(__always)
    func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let key = Key(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.tag >> 20) & mask
        while slots[slot].tag != 0 {
            if matches(slots[slot], key, bytes) { return slots[slot].value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    @inline(__always)
    private func matches(_ slot: Slot, _ key: Key, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard slot.tag == key.tag, Int(slot.length) == bytes.count else { return false }
        if bytes.count <= 16 { return slot.low == key.low && slot.high == key.high }
        return longKeyMatches(slot, bytes)
    }

    // Out of line, so that short keys (the common case) never touch the arena.
    @inline(never)
    private func longKeyMatches(_ slot: Slot, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        arena.withUnsafeBufferPointer { arena in
            memcmp(arena.baseAddress! + Int(slot.low), bytes.baseAddress!, bytes.count) == 0
        }
    }

    /// Stores `value` for these bytes and returns it, or returns the value they already have.
    @discardableResult
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Int32) -> Int32 {
        if (count + 1) * 3 > slots.count * 2 { grow() }
        let key = Key(bytes)
        // One probe: the key's slot if it is stored, else the empty slot where it goes.
        let mask = slots.count - 1
        var position = Int(truncatingIfNeeded: key.tag >> 20) & mask
        while slots[position].tag != 0 {
            if matches(slots[position], key, bytes) { return slots[position].value }
            position = (position + 1) & mask
        }
        var slot = Slot(tag: key.tag, value: value, length: Int32(truncatingIfNeeded: bytes.count), low: key.low, high: key.high)
        if bytes.count > 16 {
            slot.low = UInt64(arena.count)
            arena.append(contentsOf: bytes)
        }
        slots[position] = slot
        count += 1
        return value
    }

    private mutating func place(_ entry: Slot) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entry.tag >> 20) & mask
        while slots[slot].tag != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.tag != 0 { place(slot) }
    }

    /// A key's hash and, for short keys, its bytes as two words: all a look-up of a short key
    /// needs, so a reader can keep it after the bytes are gone and look it up later.
    struct Key {
        var tag: UInt64
        var low: UInt64 = 0
        var high: UInt64 = 0
        /// The number of bytes: a key of at most ``inlineLimit`` bytes is whole in `low` and `high`.
        var length: Int

        @inline(__always)
        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            let count = bytes.count
            length = count
            if count <= 16 {
                var words: (UInt64, UInt64) = (0, 0)
                if count > 0 {
                    withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: bytes.baseAddress!, byteCount: count) }
                }
                low = words.0
                high = words.1
                tag = ByteHash.mix(ByteHash.mix(low ^ ByteHash.seed) ^ high ^ UInt64(count))
            } else {
                tag = ByteHash.hash(bytes)
            }
            tag |= 1
        }

        /// Whether the key is whole in `low` and `high`.
        var isInline: Bool { length <= ByteKeyTable.inlineLimit }

        /// The bytes of an inline key.
        func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            precondition(isInline, "only an inline key keeps its bytes")
            var words = (low, high)
            return withUnsafeBytes(of: &words) { body(UnsafeBufferPointer(rebasing: $0.bindMemory(to: UInt8.self)[..<length])) }
        }
    }

    /// The longest key whose bytes sit in its slot (and in its ``Key``).
    static let inlineLimit = 16
}

extension ByteKeyTable {
    /// The value stored for an inline key (see ``Key/isInline``), without its bytes.
    @inline(__always)
    func value(inline key: Key) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: key.tag >> 20) & mask
            while slots[slot].tag != 0 {
                let entry = slots[slot]
                if entry.tag == key.tag && Int(entry.length) == key.length && entry.low == key.low && entry.high == key.high {
                    return entry.value
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// Reads the first slot of each key and returns a value made of them, which the caller must
    /// keep: a tight loop of independent reads, so that the cache misses of a whole batch of
    /// keys overlap, and the look-ups that follow find their slots in cache.
    @inline(__always)
    func warm(_ key: Key) -> UInt64 {
        slots.withUnsafeBufferPointer { slots in slots[Int(truncatingIfNeeded: key.tag >> 20) & (slots.count - 1)].tag }
    }
}

/// A fast, process-seeded hash of bytes for the readers' tables (not SipHash: these tables hold
/// keys the reader itself checks byte for byte, and only need a good spread).
enum ByteHash {
    /// Random per process, as Swift's own hashing is, so crafted files cannot aim at collisions.
    static let seed = UInt64(truncatingIfNeeded: Hasher.hash(0x5eed))

    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x = (x ^ (x >> 30)) &* 0xbf58_476d_1ce4_e5b9
        x = (x ^ (x >> 27)) &* 0x94d0_49bb_1331_11eb
        return x ^ (x >> 31)
    }

    /// The hash of any number of bytes, eight at a time.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        ByteWords.fold(UnsafeRawBufferPointer(bytes), into: seed ^ UInt64(bytes.count)) { mix($0 ^ $1) }
    }
}

extension Hasher {
    /// Swift's seeded hash of one integer.
    fileprivate static func hash(_ value: Int) -> Int {
        var hasher = Hasher()
        hasher.combine(value)
        return hasher.finalize()
    }
}
