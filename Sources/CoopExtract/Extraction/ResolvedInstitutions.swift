import CoopModel

/// Institutions already resolved in a document, found again by the folded words of their name
/// (hyphens left out), their acronym and their type.
///
/// Why not a `[String: …]` keyed by the words joined with spaces: every mention of a known body
/// built that string, hashed it with SipHash and compared it. Here the key is hashed from the
/// tokens' own `keyHash`es and compared word by word with the tokens' keys, which the
/// `KeyInterner` hands out as the same `String` values, so most comparisons are of two pointers.
struct ResolvedInstitutions {
    struct Entry {
        /// The folded words of the name, hyphens left out.
        fileprivate var keys: [String]
        /// The acronym, "" for none (as the joined key had it).
        fileprivate var acronym: String
        fileprivate var type: NodeType
        fileprivate var hash: UInt64
        var entity: Entity
        var existing: Bool
        /// What the store was seen to absorb of a repeat of `entity`.
        var absorbed = AbsorbedRepeat()
    }

    private(set) var entries: [Entry] = []
    /// Entry + 1 at the slot its hash leads to (linear probing), 0 for an empty slot.
    private var slots = [Int32](repeating: 0, count: 64)

    /// The entry for the name on tokens `range` of `line` with `acronym` and `type`.
    /// - Complexity: O(n) for n words, on average.
    func find(_ line: TokenizedLine, _ range: Range<Int>, acronym: String?, type: NodeType) -> Int? {
        // The tokens lent once, and each entry compared where it lies: handing `entries[entry]`
        // and `line.tokens[index]` over copied them (their strings retained and released).
        line.tokens.withUnsafeBufferPointer { tokens in
            let hash = Self.hash(tokens, range, acronym: acronym ?? "", type: type)
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                let entry = Int(slots[slot]) - 1
                if entries[entry].hash == hash && matches(entry, tokens, range, acronym: acronym ?? "", type: type) { return entry }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// Records `entity` for the name on tokens `range` of `line` with `acronym` and `type`,
    /// replacing the entry `found` by `find` for the same name, if any.
    mutating func record(
        _ entity: Entity, existing: Bool, replacing found: Int?, _ line: TokenizedLine, _ range: Range<Int>, acronym: String?,
        type: NodeType
    ) {
        if let found {
            entries[found].entity = entity
            entries[found].existing = existing
            entries[found].absorbed.forget()
            return
        }
        let keys = range.compactMap { line.tokens[$0].kind == .hyphen ? nil : line.tokens[$0].key }
        let hash = line.tokens.withUnsafeBufferPointer { Self.hash($0, range, acronym: acronym ?? "", type: type) }
        entries.append(Entry(keys: keys, acronym: acronym ?? "", type: type, hash: hash, entity: entity, existing: existing))
        if entries.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for index in entries.indices { place(index) }
        } else {
            place(entries.count - 1)
        }
    }

    /// Hands entry `entry`'s entity to `store` as a repeat (`CandidateStore.addRepeat`), and
    /// tells whether the store would now absorb the same repeat. The entity is read where it
    /// lies: `entries[entry].entity` handed over was a copy, each of its strings and arrays
    /// retained and released, for every repeat of a body.
    func addRepeat(of entry: Int, to store: inout CandidateStore, confidence: Double, rule: String, evidence: EvidenceDraft) -> Bool {
        entries.withUnsafeBufferPointer { entries in
            store.addRepeat(entries[entry].entity, confidence: confidence, rule: rule, existing: entries[entry].existing, evidence: evidence)
        }
    }

    /// Notes that the store absorbed a repeat of entry `entry`'s entity at `confidence`.
    mutating func noteAbsorbed(_ entry: Int, confidence: Double, removals: Int) {
        entries[entry].absorbed.note(confidence: confidence, removals: removals)
    }

    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entries[entry].hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    private func matches(_ entry: Int, _ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>, acronym: String, type: NodeType) -> Bool {
        guard entries[entry].type == type, entries[entry].acronym == acronym else { return false }
        let keys = entries[entry].keys
        var next = 0
        for index in range where tokens[index].kind != .hyphen {
            guard next < keys.count, keys[next] == tokens[index].key else { return false }
            next += 1
        }
        return next == keys.count
    }

    /// A hash of the words' `keyHash`es, the acronym and the type.
    private static func hash(_ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>, acronym: String, type: NodeType) -> UInt64 {
        @inline(__always) func mix(_ hash: UInt64, _ value: UInt32) -> UInt64 {
            (hash ^ UInt64(value)) &* 0x9E37_79B9_7F4A_7C15 ^ (hash >> 29)
        }
        var hash: UInt64 = 0x243F_6A88_85A3_08D3
        for index in range where tokens[index].kind != .hyphen { hash = mix(hash, tokens[index].keyHash) }
        hash = mix(hash, KeyHash.of(acronym))
        hash = mix(hash, KeyHash.of(type.rawValue))
        return hash ^ hash >> 32
    }
}
