import CoopModel

/// How a line is read before its rules: title lines, headings and their area, country headings
/// and line labels, and where its sentences end; and the subject opening a sentence.
extension DocumentExtraction {
    /// Whether a line near the top titles the document: "Objet : …", "Note sur …", "Rapport sur …".
    static func isTitleLine(_ line: TokenizedLine) -> Bool {
        guard let first = line.tokens.first?.key, line.tokens.count <= 24 else { return false }
        if first == "objet" { return line.tokens.count > 1 && line.tokens[1].key == ":" }
        // "Note sur …", "Fiche relative à …", "Point de situation sur …", "Note de synthèse sur …".
        guard Self.titleNouns.contains(first) else { return false }
        return line.tokens.dropFirst().prefix(4).contains { Self.titleLinks.contains($0.key) }
    }

    static let titleNouns: Set<String> = ["note", "rapport", "bilan", "fiche", "point", "synthese", "etat", "compte"]
    static let titleLinks: Set<String> = ["sur", "relative", "relatif", "concernant"]

    /// Whether a line is a section heading: short, no final full stop, numbered or ending with ':'.
    func isHeading(_ line: TokenizedLine) -> Bool {
        // Read in place: through the array, `tokens.last` and `tokens[0].kind` copied tokens out.
        line.tokens.withUnsafeBufferPointer { Self.isHeading($0) }
    }

    private static func isHeading(_ tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard !tokens.isEmpty, tokens.count <= 24 else { return false }
        let last = tokens[at: tokens.count - 1].key
        if last == "." || last == ";" || last == "," { return false }
        // (The word lists are static: as array literals, each line allocated and freed three arrays.)
        let numbered = tokens.count > 2 && tokens[at: 0].kind == .number && numberMarks.contains(tokens[at: 1].key)
        let roman = tokens.count > 2 && tokens[at: 0].allCaps && headingRomans.contains(tokens[at: 0].key)
            && labelMarks.contains(tokens[at: 1].key)
        // "A. Fédération de Russie", "B) Chine".
        let lettered = tokens.count > 2 && tokens[at: 0].kind == .word && tokens[at: 0].capitalized && tokens[at: 0].key.count == 1
            && labelMarks.contains(tokens[at: 1].key)
        return numbered || roman || lettered || last == ":"
    }

    /// Whether a line is an unnumbered heading naming a field: "Echanges économiques", "•
    /// Coopération agricole, scientifique et universitaire". A few words (a bullet aside), no
    /// final stop, no number, the first word capitalised and the others in lower case, and a
    /// sector among them.
    func isSectorHeading(_ line: TokenizedLine, _ matches: MatchTable) -> Bool {
        // The tokens read in place: through the array, `tokens.last` and the slice's
        // `allSatisfy` copied each token out.
        let words = line.tokens.withUnsafeBufferPointer { tokens -> Range<Int>? in
            let first = ClosedWords.isBullet(tokens[at: 0].key) ? 1 : 0
            // (A sentence opens with an article or a pronoun: "Les échanges progressent".)
            guard tokens.count - first >= 2, tokens.count - first <= 8, tokens[at: first].kind == .word, tokens[at: first].capitalized,
                !Self.sentenceOpeners.contains(tokens[at: first].key), tokens[at: tokens.count - 1].kind == .word,
                (first + 1..<tokens.count).allSatisfy({
                    (tokens[at: $0].kind == .word && !tokens[at: $0].capitalized) || tokens[at: $0].key == "," || tokens[at: $0].kind == .apostrophe
                        || tokens[at: $0].kind == .hyphen
                })
            else { return nil }
            return first..<tokens.count
        }
        guard let words else { return false }
        return words.contains { index in
            matches[index]?.contains {
                switch $0.payload {
                case .sector, .knownSector: return true
                default: return false
                }
            } ?? false
        }
    }

    /// Words that open a sentence, not a heading.
    static let sentenceOpeners: Set<String> = [
        "le", "la", "les", "l", "un", "une", "des", "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "on", "nous",
    ]

    /// The marks after a heading's number, roman numeral or letter, and the roman numerals.
    static let numberMarks = [".", "-", ")", "/"]
    static let labelMarks = [".", "-", ")"]
    static let headingRomans = ["i", "ii", "iii", "iv", "v", "vi"]

    /// The heading's text without its number, trailing colon and opening "En matière de".
    func headingArea(_ line: TokenizedLine) -> String? {
        // The area's tokens are `lower..<upper`, narrowed by index: narrowing a slice copied the
        // first and last tokens out at each step.
        let (lower, upper) = line.tokens.withUnsafeBufferPointer { tokens -> (Int, Int) in
            var lower = 0
            var upper = tokens.count
            if upper > 2, tokens[0].kind == .number || tokens[0].allCaps { lower = 2 }
            while upper > lower, tokens[upper - 1].kind == .punct { upper -= 1 }
            for opener in Self.areaOpeners where upper - lower >= opener.count && opener.indices.allSatisfy({ tokens[lower + $0].key == opener[$0] }) {
                lower += opener.count
                break
            }
            while lower < upper, Self.areaArticles.contains(tokens[lower].key) { lower += 1 }
            return (lower, upper)
        }
        guard lower < upper else { return nil }
        return line.text(bytes: line.tokens[lower].byteStart, line.tokens[upper - 1].byteEnd)
    }

    /// The phrases opening a heading's area ("En matière de …"), and the articles after them.
    static let areaOpeners: [[String]] = [["en", "matiere", "de"], ["en", "matiere", "d", "'"], ["dans", "le", "domaine", "de"],
        ["dans", "le", "domaine", "des"], ["dans", "le", "domaine", "du"], ["s", "'", "agissant", "de"]]
    static let areaArticles = ["la", "le", "les", "l", "'", "d"]

    /// Splits a line's tokens into sentences at '.', '!', '?', ';' and '…'.
    func sentenceRanges(_ line: TokenizedLine, matches: MatchTable? = nil) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        sentenceRanges(line, matches: matches, into: &ranges)
        return ranges
    }

    /// `sentenceRanges(_:matches:)` appended to `ranges`: a caller that hands the same array
    /// from line to line allocates it once per document.
    func sentenceRanges(_ line: TokenizedLine, matches: MatchTable?, into ranges: inout [Range<Int>]) {
        var start = 0
        // By index: copying each token retained its key.
        for index in line.tokens.indices where line.tokens[index].kind == .punct {
            // By hash first: comparing every mark with the five strings was most of this loop.
            guard Self.sentenceEndHashes.contains(line.tokens[index].keyHash), Self.sentenceEnds.contains(line.tokens[index].key)
            else { continue }
            // "le 12.03.2015": a full stop inside a number is no sentence end.
            if Self.insideNumber(line, index) { continue }
            // "II. Fédération de Russie", "B. Japon", "3. Formation": a numbering label's full stop.
            if index == 1, line.tokens.count > 2, Self.isNumberingLabel(line.tokens[0]) { continue }
            // "Objet : stage … organisé par LH à Jinju ; Date : du 6 au 17 novembre 2023": a row's
            // date field goes with the field before it when that field names an event and no
            // agreement (an agreement's date field is read as its signature, `isDateField`).
            if let matches, Self.opensDateField(line, after: index), Self.namesEventOnly(matches, start..<index) { continue }
            ranges.append(start..<(index + 1))
            start = index + 1
        }
        if start < line.tokens.count { ranges.append(start..<line.tokens.count) }
    }

    /// Whether a semicolon at `index` is followed by a date field's label ("; Date :", "; date
    /// de signature :", "; lieu et date :").
    static func opensDateField(_ line: TokenizedLine, after index: Int) -> Bool {
        line.tokens[index].key == ";" && isDateLabel(line.tokens, from: index + 1, upper: line.tokens.count)
    }

    /// Whether the tokens of `range` hold an event word and no agreement word.
    static func namesEventOnly(_ matches: MatchTable, _ range: Range<Int>) -> Bool {
        var event = false
        for index in range {
            for match in matches[index] ?? [] {
                switch match.payload {
                case .agreement: return false
                case .event: event = true
                default: continue
                }
            }
        }
        return event
    }

    /// The marks that end a sentence, and their `KeyHash`es.
    /// Whether the sentence ends with a question mark.
    static func isQuestion(_ sentence: Sentence) -> Bool {
        var last = sentence.range.upperBound - 1
        while last > sentence.range.lowerBound, sentence.tokens[last].kind == .punct, !sentence.key(last, is: "?") { last -= 1 }
        return sentence.key(last, is: "?")
    }

    static let sentenceEnds = [".", "!", "?", ";", "…"]
    static let sentenceEndHashes = sentenceEnds.map(KeyHash.of)

    /// The body or country that opens the sentence: the first one at its start or after an
    /// opening phrase and its comma.
    func openingSubject(_ sentence: Sentence) -> Mention? {
        // By position, each mention's fields read in place and only the one found copied (a
        // mention handed to a loop or a test is copied, its id retained and released).
        let mentions = sentence.mentions
        for position in mentions.indices where (mentions[position].kind == .country || mentions[position].kind == .institution)
            && !mentions[position].adjective && !mentions[position].id.rawValue.isEmpty
            && (mentions[position].first <= sentence.range.lowerBound + 2 || Self.afterOpeningComma(sentence, mentions[position].first))
        {
            return mentions[position]
        }
        return nil
    }

    /// Whether token `index` follows a comma, articles between: the subject after an opening
    /// phrase (the caller takes the sentence's first mention, so none comes before it).
    static func afterOpeningComma(_ sentence: Sentence, _ index: Int) -> Bool {
        var before = index - 1
        while before > sentence.range.lowerBound, ClosedWords.isDefiniteArticle(sentence.key(before)) { before -= 1 }
        return before > sentence.range.lowerBound && sentence.key(before, is: ",")
    }

    /// Whether a line's first token is a numbering label: a number of two digits at most, a
    /// roman numeral, or a single capital letter.
    static func isNumberingLabel(_ token: Token) -> Bool {
        if token.kind == .number { return token.key.utf8.count <= 2 }
        guard token.kind == .word, token.capitalized else { return false }
        let key = token.key.utf8
        return key.count == 1 || key.count <= 5 && token.allCaps && key.allSatisfy { "ivxl".utf8.contains($0) }
    }

    /// Whether token `index` stands between two numbers, touching both ("12.03.2015").
    static func insideNumber(_ line: TokenizedLine, _ index: Int) -> Bool {
        let tokens = line.tokens
        guard index > 0, index + 1 < tokens.count, tokens[index - 1].kind == .number, tokens[index + 1].kind == .number else { return false }
        return tokens[index - 1].byteEnd == tokens[index].byteStart && tokens[index].byteEnd == tokens[index + 1].byteStart
    }

    /// "Malaisie", "B. République populaire de Chine", "Royaume d'Arabie saoudite" alone on a line
    /// of a report: a section on cooperation with that country.
    /// "III. Chine et Argentine": two or three countries joined by "et" or commas, each a partner.
    /// Returns the heading's countries (empty when the line is no country heading).
    @discardableResult
    mutating func countryHeading(_ sentence: Sentence) -> [EntityID] {
        let countries = sentence.mentions
        guard sentence.range.count <= 14, let home, (1...3).contains(countries.count),
            countries.allSatisfy({ $0.kind == .country && $0.id != home && (!$0.adjective || sentence.key($0.first - 1, in: Self.formalStateWords)) }),
            !sentence.key(sentence.range.upperBound - 1, is: ".")
        else { return [] }
        // "Coopération avec l'Espagne" sets the section's partner but says no more than the
        // sentences under it; a heading that is the country's name alone is the cooperation's.
        var phrased = false
        for index in sentence.range where !countries.contains(where: { $0.first <= index && index < $0.end }) {
            let token = sentence.tokens[index]
            let numbering = index < sentence.range.lowerBound + 2
                && (token.kind == .number || token.allCaps || token.kind == .punct || token.kind == .hyphen || index == sentence.range.lowerBound && Self.isNumberingLabel(token))
            let joining = countries.count > 1 && index > countries[0].first && (token.key == "et" || token.key == ",")
            if Self.countryHeadingWords.contains(token.key) {
                phrased = true
                continue
            }
            guard numbering || joining || Self.formalStateWords.contains(token.key) || ClosedWords.isDefiniteArticle(token.key)
                || ["d", "de", "'", ":"].contains(token.key) || Self.formalStateQualifiers.contains(token.key)
            else { return [] }
        }
        for country in countries where !phrased {
            store.add(Relation(type: .cooperatesWith, from: home, to: country.id), symmetric: true, confidence: 0.55, rule: "cooperation.heading",
                      evidence: evidence(sentence, country.first, country.end))
        }
        return countries.map(\.id)
    }

    /// Words of a heading that names the partner of its section ("B- Coopération avec l'Espagne",
    /// "II. Relations bilatérales avec la République portugaise").
    static let countryHeadingWords: Set<String> = ["cooperation", "avec", "relations", "bilaterale", "bilaterales", "partenariat"]

    /// Words of a state's formal name around the country's own ("République populaire de Chine").
    static let formalStateQualifiers: Set<String> = ["populaire", "federale", "islamique", "arabe", "democratique", "hachemite", "unie", "unis"]

    /// "- Emirats Arabes Unis : signature …": the country named first on the line, right before a colon.
    static func labelCountry(_ line: TokenizedLine, _ matches: MatchTable, from start: Int) -> EntityID? {
        guard start < line.tokens.count, let match = matches[start]?.first(where: { if case .country = $0.payload { return true } else { return false } }),
            match.end < line.tokens.count, line.tokens[match.end].key == ":", case .country(let id) = match.payload
        else { return nil }
        return id
    }
}
