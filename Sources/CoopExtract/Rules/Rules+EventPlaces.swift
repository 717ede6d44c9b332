import CoopModel

/// Where an event was held when the place comes before the event word ("ont organisé à Alger
/// les 3 et 4 avril 2019 un atelier", "a tenu à Alger sa septième session"), and the words that
/// say so.
extension DocumentExtraction {
    /// "ont organisé à Alger les 3 et 4 avril 2019 un atelier": the place named with "à" or "en"
    /// right before the event word, with at most a date, an adverb and an article between.
    func placeBefore(_ sentence: Sentence, event position: Int) -> Int? {
        let event = sentence.mentions[position]
        guard position > 0 else { return nil }
        let candidate = position - 1
        let place = sentence.mentions[candidate]
        let gap = place.end..<event.first
        // "Alger a accueilli la troisième session …": a town hosting the event, as the subject.
        let hosting = placePreposition(sentence, place.first) == .other && gap.contains { sentence.key($0, in: Self.hostingVerbs) }
        guard place.kind == .place || place.kind == .country, !place.adjective, gap.count <= 14,
            placePreposition(sentence, place.first) == .locative || hosting,
            gap.allSatisfy({ index in
                let key = sentence.key(index)
                // "à Oran, au cours du mois de mai 2021, un atelier": an aside holding a date.
                if inDatedAside(sentence, index, within: gap) { return true }
                return Self.beforeEventWords.contains(key) || sentence.tokens[index].kind == .number
                    || sentence.isInDate(index) || Self.isOrdinalWord(key)
                    || hosting && (key == "a" || Self.hostingVerbs.contains(key))
            })
        else { return nil }
        return candidate
    }

    /// Whether token `index` lies between two commas of `gap` and a date lies between them too.
    private func inDatedAside(_ sentence: Sentence, _ index: Int, within gap: Range<Int>) -> Bool {
        guard let open = (gap.lowerBound...index).last(where: { sentence.key($0, is: ",") }),
            let close = (index..<gap.upperBound).first(where: { sentence.key($0, is: ",") }), open < close
        else { return false }
        return sentence.hasDate(within: open + 1..<close)
    }

    /// Verbs of a place that hosts an event ("Alger a accueilli …", "Oran abritera …").
    static let hostingVerbs: CueSet = [
        "accueilli", "accueille", "accueillera", "accueillait", "abrite", "abritera", "abritait",
    ]

    /// "troisième", "première": an ordinal in words.
    static func isOrdinalWord(_ key: String) -> Bool {
        key.hasSuffix("ieme") || key == "premiere" || key == "premier"
    }

    /// Participles of holding an event, right before "à <place>".
    static let heldWords: CueSet = [
        "tenu", "tenue", "tenus", "tenues", "deroule", "deroulee", "organise", "organisee", "organises", "organisees",
        // "Une mission … conduite par … a séjourné à Addis-Abeba".
        "sejourne", "sejournee", "sejournes", "sejournees",
    ]

    /// Words that may stand between a place and the event word after it.
    static let beforeEventWords: Set<String> = [
        "un", "une", "des", "le", "la", "les", "l", "'", ",", "egalement", "aussi", "recemment", "de", "du", "d", "eme", "e", "er", "ere",
        // "a participé à Genève, du 5 au 16 juin 2023, à la 111e session …".
        "à", "au",
        // "Oran a accueilli, du 9 au 15 mars 2024, la quatrième édition des Olympiades …".
        "edition",
        // "a tenu à Alger sa septième session", "se rendra à Mascate … pour une visite officielle".
        "sa", "son", "ses", "leur", "pour",
    ]
}
