/// A small set of folded words a rule looks for in a sentence, with a 128-bit filter of their
/// `KeyHash`es built once: a token is compared with the words only when its precomputed hash
/// passes the filter, so most tokens cost one bit test.
///
/// Why: `Sentence.contains(anyOf: Set<String>)` rebuilt that filter, hashing every word of the
/// set, on each call, and it is called for every sentence.
struct CueSet: Sendable, ExpressibleByArrayLiteral {
    let keys: Set<String>
    private let low: UInt64
    private let high: UInt64

    init(_ keys: Set<String>) {
        self.keys = keys
        var low: UInt64 = 0
        var high: UInt64 = 0
        for key in keys {
            let bit = KeyHash.of(key) & 127
            if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
        }
        self.low = low
        self.high = high
    }

    init(arrayLiteral elements: String...) { self.init(Set(elements)) }

    /// Whether `token`'s hash passes the filter (it may still not be one of the words).
    @inline(__always)
    func mayContain(_ token: Token) -> Bool {
        let bit = token.keyHash & 127
        return bit < 64 ? low & (1 << UInt64(bit)) != 0 : high & (1 << UInt64(bit - 64)) != 0
    }

    /// Whether `token`'s key is one of the words.
    @inline(__always)
    func contains(_ token: Token) -> Bool { mayContain(token) && keys.contains(token.key) }

    /// Whether `key` is one of the words.
    func contains(_ key: String) -> Bool { keys.contains(key) }
}
