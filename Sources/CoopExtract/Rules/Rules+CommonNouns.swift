import CoopModel

/// Names that the words around them make another thing's: "le lac Tonga" is a lake, not the
/// country; "au Palais des expositions" is a building, not an exhibition; "Bâle III" is a
/// standard, not the town.
extension DocumentExtraction {
    /// Common nouns of landforms and waters that a proper name follows ("lac Tonga", "oued Niger").
    private static let landformNouns: CueSet = [
        "lac", "lacs", "mont", "monts", "oued", "cap", "golfe", "baie", "massif", "fleuve", "riviere", "chott", "sebkha", "barrage",
    ]

    /// Buildings named for what they host ("Palais des expositions", "Palais des congrès").
    private static let venueHeads: CueSet = ["palais", "parc", "salle", "hall", "centre"]

    /// "le lac Tonga", "le fleuve Niger": the name at `index` follows a landform's common noun
    /// (in lower case), so it names a lake or a river, no country.
    static func followsLandformNoun(_ sentence: Sentence, _ index: Int) -> Bool {
        sentence.key(index - 1, in: landformNouns) && !sentence.token(index - 1, { $0.capitalized })
    }

    /// "au Palais des expositions", "Palais des congrès": the event word at `index` ends a
    /// building's name.
    static func namesAVenue(_ sentence: Sentence, _ index: Int) -> Bool {
        sentence.key(index - 1, is: "des", or: "du") && sentence.key(index - 2, in: venueHeads) && sentence.token(index - 2, { $0.capitalized })
    }

    /// Roman numerals that number a standard or an accord after a town's name.
    private static let romanNumerals: CueSet = ["ii", "iii", "iv"]

    /// "les normes de Bâle III", "Bâle II": a town's name numbered names a standard, no place.
    static func namesAStandard(_ sentence: Sentence, after end: Int) -> Bool {
        sentence.key(end, in: romanNumerals) && sentence.token(end, { $0.allCaps })
    }
}
