import CoopModel

/// A directorate general named again by what it directs: "la Sûreté nationale" for the
/// "Direction générale de la Sûreté nationale", "les Douanes" for the "Direction générale des
/// Douanes", as Algerian notes write once the full name is given.
extension DocumentExtraction {
    /// The words after "Direction générale de la" in a body's name, and the body.
    struct ShortForm: Sendable {
        /// The words' numbers in the document's key interner (`Token.keyID`).
        let keys: [Int32]
        let id: EntityID
    }

    /// The bit of `shortFormMask` a first word's number sets: most words are rejected by it
    /// before the table is hashed.
    static func shortFormBit(_ keyID: Int32) -> UInt64 { 1 << UInt64(UInt32(bitPattern: keyID) & 63) }

    /// Words between "Direction générale" and what it directs.
    static let shortFormLeads: CueSet = ["de", "du", "des", "d", "'", "la", "l", "le", "les"]

    /// Notes the short form of the body `id` named by `nameTokens`, when the name is a directorate
    /// general's ("Direction générale de la Sûreté nationale" → "Sûreté nationale").
    mutating func noteShortForm(_ sentence: Sentence, nameTokens: Range<Int>, id: EntityID) {
        guard nameTokens.count >= 4, sentence.key(nameTokens.lowerBound, is: "direction"),
            sentence.key(nameTokens.lowerBound + 1, isOneOf: ["generale", "general"])
        else { return }
        var start = nameTokens.lowerBound + 2
        while start < nameTokens.upperBound, sentence.key(start, in: Self.shortFormLeads) { start += 1 }
        // One to four words, the first capitalised: "Sûreté nationale", "Forêts", "Douanes".
        guard start > nameTokens.lowerBound + 2, start < nameTokens.upperBound, nameTokens.upperBound - start <= 4,
            sentence.tokens[start].capitalized
        else { return }
        let keys = (start..<nameTokens.upperBound).map { sentence.tokens[$0].keyID }
        guard !keys.contains(-1), !(shortForms[keys[0]]?.contains { $0.keys == keys } ?? false) else { return }
        shortForms[keys[0], default: []].append(ShortForm(keys: keys, id: id))
        shortFormMask |= Self.shortFormBit(keys[0])
    }

    /// "la Sûreté nationale a consolidé …": the directorate general whose short form starts at
    /// `index` after a definite article, with no capitalised word after it; nil otherwise.
    /// (Asked at every capitalised word once a directorate general was named: its number is
    /// looked up first, the article only then.)
    mutating func shortFormMention(_ sentence: Sentence, at index: Int) -> Mention? {
        let keyID = sentence.tokens[index].keyID
        guard shortFormMask & Self.shortFormBit(keyID) != 0, let forms = shortForms[keyID], index > sentence.range.lowerBound,
            ClosedWords.isDefiniteArticle(sentence.key(index - 1)) || sentence.key(index - 1, is: "les")
        else { return nil }
        for form in forms {
            let end = index + form.keys.count
            guard end <= sentence.range.upperBound, (1..<form.keys.count).allSatisfy({ sentence.tokens[index + $0].keyID == form.keys[$0] }),
                !(end < sentence.range.upperBound && sentence.tokens[end].kind == .word && sentence.tokens[end].capitalized)
            else { continue }
            return namedAgain(form.id, sentence, index, end, rule: "org.short-form")
        }
        return nil
    }
}
