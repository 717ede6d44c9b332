/// The `KeyHash` of the first word of each of a list of phrases (token keys), their bits in one
/// mask (`DocumentExtraction.firstWordMask`), and the phrases grouped by that bit, worked out
/// once for a lexicon list.
///
/// Why: `firstPhrase` hashed the first word of every phrase of its list at each call, and
/// `startsPhrase` compared a token's key with every phrase's first word; for the lists the rules
/// search on every sentence ("initié par", "en marge de") that was most of their cost. A token
/// that passes the mask is then compared only with the few phrases of its bit, not the whole list.
struct PhraseStarts: Sendable {
    /// `hashes[i]` is the hash of `phrases[i]`'s first word, 0 for an empty phrase.
    let hashes: [UInt32]
    /// One bit per first word's hash; every bit when a phrase is empty (it opens anywhere).
    let mask: UInt64
    /// Whether a phrase is empty: then every token may open one, and the groups are not used.
    let hasEmpty: Bool
    /// The positions of the phrases whose first word's hash has bit `b` (`hash & 63`) are
    /// `groupPositions[groupStarts[b]..<groupStarts[b + 1]]`, in list order.
    let groupStarts: [Int32]
    let groupPositions: [Int32]

    init(_ phrases: [[String]]) {
        var hashes = [UInt32](repeating: 0, count: phrases.count)
        mask = hashes.withUnsafeMutableBufferPointer { DocumentExtraction.firstWordMask(phrases, into: $0) }
        self.hashes = hashes
        hasEmpty = phrases.contains { $0.isEmpty }
        var starts: [Int32] = [0]
        var positions: [Int32] = []
        for bit in 0..<64 {
            for position in phrases.indices where !phrases[position].isEmpty && Int(hashes[position] & 63) == bit {
                positions.append(Int32(position))
            }
            starts.append(Int32(positions.count))
        }
        groupStarts = starts
        groupPositions = positions
    }
}
