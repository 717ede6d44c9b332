import CoopModel

/// When a lower-case programme head or a body's name is a programme: introduced by an indefinite
/// article, listed after a programme, or the object of "projet de".
extension DocumentExtraction {
    /// Articles that introduce a programme not named before ("un programme de …", "des programmes de …").
    static let indefiniteArticles: CueSet = ["un", "une", "des", "deux", "trois", "plusieurs"]
    /// Nouns of a rough number before "de" ("une vingtaine de bourses de doctorat").
    static let roughNumbers: CueSet = [
        "dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine", "centaine", "millier",
        "milliers", "nombre",
    ]

    /// "dans le cadre d'un programme de formation aux métiers de la mer", "des programmes de
    /// formation de médecins": a lower-case programme head after an indefinite article, with
    /// "de" and two words or more, introduces a programme ("un projet de loi" does not). Only
    /// programmes and projects: "une stratégie de gestion …" is often a wish, not a plan adopted.
    func introducedProgramme(_ sentence: Sentence, _ head: Lexicon.Head, _ first: Int, headEnd: Int, lastContent: Int) -> Bool {
        let before = sentence.key(first - 1)
        let introduced = Self.indefiniteArticles.contains(before) || sentence.range.contains(first - 1) && sentence.tokens[first - 1].kind == .number
            || ["de", "d"].contains(before) && sentence.key(first - 2, in: Self.roughNumbers)
            // "bénéficient de bourses d'études octroyées par …": a grant says they are real.
            || head.kind == "scholarship" && sentence.key(lastContent, in: Self.grantParticiples)
        // "Le projet de forages transfrontaliers financé par l'Algérie": who runs it says it is one.
        var after = lastContent
        if sentence.key(after, is: ",") { after += 1 }
        let run = ["le", "la", "l", "'"].contains(before) && startsPhrase(sentence, after, vocabulary.runnerPhrases, vocabulary.runnerStarts)
            || opensAdopted(sentence, first, lastContent: lastContent)
        // "un programme conjoint de recherche …": an adjective may come before "de".
        let ofIndex = sentence.key(headEnd, in: Self.programmeAdjectives) ? headEnd + 1 : headEnd
        // "une trentaine de bourses doctorales", "cinq bourses annuelles de master": counted
        // scholarships are granted ones, whatever words follow the head.
        if head.kind == "scholarship", lastContent > headEnd, Self.countedBefore(sentence, first) { return true }
        // A facility is one project when it is one ("une usine de montage de véhicules …"), not
        // a kind of works ("des stations d'épuration"); else by its proper name (`namedFacility`).
        guard !head.facility || sentence.key(first - 1, isOneOf: ["un", "une"]),
            ["programme", "project", "scholarship", "donation"].contains(head.kind ?? ""), introduced || run,
            sentence.key(ofIndex, isOneOf: ["de", "d"])
        else { return false }
        let content = (ofIndex..<lastContent).filter { sentence.tokens[$0].kind == .word && !sentence.key($0, in: Self.connectors) }
        // "bourses de doctorat": a scholarship is named by one word.
        return content.count >= 2 || content.count == 1 && (head.kind == "scholarship" || head.kind == "donation") || content.count == 1 && vocabulary.lexicon.heads.indices.contains {
            vocabulary.lexicon.heads[$0].type == .programme && vocabulary.foldedHeadWords[$0] == sentence.key(content[0])
        }
    }

    /// "Le programme d'échanges de jeunes … a été adopté lors de …": a programme head after the
    /// article opening the sentence, the subject of "a été adopté", "est lancé", … within a dozen
    /// words of its name.
    func opensAdopted(_ sentence: Sentence, _ first: Int, lastContent: Int) -> Bool {
        let start = sentence.range.lowerBound
        let opens = first == start + 1 && sentence.key(start, isOneOf: ["le", "la"])
            || first == start + 2 && sentence.key(start, is: "l") && sentence.key(start + 1, is: "'")
        guard opens else { return false }
        return (lastContent..<min(sentence.range.upperBound, lastContent + 14)).contains { index in
            guard sentence.key(index, in: Self.adoptionParticiples) else { return false }
            let before = sentence.key(index - 1)
            return before == "ete" && sentence.key(index - 2, in: Self.auxiliaries) || Self.auxiliaries.contains(before)
        }
    }

    static let adoptionParticiples: CueSet = [
        "adopte", "adoptee", "lance", "lancee", "valide", "validee", "approuve", "approuvee", "arrete", "arretee",
        "elabore", "elaboree", "renouvele", "renouvelee", "reconduit", "reconduite", "prolonge", "prolongee",
    ]

    /// Adjectives between a lower-case programme head and its "de".
    static let programmeAdjectives: CueSet = ["conjoint", "commun", "bilateral", "pilote", "regional", "national", "triangulaire"]
    /// Adjectives between a programme head and its title ("jumelage institutionnel « … »").
    static let titleLeadAdjectives: CueSet = [
        "conjoint", "commun", "bilateral", "pilote", "regional", "national", "triangulaire", "institutionnel", "international", "intitule",
        "denomme", "structurant", "integre",
    ]

    /// The tokens of a title in quotation marks after a programme head (past a few adjectives),
    /// from its first word to its closing mark included; nil when none opens there or it does not
    /// close within forty tokens, or when it opens in lower case (a quoted word, not a title).
    /// (Static: called from the name reader, a mutating rule, a method would copy the extraction.)
    static func programmeTitle(_ sentence: Sentence, headEnd: Int, wordClasses: WordClasses) -> Range<Int>? {
        var open = headEnd
        while open < headEnd + 3, sentence.key(open, in: Self.titleLeadAdjectives) { open += 1 }
        guard sentence.range.contains(open + 1), wordClasses.classes(of: sentence.tokens[open]).contains(.quotationMark),
            sentence.tokens[open + 1].kind == .word, sentence.tokens[open + 1].capitalized
        else { return nil }
        let limit = min(sentence.range.upperBound, open + 41)
        guard let close = (open + 2..<max(open + 2, limit)).first(where: {
            wordClasses.classes(of: sentence.tokens[$0]).contains(.quotationMark)
        }), close > open + 1 else { return nil }
        return open + 1..<close + 1
    }

    /// Whether token `first` opens an item of a list whose item before is a programme ("la mise en
    /// place de la CNIBE, du passeport biométrique, ainsi que les différentes plateformes …").
    func listedAfterProgramme(_ sentence: Sentence, _ first: Int) -> Bool {
        guard let previous = sentence.mentions.last, previous.kind == .programme, previous.end <= first, first - previous.end <= 6
        else { return false }
        let gap = (previous.end..<first).map { sentence.key($0) }
        return gap.contains { $0 == "," || $0 == "et" || $0 == "que" }
            && gap.allSatisfy { [",", "et", "ainsi", "que", "les", "la", "le", "l", "'", "des", "du", "de", "differentes", "differents", "divers", "diverses", "autres"].contains($0) }
    }

    /// Whether "projet de/d'un(e)" stands before token `first` (quotation marks and articles skipped).
    /// (Inlined: called from a mutating rule, a call copied the whole reading into a temporary.)
    @inline(__always)
    func isProjectOf(_ sentence: Sentence, _ first: Int) -> Bool {
        // Asked of every body's name: the words are tested by their hashes, with no array
        // literal built and no key hashed.
        let tokens = sentence.tokens
        var index = first - 1
        while index >= sentence.range.lowerBound,
            vocabulary.wordClasses.classes(of: tokens[index]).contains(.quotationMark) || Self.projectArticles.contains(tokens[index])
        {
            index -= 1
        }
        guard sentence.range.contains(index), Self.projectPrepositions.contains(tokens[index]) else { return false }
        return sentence.key(index - 1, is: "projet")
    }

    static let projectArticles: CueSet = ["un", "une", "l", "la", "le", "'"]
    static let projectPrepositions: CueSet = ["de", "d", "du"]

    /// "le complexe sidérurgique d'El Hadjar", "la centrale électrique à cycle combiné d'Oumache":
    /// a facility's lower-case name is a project's when "de", "d'" or "du" and a capitalised word
    /// stand in it past the head.
    /// ("les centrales du MICLAT": an acronym after "du" is the body whose plants they are.)
    /// ("l'usine de Hyundai Motor Company": "de" and a name right after the head name whose plant
    /// it is, not the plant.)
    func namedFacility(_ sentence: Sentence, headEnd: Int, lastContent: Int) -> Bool {
        // "le tramway de Mostaganem", "le métro d'Alger": a town right after the head names it.
        if let town = Self.capitalisedAfterOf(sentence, headEnd) { return lastContent > town && Self.isTown(sentence, town, vocabulary) }
        return (headEnd..<lastContent).contains { index in
            Self.capitalisedAfterOf(sentence, index).map { !sentence.tokens[$0].allCaps } ?? false
        }
    }

    /// Whether a facility head found at `index` ends right before "de" and a town.
    /// (Static: called from the mutating mention reader, an instance method was handed a copy of
    /// the whole extraction, about 1,700 bytes, at each call, inlining asked for or not.)
    static func facilityBeforeTown(_ sentence: Sentence, _ found: ArraySlice<(end: Int, payload: Term)>, _ index: Int, _ vocabulary: Vocabulary) -> Bool {
        found.contains { match in
            guard case .head(let head) = match.payload, vocabulary.lexicon.heads[head].facility,
                let town = capitalisedAfterOf(sentence, match.end)
            else { return false }
            return isTown(sentence, town, vocabulary)
        }
    }

    /// Whether a place of the lexicon or the KB opens at token `index`.
    private static func isTown(_ sentence: Sentence, _ index: Int, _ vocabulary: Vocabulary) -> Bool {
        sentence.matches[index]?.contains {
            switch $0.payload {
            case .place: return true
            case .entity(let found): return vocabulary.knowledge?.entity(at: found).type == .place
            default: return false
            }
        } ?? false
    }

    /// Endings of the future and the conditional of first- and second-group verbs
    /// ("continuera", "organiseront", "accueillerait", "fournira").
    private static let futureEndings: [[UInt8]] = ["era", "eront", "erait", "eraient", "ira", "iront", "irait", "iraient"].map { Array($0.utf8) }

    /// Whether a folded lower-case word of six letters or more is a verb in the future or the
    /// conditional by its ending (short ones, "sera", "fera", are name stops).
    static func isFutureVerb(_ key: String) -> Bool {
        // The length first (stored in the string), then the last byte in the contiguous bytes:
        // `utf8.last` walked the view's indices (about a hundred instructions a word).
        guard key.utf8.count >= 6 else { return false }
        var key = key
        // (Compared in the contiguous bytes: through the `UTF8View` it cost more.)
        return key.withUTF8 { bytes in
            // Every ending ends in "a" or "t": most words are out at their last byte.
            guard let last = bytes.last, last == UInt8(ascii: "a") || last == UInt8(ascii: "t") else { return false }
            return futureEndings.contains { bytes.count > $0.count && bytes.suffix($0.count).elementsEqual($0) }
        }
    }

    /// Whether "sur" at `index` opens the subject of a programme name: "de recherche sur le
    /// dessalement", a lower-case noun after its article, not "sur la période" or "sur proposition".
    func isProgrammeSubject(_ sentence: Sentence, _ index: Int) -> Bool {
        var next = index + 1
        if ClosedWords.isDefiniteArticle(sentence.key(next)) { next += 1 }
        if sentence.key(next, is: "'") { next += 1 }
        guard sentence.range.contains(next), sentence.tokens[next].kind == .word, !sentence.tokens[next].capitalized else { return false }
        return !sentence.key(next, in: Self.notProgrammeSubjects) && ClosedWords.isDe(sentence.key(index - 2))
    }
}
