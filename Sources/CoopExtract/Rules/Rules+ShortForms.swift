import CoopModel

/// A directorate general named again by what it directs: "la Sûreté nationale" for the
/// "Direction générale de la Sûreté nationale", "les Douanes" for the "Direction générale des
/// Douanes", as Algerian notes write once the full name is given.
extension DocumentExtraction {
    /// The words after "Direction générale de la" in a body's name, and the body.
    struct ShortForm: Sendable {
        let keys: [String]
        let id: EntityID
        /// The number of `keys[0]` in the document's `KeyInterner` (`Token.keyID`), -1 for none.
        var firstKeyID: Int32 = -1

        /// Whether the form is written at token `index` of `tokens`, ending before `upper` with no
        /// capitalised word right after it. The first key is compared by its number when both
        /// it and the token's have one (the same document's interner: equal numbers, equal keys),
        /// else as text.
        func isWritten(in tokens: UnsafeBufferPointer<Token>, at index: Int, upper: Int) -> Bool {
            if firstKeyID >= 0 && tokens[index].keyID >= 0 {
                guard firstKeyID == tokens[index].keyID else { return false }
            } else if tokens[index].key != keys[0] {
                return false
            }
            let end = index + keys.count
            guard end <= upper, (1..<keys.count).allSatisfy({ tokens[index + $0].key == keys[$0] }) else { return false }
            return !(end < upper && tokens[end].kind == .word && tokens[end].capitalized)
        }
    }

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
        let keys = (start..<nameTokens.upperBound).map { sentence.key($0) }
        guard !shortForms.contains(where: { $0.keys == keys }) else { return }
        shortForms.append(ShortForm(keys: keys, id: id, firstKeyID: sentence.line.tokens[start].keyID))
    }

    /// "la Sûreté nationale a consolidé …": the directorate general whose short form starts at
    /// `index` after a definite article, with no capitalised word after it; nil otherwise.
    ///
    /// Asked at every capitalised word once a document has a short form: the tokens are read in
    /// place and each form's first key compared by its number (`ShortForm.isWritten`), rather
    /// than copying each token's key and each form and comparing the strings (about 480
    /// instructions a word).
    mutating func shortFormMention(_ sentence: Sentence, at index: Int) -> Mention? {
        guard index > sentence.range.lowerBound else { return nil }
        let forms = shortForms
        let upper = sentence.range.upperBound
        let found: Int? = sentence.line.tokens.withUnsafeBufferPointer { tokens in
            // ("les" is one of the definite articles.)
            guard ClosedWords.isDefiniteArticle(tokens[index - 1].key) else { return nil }
            for form in forms.indices where forms[form].isWritten(in: tokens, at: index, upper: upper) { return form }
            return nil
        }
        guard let found else { return nil }
        return namedAgain(forms[found].id, sentence, index, index + forms[found].keys.count, rule: "org.short-form")
    }

    /// `shortFormMention(_:at:)` by the keys' text alone: its oracle in the tests.
    func plainShortForm(_ sentence: Sentence, at index: Int) -> (id: EntityID, end: Int)? {
        guard index > sentence.range.lowerBound, ClosedWords.isDefiniteArticle(sentence.key(index - 1)) || sentence.key(index - 1, is: "les")
        else { return nil }
        for form in shortForms where form.keys[0] == sentence.key(index) {
            let end = index + form.keys.count
            guard end <= sentence.range.upperBound, (1..<form.keys.count).allSatisfy({ sentence.key(index + $0) == form.keys[$0] }),
                !(end < sentence.range.upperBound && sentence.tokens[end].kind == .word && sentence.tokens[end].capitalized)
            else { continue }
            return (form.id, end)
        }
        return nil
    }
}
