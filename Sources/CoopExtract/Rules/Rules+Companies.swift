import CoopModel

/// Companies named after a common noun and a demonym: "la compagnie indienne ONGC Videsh",
/// "le groupe italien ENI", "la société française Alstom".
extension DocumentExtraction {
    /// The company whose common noun (`company_nouns` of organisation-heads.yaml) is at `index`,
    /// followed by a demonym and one to four capitalised words; nil otherwise.
    mutating func companyName(_ sentence: Sentence, at index: Int) -> Mention? {
        let tokens = sentence.tokens
        // Tried at every token: one probe of the word-class table before anything else.
        guard !tokens[index].capitalized, vocabulary.wordClasses.classes(of: tokens[index]).contains(.companyNoun) else { return nil }
        // "la compagnie indienne ONGC Videsh": the demonym gives the country; "la société Algérie
        // Télécom": a country opening a name of two words or more gives it.
        // "la compagnie nationale algérienne Sonatrach": a qualifier may come before the demonym.
        let afterNoun = Self.afterCompanyNoun(sentence, index + 1)
        let demonym = sentence.matches[afterNoun]?.first(where: { if case .demonym = $0.payload { return true } else { return false } })
        var country: EntityID?
        if let demonym, case .demonym(let id) = demonym.payload { country = id }
        let start = demonym?.end ?? index + 1
        if demonym == nil && afterNoun != index + 1 { return nil }
        var end = start
        while end < sentence.range.upperBound, end - start < 4, tokens[end].kind == .word, tokens[end].capitalized {
            let found = sentence.matches[end] ?? []
            if demonym == nil, end == start, let match = found.first(where: { if case .country = $0.payload { return true } else { return false } }),
                case .country(let id) = match.payload, match.end < sentence.range.upperBound, tokens[match.end].capitalized
            {
                country = id
                end = match.end
                continue
            }
            guard !found.contains(where: {
                switch $0.payload {
                case .head, .country, .place, .agreement, .month: return true
                default: return false
                }
            }) else { break }
            end += 1
            // "Rashtriya Chemicals and Fertilizers (RCF)": an English connector goes on with the
            // capitalised word after it.
            if end + 1 < sentence.range.upperBound, tokens[end].kind == .word, Self.englishConnectors.contains(tokens[end]),
                tokens[end + 1].kind == .word, tokens[end + 1].capitalized
            {
                end += 1
            }
            // "la société coréenne K-water": a hyphen touching the words on both sides joins them.
            while end + 1 < sentence.range.upperBound, tokens[end].kind == .hyphen, tokens[end].byteStart == tokens[end - 1].byteEnd,
                tokens[end + 1].kind == .word, tokens[end + 1].byteStart == tokens[end].byteEnd
            {
                end += 2
            }
        }
        // "K-water (…), société publique coréenne de gestion de l'eau": the name before the comma.
        // "…, et Doosan Enerbility, constructeur de la centrale …": with no demonym, the company
        // of a report on one foreign country is of that country.
        // "Cinecittà, la société publique italienne de …": an article may come after the comma.
        if end == start, let run = appositionName(sentence, comma: Self.commaBeforeArticle(sentence, index - 1)),
            let country = country ?? (demonym == nil && afterNoun == index + 1 ? foreignCountryAround(sentence) : nil)
        {
            let id = addInstitution(
                name: sentence.line.text(tokens: run.lowerBound, run.upperBound - 1), type: .agency, kind: "company",
                acronym: bracketedAcronym(sentence, before: index - 1),
                nameTokens: run, sentence: sentence, span: run.lowerBound..<start, confidence: 0.6, rule: "org.company.apposition",
                country: country)
            store.add(Relation(type: .underAuthorityOf, from: id, to: country), symmetric: false, confidence: 0.6,
                      rule: "org.company-country", evidence: evidence(sentence, run.lowerBound, start))
            return Mention(kind: .institution, id: id, first: run.lowerBound, end: start)
        }
        guard end > start else { return nil }
        // "le groupe Saidal et le groupe cubain BioCubaFarma ont signé …": a company of no stated
        // country, named by one word after "le groupe", "la société", when a company of a named
        // country or a body joins it ("et", "avec") in the same sentence.
        guard let country else {
            // "la société Kaya Otomotiv": two capitalised words or more after "la société" name one.
            // "Partenaire : société Rafako, spécialisée …": the value of a field is named, one word will do.
            let fieldValue = sentence.key(index - 1, is: ":")
            guard ClosedWords.isDefiniteArticle(sentence.key(index - 1)) || fieldValue,
                end - start >= 2 || end - start == 1 && (fieldValue || joinsACompanyOrBody(sentence, after: end))
            else { return nil }
            let id = addInstitution(
                name: sentence.line.text(tokens: start, end - 1), type: .agency, kind: "company", acronym: nil, nameTokens: start..<end,
                sentence: sentence, span: index..<end, confidence: 0.55, rule: "org.company.unplaced")
            return Mention(kind: .institution, id: id, first: index, end: end)
        }
        // A name of one word needs the demonym ("la société Sonatrach" alone is too weak).
        guard demonym != nil || end - start >= 2 else { return nil }
        let evidence = evidence(sentence, index, end)
        // "la société publique indienne Rashtriya Chemicals and Fertilizers (RCF)": the acronym the name defines.
        let acronym = end < sentence.range.upperBound && sentence.key(end, is: "(") ? acronymSpan(sentence, end) : nil
        let id = addInstitution(
            name: sentence.line.text(tokens: start, end - 1), type: .agency, kind: "company", acronym: acronym?.text, nameTokens: start..<end,
            sentence: sentence, span: index..<(acronym?.end ?? end), confidence: 0.7, rule: "org.company", country: country)
        addCountry(country, evidence: evidence, confidence: 0.6, rule: "country.company")
        store.add(Relation(type: .underAuthorityOf, from: id, to: country), symmetric: false, confidence: 0.6,
                  rule: "org.company-country", evidence: evidence)
        return Mention(kind: .institution, id: id, first: index, end: end)
    }

    /// The token before a definite article ending at `last` ("la", "le", "l'"), else `last`.
    static func commaBeforeArticle(_ sentence: Sentence, _ last: Int) -> Int {
        if sentence.key(last, isOneOf: ["la", "le"]) { return last - 1 }
        if sentence.key(last, is: "'"), sentence.key(last - 1, is: "l") { return last - 2 }
        return last
    }

    /// Whether "et" or "avec" right after token `end` goes on with another company noun and a
    /// demonym ("… et le groupe cubain BioCubaFarma").
    private func joinsACompanyOrBody(_ sentence: Sentence, after end: Int) -> Bool {
        guard sentence.key(end, is: "et") || sentence.key(end, is: "avec") else { return false }
        var next = end + 1
        while ClosedWords.isDefiniteArticle(sentence.key(next)) { next += 1 }
        guard sentence.range.contains(next + 1), vocabulary.wordClasses.classes(of: sentence.tokens[next]).contains(.companyNoun) else { return false }
        return isDemonym(sentence, Self.afterCompanyNoun(sentence, next + 1))
    }

    /// Past what may describe a company between its noun and its demonym: a qualifier ("la
    /// compagnie nationale algérienne"), or "de"/"d'" and one lower-case word ("la société
    /// d'ingénierie japonaise JGC Corporation", "le bureau d'études italien CESI"); `start` when none.
    static func afterCompanyNoun(_ sentence: Sentence, _ start: Int) -> Int {
        guard start < sentence.range.upperBound else { return start }
        if companyQualifiers.contains(sentence.tokens[start]) { return start + 1 }
        let word = sentence.key(start, is: "d") && sentence.key(start + 1, is: "'") ? start + 2 : sentence.key(start, is: "de") ? start + 1 : nil
        guard let word, word + 1 < sentence.range.upperBound, sentence.tokens[word].kind == .word, !sentence.tokens[word].capitalized,
            sentence.matches[word + 1]?.contains(where: { if case .demonym = $0.payload { true } else { false } }) == true
        else { return start }
        return word + 1
    }

    /// Adjectives between a company noun and its demonym.
    static let companyQualifiers: CueSet = [
        "nationale", "national", "publique", "public", "petroliere", "petrolier", "etatique", "gaziere", "gazier", "energetique",
        "minier", "miniere", "industriel", "industrielle", "chimique", "pharmaceutique", "agroalimentaire", "ferroviaire", "electrique",
        "prive", "privee", "naval", "navale", "automobile", "aeronautique", "aerospatial", "aerospatiale",
    ]

    /// Legal forms that end a company's name ("Daimler Truck AG", "Siemens Energy GmbH").
    static let legalForms: CueSet = [
        "ag", "gmbh", "spa", "ltd", "inc", "plc", "sas", "sarl", "llc", "corp", "nv", "bv", "asa", "oyj", "sa", "company", "corporation",
        "airways", "airlines",
    ]
    /// Legal forms written as words ("Hyundai Motor Company", "Occidental Petroleum Corporation"),
    /// and the words that end an airline's name ("Uzbekistan Airways", "Turkish Airlines").
    static let wordLegalForms: CueSet = ["gmbh", "company", "corporation", "airways", "airlines"]

    static let subsidiaryCue: CueSet = ["filiale"]

    /// "Texalg, filiale de GETEX", "Sipex, filiale de Sonatrach dédiée à …": one to four
    /// capitalised words that no rule reads, before ", filiale de", name a company, of the
    /// parent's country when the parent is a known body (its id's country prefix), else of the
    /// home country. (The parent's authority is read by the authority rules: "filiale" is one
    /// of their markers.)
    mutating func subsidiaryName(_ sentence: Sentence, at index: Int) -> Mention? {
        let tokens = sentence.tokens
        guard tokens[index].kind == .word,
            !(index > sentence.range.lowerBound && tokens[index - 1].kind == .word && tokens[index - 1].capitalized)
        else { return nil }
        var end = index
        while end < sentence.range.upperBound, end - index < 4, tokens[end].kind == .word, tokens[end].capitalized, sentence.matches[end] == nil {
            end += 1
        }
        guard end > index, sentence.key(end, is: ","), sentence.key(end + 1, is: "filiale"),
            sentence.key(end + 2, isOneOf: ["de", "du", "des", "d"])
        else { return nil }
        var parent = end + 3
        while sentence.range.contains(parent), ClosedWords.isDefiniteArticle(sentence.key(parent)) || sentence.key(parent, is: "'") { parent += 1 }
        let id = addInstitution(
            name: sentence.line.text(tokens: index, end - 1), type: .agency, kind: "company", acronym: nil, nameTokens: index..<end,
            sentence: sentence, span: index..<end, confidence: 0.6, rule: "org.company.subsidiary", country: parentCountry(sentence, at: parent))
        return Mention(kind: .institution, id: id, first: index, end: end)
    }

    /// The country of the known body whose name or acronym opens at `index`: the country
    /// prefix of its id ("fr.sncf": FR), nil when none is known there.
    private func parentCountry(_ sentence: Sentence, at index: Int) -> EntityID? {
        guard sentence.range.contains(index), let knowledge = vocabulary.knowledge else { return nil }
        for match in sentence.matches[index] ?? [] {
            let entityIndex: Int
            switch match.payload {
            case .entity(let found), .entityAcronym(let found): entityIndex = found
            default: continue
            }
            return Self.countryPrefix(knowledge.entity(at: entityIndex).id.rawValue).map(EntityID.init(rawValue:))
        }
        return nil
    }

    /// "Daimler Truck AG (Allemagne)": one to four capitalised words closed by a legal form
    /// written in capitals or as usual ("GmbH"); a country in brackets right after, or a
    /// demonym, gives its country.
    mutating func legalFormCompany(_ sentence: Sentence, at index: Int) -> Mention? {
        let tokens = sentence.tokens
        // Not from the middle of a capitalised name ("China National Nuclear Corporation (CNNC)":
        // the name and its acronym are read whole by the acronym rules).
        if index > sentence.range.lowerBound, tokens[index - 1].kind == .word, tokens[index - 1].capitalized { return nil }
        var end = index
        // "Uzbekistan Airways", "Saudi Arabian Airlines": a country opening the name is the company's.
        var countryInName: EntityID?
        while end < sentence.range.upperBound, end - index < 5, tokens[end].kind == .word, tokens[end].capitalized {
            if end > index, Self.legalForms.contains(tokens[end]) { break }
            if end == index, let match = sentence.matches[end]?.first(where: { if case .country = $0.payload { true } else { false } }),
                match.end == end + 1, case .country(let id) = match.payload
            {
                countryInName = id
                end += 1
                continue
            }
            if let found = sentence.matches[end], found.contains(where: {
                switch $0.payload {
                case .head, .country, .place, .agreement, .month: return true
                default: return false
                }
            }) { return nil }
            end += 1
        }
        guard end > index, end < sentence.range.upperBound, Self.legalForms.contains(tokens[end]), tokens[end].capitalized,
            tokens[end].allCaps || Self.wordLegalForms.contains(tokens[end]),
            !(sentence.key(end + 1, is: "(") && end + 2 < sentence.range.upperBound && tokens[end + 2].allCaps),
            // ("… Petroleum Company Limited (NNPC)", "State Oil Company of the Azerbaijan Republic
            // (SOCAR)": the name goes on.)
            !(end + 1 < sentence.range.upperBound && tokens[end + 1].kind == .word && tokens[end + 1].capitalized),
            !sentence.key(end + 1, isOneOf: ["of", "for"])
        else { return nil }
        guard countryInName == nil || end > index + 1 || Self.wordLegalForms.contains(tokens[end]) else { return nil }
        var country = countryInName
        if sentence.key(end + 1, is: "("), case let found = sentence.matches[end + 2] ?? [],
            let match = found.first(where: { if case .country = $0.payload { return true } else { return false } }),
            sentence.key(match.end, is: ")"), case .country(let id) = match.payload
        {
            country = id
        } else if let id = demonymCountry(sentence, end + 1) {
            country = id
        }
        let id = addInstitution(
            name: sentence.line.text(tokens: index, end), type: .agency, kind: "company", acronym: nil, nameTokens: index..<end + 1,
            sentence: sentence, span: index..<end + 1, confidence: 0.7, rule: "org.company.legal-form", country: country)
        if let country {
            let evidence = evidence(sentence, index, end + 1)
            addCountry(country, evidence: evidence, confidence: 0.6, rule: "country.company")
            store.add(Relation(type: .underAuthorityOf, from: id, to: country), symmetric: false, confidence: 0.6,
                      rule: "org.company-country", evidence: evidence)
        }
        return Mention(kind: .institution, id: id, first: index, end: end + 1)
    }
}
