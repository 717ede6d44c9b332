import CoopModel

/// The names a country is proposed under and whether the KB has it, worked out once per country
/// of a document: `addCountry` runs for every country mention, and each time it copied the
/// country's whole KB entity out of the graph (a hash of its id and a retain of every field).
struct CountryNames {
    /// What is known of one country of the document.
    struct Facts {
        var names: Names
        var known: Bool
        /// Whether each form the text names it by is a new alias, by form: decided once per form.
        /// (Keyed by the form alone, per country: the key "id|form" was built for every mention.)
        var aliases: [String: Bool] = [:]
        /// What the store was seen to absorb of a bare repeat of the country.
        var absorbed = AbsorbedRepeat()
    }

    private var numbers = StringNumbers()
    /// By number.
    private(set) var facts: [Facts] = []

    /// The number of `id`, its facts worked out from `vocabulary` the first time.
    mutating func number(of id: EntityID, in vocabulary: Vocabulary) -> Int {
        let number = Int(numbers.number(id.rawValue))
        if number == facts.count {
            let known = vocabulary.knowledge?.entity(id)
            facts.append(Facts(names: known?.names ?? Names(fr: vocabulary.countryNames[id] ?? id.rawValue), known: known != nil))
        }
        return number
    }

    /// Whether `alias`, a form the text names country `number` by, is a new alias: neither its
    /// name nor one of its KB aliases once folded.
    mutating func isNewAlias(_ alias: String, of number: Int, id: EntityID, in vocabulary: Vocabulary) -> Bool {
        if let decided = facts[number].aliases[alias] { return decided }
        let folded = Folding.fold(alias)
        let known = vocabulary.knowledge?.entity(id)
        let isNew = folded != Folding.fold(facts[number].names.fr) && !(known.map { $0.aliases.contains { Folding.fold($0) == folded } } ?? false)
        facts[number].aliases[alias] = isNew
        return isNew
    }

    /// Notes that the store absorbed a bare repeat of country `number` at `confidence`.
    mutating func noteAbsorbed(_ number: Int, confidence: Double, removals: Int) {
        facts[number].absorbed.note(confidence: confidence, removals: removals)
    }
}

/// What a candidate was seen to take nothing from: the same bare repeat (the same entity, no
/// alias or other field it lacks) added at up to `confidence`, while the store had removed
/// candidates `removals` times (`CandidateStore.absorbs`).
///
/// Why: a repeat of a country or of a body resolved before built an `Entity` (its names, an
/// empty dictionary of properties), handed it to the store, which looked its id up to find the
/// candidate full, and destroyed it, for every mention after the fiftieth. A candidate only grows
/// (confidence, evidence, citations, acronyms, dates, properties; its name never changes), so a
/// repeat it absorbed once it absorbs again until a candidate is removed and may come back empty.
struct AbsorbedRepeat {
    private var confidence = -Double.infinity
    private var removals = -1

    /// Whether the same repeat at `confidence` is absorbed, the store having removed candidates
    /// `removals` times.
    @inline(__always)
    func absorbs(confidence: Double, removals: Int) -> Bool {
        removals == self.removals && confidence <= self.confidence
    }

    /// Notes that the store absorbs the repeat at `confidence`.
    mutating func note(confidence: Double, removals: Int) {
        if removals != self.removals {
            self.removals = removals
            self.confidence = confidence
        } else {
            self.confidence = max(self.confidence, confidence)
        }
    }

    /// Forgets what was noted (the repeat changed).
    mutating func forget() { self = AbsorbedRepeat() }
}
