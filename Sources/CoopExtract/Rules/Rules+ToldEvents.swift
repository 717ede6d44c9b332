import CoopModel

/// "ont signé en marge de la session un protocole", "En marge de la session, la CACI et la MKIK
/// ont organisé …": an event word after an occasion's words and a definite article, with nothing
/// that names another event after it, is the event the document told: the one its header
/// named ("Procès-verbal de la cinquième session …"), else the one of this line or the line
/// before. It is no new event, and it dates the agreements signed at it.
extension DocumentExtraction {
    /// The words of an occasion before "de la" or "du" ("en marge de la", "lors du", "au cours
    /// de la", "à l'occasion de la", "à l'issue de la").
    private static let toldOccasionNouns: CueSet = ["marge", "lors", "cours", "occasion", "issue"]

    /// The event "la session" or "la visite" stands for, when the document told one.
    func toldEvent(_ sentence: Sentence) -> (id: EntityID, dates: [DatedRole], line: Int)? {
        if let lastEvent, lastEvent.line == sentence.lineNumber { return lastEvent }
        if let headerEvent { return headerEvent }
        guard let lastEvent, lastEvent.line >= sentence.lineNumber - 1 else { return nil }
        return lastEvent
    }

    /// Whether the event word at `first`..<`end` follows an occasion's words and a definite
    /// article and is not qualified after ("de la commission", "suivante", a name, a date).
    /// Not a capitalised word ("lors du Forum mondial de …" names one), nor after another event
    /// word of its sentence ("un atelier …, et d'y tenir, en marge de l'atelier, …": that one).
    static func refersToToldEvent(_ sentence: Sentence, _ first: Int, _ end: Int) -> Bool {
        guard !sentence.token(first, { $0.capitalized }) else { return false }
        let article: Int
        if sentence.key(first - 1, is: "du") {
            article = first - 1
        } else if sentence.key(first - 1, is: "la", or: "le") && sentence.key(first - 2, is: "de") {
            article = first - 2
        } else if sentence.key(first - 1, is: "'") && sentence.key(first - 2, is: "l") && sentence.key(first - 3, is: "de") {
            article = first - 3
        } else {
            return false
        }
        guard sentence.key(article - 1, in: toldOccasionNouns) else { return false }
        let earlierEvent = (sentence.range.lowerBound..<article).contains { index in
            (sentence.matches[index] ?? []).contains { if case .event = $0.payload { true } else { false } }
        }
        guard !earlierEvent else { return false }
        // What follows must open another phrase: a name, an adjective or a complement ("du
        // forum mondial de l'aquaculture", "de la session suivante") names another event.
        guard end < sentence.range.upperBound else { return true }
        return sentence.kind(end) == .punct && !sentence.key(end, is: "'") || sentence.key(end, in: phraseOpeners)
    }

    /// Words that open the next phrase after an event word: determiners, conjunctions,
    /// auxiliaries and pronouns ("en marge de la session un protocole", "lors de la visite et …").
    private static let phraseOpeners: CueSet = [
        "un", "une", "des", "le", "la", "les", "l", "et", "ou", "a", "ont", "est", "sont", "il", "elle", "ils", "elles",
        "y", "se", "qui", "que", "par", "pour", "avec", "entre", "ce", "cette", "ces", "deux", "trois", "quatre",
    ]

    /// The date an agreement takes when signed at the told event ("signé en marge de la session"
    /// after the occasion's words at `marker`): its held date, or over several days what they
    /// share.
    func toldEventDate(_ sentence: Sentence, marker: Int) -> PartialDate? {
        guard let told = toldEvent(sentence), let date = Self.signingDate(at: told.dates) else { return nil }
        let refers = (marker + 1..<min(marker + 6, sentence.range.upperBound)).contains { index in
            (sentence.matches[index] ?? []).contains { match in
                if case .event = match.payload { Self.refersToToldEvent(sentence, index, match.end) } else { false }
            }
        }
        guard refers else { return nil }
        return date
    }
}
