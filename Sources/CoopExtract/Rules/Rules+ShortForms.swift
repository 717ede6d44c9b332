import CoopModel

/// A directorate general named again by what it directs: "la Sûreté nationale" for the
/// "Direction générale de la Sûreté nationale", "les Douanes" for the "Direction générale des
/// Douanes", as Algerian notes write once the full name is given.
extension DocumentExtraction {
    /// The words after "Direction générale de la" in a body's name, and the body.
    struct ShortForm: Sendable {
        /// The words' keys, and their numbers in the document's key interner (`Token.keyID`).
        let keys: [String]
        let keyIDs: [Int32]
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
        let keyIDs = (start..<nameTokens.upperBound).map { sentence.line.tokens[$0].keyID }
        guard !keyIDs.contains(-1), !(shortForms[keyIDs[0]]?.contains { $0.keyIDs == keyIDs } ?? false) else { return }
        let keys = (start..<nameTokens.upperBound).map { sentence.key($0) }
        shortForms[keyIDs[0], default: []].append(ShortForm(keys: keys, keyIDs: keyIDs, id: id))
        shortFormMask |= Self.shortFormBit(keyIDs[0])
    }

    /// "la Sûreté nationale a consolidé …": the directorate general whose short form starts at
    /// `index` after a definite article, with no capitalised word after it; nil otherwise.
    ///
    /// Asked at every capitalised word once a document has a short form: the word's number is
    /// tested against a 64-bit mask, then looked up, and the forms compared by numbers with the
    /// tokens read in place, rather than copying each token's key and each form and comparing
    /// the strings (about 480 instructions a word, 10M per MB).
    mutating func shortFormMention(_ sentence: Sentence, at index: Int) -> Mention? {
        guard index > sentence.range.lowerBound else { return nil }
        let upper = sentence.range.upperBound
        let found: ShortForm? = sentence.line.tokens.withUnsafeBufferPointer { tokens in
            let keyID = tokens[index].keyID
            guard shortFormMask & Self.shortFormBit(keyID) != 0, let forms = shortForms[keyID],
                // ("les" is one of the definite articles.)
                ClosedWords.isDefiniteArticle(tokens[index - 1].key)
            else { return nil }
            for form in forms {
                let end = index + form.keyIDs.count
                guard end <= upper, (1..<form.keyIDs.count).allSatisfy({ tokens[index + $0].keyID == form.keyIDs[$0] }),
                    !(end < upper && tokens[end].kind == .word && tokens[end].capitalized)
                else { continue }
                return form
            }
            return nil
        }
        guard let found else { return nil }
        return namedAgain(found.id, sentence, index, index + found.keyIDs.count, rule: "org.short-form")
    }

    /// `shortFormMention(_:at:)` by the keys' text alone: its oracle in the tests.
    func plainShortForm(_ sentence: Sentence, at index: Int) -> (id: EntityID, end: Int)? {
        guard index > sentence.range.lowerBound, ClosedWords.isDefiniteArticle(sentence.key(index - 1)) else { return nil }
        for form in shortForms.values.joined() where form.keys[0] == sentence.key(index) {
            let end = index + form.keys.count
            guard end <= sentence.range.upperBound, (1..<form.keys.count).allSatisfy({ sentence.key(index + $0) == form.keys[$0] }),
                !(end < sentence.range.upperBound && sentence.tokens[end].kind == .word && sentence.tokens[end].capitalized)
            else { continue }
            return (form.id, end)
        }
        return nil
    }
}
