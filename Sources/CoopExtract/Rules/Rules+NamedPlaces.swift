import CoopModel

/// The countries and places named inside a body's name: whose body it is, and where its name ends.
extension DocumentExtraction {
    /// The country named inside tokens `range` (a name, an adjective or a compound prefix).
    func countryNamed(_ sentence: Sentence, _ range: Range<Int>) -> EntityID? {
        for index in range {
            for match in sentence.matches[index] ?? [] {
                switch match.payload {
                case .country(let id), .demonym(let id), .countryPrefix(let id): return id
                default: continue
                }
            }
        }
        return nil
    }

    /// Whether tokens `headEnd..<end` of a body's name make it international: a qualifier right
    /// after the head ("Agence internationale …") or an international word anywhere ("… des
    /// Nations Unies …", "… mondiale …"), both from organisation-heads.yaml.
    func isInternational(_ sentence: Sentence, headEnd: Int, end: Int) -> Bool {
        guard headEnd < end else { return false }
        if vocabulary.internationalQualifiers.contains(sentence.key(headEnd)) { return true }
        return (headEnd..<end).contains { startsPhrase(sentence, $0, vocabulary.internationalPhrases) }
    }

    /// Whether a lexicon place starts at token `index`.
    func isKnownPlace(_ sentence: Sentence, _ index: Int) -> Bool {
        guard sentence.range.contains(index) else { return false }
        return sentence.matches[index]?.contains { if case .place = $0.payload { return true } else { return false } } ?? false
    }

    /// The country of the first lexicon place named in tokens `range`.
    func countryOfPlaceNamed(_ sentence: Sentence, _ range: Range<Int>) -> EntityID? {
        for index in range {
            for match in sentence.matches[index] ?? [] {
                if case .place(let place) = match.payload, let country = vocabulary.lexicon.places[place].country { return country }
            }
        }
        return nil
    }
}
