import CoopModel

/// Places the lexicon and the KB do not know, told by their context: "à Ouargla", "la wilaya
/// de Naâma", "la ville de Potsdam", "Puebla-Mexique", "à Saint-Etienne".
extension DocumentExtraction {
    /// Nouns before "de" that make the capitalised word after it a town.
    static let townNouns: CueSet = [
        "ville", "villes", "commune", "communes", "municipalite", "municipalites", "cite", "region", "regions", "province", "provinces",
    ]

    /// Whether "ville(s) de" stands before token `index`, or "et de" after a town named so.
    private func isTownOf(_ sentence: Sentence, _ index: Int) -> Bool {
        guard sentence.key(index - 1, isOneOf: ["de", "d", "'"]) else { return false }
        var cursor = index - 1
        if sentence.key(cursor, is: "'") { cursor -= 1 }
        cursor -= 1
        if sentence.key(cursor, in: Self.townNouns) { return true }
        // "… villes de Tlemcen et de Potsdam": the second of a pair.
        guard sentence.key(cursor, is: "et"), let previous = sentence.mentions.last, previous.kind == .place, previous.end == cursor else { return false }
        return sentence.key(previous.first - 2, in: Self.townNouns)
    }

    /// The words before a place not in the lexicon: "à", "wilaya de", "ville de", "villes … et de".
    static let unknownPlaceLeads: CueSet = ["à", "de", "d", "'", "au"]
    /// First words of two-word Maghreb place names ("Sidi Abdallah", "Bou Ismaïl", "Aïn Témouchent").
    static let placePrefixes: CueSet = ["sidi", "bou", "ain", "oued", "ras", "bordj", "hassi", "beni", "ksar", "khemis", "tizi", "dar", "bab", "el"]
    /// Words that say where a meeting was held, before "au Pirée", "au Cap": those before an
    /// event's place (`heldWords`), and where it met or was signed.
    static let heldBefore = CueSet(heldWords.keys.union(["reuni", "reunie", "reunis", "reunies", "signe", "signee", "conclu", "conclue", "fois"]))

    /// A capitalised word after "à", after "wilaya de", or before "-Country": a place not in the lexicon.
    mutating func unknownPlace(_ sentence: Sentence, at index: Int) -> Mention? {
        let tokens = sentence.tokens
        // (One letter is an initial: "à S.E. l'Ambassadeur".)
        guard tokens[index].kind == .word, tokens[index].capitalized, !tokens[index].allCaps, index > sentence.range.lowerBound,
            tokens[index].end - tokens[index].start > 1, !sentence.matches.hasMatches(at: index)
        else { return nil }
        // Copied out only past the gate above (a copy retains and releases the key).
        let token = tokens[index]
        // Tried at every capitalised word: each reading below needs one of these words before
        // it or a dash after it, tested first.
        guard Self.unknownPlaceLeads.contains(tokens[index - 1])
            || index + 1 < sentence.range.upperBound && tokens[index + 1].kind == .hyphen
        else { return nil }
        let country = countryAfterDash(sentence, index + 1)
        let previous = sentence.key(index - 1)
        // "au Pirée", "tenue au Cap": a town whose name takes the article, after where a meeting was held.
        if previous == "au" {
            guard !(index + 1 < sentence.range.upperBound && tokens[index + 1].capitalized),
                (max(sentence.range.lowerBound, index - 4)..<index - 1).contains(where: { Self.heldBefore.contains(tokens[$0]) })
            else { return nil }
            let name = "Le " + sentence.line.text(bytes: token.byteStart, token.byteEnd)
            let id = EntityID("place." + memo.slug(name))
            addPlace(id: id, name: name, kind: "city", country: nil, sentence: sentence, index - 1, index + 1, confidence: 0.5, rule: "place.context")
            return Mention(kind: .place, id: id, first: index - 1, end: index + 1)
        }
        // "à Sidi Abdallah", "à Bou Ismaïl": a two-word Maghreb place name.
        if previous == "à", Self.placePrefixes.contains(token), index + 1 < sentence.range.upperBound, tokens[index + 1].kind == .word,
            tokens[index + 1].capitalized, sentence.matches[index + 1] == nil,
            !(index + 2 < sentence.range.upperBound && tokens[index + 2].capitalized)
        {
            let name = sentence.line.text(tokens: index, index + 1)
            let id = EntityID("place." + memo.slug(name))
            addPlace(id: id, name: name, kind: "city", country: nil, sentence: sentence, index, index + 2, confidence: 0.5, rule: "place.context")
            return Mention(kind: .place, id: id, first: index, end: index + 2)
        }
        let afterA = previous == "à" && !(index + 1 < sentence.range.upperBound && tokens[index + 1].capitalized)
        let wilaya = (previous == "'" || previous == "de") && (sentence.key(index - 2, is: "wilaya") || sentence.key(index - 2, is: "d") && sentence.key(index - 3, is: "wilaya"))
        // "la ville de Potsdam", "les villes de Tlemcen et de Potsdam": a town.
        let town = isTownOf(sentence, index)
        let afterAHyphenated = previous == "à" && country == nil && hyphenatedNameEnd(sentence, index) > index + 1
        guard country != nil || afterA || afterAHyphenated || wilaya || town else { return nil }
        // "à Saint-Etienne", "à Aix-en-Provence": a town named by words joined by hyphens.
        let end = country == nil ? hyphenatedNameEnd(sentence, index) : index + 1
        let name = sentence.line.text(tokens: index, end - 1)
        let placeCountry = country ?? (wilaya ? home : nil)
        let id = placeID(memo.slug(name), in: placeCountry)
        addPlace(id: id, name: name, kind: wilaya ? "wilaya" : "city", country: placeCountry,
                 sentence: sentence, index, end, confidence: country != nil || wilaya ? 0.7 : 0.5, rule: "place.context")
        return Mention(kind: .place, id: id, first: index, end: end)
    }

    /// A place's id in the KB's form: "place.mx.puebla" in a known country, else "place.puebla".
    func placeID(_ slug: String, in country: EntityID?) -> EntityID {
        guard let code = country?.rawValue, code.utf8.count == 2 else { return EntityID("place." + slug) }
        return EntityID("place." + code.lowercased() + "." + slug)
    }

    /// Past the words joined to the word at `index` by hyphens that touch them ("Saint-Etienne",
    /// "Aix-en-Provence"), the last one capitalised; `index + 1` when there are none.
    private func hyphenatedNameEnd(_ sentence: Sentence, _ index: Int) -> Int {
        let tokens = sentence.tokens
        var end = index + 1
        var probe = index + 1
        while probe + 1 < sentence.range.upperBound, tokens[probe].kind == .hyphen, tokens[probe - 1].byteEnd == tokens[probe].byteStart,
            tokens[probe].byteEnd == tokens[probe + 1].byteStart, tokens[probe + 1].kind == .word,
            tokens[probe + 1].capitalized || sentence.key(probe + 1, isOneOf: ["en", "sur", "de", "les", "le", "la"])
        {
            probe += 2
            if tokens[probe - 1].capitalized { end = probe }
        }
        return end
    }
}
