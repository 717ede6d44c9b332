import CoopModel

/// The names a country is proposed under and whether the KB has it, worked out once per country
/// of a document: `addCountry` runs for every country mention, and each time it copied the
/// country's whole KB entity out of the graph (a hash of its id and a retain of every field).
struct CountryNames {
    private var numbers = StringNumbers()
    /// By number: the names, and whether the KB holds the country.
    private var facts: [(names: Names, known: Bool)] = []

    /// The names and KB presence of `id`, from `vocabulary` the first time.
    mutating func facts(of id: EntityID, in vocabulary: Vocabulary) -> (names: Names, known: Bool) {
        let number = Int(numbers.number(id.rawValue))
        if number == facts.count {
            let known = vocabulary.knowledge?.entity(id)
            facts.append((known?.names ?? Names(fr: vocabulary.countryNames[id] ?? id.rawValue), known != nil))
        }
        return facts[number]
    }
}
