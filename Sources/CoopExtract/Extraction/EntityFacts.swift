import CoopModel

/// What the mention rules need of each country or place a document names again and again,
/// worked out once per id: `addCountry` and `addPlace` run for every mention, and each time they
/// looked the id up in the KB (a hash of its id, a copy of the entity out of the graph).
struct EntityFacts {
    /// What is known of one id.
    struct Facts {
        /// The names of its KB entity, nil when the KB does not hold it.
        var known: Names?
        /// The names it is proposed under: the KB's, else those given the first time.
        var names: Names
        /// Whether each form the text names it by is a new alias, by form: decided once per form.
        /// (Keyed by the form alone, per id: the key "id|form" was built for every mention.)
        var aliases: [String: Bool] = [:]
        /// The same decisions by the numbers of the form's words (`aliasKey`).
        var aliasesByWords: [UInt64: Bool] = [:]
        /// What the store was seen to absorb of a repeat of it, and the name and kind (a place's
        /// property) that repeat was built with.
        var absorbed = AbsorbedRepeat()
        var absorbedName = ""
        var absorbedKind = ""
    }

    private var numbers = StringNumbers()
    /// By number.
    private(set) var facts: [Facts] = []

    /// The number of `id`, its facts worked out from `vocabulary` the first time (named `name()`
    /// when the KB does not hold it).
    mutating func number(of id: EntityID, in vocabulary: Vocabulary, name: @autoclosure () -> String) -> Int {
        let number = Int(numbers.number(id.rawValue))
        if number == facts.count {
            let known = vocabulary.knowledge?.entity(id)?.names
            facts.append(Facts(known: known, names: known ?? Names(fr: name())))
        }
        return number
    }

    /// Whether `alias`, a form the text names `number` by, is a new alias: neither its name nor
    /// one of its KB aliases once folded.
    mutating func isNewAlias(_ alias: String, of number: Int, id: EntityID, in vocabulary: Vocabulary) -> Bool {
        if let decided = facts[number].aliases[alias] { return decided }
        let folded = Folding.fold(alias)
        let known = vocabulary.knowledge?.entity(id)
        let isNew = folded != Folding.fold(facts[number].names.fr) && !(known.map { $0.aliases.contains { Folding.fold($0) == folded } } ?? false)
        facts[number].aliases[alias] = isNew
        return isNew
    }

    /// Whether the form on tokens `range` of `line` is a new alias of `number`, as
    /// `isNewAlias(_:of:id:in:)` of its text: the decision follows from the folded form alone, so
    /// a form of up to three words that all have a number in the document (`Token.keyID`) is
    /// decided by those numbers, and its text cut only the first time (and when it is new).
    mutating func isNewAlias(_ line: TokenizedLine, _ range: Range<Int>, of number: Int, id: EntityID, in vocabulary: Vocabulary) -> Bool {
        let key = Self.aliasKey(line, range)
        if let key, let decided = facts[number].aliasesByWords[key] { return decided }
        let isNew = isNewAlias(line.text(tokens: range.lowerBound, range.upperBound - 1), of: number, id: id, in: vocabulary)
        if let key { facts[number].aliasesByWords[key] = isNew }
        return isNew
    }

    /// The numbers of the words on tokens `range` packed into one key (20 bits each, and the
    /// count above them), or nil for more than three tokens or one without a number.
    static func aliasKey(_ line: TokenizedLine, _ range: Range<Int>) -> UInt64? {
        guard !range.isEmpty, range.count <= 3 else { return nil }
        return line.tokens.withUnsafeBufferPointer { tokens in
            var key = UInt64(range.count) << 60
            for (slot, index) in range.enumerated() {
                let id = tokens[index].keyID
                guard id >= 0, id < 1 << 20 else { return nil }
                key |= UInt64(id) << UInt64(20 * slot)
            }
            return key
        }
    }

    /// Whether the store was seen to absorb a repeat of `number` built with `name` and `kind`
    /// ("" for a country) at `confidence` or more, and no candidate was removed since.
    func absorbs(_ number: Int, name: String = "", kind: String = "", confidence: Double, removals: Int) -> Bool {
        facts[number].absorbed.absorbs(confidence: confidence, removals: removals) && facts[number].absorbedName == name
            && facts[number].absorbedKind == kind
    }

    /// Notes that the store absorbed a repeat of `number` built with `name` and `kind` at `confidence`.
    mutating func noteAbsorbed(_ number: Int, name: String = "", kind: String = "", confidence: Double, removals: Int) {
        if facts[number].absorbedName != name || facts[number].absorbedKind != kind {
            facts[number].absorbed.forget()
            facts[number].absorbedName = name
            facts[number].absorbedKind = kind
        }
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
