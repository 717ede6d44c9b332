import CoopModel

/// The well-known international organisations and foreign bodies of `bodies.yaml`, found by a
/// name without a head word ("Banque mondiale"), by their acronym alone ("la JICA"), or read by
/// the institution rules under a name or acronym the lexicon knows. The lexicon gives the id,
/// the canonical name and, for a national body, its country: "l'INSEE" in a note on France is
/// France's, not the home country's. A document's own acronyms and the KB come first.
extension DocumentExtraction {
    /// The lexicon body named by tokens `first..<end` (a `.knownBody` match), with the acronym in
    /// brackets after it, if any.
    /// Nil when the name goes on ("Union africaine des télécommunications (UAT)"): the head rule
    /// reads the longer name.
    mutating func knownBody(_ sentence: Sentence, _ bodyIndex: Int, _ first: Int, _ end: Int) -> Mention? {
        if continuesName(sentence, end) { return nil }
        let acronym = acronymSpan(sentence, end)
        let entity = proposeKnownBody(bodyIndex, written: sentence.line.text(tokens: first, end - 1), acronym: acronym?.text, sentence: sentence,
                                      span: first..<(acronym?.end ?? end), confidence: 0.85, rule: "org.lexicon-name")
        rememberHead(sentence, first, entity.id)
        return Mention(kind: .institution, id: entity.id, first: first, end: acronym?.end ?? end)
    }

    /// A known body named by its full name under a head word ("Fonds international de
    /// développement agricole") is the one "ce Fonds" names later (`earlierBodyOfHead`).
    mutating func rememberHead(_ sentence: Sentence, _ first: Int, _ id: EntityID) {
        guard sentence.tokens[first].capitalized, !sentence.tokens[first].allCaps,
            sentence.matches[first]?.contains(where: { if case .head = $0.payload { true } else { false } }) == true
        else { return }
        namedByHead[sentence.key(first)] = (id, .institution)
    }

    /// Whether token `index` goes on with a name: a capitalised word, or "de", "des", "du" before
    /// a capitalised word or before words that end with an acronym in brackets ("… des
    /// télécommunications (UAT)").
    func continuesName(_ sentence: Sentence, _ index: Int) -> Bool {
        guard sentence.range.contains(index) else { return false }
        if sentence.tokens[index].kind == .word && sentence.tokens[index].capitalized { return true }
        guard sentence.key(index, isOneOf: ["de", "des", "du", "d"]) else { return false }
        var next = index + 1
        while next < index + 4, ClosedWords.isDefiniteArticle(sentence.key(next)) { next += 1 }
        if sentence.range.contains(next) && sentence.tokens[next].kind == .word && sentence.tokens[next].capitalized { return true }
        var cursor = next
        while cursor < min(index + 10, sentence.range.upperBound), sentence.tokens[cursor].kind == .word || sentence.tokens[cursor].kind == .apostrophe {
            cursor += 1
        }
        return acronymSpan(sentence, cursor) != nil
    }

    /// Proposes lexicon body `index`, `written` so in the text (an alias when that is not one of
    /// its names) with `acronym` after it ("(ONU-Environnement)", added to the lexicon's), with
    /// its country; returns the entity proposed.
    @discardableResult
    mutating func proposeKnownBody(
        _ index: Int, written: String?, acronym: String? = nil, sentence: Sentence, span: Range<Int>, confidence: Double, rule: String
    ) -> Entity {
        let body = vocabulary.lexicon.bodies[index]
        var entity = Entity(id: body.id, type: body.type, names: Names(fr: body.name), acronyms: body.acronyms)
        if let acronym, !body.acronyms.contains(acronym) {
            entity.acronyms.append(acronym)
            if acronyms[acronym] == nil { acronyms[acronym] = body.id }
        }
        if let written, vocabulary.bodyByName[memo.fold(written)] != index, !body.acronyms.contains(written) {
            entity.aliases = [written]
        }
        let evidence = evidence(sentence, span.lowerBound, span.upperBound)
        store.add(entity, confidence: confidence, rule: rule, existing: false, evidence: evidence)
        if let country = body.country {
            addCountry(country, evidence: evidence, confidence: 0.6, rule: "country.of-body")
            store.add(Relation(type: .underAuthorityOf, from: body.id, to: country), symmetric: false, confidence: 0.7,
                      rule: "org.country.lexicon", evidence: evidence)
        }
        // A national company of the report's country ("Sonelgaz") is one of its agencies.
        if body.country == home, body.type == .agency { noteHomeAgency(body.id, existing: false, evidence) }
        // A document's own definition of one of these acronyms keeps it.
        for acronym in body.acronyms where acronyms[acronym] == nil { acronyms[acronym] = body.id }
        countInstitution(body.id)
        return entity
    }

    /// The lexicon body that a name and acronym read by the institution rules stand for: the same
    /// folded name, or one of its acronyms with a name whose content words and those of one of
    /// its names have a Dice coefficient of 0.5 or more (a document's "Plan d'Action Maritime
    /// (PAM)" is not the Programme alimentaire mondial).
    mutating func lexiconBody(name: String, acronym: String?) -> Int? {
        if let index = vocabulary.bodyByName[memo.fold(name)] { return index }
        guard let acronym, let index = vocabulary.bodyByAcronym[acronym] else { return nil }
        let body = vocabulary.lexicon.bodies[index]
        let words = Vocabulary.contentWords(of: name, skipping: vocabulary.demonymKeys)
        for known in [body.name] + body.names {
            let knownWords = Vocabulary.contentWords(of: known, skipping: vocabulary.demonymKeys)
            let total = words.count + knownWords.count
            // Dice 2·shared / total ≥ 0.5.
            if total > 0, 4 * words.intersection(knownWords).count >= total { return index }
        }
        return nil
    }

    /// The country of a known national body whose branch `nameTokens` names: "Goethe-Institut
    /// d'Alger", "Institut français d'Oran", "British Council de Tunis" (the body's name, then
    /// "de", "d'" or "à" and a place).
    mutating func branchCountry(_ sentence: Sentence, _ nameTokens: Range<Int>) -> EntityID? {
        guard nameTokens.count >= 3 else { return nil }
        for end in stride(from: nameTokens.upperBound - 1, to: nameTokens.lowerBound, by: -1) {
            let next = sentence.key(end)
            guard next == "de" || next == "d" || next == "à" else { continue }
            let name = memo.fold(sentence.line.text(tokens: nameTokens.lowerBound, end - 1))
            if let index = vocabulary.bodyByName[name], let country = vocabulary.lexicon.bodies[index].country { return country }
        }
        return nil
    }
}
