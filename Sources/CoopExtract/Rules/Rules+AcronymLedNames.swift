import CoopModel

/// Names opened by an acronym: "ONU Femmes", "DP World Djazair". Capitals followed, one space
/// apart, by capitalised words that no lexicon knows make one name: UN Women is not the UN, and
/// "DP" alone names nothing.
extension DocumentExtraction {
    /// The body named by the capitals at token `index` and the unknown capitalised words after
    /// them (three at most), or nil when no such word follows.
    mutating func acronymLedName(_ sentence: Sentence, at index: Int) -> Mention? {
        let tokens = sentence.tokens
        // ("… aux catastrophes (PPRD Sud)": in brackets after a name, it is that name's acronym.)
        guard tokens[index].kind == .word, tokens[index].allCaps, !vocabulary.notAcronyms.contains(tokens[index].key),
            !sentence.key(index - 1, is: "(")
        else { return nil }
        var end = index + 1
        while end < sentence.range.upperBound, end - index <= 3, nameWordAfterAcronym(sentence, end) { end += 1 }
        guard end > index + 1 else { return nil }
        // The acronym alone known as an international body ("ONU"): its named part is one too.
        let acronym = sentence.line.text(bytes: tokens[index].byteStart, tokens[index].byteEnd)
        var knownType = vocabulary.bodyByAcronym[acronym].map { vocabulary.lexicon.bodies[$0].type }
        if knownType == nil, let known = firstKnown([acronym], where: { $0.type != .country }) {
            knownType = vocabulary.knowledge?.entity(at: known).type
        }
        let international = knownType == .organisation
        let name = sentence.line.text(tokens: index, end - 1)
        let type: NodeType = international ? .organisation : .agency
        let id = addInstitution(
            name: name, type: type,
            kind: international ? "intergovernmental" : "other", acronym: nil, nameTokens: index..<end, sentence: sentence,
            span: index..<end, confidence: 0.7, rule: "org.acronym-led-name", side: international ? nil : appositionCountry(sentence, after: end))
        countInstitution(id)
        // "KGHM Polska Miedź S.A. … des géologues de KGHM": capitals no lexicon knows stand for
        // the whole name when they come back alone ("ONU" alone stays the UN).
        if knownType == nil, acronyms[acronym] == nil { acronyms[acronym] = id }
        // "ONU Femmes (Entité des Nations Unies pour l'égalité …)": its long name in brackets
        // right after is another name of it, read with it (the UN inside is not named).
        if let close = longNameInBrackets(sentence, at: end) {
            let long = sentence.line.text(tokens: end + 1, close - 1)
            store.add(Entity(id: id, type: type, names: Names(fr: name), aliases: [long]),
                      confidence: 0.7, rule: "org.acronym-led-name", existing: false, evidence: evidence(sentence, index, close + 1))
            return Mention(kind: .institution, id: id, first: index, end: close + 1)
        }
        return Mention(kind: .institution, id: id, first: index, end: end)
    }

    /// The closing bracket of "(Long Name …)" at token `index`: a capitalised word first, words and
    /// apostrophes only, at most 24 tokens; nil otherwise.
    func longNameInBrackets(_ sentence: Sentence, at index: Int) -> Int? {
        guard sentence.key(index, is: "("), index + 1 < sentence.range.upperBound, sentence.tokens[index + 1].capitalized else { return nil }
        var cursor = index + 1
        while cursor < min(sentence.range.upperBound, index + 26) {
            let token = sentence.tokens[cursor]
            if token.kind == .punct { return sentence.key(cursor, is: ")") && cursor > index + 2 ? cursor : nil }
            if token.kind == .number { return nil }
            cursor += 1
        }
        return nil
    }

    /// Whether token `index` goes on with the name before it: a capitalised word of three letters
    /// or more, not in capitals, one space after the word before, that no lexicon phrase starts at.
    private func nameWordAfterAcronym(_ sentence: Sentence, _ index: Int) -> Bool {
        let token = sentence.tokens[index]
        return token.kind == .word && token.capitalized && !token.allCaps && token.key.utf8.count >= 3
            && token.byteStart == sentence.tokens[index - 1].byteEnd + 1 && !sentence.matches.hasMatches(at: index)
            && !Self.connectors.contains(token) && !Self.articles.contains(token)
    }
}
