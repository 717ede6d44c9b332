/// Finds known phrases in a token stream: one probe of an open-addressed table per token, keyed
/// by the hash the tokenizer already computed, then a short comparison.
///
/// Phrases are tokenized like the text; dashes are ignored on both sides, so "Grande-Bretagne"
/// and "Grande Bretagne" match alike.
struct Gazetteer<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        var keys: [String]
        /// `KeyHash.of` each key, compared before the key itself.
        var hashes: [UInt32]
        var payload: Payload
        var order: Int
    }

    /// Phrases grouped by their first key, in the order first keys were added.
    private var buckets: [(key: String, hash: UInt32, entries: [Entry])] = []
    private var bucketOfKey: [String: Int] = [:]
    /// Open addressing over `buckets` (built by `seal`): bucket index + 1, or 0 for an empty slot.
    private var slots: [Int32] = []
    private var slotHashes: [UInt32] = []
    private var count = 0

    /// Adds `phrase` (tokenized and folded) with `payload`.
    mutating func add(_ phrase: String, _ payload: Payload) {
        let keys = Tokenizer.tokenize(phrase).tokens.filter { $0.kind != .hyphen }.map(\.key)
        add(keys: keys, payload)
    }

    /// Adds an already-folded key sequence.
    mutating func add(keys: [String], _ payload: Payload) {
        guard let first = keys.first else { return }
        let entry = Entry(keys: keys, hashes: keys.map(KeyHash.of), payload: payload, order: count)
        if let bucket = bucketOfKey[first] {
            buckets[bucket].entries.append(entry)
        } else {
            bucketOfKey[first] = buckets.count
            buckets.append((key: first, hash: entry.hashes[0], entries: [entry]))
        }
        count += 1
        slots = []
    }

    /// Orders each bucket longest first, so the first match found is the longest, and builds the
    /// hash table.
    mutating func seal() {
        for index in buckets.indices {
            buckets[index].entries.sort { ($1.keys.count, $0.order) < ($0.keys.count, $1.order) }
        }
        var size = 16
        while size < buckets.count * 3 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        var slotHashes = [UInt32](repeating: 0, count: size)
        for (index, bucket) in buckets.enumerated() {
            var slot = Int(bucket.hash) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index + 1)
            slotHashes[slot] = bucket.hash
        }
        self.slots = slots
        self.slotHashes = slotHashes
    }

    /// The phrases whose first key is `token`'s.
    @inline(__always)
    private func bucket(for token: Token) -> Int? {
        guard !slots.isEmpty else { return bucketOfKey[token.key] }
        let mask = slots.count - 1
        var slot = Int(token.keyHash) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return nil }
            if slotHashes[slot] == token.keyHash && buckets[stored - 1].key == token.key { return stored - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Every phrase that starts at token `start`, longest first, with the index past its last token.
    /// - Complexity: O(1) on a miss; O(k·m) for k candidate phrases of m tokens otherwise.
    func matches(in tokens: [Token], at start: Int) -> [(end: Int, payload: Payload)] {
        guard let bucket = bucket(for: tokens[start]) else { return [] }
        var found: [(end: Int, payload: Payload)] = []
        buckets[bucket].entries.withUnsafeBufferPointer { entries in
            for entry in entries.indices {
                // Read in place: copying an entry retained its arrays and payload.
                let matched = entries[entry].keys.withUnsafeBufferPointer { keys in
                    entries[entry].hashes.withUnsafeBufferPointer { hashes -> Int? in
                        var position = start + 1
                        for offset in 1..<keys.count {
                            while position < tokens.count, tokens[position].kind == .hyphen { position += 1 }
                            guard position < tokens.count, tokens[position].keyHash == hashes[offset],
                                tokens[position].key == keys[offset]
                            else { return nil }
                            position += 1
                        }
                        return position
                    }
                }
                if let end = matched { found.append((end: end, payload: entries[entry].payload)) }
            }
        }
        return found
    }
}
