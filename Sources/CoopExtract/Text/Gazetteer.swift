/// Finds known phrases in a token stream: one probe of an open-addressed table per token, keyed
/// by the hash the tokenizer already computed, then a short comparison of hashes.
///
/// Phrases are tokenized like the text; dashes are ignored on both sides, so "Grande-Bretagne"
/// and "Grande Bretagne" match alike.
///
/// Layout: `seal` flattens the phrases into contiguous arrays (the phrases of one first key side
/// by side, their key hashes in one pool), because following an array per phrase cost a cache
/// miss per phrase tried.
struct Gazetteer<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        var keys: [String]
        var payload: Payload
        var order: Int
    }

    /// A sealed phrase: its keys are `keyPool[keyStart..<keyStart + keyCount]`.
    private struct Flat: Sendable {
        var keyStart: Int32
        var keyCount: Int32
        var payload: Payload
    }

    /// Phrases grouped by their first key, in the order first keys were added.
    private var groups: [(key: String, entries: [Entry])] = []
    private var groupOfKey: [String: Int] = [:]
    private var count = 0

    /// Sealed form. `slots`: hash << 32 | (group + 1), 0 for an empty slot.
    private var slots: [UInt64] = []
    /// One bit per value of a first key's hash's top 16 bits: 8 KiB that stay in the L1 cache and
    /// turn away most tokens ("de", "la", verbs) before the larger slot table is read.
    private var firstKeyBits: [UInt64] = []
    /// Per group: its phrases `flats[start..<end]`, longest first, of which `flats[singles..<end]`
    /// are the one-key phrases; and one bit per hash of the phrases' second keys (`secondKeyBit`).
    /// No `String` in it, so reading one copies plain numbers (no retain and release).
    private var groupRanges: [(start: Int32, end: Int32, singles: Int32, secondKeys: UInt64)] = []
    /// The first key of each group.
    private var groupKeys: [String] = []
    private var flats: [Flat] = []
    private var keyPool: [String] = []
    private var hashPool: [UInt32] = []
    /// Per sealed phrase (`flats`' indices): the hash of its second key, 0 for a one-key phrase.
    /// A group's phrases are tried against the token after the first by this number alone, in
    /// one small array: a group like that of "la" holds dozens, and following each phrase's
    /// keys into `hashPool` cost about thirty instructions a phrase tried.
    private var secondHashes: [UInt32] = []

    /// Adds `phrase` (tokenized and folded) with `payload`.
    mutating func add(_ phrase: String, _ payload: Payload) {
        let keys = Tokenizer.tokenize(phrase).tokens.filter { $0.kind != .hyphen }.map(\.key)
        add(keys: keys, payload)
    }

    /// Adds an already-folded key sequence.
    mutating func add(keys: [String], _ payload: Payload) {
        guard let first = keys.first else { return }
        let entry = Entry(keys: keys, payload: payload, order: count)
        if let group = groupOfKey[first] {
            groups[group].entries.append(entry)
        } else {
            groupOfKey[first] = groups.count
            groups.append((key: first, entries: [entry]))
        }
        count += 1
        slots = []
    }

    /// Orders each group longest first, so the first match found is the longest, and builds the
    /// flat arrays and the hash table.
    mutating func seal() {
        groupRanges = []
        groupKeys = []
        flats = []
        keyPool = []
        hashPool = []
        secondHashes = []
        for index in groups.indices {
            groups[index].entries.sort { ($1.keys.count, $0.order) < ($0.keys.count, $1.order) }
            let start = Int32(flats.count)
            var singles = start
            var secondKeys: UInt64 = 0
            for entry in groups[index].entries {
                flats.append(Flat(keyStart: Int32(keyPool.count), keyCount: Int32(entry.keys.count), payload: entry.payload))
                keyPool += entry.keys
                hashPool += entry.keys.map(KeyHash.of)
                secondHashes.append(entry.keys.count > 1 ? KeyHash.of(entry.keys[1]) : 0)
                if entry.keys.count > 1 {
                    singles = Int32(flats.count)
                    secondKeys |= Self.secondKeyBit(KeyHash.of(entry.keys[1]))
                }
            }
            groupRanges.append((start: start, end: Int32(flats.count), singles: singles, secondKeys: secondKeys))
            groupKeys.append(groups[index].key)
        }
        var size = 16
        while size < groups.count * 3 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        var firstKeyBits = [UInt64](repeating: 0, count: 1 << 10)
        for (index, group) in groups.enumerated() {
            let hash = KeyHash.of(group.key)
            firstKeyBits[Int(hash >> 22)] |= 1 << UInt64((hash >> 16) & 63)
            var slot = Int(hash) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = UInt64(hash) << 32 | UInt64(index + 1)
        }
        self.slots = slots
        self.firstKeyBits = firstKeyBits
    }

    /// The sealed group whose first key has this hash and is `key`, or nil.
    @inline(__always)
    private func group(hash: UInt32, key: String) -> Int? {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return nil }
            let group = Int(stored & 0xFFFF_FFFF) - 1
            if UInt32(stored >> 32) == hash && groupKeys[group] == key { return group }
            slot = (slot + 1) & mask
        }
    }

    /// The bit of a group's `secondKeys` for a second key with this hash.
    @inline(__always)
    private static func secondKeyBit(_ hash: UInt32) -> UInt64 { 1 << UInt64((hash >> 8) & 63) }

    /// Whether a first key may have this hash: one bit of `firstKeyBits`.
    @inline(__always)
    private static func mayStart(_ bits: UnsafeBufferPointer<UInt64>, _ hash: UInt32) -> Bool {
        bits[Int(hash >> 22)] & (1 << UInt64((hash >> 16) & 63)) != 0
    }

    /// Every phrase that starts at token `start`, longest first, with the index past its last token.
    /// - Complexity: O(1) on a miss; O(k·m) for k candidate phrases of m tokens otherwise.
    func matches(in tokens: [Token], at start: Int) -> [(end: Int, payload: Payload)] {
        var found: [(end: Int, payload: Payload)] = []
        appendMatches(in: tokens, at: start, to: &found)
        return found
    }

    /// Appends `matches(in: tokens, at: start)` to `found`: a line's matches go into one array.
    func appendMatches(in tokens: [Token], at start: Int, to found: inout [(end: Int, payload: Payload)]) {
        guard !slots.isEmpty else { return found += unsealedMatches(in: tokens, at: start) }
        var list = MatchList(found)
        found = []
        tokens.withUnsafeBufferPointer { tokens in
            firstKeyBits.withUnsafeBufferPointer { bits in
                guard Self.mayStart(bits, tokens[start].keyHash),
                    let group = group(hash: tokens[start].keyHash, key: tokens[start].key)
                else { return }
                appendMatches(of: group, in: tokens, at: start, to: &list)
            }
        }
        found = list.take()
    }

    /// The matches at every token of `tokens`, side by side in `found`: those of token `i` are
    /// `found[starts[i]..<starts[i + 1]]` (`starts` gets `tokens.count + 1` offsets appended).
    ///
    /// Why one call per line rather than `appendMatches` per token: most tokens are turned away
    /// by one bit of `firstKeyBits`, and the per-token call (bounds checks, the token copied out
    /// of the array with its key retained and released, the tables' buffers looked up again)
    /// cost several times that bit test.
    func appendLineMatches(in tokens: [Token], to found: inout [(end: Int, payload: Payload)]) -> [Int32] {
        var groups = GazetteerGroups()
        return appendLineMatches(in: tokens, groups: &groups, to: &found)
    }

    /// `appendLineMatches(in:to:)`, each token's group looked up in `groups` by its key's number
    /// (`Token.keyID`) and noted there the first time: the groups of a document's keys are
    /// looked up once each rather than once per token.
    ///
    /// Why: a token whose hash passes `firstKeyBits` (a quarter of the others do, and every first
    /// key) then read the slot table and the group's first key, two cache misses in tables of
    /// tens of thousands of entries, and compared the keys; the word's own entry of `groups` is
    /// one read, in a table that follows the document's vocabulary.
    func appendLineMatches(in tokens: [Token], groups: inout GazetteerGroups, to found: inout [(end: Int, payload: Payload)]) -> [Int32] {
        var starts: [Int32] = []
        appendLineMatches(in: tokens, groups: &groups, to: &found, starts: &starts)
        return starts
    }

    /// `appendLineMatches(in:groups:to:)` with the offsets appended to `starts` (empty): a caller
    /// that hands the same array from line to line allocates it once per document.
    func appendLineMatches(
        in tokens: [Token], groups: inout GazetteerGroups, to found: inout [(end: Int, payload: Payload)], starts: inout [Int32]
    ) {
        var list = MatchList(found)
        found = []
        appendLineMatches(in: tokens, groups: &groups, to: &list, starts: &starts)
        found = list.take()
    }

    /// `appendLineMatches(in:groups:to:starts:)` into a `MatchList`, which writes the line's
    /// matches over the last line's (`MatchTable` hands the same list from line to line).
    func appendLineMatches(in tokens: [Token], groups: inout GazetteerGroups, to found: inout MatchList<Payload>, starts: inout [Int32]) {
        guard !slots.isEmpty else {
            for index in tokens.indices {
                starts.append(Int32(found.count))
                for match in unsealedMatches(in: tokens, at: index) { found.append(match) }
            }
            starts.append(Int32(found.count))
            return
        }
        // Written in place, every one of the `tokens.count + 1` offsets: appending checked the
        // array's uniqueness and capacity at every token. (Zeroed first: the array's storage
        // may be the last line's, of another length.)
        starts.append(contentsOf: repeatElement(0, count: tokens.count + 1))
        starts.withUnsafeMutableBufferPointer { starts in
            tokens.withUnsafeBufferPointer { tokens in
                firstKeyBits.withUnsafeBufferPointer { bits in
                    for index in tokens.indices {
                        starts[index] = Int32(found.count)
                        let id = Int(tokens[at: index].keyID)
                        let group: Int?
                        if let known = groups.group(of: id) {
                            group = known
                        } else {
                            let hash = tokens[at: index].keyHash
                            group = Self.mayStart(bits, hash) ? self.group(hash: hash, key: tokens[at: index].key) : nil
                            groups.note(group, of: id)
                        }
                        guard let group else { continue }
                        appendMatches(of: group, in: tokens, at: index, to: &found)
                    }
                }
            }
            starts[tokens.count] = Int32(found.count)
        }
    }

    /// Appends the phrases of sealed group `group` that match at token `start`, longest first.
    private func appendMatches(
        of group: Int, in tokens: UnsafeBufferPointer<Token>, at start: Int, to found: inout MatchList<Payload>
    ) {
        let range = groupRanges[group]
        // The phrases of two keys or more are tried only if the next token's hash is one of their
        // second keys' (a group like that of "la" holds dozens of them), each by its second key's
        // hash first; the one-key phrases, which come last, match as they are. The order of the
        // matches is unchanged.
        var first = Int(range.start)
        var nextHash: UInt32 = 0
        if range.singles > range.start {
            var next = start + 1
            while next < tokens.count, tokens[next].kind == .hyphen { next += 1 }
            if next == tokens.count || range.secondKeys & Self.secondKeyBit(tokens[next].keyHash) == 0 {
                first = Int(range.singles)
            } else {
                nextHash = tokens[next].keyHash
            }
        }
        hashPool.withUnsafeBufferPointer { hashes in
            keyPool.withUnsafeBufferPointer { keys in
                flats.withUnsafeBufferPointer { flats in
                    secondHashes.withUnsafeBufferPointer { secondHashes in
                        for index in first..<Int(range.end) {
                            // (A phrase of two keys or more whose second key is not the next token's.)
                            if index < Int(range.singles) && secondHashes[index] != nextHash { continue }
                            let keyStart = Int(flats[index].keyStart)
                            var position = start + 1
                            var matched = true
                            for key in keyStart + 1..<keyStart + Int(flats[index].keyCount) {
                                while position < tokens.count, tokens[position].kind == .hyphen { position += 1 }
                                guard position < tokens.count, tokens[position].keyHash == hashes[key], tokens[position].key == keys[key] else {
                                    matched = false
                                    break
                                }
                                position += 1
                            }
                            if matched { found.append((end: position, payload: flats[index].payload)) }
                        }
                    }
                }
            }
        }
    }

    /// `matches` before `seal`: the same phrases, in the order they were added (after `seal`
    /// too: the oracle of the sealed look-up in `GazetteerGroupsTests`).
    func unsealedMatches(in tokens: [Token], at start: Int) -> [(end: Int, payload: Payload)] {
        guard let group = groupOfKey[tokens[start].key] else { return [] }
        var found: [(end: Int, payload: Payload)] = []
        for entry in groups[group].entries {
            var position = start + 1
            var matched = true
            for key in entry.keys.dropFirst() {
                while position < tokens.count, tokens[position].kind == .hyphen { position += 1 }
                guard position < tokens.count, tokens[position].key == key else {
                    matched = false
                    break
                }
                position += 1
            }
            if matched { found.append((end: position, payload: entry.payload)) }
        }
        return found
    }
}

/// The gazetteer group of each key of a document, by the key's number in the document's
/// `KeyInterner` (`Token.keyID`), noted the first time the key is met (`appendLineMatches`).
/// The gazetteer never changes while a document is read, nor does a key's number.
struct GazetteerGroups {
    /// By key number: the group + 1, 0 for none, -1 for a key not met yet.
    private var groups: [Int32] = []

    /// The group of key `id` (-1 for none): `.some(nil)` when the key starts no phrase, nil when
    /// it was not looked up yet.
    @inline(__always)
    func group(of id: Int) -> Int?? {
        guard id >= 0, id < groups.count else { return nil }
        let stored = groups[id]
        if stored < 0 { return nil }
        return .some(stored == 0 ? nil : Int(stored - 1))
    }

    /// Notes `group` as key `id`'s (nothing for -1, a key without a number).
    mutating func note(_ group: Int?, of id: Int) {
        guard id >= 0 else { return }
        if id >= groups.count { groups.append(contentsOf: repeatElement(-1, count: id - groups.count + 1)) }
        groups[id] = group.map { Int32($0 + 1) } ?? 0
    }
}
