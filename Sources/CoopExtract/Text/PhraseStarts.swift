/// The `KeyHash` of the first word of each of a list of phrases (token keys), and their bits in
/// one mask (`DocumentExtraction.firstWordMask`), worked out once for a lexicon list.
///
/// Why: `firstPhrase` hashed the first word of every phrase of its list at each call, and
/// `startsPhrase` compared a token's key with every phrase's first word; for the lists the rules
/// search on every sentence ("initié par", "en marge de") that was most of their cost.
struct PhraseStarts: Sendable {
    /// `hashes[i]` is the hash of `phrases[i]`'s first word, 0 for an empty phrase.
    let hashes: [UInt32]
    /// One bit per first word's hash; every bit when a phrase is empty (it opens anywhere).
    let mask: UInt64

    init(_ phrases: [[String]]) {
        var hashes = [UInt32](repeating: 0, count: phrases.count)
        mask = hashes.withUnsafeMutableBufferPointer { DocumentExtraction.firstWordMask(phrases, into: $0) }
        self.hashes = hashes
    }
}
