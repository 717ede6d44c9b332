import CoopModel

/// What stands around a head word and changes what it names (`institutionName`): a capitalised
/// name before the comma of an apposition ("Rijkswaterstaat, agence exécutive …"), a lower-case
/// common noun after the letterhead ministry's head ("le Ministère de la stratégie …"), a word
/// saying the body was named before ("le ministère … précité").
extension DocumentExtraction {
    /// The capitalised words right before the comma at `comma` that no rule has read (one to four,
    /// glued by hyphens, "K-water"; a bracket after them skipped), when nothing the lexicons know
    /// is among them and the word before them is not capitalised; nil otherwise.
    func appositionName(_ sentence: Sentence, comma: Int) -> Range<Int>? {
        guard comma > sentence.range.lowerBound, sentence.key(comma, is: ",") else { return nil }
        var end = comma
        // "K-water (Korea Water Resources Corporation),": the bracket is skipped.
        if sentence.key(end - 1, is: ")") {
            guard let open = (max(sentence.range.lowerBound, end - 9)..<end - 1).last(where: { sentence.key($0, is: "(") }) else { return nil }
            end = open
        }
        let tokens = sentence.tokens
        var start = end
        while start > sentence.range.lowerBound, end - start < 6 {
            let token = tokens[start - 1]
            // "K-water": a hyphen glued to the word after it, and a lower-case word glued to the hyphen before it.
            let hyphen = token.kind == .hyphen && start < end && token.byteEnd == tokens[start].byteStart
            let afterHyphen = token.kind == .word && start - 2 >= sentence.range.lowerBound && tokens[start - 2].kind == .hyphen
                && tokens[start - 2].byteEnd == token.byteStart
            // "Korea Land and Housing Corporation (LH),": an English connector between capitalised words.
            let connector = token.kind == .word && start < end && start - 2 >= sentence.range.lowerBound
                && Self.englishConnectors.contains(token) && tokens[start - 2].kind == .word && tokens[start - 2].capitalized
            guard token.kind == .word && token.capitalized || hyphen || afterHyphen || connector else { break }
            start -= 1
        }
        // "- Le Trafikverket, administration …": the article that opens the sentence is not the name's.
        if start + 1 < end, start == sentence.range.lowerBound || tokens[start - 1].kind == .hyphen,
            ClosedWords.isDefiniteArticle(tokens[start].key)
        {
            start += 1
        }
        guard start < end, tokens[start].kind == .word, tokens[start].capitalized,
            (start..<end).allSatisfy({ sentence.matches[$0] == nil }),
            !sentence.mentions.contains(where: { $0.end > start && $0.first < end }),
            // (One mention read inside a skipped bracket, "Korea", is dropped by `findMentions`; more could not be.)
            sentence.mentions.count(where: { $0.end > start }) <= 1,
            // Not a sentence's first word, capitalised whatever it is ("Enfin, organisme …").
            start > sentence.range.lowerBound
        else { return nil }
        return start..<end
    }

    /// The lower-case words an English name holds between capitalised words ("Rashtriya
    /// Chemicals and Fertilizers", "Bank of Korea").
    static let englishConnectors: CueSet = ["and", "of", "for"]

    /// "Economic Development Board (EDB), agence …": the acronym alone in the bracket before the
    /// comma at `comma`, if there is one.
    func bracketedAcronym(_ sentence: Sentence, before comma: Int) -> String? {
        guard comma - 3 >= sentence.range.lowerBound, sentence.key(comma - 1, is: ")"), sentence.key(comma - 3, is: "("),
            sentence.tokens[comma - 2].kind == .word, sentence.tokens[comma - 2].allCaps
        else { return nil }
        return sentence.line.text(bytes: sentence.tokens[comma - 2].byteStart, sentence.tokens[comma - 2].byteEnd)
    }

    /// Whether "de", "du", "des" or "d'" at `index` (an article after it allowed) is followed by a
    /// lower-case word that is neither a name adjective nor known to a lexicon ("de la stratégie").
    /// (Static: called from a mutating rule, an instance method was handed a copy of the whole
    /// extraction at each call, inlining asked for or not.)
    static func lowerCaseObject(_ sentence: Sentence, after index: Int, _ vocabulary: Vocabulary) -> Bool {
        guard ClosedWords.isOf(sentence.key(index)) else { return false }
        var word = index + 1
        while sentence.range.contains(word), ClosedWords.isDefiniteArticle(sentence.key(word)) { word += 1 }
        guard sentence.range.contains(word) else { return false }
        let token = sentence.tokens[word]
        // (A lower-case programme head, "stratégie", "plan", is a common noun here.)
        let known = sentence.matches[word]?.contains {
            if case .head(let head) = $0.payload { return vocabulary.lexicon.heads[head].type != .programme }
            return true
        } ?? false
        return token.kind == .word && !token.capitalized && !known && !vocabulary.wordClasses.classes(of: token).contains(.nameAdjective)
    }

    /// Words closing a name that say it was named before ("précité", "susmentionné", "susvisé").
    static let alreadyNamedWords: CueSet = [
        "precite", "precitee", "precites", "precitees", "susmentionne", "susmentionnee", "susmentionnes", "susmentionnees",
        "susvise", "susvisee", "susvises", "susvisees", "susdit", "susdite",
    ]

    /// Whether an acronym in brackets comes within thirty tokens of `start`, with no end of
    /// clause before it (commas allowed).
    func bracketedAcronymAhead(_ sentence: Sentence, from start: Int) -> Bool {
        var index = start
        while index < min(sentence.range.upperBound, start + 30) {
            if sentence.key(index, is: "(") { return acronymAfter(sentence, index) != nil }
            if sentence.tokens[index].kind == .punct, !sentence.key(index, is: ",") { return false }
            index += 1
        }
        return false
    }

    /// "… (DGA) du Ministère italien de la Culture": the country of the foreign ministry a body
    /// belongs to, named right after it; nil when no such ministry follows.
    func ministryOfCountry(_ sentence: Sentence, after end: Int) -> EntityID? {
        var index = end
        while index < min(sentence.range.upperBound, end + 3), sentence.key(index, in: Self.portfolioLeads) { index += 1 }
        guard index > end, sentence.key(index, is: "ministere") else { return nil }
        return demonymCountry(sentence, index + 1)
    }

    /// Whether the number at `index` is one digit (1 to 9) that ends a body's name: not a day
    /// before a month, a count before a noun ("3 experts"), nor part of a longer figure.
    func isNameNumber(_ sentence: Sentence, _ index: Int) -> Bool {
        let key = sentence.key(index)
        guard key.utf8.count == 1, let digit = key.utf8.first, digit >= UInt8(ascii: "1"), digit <= UInt8(ascii: "9") else { return false }
        let next = index + 1
        guard sentence.range.contains(next) else { return true }
        let token = sentence.tokens[next]
        if token.kind == .punct { return !sentence.key(next, is: "%") }
        if token.kind != .word { return false }
        if sentence.matches[next]?.contains(where: { if case .month = $0.payload { return true } else { return false } }) ?? false { return false }
        // Only a connector or a verb form may follow: "et", "a", "ont", "est", "sont", "s'".
        return Self.afterNameNumber.contains(token.key)
    }
}
