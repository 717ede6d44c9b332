import CoopModel

/// Acronym definitions with no head word the lexicon knows: "Mécanisme Africain d'Evaluation par
/// les Pairs (MAEP)", "Nouveau Partenariat pour le Développement de l'Afrique (NPDA)". The words
/// before the brackets whose initials spell the acronym are the body's name. Names in another
/// language too: "National Research Foundation of Korea (NRF)", "Nigerian National Petroleum
/// Company Limited (NNPC)", with a country or a company form after the spelt words.
extension DocumentExtraction {
    /// Words an acronym's initials skip (French, and the small words of English, German, Italian,
    /// Spanish and Portuguese names: "Consiglio Nazionale delle Ricerche (CNR)").
    static let initialsSkipped: Set<String> = [
        "de", "du", "des", "la", "le", "les", "l", "d", "'", "et", "pour", "à", "au", "aux", "en", "sur", "par", "contre", "dans",
        "of", "for", "and", "the", "fur", "und",
        "di", "del", "della", "delle", "dello", "dei", "degli", "e", "per", "y", "los", "las", "do", "da", "dos", "das",
    ]
    /// Nouns of texts whose acronyms name no body.
    static let documentNouns: CueSet = ["reglement", "code", "loi", "decret", "norme", "normes", "charte", "guide", "manuel", "referentiel"]
    /// Nouns of events whose acronyms name no body ("Journées cinématographiques de Carthage (JCC)").
    static let eventNouns: CueSet = ["journees", "festival", "semaine", "salon", "foire", "rencontres", "jeux", "sommet", "colloque", "symposium"]

    /// Words that may end a name after the words its acronym spells ("… of Korea", "… Limited").
    static let unspeltTail: CueSet = ["of", "limited", "ltd", "inc", "gmbh", "ag", "sa", "plc", "corporation"]

    /// Proposes a body for each "(SIGLE)" of `sentence` not yet part of a mention whose initials
    /// are spelt by the words right before it.
    mutating func findInitialsDefinitions(_ sentence: inout Sentence) {
        var index = sentence.range.lowerBound + 1
        while index + 2 < sentence.range.upperBound {
            defer { index += 1 }
            // The word before the brackets is free, or a country ending a foreign name ("of Korea").
            // (The kind read in place: `sentence.tokens[index]` retained and released the token
            // array at every token of the text.)
            guard sentence.kind(index) == .punct, sentence.key(index, is: "("),
                !sentence.consumed.contains(index - 1)
                    || sentence.isInCountryMention(index - 1),
                let (acronym, end) = acronymSpan(sentence, index), let first = initialsStart(sentence, acronym: acronym, before: index),
                // "Règlement parasismique algérien (RPA)", "Code des investissements (CI)": a text, not a body.
                !sentence.key(first, in: Self.documentNouns)
            else { continue }
            // "les 36es Journées cinématographiques de Carthage (JCC)": an event's acronym.
            if sentence.key(first, in: Self.eventNouns) {
                eventAcronyms.insert(acronym)
                continue
            }
            let international = Self.isInternational(sentence, headEnd: first + 1, end: index, vocabulary: vocabulary)
            // The acronym was just read bare inside the brackets: this definition replaces it.
            if let bare = acronyms[acronym], unresolvedAcronymCounts[bare] != nil {
                store.removeEntities { $0.entity.id == bare }
                acronyms[acronym] = nil
                unresolvedAcronymCounts[bare] = nil
            }
            let id = addInstitution(
                name: sentence.line.text(tokens: first, index - 1), type: international ? .organisation : .agency,
                kind: international ? "intergovernmental" : "other", acronym: acronym, nameTokens: first..<index, sentence: sentence,
                span: first..<end, confidence: 0.8, rule: "org.acronym-initials", side: international ? nil : appositionCountry(sentence, after: end))
            // "Centre de recherche en astronomie, astrophysique et géophysique (CRAAG)", then "le
            // Centre": a name opening on a head is that head's body for the short form.
            if !id.rawValue.isEmpty, sentence.matches[first]?.contains(where: { if case .head = $0.payload { true } else { false } }) == true {
                namedByHead[sentence.key(first)] = (id, .institution)
            }
            let mention = Mention(kind: .institution, id: id, first: first, end: end)
            // A body read from the name's first words alone, on this line only, was this one.
            let line = sentence.lineNumber
            for inner in sentence.mentions where inner.kind == .institution && inner.first >= first && inner.end <= end && inner.id != id {
                store.removeEntities { $0.entity.id == inner.id && !$0.review.existing && $0.review.evidence.allSatisfy { $0.line == line } }
            }
            // The adjectives read inside the name are part of it now.
            sentence.mentions.removeAll { $0.first >= first && $0.end <= end }
            let position = sentence.mentions.firstIndex { $0.first > first } ?? sentence.mentions.count
            sentence.mentions.insert(mention, at: position)
            for covered in first..<end { sentence.consumed.insert(covered) }
        }
    }

    /// The first token of the words before `paren` whose initials spell `acronym` (letters only,
    /// case and accents ignored; skipped words may stand between), capitalised, none yet part
    /// of a mention; nil when they do not spell it.
    private func initialsStart(_ sentence: Sentence, acronym: String, before paren: Int) -> Int? {
        let letters = Array(Folding.fold(acronym).unicodeScalars.filter { $0.properties.isAlphabetic })
        guard letters.count >= 2 else { return nil }
        if let start = initialsStart(sentence, letters, from: paren - 1, paren: paren) { return start }
        if let start = looseInitialsStart(sentence, letters, paren: paren) { return start }
        // "… Foundation of Korea (NRF)", "… Company Limited (NNPC)": up to three words after the
        // spelt ones, each a country or a word of `unspeltTail`.
        var tailStart = paren - 1
        while paren - tailStart <= 3, sentence.range.contains(tailStart) {
            guard sentence.isInCountryMention(tailStart) || sentence.key(tailStart, in: Self.unspeltTail) else { return nil }
            if let start = initialsStart(sentence, letters, from: tailStart - 1, paren: paren) { return start }
            tailStart -= 1
        }
        return nil
    }

    /// The first token of the words ending at `last` whose initials spell `letters`, or nil.
    /// "Centre national d'études, d'information et de documentation sur la famille, la femme et
    /// l'enfance (CNEIDFFE)": commas may stand between the spelt words, and a body already read
    /// from the run's first words ("Centre national d'études") is part of the whole name.
    private func initialsStart(_ sentence: Sentence, _ letters: [Unicode.Scalar], from last: Int, paren: Int) -> Int? {
        var remaining = letters.count
        var index = last
        // The first token of the body mentions the run passes through (each must lie inside it).
        var bodyStart = Int.max
        while index >= sentence.range.lowerBound, paren - index <= 28 {
            let token = sentence.tokens[index]
            // A word already read as a place or country adjective ("Maghrébin", "Nigerian") may be
            // an initial; so may a one-word country name opening a company's name ("China Great
            // Wall Industry Corporation (CGWIC)").
            if sentence.consumed.contains(index) && !sentence.mentions.contains(where: {
                // ("Geoscience Australia (GA)": the country may be the last word spelt too.)
                ($0.kind == .place || $0.kind == .country) && ($0.adjective || $0.end - $0.first == 1 && $0.first <= last)
                    && $0.first <= index && index < $0.end
            }) {
                guard let body = sentence.mentions.first(where: { $0.kind == .institution && $0.first <= index && index < $0.end && $0.end < paren })
                else { return nil }
                bodyStart = min(bodyStart, body.first)
            }
            if token.kind == .punct {
                // Commas only between spelt words, past the first one.
                guard sentence.key(index, is: ","), remaining < letters.count else { return nil }
                index -= 1
                continue
            }
            if token.kind == .number { return nil }
            if token.kind == .word && !Self.initialsSkipped.contains(token.key) {
                guard let initial = token.key.unicodeScalars.first, initial == letters[remaining - 1] else { return nil }
                remaining -= 1
                if remaining == 0 { return token.capitalized && bodyStart >= index ? index : nil }
            }
            index -= 1
        }
        return nil
    }

    /// "Council for Geoscience (CGS)": a name whose last letters come from inside a word. The
    /// capitalised words right before the brackets (small words between them), none part of a
    /// mention, when their initials are the acronym's first letter and then others of its
    /// letters in order, and they are at least two and miss at most one letter.
    private func looseInitialsStart(_ sentence: Sentence, _ letters: [Unicode.Scalar], paren: Int) -> Int? {
        var words: [(index: Int, initial: Unicode.Scalar)] = []
        var index = paren - 1
        while index >= sentence.range.lowerBound, paren - index <= 10 {
            let token = sentence.tokens[index]
            if sentence.consumed.contains(index) || token.kind != .word && token.kind != .apostrophe || token.allCaps { break }
            if !Self.initialsSkipped.contains(token.key) {
                guard token.capitalized, let initial = token.key.unicodeScalars.first else { break }
                words.append((index, initial))
            }
            index -= 1
        }
        // The longest run ending at the brackets whose initials fit (words were read backwards).
        var count = words.count
        while count >= 2 {
            let initials = words[0..<count].reversed().map(\.initial)
            if initials.count >= letters.count - 1, initials.count <= letters.count, initials.first == letters.first {
                var position = 0
                var fits = true
                for initial in initials {
                    while position < letters.count, letters[position] != initial { position += 1 }
                    if position == letters.count { fits = false; break }
                    position += 1
                }
                if fits { return words[count - 1].index }
            }
            count -= 1
        }
        return nil
    }

    /// Nouns that open an apposition describing a body ("organisme public sud-africain").
    static let appositionNouns: CueSet = [
        "organisme", "etablissement", "institution", "operateur", "fournisseur", "societe", "entreprise", "agence", "organisation",
        "filiale", "compagnie", "groupe", "centre", "institut", "office", "autorite", "ecole", "universite", "fondation",
        "association", "constructeur", "banque", "fonds", "laboratoire", "chaine", "radio", "television", "journal", "quotidien",
    ]

    /// "le Council for Geoscience (CGS), organisme public sud-africain": the country of the
    /// nationality adjective in an apposition right after a body (a comma, then at most four
    /// lower-case words before it).
    func appositionCountry(_ sentence: Sentence, after end: Int) -> EntityID? {
        guard sentence.key(end, is: ","), sentence.key(end + 1, in: Self.appositionNouns) else { return nil }
        var index = end + 1
        while index < sentence.range.upperBound, index <= end + 5 {
            let token = sentence.tokens[index]
            for match in sentence.matches[index] ?? [] {
                if case .demonym(let country) = match.payload { return country }
            }
            guard token.kind == .word, !token.capitalized else { return nil }
            index += 1
        }
        return nil
    }
}
