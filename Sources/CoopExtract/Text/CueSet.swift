/// A small set of folded words a rule looks for in a sentence, with a 256-bit filter of their
/// `KeyHash`es built once: a token is compared with the words only when its precomputed hash
/// passes the filter, so most tokens cost one bit test.
///
/// Why: `Sentence.contains(anyOf: Set<String>)` rebuilt that filter, hashing every word of the
/// set, on each call, and it is called for every sentence.
struct CueSet: Sendable, ExpressibleByArrayLiteral {
    let keys: Set<String>
    /// Bit `hash & 255` of the filter is bit `hash & 63` of word `(hash >> 6) & 3`; four words
    /// keep the filter selective for the activity gates' fifty-odd words.
    private let words: (UInt64, UInt64, UInt64, UInt64)

    init(_ keys: Set<String>) {
        self.keys = keys
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for key in keys {
            let hash = KeyHash.of(key)
            let bit: UInt64 = 1 << UInt64(hash & 63)
            switch (hash >> 6) & 3 {
            case 0: words.0 |= bit
            case 1: words.1 |= bit
            case 2: words.2 |= bit
            default: words.3 |= bit
            }
        }
        self.words = words
    }

    init(arrayLiteral elements: String...) { self.init(Set(elements)) }

    /// Whether `token`'s hash passes the filter (it may still not be one of the words).
    @inline(__always)
    func mayContain(_ token: Token) -> Bool {
        let word: UInt64
        switch (token.keyHash >> 6) & 3 {
        case 0: word = words.0
        case 1: word = words.1
        case 2: word = words.2
        default: word = words.3
        }
        return word & (1 << UInt64(token.keyHash & 63)) != 0
    }

    /// Whether `token`'s key is one of the words.
    @inline(__always)
    func contains(_ token: Token) -> Bool { mayContain(token) && keys.contains(token.key) }

    /// Whether `key` is one of the words.
    func contains(_ key: String) -> Bool { keys.contains(key) }
}
