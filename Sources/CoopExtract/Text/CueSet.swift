/// A small set of folded words a rule looks for in a sentence, with a 256-bit filter of their
/// `KeyHash`es built once: a token is compared with the words only when its precomputed hash
/// passes the filter, so most tokens cost one bit test.
///
/// Why: `Sentence.contains(anyOf: Set<String>)` rebuilt that filter, hashing every word of the
/// set, on each call, and it is called for every sentence.
struct CueSet: Sendable, ExpressibleByArrayLiteral {
    let keys: Set<String>
    /// The words' hashes as filter bits, laid out as a `CueFilter`'s.
    private let filter: CueFilter

    /// The words' hashes in increasing order, and the words in the same order: a token that
    /// passes the filter is compared by hash, then by key, without hashing its key anew.
    private let hashes: [UInt32]
    private let sortedKeys: [String]
    /// A 4096-bit filter of the words' hashes (bit `hash >> 20` of it), for tokens one by one:
    /// the 256-bit `filter` let one token in five through to the binary search for the
    /// activity gates' fifty words, this one about one in eighty.
    private let wide: [UInt64]

    init(_ keys: Set<String>) {
        self.keys = keys
        // Sorted by hash then key, so the layout is the same on every run.
        let entries = keys.map { (hash: KeyHash.of($0), key: $0) }.sorted { ($0.hash, $0.key) < ($1.hash, $1.key) }
        var filter = CueFilter()
        for (hash, _) in entries { filter.insert(hash) }
        self.filter = filter
        self.hashes = entries.map(\.hash)
        self.sortedKeys = entries.map(\.key)
        var wide = [UInt64](repeating: 0, count: 64)
        for (hash, _) in entries { wide[Int(hash >> 26)] |= 1 << UInt64((hash >> 20) & 63) }
        self.wide = wide
    }

    /// Whether any bit of `filter` (built like this set's filter, by `CueFilter`) is one of this set's.
    @inline(__always)
    func mayMeet(_ other: CueFilter) -> Bool {
        (filter.words.0 & other.words.0) | (filter.words.1 & other.words.1) | (filter.words.2 & other.words.2)
            | (filter.words.3 & other.words.3) != 0
    }

    init(arrayLiteral elements: String...) { self.init(Set(elements)) }

    /// Whether `token`'s hash passes the filter (it may still not be one of the words).
    @inline(__always)
    func mayContain(_ token: Token) -> Bool { wide[Int(token.keyHash >> 26)] & 1 << UInt64((token.keyHash >> 20) & 63) != 0 }

    /// Whether `token`'s key is one of the words.
    @inline(__always)
    func contains(_ token: Token) -> Bool { mayContain(token) && hasWord(hash: token.keyHash, key: token.key) }

    /// Whether any of `tokens[range]` is one of the words.
    ///
    /// Why a loop here rather than `contains(_:)` per token: with the tokens and the wide filter
    /// lent once, a token costs a load of its hash and one bit test, without the token copied
    /// out of its array nor the filter's array checked again per token.
    ///
    /// The loop walks a pointer and leaves the word search to a call of its own (`hasWord` is
    /// never inlined): inlined, the search took the registers, and the loop reloaded its index,
    /// bound and tables from the stack at every token (twenty instructions a token, over a
    /// million tokens per MB of text).
    func containsAny(of tokens: [Token], in range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        return tokens.withUnsafeBufferPointer { tokens in
            wide.withUnsafeBufferPointer { wide in
                guard let first = tokens.baseAddress, let bits = wide.baseAddress else { return false }
                var token = first + range.lowerBound
                let end = first + range.upperBound
                repeat {
                    let hash = token.pointee.keyHash
                    if bits[Int(hash >> 26)] & 1 << UInt64((hash >> 20) & 63) != 0, hasWord(hash: hash, key: token.pointee.key) {
                        return true
                    }
                    token += 1
                } while token < end
                return false
            }
        }
    }

    /// Whether one of the words has this hash and key: a binary search of the hashes.
    @inline(never)
    private func hasWord(hash: UInt32, key: String) -> Bool {
        hashes.withUnsafeBufferPointer { hashes in
            var low = 0
            var high = hashes.count
            while low < high {
                let middle = (low + high) >> 1
                if hashes[middle] < hash { low = middle + 1 } else { high = middle }
            }
            while low < hashes.count && hashes[low] == hash {
                if sortedKeys[low] == key { return true }
                low += 1
            }
            return false
        }
    }

    /// Whether `key` is one of the words.
    func contains(_ key: String) -> Bool { keys.contains(key) }
}

/// The `CueSet` filter bits of a run of tokens, to tell at once that none of them is one of a
/// set's words (no common bit) before looking at the tokens one by one.
struct CueFilter: Sendable {
    /// Bit `hash & 255` of the filter is bit `hash & 63` of word `(hash >> 6) & 3`; four words
    /// keep the filter selective for the activity gates' fifty-odd words.
    fileprivate var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init() {}

    /// The filter of `tokens[range]`.
    init(_ tokens: [Token], _ range: Range<Int>) {
        tokens.withUnsafeBufferPointer { tokens in
            for index in range { insert(tokens[index].keyHash) }
        }
    }

    @inline(__always)
    fileprivate mutating func insert(_ hash: UInt32) {
        let bit: UInt64 = 1 << UInt64(hash & 63)
        switch (hash >> 6) & 3 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }
}
