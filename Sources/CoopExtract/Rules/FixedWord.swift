/// One folded word a rule compares tokens with, and its `KeyHash`: a token whose precomputed hash
/// differs is turned away by one integer comparison.
///
/// Why: `token.key == "en"` is an out-of-line string comparison whenever the strings differ,
/// that is for nearly every token; the name-reading loop made several such tests per word.
struct FixedWord: Sendable {
    let key: String
    let hash: UInt32

    init(_ key: String) {
        self.key = key
        self.hash = KeyHash.of(key)
    }

    /// Whether `token`'s key is this word.
    @inline(__always)
    func matches(_ token: Token) -> Bool { token.keyHash == hash && token.key == key }
}
