import CoopModel

/// Offices named once for two countries: "… a tenu sa cinquième session à Alger … sous la
/// coprésidence des ministres des Affaires étrangères des deux pays", "coprésidée par les Premiers
/// ministres des deux pays". Each country's office, recorded as its ministry (the convention of
/// the held-out golds), takes part in the event of the sentence; the two work together.
extension DocumentExtraction {
    static let bothCountriesOfficeCues: CueSet = ["ministres", "vice-ministres"]

    /// Proposes the ministry of each of the two countries for "[vice-/premiers] ministres [chargés]
    /// <portfolio> des deux pays", when the sentence names its event (set by `buildEvents`).
    mutating func officesOfBothCountries(_ sentence: Sentence) {
        // The event's line read in place first: bound first, the home country and the last
        // event were copied (a retain and a release of each string and array) for every sentence.
        guard lastEvent?.line == sentence.lineNumber, let home, let lastEvent,
            relationCues.has(.bothCountriesOffices, in: sentence)
        else { return }
        let range = sentence.range
        for index in range where Self.bothCountriesOfficeCues.contains(sentence.tokens[index]) {
            // The portfolio runs from after "ministres" ("chargés" skipped) to "des deux pays".
            var start = index + 1
            if sentence.key(start) == "charges" { start += 1 }
            guard let both = (start..<min(range.upperBound, start + 10)).first(where: {
                $0 + 2 < range.upperBound && sentence.key($0) == "des" && sentence.key($0 + 1) == "deux" && sentence.key($0 + 2) == "pays"
            }) else { continue }
            let premier = index > range.lowerBound && sentence.key(index - 1) == "premiers"
            let portfolio: String
            if premier {
                guard both == start else { continue }
                portfolio = ""
            } else {
                // "des Affaires étrangères", "de l'Agriculture": a preposition, then words only.
                guard both > start + 1, ["des", "de", "du"].contains(sentence.key(start)),
                    (start..<both).allSatisfy({ sentence.tokens[$0].kind == .word || sentence.key($0) == "'" })
                else { continue }
                portfolio = sentence.line.text(tokens: start, both - 1)
            }
            guard let partner = bothCountriesPartner(sentence, home: home) else { return }
            let span = (premier ? index - 1 : index)..<(both + 3)
            let evidence = evidence(sentence, span.lowerBound, span.upperBound)
            var offices: [EntityID] = []
            for country in [home, partner] {
                let office = officeOfCountry(country, portfolio: portfolio, premier: premier, evidence: evidence)
                offices.append(office)
                store.add(Relation(type: .tookPartIn, from: office, to: lastEvent.id, properties: RoleProperties.participant),
                          symmetric: false, confidence: 0.6, rule: "event.cochairs", evidence: evidence)
            }
            store.add(Relation(type: .cooperatesWith, from: offices[0], to: offices[1]), symmetric: true, confidence: 0.55,
                      rule: "event.cochairs", evidence: evidence)
            return
        }
    }

    /// Who "les deux pays" are beside the home country: the compound of the sentence
    /// ("commission mixte algéro-argentine"), the section's or the line's country, else the one
    /// foreign country the sentence names.
    private func bothCountriesPartner(_ sentence: Sentence, home: EntityID) -> EntityID? {
        if let (first, second) = compoundPair(sentence) {
            if first == home { return second }
            if second == home { return first }
            return nil
        }
        if let partner = sectionCountry ?? labelCountry, partner != home { return partner }
        return onlyForeignCountry(sentence)
    }

    /// The ministry of `portfolio` ("des Affaires étrangères") of `country`, or its head of
    /// government's services: the knowledge base's at home, else a new one named with the country.
    private mutating func officeOfCountry(_ country: EntityID, portfolio: String, premier: Bool, evidence: EvidenceDraft) -> EntityID {
        let base = premier ? "Services du Premier ministre" : "Ministère " + Self.capitalisingPortfolio(portfolio)
        if country == home, let knowledge = vocabulary.knowledge, let found = firstKnown([base], where: { $0.type == .ministry }) {
            let known = knowledge.entity(at: found)
            store.add(Entity(id: known.id, type: known.type, names: known.names), confidence: 0.9, rule: "org.cochair", existing: true, evidence: evidence)
            store.add(Relation(type: .underAuthorityOf, from: known.id, to: country), symmetric: false, confidence: 0.6,
                      rule: "org.cochair", evidence: evidence)
            return known.id
        }
        let countryName = vocabulary.countryNames[country] ?? country.rawValue
        let name = country == home ? base : base + " (" + countryName + ")"
        let id = EntityID(country.rawValue.lowercased() + "." + memo.slug(base))
        store.add(Entity(id: id, type: .ministry, names: Names(fr: name)), confidence: 0.6, rule: "org.cochair", existing: false, evidence: evidence)
        store.add(Relation(type: .underAuthorityOf, from: id, to: country), symmetric: false, confidence: 0.6,
                  rule: "org.cochair", evidence: evidence)
        return id
    }

    /// "des affaires étrangères" → "des Affaires étrangères": the first word after the
    /// preposition (and an elided article) capitalised, as ministries are written.
    static func capitalisingPortfolio(_ portfolio: String) -> String {
        var words = portfolio.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard let first = words.indices.first(where: { $0 > 0 && !["la", "l'", "l’"].contains(words[$0]) }) else { return portfolio }
        var word = words[first]
        if word.hasPrefix("l'") || word.hasPrefix("l’") {
            let rest = word.dropFirst(2)
            word = String(word.prefix(2)) + rest.prefix(1).uppercased() + rest.dropFirst()
        } else {
            word = word.prefix(1).uppercased() + word.dropFirst()
        }
        words[first] = word
        return words.joined(separator: " ")
    }
}
