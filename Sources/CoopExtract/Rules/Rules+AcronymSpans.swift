import CoopModel

/// The "(SIGLE)" a name defines: where it is, and how far before it the name it closes reaches.
extension DocumentExtraction {
    /// The acronym in "( SIGLE )" at token `index`, if there is one.
    func acronymAfter(_ sentence: Sentence, _ index: Int) -> String? { acronymSpan(sentence, index)?.text }

    /// The acronym in "( SIGLE )" or "( SIGLE-Mot )" ("ONU-Habitat") at token `index`, and the
    /// index past its closing bracket.
    func acronymSpan(_ sentence: Sentence, _ index: Int) -> (text: String, end: Int)? {
        guard sentence.key(index, is: "("), sentence.range.contains(index + 2) else { return nil }
        let token = sentence.tokens[index + 1]
        // "(P3A)", "(G15)": capitals and digits written as one word.
        if Self.isUpperWord(token), let glued = gluedAcronymEnd(sentence, from: index + 1), sentence.key(glued, is: ")") {
            return (sentence.line.text(bytes: token.byteStart, sentence.tokens[glued - 1].byteEnd), glued + 1)
        }
        if let named = acronymAfterOtherName(sentence, index) { return named }
        guard token.kind == .word,
            token.allCaps || token.key.count >= 2 && sentence.tokens[index + 1].capitalized && isMostlyUpper(sentence, index + 1)
                // "l'Entreprise brésilienne de recherche agricole (Embrapa)": a short name in one word.
                || sentence.key(index + 2, is: ")") && isShortName(sentence, index + 1)
        else { return nil }
        if sentence.key(index + 2, is: ")") { return (sentence.line.text(bytes: token.byteStart, token.byteEnd), index + 3) }
        guard token.allCaps, sentence.key(index + 2, is: "-"), sentence.range.contains(index + 4), sentence.key(index + 4, is: ")"),
            sentence.tokens[index + 3].kind == .word, sentence.tokens[index + 3].capitalized
        else { return nil }
        return (sentence.line.text(bytes: token.byteStart, sentence.tokens[index + 3].byteEnd), index + 5)
    }

    /// "(Dirección General de Tráfico – DGT)", "(Korea Water Resources Corporation, K-water)":
    /// the name in its own language, then a dash or a comma and the acronym, which is the
    /// acronym of the name before the bracket.
    private func acronymAfterOtherName(_ sentence: Sentence, _ open: Int) -> (text: String, end: Int)? {
        guard sentence.tokens[open + 1].kind == .word, sentence.tokens[open + 1].capitalized, !sentence.tokens[open + 1].allCaps,
            let close = (open + 3..<min(sentence.range.upperBound, open + 16)).first(where: { sentence.key($0, is: ")") }),
            !(open + 1..<close).contains(where: { sentence.key($0, is: "(") })
        else { return nil }
        let acronym = sentence.tokens[close - 1]
        let separator = sentence.tokens[close - 2]
        guard acronym.kind == .word, acronym.allCaps, (2...10).contains(acronym.key.count),
            separator.kind == .hyphen || sentence.key(close - 2, is: ",") || sentence.key(close - 2, is: "–"),
            (open + 1..<close - 2).allSatisfy({ sentence.tokens[$0].kind == .word || sentence.tokens[$0].kind == .hyphen || sentence.key($0, is: "'") })
        else { return nil }
        return (sentence.line.text(bytes: acronym.byteStart, acronym.byteEnd), close + 1)
    }

    /// Past the last of the tokens from `start` written without a space between them, capitals
    /// and digits only, with at least one digit ("P3A" is read as P, 3, A); nil otherwise.
    private func gluedAcronymEnd(_ sentence: Sentence, from start: Int) -> Int? {
        var end = start + 1
        var digits = false
        while sentence.range.contains(end), end - start < 6, sentence.tokens[end].byteStart == sentence.tokens[end - 1].byteEnd {
            let token = sentence.tokens[end]
            if token.kind == .number { digits = true } else if !Self.isUpperWord(token) { break }
            end += 1
        }
        return digits ? end : nil
    }

    /// "SIGLE (Nom long)": the acronym written right before the bracket that opens at `first - 1`
    /// and closes at `lastContent`, where it starts, and the country of a demonym between the two
    /// ("l'INTA argentin (Institut national …)"); nil when there is none.
    func acronymBeforeName(_ sentence: Sentence, first: Int, lastContent: Int) -> (text: String, start: Int, country: EntityID?)? {
        guard sentence.key(first - 1, is: "("), sentence.key(lastContent, is: ")"), sentence.range.contains(first - 2) else { return nil }
        let tokens = sentence.tokens
        // "l'EN3S (Ecole nationale supérieure de sécurité sociale)": capitals and digits as one word.
        if let glued = gluedAcronymStart(sentence, endingAt: first - 2) {
            return (sentence.line.text(bytes: tokens[glued].byteStart, tokens[first - 2].byteEnd), glued, nil)
        }
        // "la Senelec (Société nationale d'électricité du Sénégal)": a short name in one word after an article.
        if tokens[first - 2].allCaps || isShortName(sentence, first - 2) && sentence.key(first - 3, in: Self.articleKeys) {
            return (sentence.line.text(bytes: tokens[first - 2].byteStart, tokens[first - 2].byteEnd), first - 2, nil)
        }
        // "l'INTA argentin (Institut national de technologie agropastorale)": the nationality
        // between the acronym and its name says whose body it is.
        if sentence.range.contains(first - 3), tokens[first - 3].allCaps, let country = demonymCountry(sentence, first - 2) {
            return (sentence.line.text(bytes: tokens[first - 3].byteStart, tokens[first - 3].byteEnd), first - 3, country)
        }
        return nil
    }

    /// "SIGLE (Nom long)": the closing bracket of a name that opens after the bracket at
    /// `opening`, itself right after an acronym in capitals; nil when the bracket holds anything
    /// but words (a comma, a number) or no acronym comes before it.
    func bracketedLongName(_ sentence: Sentence, opening: Int) -> Int? {
        guard opening - 1 >= sentence.range.lowerBound, sentence.key(opening, is: "("),
            sentence.tokens[opening - 1].kind == .word, sentence.tokens[opening - 1].allCaps, sentence.tokens[opening - 1].key.utf8.count >= 2
        else { return nil }
        return longNameInBrackets(sentence, at: opening)
    }

    /// The first of the tokens ending at `last` written without a space between them, capitals
    /// and digits only, with at least one digit ("l'EN3S (…)": EN, 3, S); nil otherwise.
    func gluedAcronymStart(_ sentence: Sentence, endingAt last: Int) -> Int? {
        guard sentence.range.contains(last), Self.isUpperWord(sentence.tokens[last]) else { return nil }
        var start = last
        var digits = false
        while start > sentence.range.lowerBound, last - start < 5, sentence.tokens[start - 1].byteEnd == sentence.tokens[start].byteStart {
            let token = sentence.tokens[start - 1]
            if token.kind == .number { digits = true } else if !Self.isUpperWord(token) { break }
            start -= 1
        }
        return digits && Self.isUpperWord(sentence.tokens[start]) ? start : nil
    }

    /// Whether token `index` can be a body's short name written as a word ("Embrapa", "Senelec",
    /// "Coamo"): capitalised but not in capitals (those are acronyms), four letters or more, and
    /// nothing the lexicons know (a country, a town, a head, a month: "(Tunis)" says where).
    func isShortName(_ sentence: Sentence, _ index: Int) -> Bool {
        guard sentence.range.contains(index) else { return false }
        let token = sentence.tokens[index]
        return token.kind == .word && token.capitalized && !token.allCaps && token.key.utf8.count >= 4 && sentence.matches[index] == nil
    }

    /// A word in capitals, one letter included ("P" of "P3A").
    static func isUpperWord(_ token: Token) -> Bool {
        token.kind == .word && (token.allCaps || token.capitalized && token.key.count == 1)
    }

    private func isMostlyUpper(_ sentence: Sentence, _ index: Int) -> Bool {
        let text = sentence.line.text(bytes: sentence.tokens[index].byteStart, sentence.tokens[index].byteEnd)
        return text.filter(\.isUppercase).count * 2 > text.count
    }

    /// The index of the "(" of "(SIGLE)" when every word from `start` to it is capitalised or a
    /// connector (de, la, et, …), with at least two capitalised words, no other punctuation, no
    /// number and no other head, agreement or month; nil otherwise.
    func titleCaseRunToAcronym(_ sentence: Sentence, from start: Int, head headStart: Int? = nil) -> Int? {
        let tokens = sentence.tokens
        let limit = min(sentence.range.upperBound, start + 24)
        // Asked at every capitalised head: the bracket is looked for first, by token kinds only.
        var bracket = start
        while bracket < limit, tokens[bracket].kind != .punct, tokens[bracket].kind != .number { bracket += 1 }
        guard bracket < limit, tokens[bracket].kind == .punct, sentence.key(bracket, is: "(") else { return nil }
        var capitalised = 0
        var innerHead = false
        for cursor in start..<bracket where tokens[cursor].kind == .word {
            if tokens[cursor].capitalized { capitalised += 1 } else if !Self.titleConnectors.contains(tokens[cursor]) { return nil }
            if let found = sentence.matches[cursor], found.contains(where: {
                switch $0.payload {
                case .head: innerHead = true; return false
                case .agreement, .month: return true
                default: return false
                }
            }) { return nil }
        }
        guard capitalised >= 2, let acronym = acronymSpan(sentence, bracket) else { return nil }
        // "Agence du Service Géologique de l'Algérie (ASGA)": another head inside the run is a
        // word of the name only when the initials from the first head on spell the acronym.
        if innerHead {
            guard let headStart else { return nil }
            let initials = (headStart..<bracket).compactMap { index -> Character? in
                let token = tokens[index]
                guard token.kind == .word, token.capitalized, let first = token.key.first else { return nil }
                return first
            }
            guard String(initials) == Folding.fold(acronym.text).filter({ $0.isLetter }) else { return nil }
        }
        return bracket
    }

    /// The lower-case words a title-case name holds, in French and in English ("Korea Land and
    /// Housing Corporation (LH)", "Rashtriya Chemicals and Fertilizers (RCF)").
    static let titleConnectors: CueSet = ["de", "du", "des", "d", "la", "le", "les", "l", "et", "à", "aux", "au", "pour", "en", "sur", "and", "of", "for"]

    /// Whether "(SIGLE)" follows within `reach` tokens after `index` (five words by default), with
    /// no punctuation, head or agreement between: the words up to it still belong to the name it defines.
    func acronymCloses(_ sentence: Sentence, after index: Int, reach: Int = 7) -> Bool {
        var cursor = index + 1
        while cursor < min(sentence.range.upperBound, index + reach) {
            // (The kind and key read in place: `sentence.tokens[cursor]` copied the token.)
            if sentence.key(cursor, is: "(") { return acronymAfter(sentence, cursor) != nil }
            let kind = sentence.kind(cursor)
            if kind == .punct || kind == .number || Self.nameStops.contains(sentence.key(cursor)) { return false }
            if let found = sentence.matches[cursor], found.contains(where: {
                switch $0.payload {
                case .head, .agreement, .month: return true
                default: return false
                }
            }) { return false }
            cursor += 1
        }
        return false
    }
}
