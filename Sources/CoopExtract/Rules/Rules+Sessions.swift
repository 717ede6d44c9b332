import CoopModel

/// Sessions named by what they are a session of: a conference or assembly named with capitals
/// ("la 111e session de la Conférence internationale du Travail"), a round of consultations or a
/// meeting of a body's organ ("la 41e session du comité de direction du COMELEC"). Read by the
/// mention pass when "session" opens an event.
extension DocumentExtraction {
    /// "la 111e session de la Conférence internationale du Travail", "la 75e session de
    /// l'Assemblée mondiale de la Santé": a session of a conference or assembly named with capitals
    /// is one event, named by the whole phrase (with its ordinal); it is a ministerial meeting when
    /// its name says so, else of kind `other`. A session of a body ("session de la commission
    /// mixte") is left to `meetingKind`.
    func namedSession(_ sentence: Sentence, at index: Int, wordEnd: Int) -> (end: Int, name: String, kind: String)? {
        let key = sentence.key(index)
        guard key == "session" || key == "sessions" else { return nil }
        if let session = consultationsOrOrganSession(sentence, at: index, wordEnd: wordEnd) { return session }
        guard let cursor = Self.afterSingularOf(sentence, wordEnd) else { return nil }
        // "session de l'Assemblée populaire nationale": a body the lexicon or the KB names is left
        // to `meetingKind`.
        guard sentence.range.contains(cursor), sentence.tokens[cursor].capitalized,
            sentence.key(cursor, in: Self.assemblyWords), !Self.namesBody(sentence, cursor)
        else { return nil }
        // The name: capitalised words, and the small words between two of them or before an
        // adjective ("Conférence internationale du Travail").
        var end = cursor + 1
        var probe = end
        while probe < sentence.range.upperBound {
            let token = sentence.tokens[probe]
            // A body or a country named inside ("Sommet de l'Union africaine", "… des Nations
            // unies", "… de l'UNESCO") stays its own mention.
            if Self.namesBody(sentence, probe) || token.allCaps { break }
            if token.kind == .word && (token.capitalized || Self.assemblyAdjectives.contains(token.key)) {
                probe += 1
                end = probe
            } else if token.kind == .apostrophe || Self.nameConnectors.contains(token.key) {
                probe += 1
            } else {
                break
            }
        }
        let first = nameStart(sentence, session: index, ordinalWords: false)
        let ministerial = (cursor..<end).contains { sentence.key($0, in: Self.ministerialWords) }
        return (end, sentence.line.text(tokens: first, end - 1), ministerial ? "ministerial_meeting" : "other")
    }

    /// "la sixième session des consultations politiques algéro-japonaises", "la 41e session du
    /// comité de direction du COMELEC": a round of consultations, or a meeting of an organ of a
    /// body named after it, is an event of kind `other` (not a joint commission's session),
    /// named by the whole phrase with its ordinal. The body stays its own mention (the event
    /// ends before it); an organ that is mixed ("comité mixte") is a joint body's, left to
    /// `meetingKind`.
    func consultationsOrOrganSession(_ sentence: Sentence, at index: Int, wordEnd: Int) -> (end: Int, name: String, kind: String)? {
        let limit = sentence.range.upperBound
        var end: Int
        var nameEnd: Int
        if sentence.key(wordEnd, is: "des"), sentence.key(wordEnd + 1, is: "consultations") {
            // The adjectives of the consultations ("politiques", "algéro-japonaises").
            end = wordEnd + 2
            while end < limit, sentence.tokens[end].kind == .word || sentence.tokens[end].kind == .hyphen,
                !sentence.tokens[end].capitalized, !Self.namesBody(sentence, end),
                !sentence.key(end, isOneOf: ["de", "du", "des", "d", "entre", "avec", "a", "s", "se", "qui", "et", "ont", "est", "sont"])
            {
                end += 1
            }
            nameEnd = end
        } else if let organ = Self.afterSingularOf(sentence, wordEnd), organ < limit, sentence.key(organ, in: Self.organWords) {
            // The organ's words up to "de"/"du" and the body: "comité de direction du", "conseil exécutif de l'".
            var probe = organ + 1
            var body: Int?
            while probe < min(limit, organ + 6) {
                if probe > organ + 1, let start = Self.afterSingularOf(sentence, probe) ?? (sentence.key(probe, is: "de") ? probe + 1 : nil),
                    start < limit, Self.namesBody(sentence, start) || sentence.tokens[start].allCaps
                {
                    body = start
                    break
                }
                let token = sentence.tokens[probe]
                guard token.kind == .word, !token.capitalized || probe == organ + 1, !sentence.key(probe, in: Self.jointOrganWords) else { return nil }
                probe += 1
            }
            guard let body, !sentence.key(organ + 1, in: Self.jointOrganWords) else { return nil }
            end = probe
            // The name runs through the body's first word or acronym ("… du COMELEC").
            nameEnd = body + 1
            while nameEnd < limit, sentence.tokens[nameEnd].capitalized || sentence.tokens[nameEnd].kind == .apostrophe { nameEnd += 1 }
        } else {
            return nil
        }
        guard end > wordEnd else { return nil }
        let first = nameStart(sentence, session: index, ordinalWords: true)
        return (end, sentence.line.text(tokens: first, nameEnd - 1), "other")
    }

    /// Where a session's name starts: at the ordinal before the word ("111e session", "5ème
    /// session"; "sixième session" too when `ordinalWords`), else at the word.
    private func nameStart(_ sentence: Sentence, session index: Int, ordinalWords: Bool) -> Int {
        if index - 2 >= sentence.range.lowerBound, sentence.tokens[index - 2].kind == .number, sentence.key(index - 1, in: Self.ordinalSuffixes) {
            return index - 2
        }
        if ordinalWords, index - 1 >= sentence.range.lowerBound, Self.isOrdinalWord(sentence.key(index - 1)) { return index - 1 }
        return index
    }

    /// Organs of a body that meet in sessions ("comité de direction", "conseil exécutif").
    private static let organWords: CueSet = ["comite", "conseil", "bureau"]
    /// Words that make an organ a joint body's ("comité mixte", "conseil intergouvernemental").
    private static let jointOrganWords: CueSet = ["mixte", "mixtes", "intergouvernemental", "intergouvernementale", "bilateral", "bilaterale"]

    /// Whether a phrase naming a body or a country starts at token `index`, other than a bare
    /// assembly word.
    private static func namesBody(_ sentence: Sentence, _ index: Int) -> Bool {
        sentence.matches[index]?.contains(where: {
            switch $0.payload {
            case .head, .entity, .entityAcronym, .country, .knownBody: return true
            default: return false
            }
        }) ?? false
    }

    /// Words that open the name of a conference or assembly a session belongs to.
    private static let assemblyWords: CueSet = ["conference", "assemblee", "sommet", "forum", "congres"]
    /// Lower-case words that go on such a name ("Conférence internationale du Travail").
    private static let assemblyAdjectives: Set<String> = [
        "internationale", "international", "generale", "general", "mondiale", "mondial", "regionale", "regional",
        "ministerielle", "ministeriel", "parlementaire", "arabe", "africaine", "africain", "islamique", "mediterraneenne",
    ]
    /// Small words inside such a name.
    private static let nameConnectors: Set<String> = ["de", "d", "du", "des", "la", "le", "les", "l"]
    /// The letters after a number that make it an ordinal ("111e", "5ème", "1ère").
    private static let ordinalSuffixes: CueSet = ["e", "eme", "er", "ere", "re", "ieme"]

    /// Words in an organisation's organ that say its members are ministers.
    static let ministerialWords: CueSet = ["executif", "ministres", "ministeriel", "ministerielle"]
}
