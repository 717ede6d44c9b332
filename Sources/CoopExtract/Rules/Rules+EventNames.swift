import CoopModel

/// Event words followed by a proper name ("la conférence Investing in African Mining Indaba"),
/// and the event words that open a standing body's name when it defines an acronym ("Forum
/// intergouvernemental sur … (IGF)").
extension DocumentExtraction {
    /// Small words inside an event's proper name, between two capitalised words ("Investing in
    /// African Mining Indaba", "Salon international de l'Agriculture").
    static let eventNameConnectors: CueSet = ["in", "of", "for", "and", "the", "on", "de", "du", "des", "d", "'", "la", "l"]

    /// The end of a proper name right after an event word: capitalised words that name no
    /// country, place, body, month or agreement (small words only between two of them); nil
    /// when none follows. A lower-case event word only: "Forum" or "Conférence" with a
    /// capital opens a body's or a session's name, read elsewhere.
    func eventProperName(_ sentence: Sentence, after wordEnd: Int) -> Int? {
        let upper = sentence.range.upperBound
        guard wordEnd < upper, wordEnd > sentence.range.lowerBound, !sentence.tokens[wordEnd - 1].capitalized else { return nil }
        var index = wordEnd
        var end: Int?
        while index < upper {
            let token = sentence.tokens[index]
            if token.kind == .word && token.capitalized && !token.allCaps {
                if sentence.matches[index]?.contains(where: {
                    switch $0.payload {
                    case .country, .countryAcronym, .demonym, .countryPrefix, .entity, .entityAcronym, .head, .month, .agreement, .place, .knownBody:
                        return true
                    default: return false
                    }
                }) ?? false { break }
                index += 1
                end = index
            } else if end != nil, token.kind == .word || token.kind == .apostrophe, Self.eventNameConnectors.contains(token.key),
                index + 1 < upper, sentence.tokens[index + 1].capitalized || sentence.key(index + 1, in: Self.eventNameConnectors)
            {
                index += 1
            } else {
                break
            }
        }
        return end
    }

    /// The "(" of an acronym definition closing the name that starts before `start`: words,
    /// hyphens, apostrophes and commas between a comma and a word (at most twenty tokens, no
    /// other punctuation, number or agreement word); nil when none does.
    func acronymBracket(_ sentence: Sentence, after start: Int) -> Int? {
        var index = start
        while index < min(sentence.range.upperBound, start + 20) {
            let token = sentence.tokens[index]
            if sentence.key(index, is: "(") { return acronymSpan(sentence, index) != nil ? index : nil }
            if token.kind == .punct {
                // "… minière, les minéraux, les métaux et …": a comma only before an article and a lower-case word.
                guard sentence.key(index, is: ","), ClosedWords.isDefiniteArticle(sentence.key(index + 1)),
                    sentence.range.contains(index + 2), !sentence.tokens[index + 2].capitalized
                else { return nil }
            } else if token.kind == .number {
                return nil
            } else if sentence.matches[index]?.contains(where: {
                switch $0.payload {
                case .agreement, .head, .event, .knownBody, .entity: return true
                default: return false
                }
            }) ?? false {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Event words that also open the names of standing bodies ("Forum …", "Sommet …").
    static let bodyEventWords: Set<String> = ["forum", "sommet", "conference", "congres"]

    /// The index of the acronym an edition is of ("édition de la FIA", "du SIFA"), when it names
    /// no known body, country or other mention the gazetteer reads.
    func editionAcronym(_ sentence: Sentence, after wordEnd: Int) -> Int? {
        guard let cursor = Self.afterSingularOf(sentence, wordEnd), sentence.range.contains(cursor), sentence.tokens[cursor].kind == .word,
            sentence.tokens[cursor].allCaps, sentence.matches[cursor] == nil,
            acronyms[sentence.line.text(bytes: sentence.tokens[cursor].byteStart, sentence.tokens[cursor].byteEnd)] == nil
        else { return nil }
        return cursor
    }

    /// The token after "du", "de la", "de l'" or "d'" at `index`; nil when none opens there.
    static func afterSingularOf(_ sentence: Sentence, _ index: Int) -> Int? {
        switch sentence.key(index) {
        case "du": return index + 1
        case "de" where sentence.key(index + 1, is: "la"): return index + 2
        case "de" where sentence.key(index + 1, is: "l") && sentence.key(index + 2, is: "'"): return index + 3
        case "d" where sentence.key(index + 1, is: "'"): return index + 2
        default: return nil
        }
    }
}
