/// A small table keyed by a folded word, probed by the word's `KeyHash` (a token's `keyHash`,
/// computed by the tokenizer): what `[String: Value]` answered, without hashing the word anew.
///
/// Why: the name reader looks up and sets the body last named by a head word
/// (`DocumentExtraction.namedByHead`) and the letterhead's body of a head word
/// (`letterheadHeads`) for most names it reads; through `Dictionary` each access hashed the
/// word with SipHash, 370 to 490 instructions a look-up or a store.
/// Keys are compared by their hash, then as strings (`==`), as the dictionary compared them;
/// a folded key has one spelling, so its bytes (hashed here) are the same for equal keys.
struct WordTable<Value> {
    private var entries: [(key: String, value: Value?)] = []
    /// `hash << 32 | (entry + 1)`, 0 for an empty slot; a power of two, at most half full.
    private var slots = [UInt64](repeating: 0, count: 16)

    init() {}

    /// The value of `key`, nil for none; setting nil forgets it.
    subscript(key: String) -> Value? {
        get { self[key, hash: KeyHash.of(key)] }
        set { self[key, hash: KeyHash.of(key)] = newValue }
    }

    /// The value of `key`, whose `KeyHash` is `hash`.
    subscript(key: String, hash hash: UInt32) -> Value? {
        get { entry(key, hash).map { entries[$0].value } ?? nil }
        set {
            if let entry = entry(key, hash) {
                entries[entry].value = newValue
                return
            }
            guard newValue != nil else { return }
            entries.append((key, newValue))
            if entries.count * 2 > slots.count {
                slots = [UInt64](repeating: 0, count: slots.count * 2)
                for entry in entries.indices { place(entry, KeyHash.of(entries[entry].key)) }
            } else {
                place(entries.count - 1, hash)
            }
        }
    }

    /// The entry of `key`, if any.
    private func entry(_ key: String, _ hash: UInt32) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(hash) & mask
            while true {
                let stored = slots[slot]
                if stored == 0 { return nil }
                let entry = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
                if UInt32(truncatingIfNeeded: stored >> 32) == hash && entries[entry].key == key { return entry }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func place(_ entry: Int, _ hash: UInt32) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = UInt64(hash) << 32 | UInt64(entry + 1)
    }
}

extension WordTable: Sendable where Value: Sendable {}
