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

    /// Whether a body's name ends with "de" and a country's name ("Centre international de
    /// communication de la presse de Chine"): that country's body, even when a word of the name
    /// is international.
    func endsWithCountry(_ sentence: Sentence, _ range: Range<Int>) -> Bool {
        for index in range.dropFirst(2) {
            guard ClosedWords.isDe(sentence.key(index - 1)) || sentence.key(index - 1, is: "'") else { continue }
            for match in sentence.matches[index] ?? [] where match.end == range.upperBound {
                if case .country = match.payload { return true }
            }
        }
        return false
    }

    /// The foreign country of a body read from around its name: the town after it ("le CIGB de
    /// La Havane", "l'Université Curtin, à Perth,") or the country of an opening phrase whose
    /// subject it is ("En France, le CNFPT accueille …"). Not the home country: a home body
    /// needs no such reading.
    /// The country of a body whose name says it is not the home country's ("Ministre fédéral de
    /// l'Economie" in an Algerian note): the section's or the line's partner, else the one foreign
    /// country the sentence names, by itself or by a town.
    func foreignQualifiedSide(_ sentence: Sentence, _ nameTokens: Range<Int>) -> EntityID? {
        guard let home, isForeignQualified(sentence, nameTokens) else { return nil }
        if let partner = sectionCountry ?? labelCountry, partner != home { return partner }
        var found: Set<EntityID> = []
        for index in sentence.range {
            for match in sentence.matches[index] ?? [] {
                switch match.payload {
                case .country(let country) where country != home: found.insert(country)
                case .place(let place): if let country = vocabulary.lexicon.places[place].country, country != home { found.insert(country) }
                default: continue
                }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// Whether a body's name holds a word that makes it foreign ("fédéral"): never the home country's.
    func isForeignQualified(_ sentence: Sentence, _ nameTokens: Range<Int>) -> Bool {
        nameTokens.contains { sentence.key($0, in: vocabulary.foreignQualifiers) }
    }

    func surroundingCountry(_ sentence: Sentence, start: Int, end: Int) -> EntityID? {
        var index = end
        // "l'ENM de Météo-France, située à Toulouse": past the parent's name, a participle of place.
        var after = end
        if ClosedWords.isDe(sentence.key(after)) {
            after += 1
            while sentence.range.contains(after), sentence.tokens[after].capitalized || sentence.tokens[after].kind == .hyphen { after += 1 }
        }
        if sentence.key(after, is: ","), sentence.key(after + 1, in: Self.placedParticiples), sentence.key(after + 2, isOneOf: ["à", "a", "au", "en"]) {
            for match in sentence.matches[after + 3] ?? [] {
                switch match.payload {
                case .place(let place): if let country = vocabulary.lexicon.places[place].country, country != home { return country }
                case .country(let country): if country != home { return country }
                default: continue
                }
            }
        }
        if sentence.key(index, is: ",") { index += 1 }
        if ClosedWords.isDe(sentence.key(index)) || sentence.key(index, is: "à") || sentence.key(index, is: "a") { index += 1 }
        if sentence.key(index, is: "'") { index += 1 }
        if index > end + 1 || index == end + 1 && !sentence.key(end, is: ",") {
            for match in sentence.matches[index] ?? [] {
                if case .place(let place) = match.payload, let country = vocabulary.lexicon.places[place].country, country != home { return country }
            }
        }
        // "En France, le CNFPT": the opening phrase, a comma, then the body (after its article).
        var before = start - 1
        while before >= sentence.range.lowerBound, ClosedWords.isDefiniteArticle(sentence.key(before)) || sentence.key(before, is: "'") { before -= 1 }
        let first = sentence.range.lowerBound
        guard before > first + 1, sentence.key(before, is: ","), sentence.key(first, isOneOf: ["en", "au", "aux"]) else { return nil }
        for match in sentence.matches[first + 1] ?? [] where match.end == before {
            if case .country(let country) = match.payload, country != home { return country }
        }
        return nil
    }

    static let placedParticiples: CueSet = [
        "situe", "situee", "situes", "situees", "base", "basee", "bases", "basees", "implante", "implantee", "installe", "installee", "sis", "sise",
    ]

    /// The country whose nationality adjective is the one token at `index`, if any.
    func demonymCountry(_ sentence: Sentence, _ index: Int) -> EntityID? {
        for match in sentence.matches[index] ?? [] where match.end == index + 1 {
            if case .demonym(let country) = match.payload { return country }
        }
        return nil
    }


    /// Whether tokens `headEnd..<end` of a body's name make it international: a qualifier right
    /// after the head ("Agence internationale …") or an international word anywhere ("… des
    /// Nations Unies …", "… mondiale …"), both from organisation-heads.yaml.
    /// A programme head takes the words only: "Programme international de …" may be a programme.
    /// Static: called from the mutating name readers, an instance method was handed a copy of
    /// the whole extraction (about 1,700 bytes) at each call, inlining asked for or not.
    /// The words are looked for by their first word's hash (`PhraseStarts`), one bit test for
    /// most tokens, and the qualifier by its hash (`CueSet`), instead of a probe of
    /// `WordClasses` per token and a `Set<String>` look-up.
    static func isInternational(_ sentence: Sentence, headEnd: Int, end: Int, qualifiers: Bool = true, vocabulary: Vocabulary) -> Bool {
        guard headEnd < end else { return false }
        if qualifiers && sentence.key(headEnd, in: vocabulary.internationalQualifierCues) { return true }
        // "Observatoire du Sahara et du Sahel": a body named after a region spanning countries
        // (not a programme: "Nouveau partenariat pour le développement de l'Afrique").
        if qualifiers, namesARegion(sentence, headEnd..<end, vocabulary: vocabulary) { return true }
        let phrases = vocabulary.internationalPhrases
        let starts = vocabulary.internationalStarts
        return (headEnd..<end).contains { startsPhrase(sentence, $0, phrases, starts) }
    }

    /// Whether a place of the lexicon's kind "region" is named within `range`.
    static func namesARegion(_ sentence: Sentence, _ range: Range<Int>, vocabulary: Vocabulary) -> Bool {
        range.contains { index in
            sentence.matches[index]?.contains {
                if case .place(let place) = $0.payload { return vocabulary.lexicon.places[place].kind == "region" }
                return false
            } ?? false
        }
    }

    /// Whether "de l'", "du" or "de la" stand right before token `index`: "Conseil exécutif de
    /// l'Union africaine" is an organ of the Union (the caller leaves out embassies and names
    /// with a country before it).
    func isOrganOf(_ sentence: Sentence, _ head: Int) -> Bool {
        // "… de la Haute Commission mixte": the adjective opening the organisation's name.
        let index = sentence.range.contains(head - 1) && Self.leadingAdjectives.contains(sentence.tokens[head - 1]) ? head - 1 : head
        let before = [sentence.key(index - 2), sentence.key(index - 1)]
        return before == ["de", "l"] || before == ["l", "'"] && sentence.key(index - 3, is: "de") || before.last == "du" || before == ["de", "la"]
    }

    /// Whether a country's adjective starts at token `index` ("algérien", "qatari").
    func isDemonym(_ sentence: Sentence, _ index: Int) -> Bool {
        guard sentence.range.contains(index) else { return false }
        return sentence.matches[index]?.contains { if case .demonym = $0.payload { return true } else { return false } } ?? false
    }

    /// Whether a compound adjective of two countries starts at token `index` ("algéro-chinois").
    func isCompoundAdjective(_ sentence: Sentence, _ index: Int) -> Bool {
        guard sentence.range.contains(index) else { return false }
        return sentence.matches[index]?.contains { if case .countryPrefix = $0.payload { return true } else { return false } } ?? false
    }

    /// "…, de l'Urbanisme et de la Ville": whether the comma at `index` goes on with the name
    /// opened at `first`: the name is capitalised, "de", "du", "des" or "d'" follows the comma,
    /// and a capitalised word follows that (after an article).
    func continuesAfterComma(_ sentence: Sentence, _ index: Int, head: Lexicon.Head, first: Int) -> Bool {
        guard sentence.tokens[first].capitalized, sentence.key(index + 1, isOneOf: ["de", "du", "des", "d"]) else { return false }
        // "Conseil mexicain du commerce extérieur, de l'investissement et de la technologie (COMCE)":
        // the acronym the whole name defines closes it.
        if acronymCloses(sentence, after: index, reach: 12) { return true }
        var next = index + 2
        while sentence.key(next, isOneOf: ["la", "le", "les", "l", "'"]) { next += 1 }
        guard sentence.range.contains(next), sentence.tokens[next].capitalized else { return false }
        if head.type == .ministry { return true }
        // "Haute Autorité de la Transparence, de la Prévention et de la Lutte contre la
        // Corruption": another body's head names a list of capitalised domains the same way
        // when the word before the comma is capitalised, the word after it heads no body (a list
        // of bodies: "l'Office de la Pêche, de l'Agence …") and an "et de" closes the list.
        guard sentence.tokens[index - 1].capitalized, !isHeadWord(sentence, next) else { return false }
        return (next + 1..<min(next + 8, sentence.range.upperBound)).contains { position in
            sentence.key(position, is: "et") && sentence.key(position + 1, isOneOf: ["de", "du", "des", "d"])
        }
    }

    /// Whether an organisation head of the lexicon starts at token `index`.
    func isHeadWord(_ sentence: Sentence, _ index: Int) -> Bool {
        guard sentence.range.contains(index) else { return false }
        return sentence.matches[index]?.contains { if case .head = $0.payload { return true } else { return false } } ?? false
    }

    /// Whether a lexicon or KB sector starts at token `index`.
    func isSectorWord(_ sentence: Sentence, _ index: Int) -> Bool {
        guard sentence.range.contains(index) else { return false }
        return sentence.matches[index]?.contains {
            switch $0.payload {
            case .sector, .knownSector: return true
            default: return false
            }
        } ?? false
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
