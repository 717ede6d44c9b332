/// What the name-reading rules need to know of a folded word, as bits.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt16

    /// `DocumentExtraction.connectors`.
    static let connector = WordClass(rawValue: 1 << 0)
    /// `DocumentExtraction.nameStops`.
    static let nameStop = WordClass(rawValue: 1 << 1)
    /// `Vocabulary.roleKeys`.
    static let role = WordClass(rawValue: 1 << 2)
    /// `Vocabulary.throughKeys`.
    static let through = WordClass(rawValue: 1 << 3)
    /// `Vocabulary.qualifiers`.
    static let qualifier = WordClass(rawValue: 1 << 4)
    /// `DocumentExtraction.quotationMarks`.
    static let quotationMark = WordClass(rawValue: 1 << 5)
    /// `DocumentExtraction.agreementStops`.
    static let agreementStop = WordClass(rawValue: 1 << 6)
    /// `DocumentExtraction.prepositions`.
    static let preposition = WordClass(rawValue: 1 << 7)
    /// `DocumentExtraction.agreementAdjectives`.
    static let agreementAdjective = WordClass(rawValue: 1 << 8)
    /// The first word of a phrase of `Vocabulary.runnerPhrases` ("mis" of "mis en œuvre par").
    static let runnerStart = WordClass(rawValue: 1 << 9)
    /// `Vocabulary.companyNouns`.
    static let companyNoun = WordClass(rawValue: 1 << 10)
    /// `Vocabulary.nameAdjectives`.
    static let nameAdjective = WordClass(rawValue: 1 << 11)
    /// The first word of a phrase of `Vocabulary.internationalPhrases` ("nations" of "Nations unies").
    static let internationalStart = WordClass(rawValue: 1 << 12)
}

/// The classes of every word of the sets the name-reading loops test, found with one probe of
/// an open-addressed table keyed by the hash the tokenizer already computed.
///
/// Why: reading a name or an agreement tested each of its words against four to six
/// `Set<String>`s, each test hashing the word anew (SipHash); the loops were the largest
/// share of hashing in extraction.
struct WordClasses: Sendable {
    private var keys: [String] = []
    private var classes: [WordClass] = []
    /// `hash << 32 | (entry + 1)`, 0 for an empty slot.
    private var slots: [UInt64] = []

    /// A table of `sets`: each word gets the union of the classes of the sets that hold it.
    init(_ sets: [(WordClass, Set<String>)]) {
        var byKey: [String: WordClass] = [:]
        for (wordClass, words) in sets {
            for word in words { byKey[word, default: []].formUnion(wordClass) }
        }
        // Sorted, so the table is laid out the same on every run.
        for (key, wordClass) in byKey.sorted(by: { $0.key < $1.key }) {
            keys.append(key)
            classes.append(wordClass)
        }
        var size = 16
        while size < keys.count * 3 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        for (entry, key) in keys.enumerated() {
            let hash = KeyHash.of(key)
            var slot = Int(hash) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = UInt64(hash) << 32 | UInt64(entry + 1)
        }
    }

    /// The classes of `token`'s key; empty for a word of none of the sets.
    /// - Complexity: O(1) on average.
    func classes(of token: Token) -> WordClass {
        let mask = slots.count - 1
        var slot = Int(token.keyHash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return [] }
            let entry = Int(stored & 0xFFFF_FFFF) - 1
            if UInt32(stored >> 32) == token.keyHash && keys[entry] == token.key { return classes[entry] }
            slot = (slot + 1) & mask
        }
    }
}
