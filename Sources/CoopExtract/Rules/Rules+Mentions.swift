import CoopModel

/// The first pass over a sentence: every country, institution, sector, place, agreement and event named.
extension DocumentExtraction {
    static let domainCues: CueSet = [
        "domaine", "domaines", "secteur", "secteurs", "matiere", "volet", "volets", "axes", "axe", "thematiques", "filiere", "filieres",
        // "S'agissant de la coopération policière, …"
        "agissant",
        // "elle couvre la supervision bancaire, les systèmes de paiement …"
        "couvre", "couvrent", "couvrira", "couvriront",
    ]
    static let countryArticles: Set<String> = ["le", "la", "les", "l", "du", "des", "de", "d", "en", "au", "aux", "'"]

    /// Finds the mentions of `sentence`, left to right, longest match first.
    mutating func findMentions(_ sentence: inout Sentence, domainContext: Bool) {
        sentence.domainContext = domainContext || sentence.contains(anyOf: Self.domainCues) || opensWithUmbrellaNoun(sentence)
        sentence.legalForm = sentence.contains(anyOf: Self.legalForms)
        sentence.subsidiary = sentence.contains(anyOf: Self.subsidiaryCue)
        let tokens = sentence.tokens
        let matches = sentence.matches
        // Taken out once per sentence: read through the vocabulary (a class) and a static at
        // every token, they were fetched again each time.
        let companyNouns = vocabulary.companyNounCues
        let demonstratives = Self.demonstratives
        var index = sentence.range.lowerBound
        while index < sentence.range.upperBound {
            guard mayOpenMention(tokens, matches, at: index, companyNouns: companyNouns, demonstratives: demonstratives) else {
                index += 1
                continue
            }
            if var mention = mention(&sentence, at: index) {
                // "l'agence TASS (Agence …)": a name in brackets reaches back to its acronym, which
                // may already end the mention before; the two never overlap (rules read the
                // tokens between consecutive mentions).
                // (The last mention's end read in place first: copying it retained its id, and
                // most mentions follow the last one.)
                if let last = sentence.mentions.indices.last, mention.first < sentence.mentions[last].end {
                    let previous = sentence.mentions[last]
                    guard mention.end > previous.end else {
                        index += 1
                        continue
                    }
                    if previous.first >= mention.first {
                        // "l'INTA argentin (Institut …)": the nationality read before is part of the definition.
                        sentence.mentions.removeLast()
                    } else if previous.kind == .institution, mention.kind == .institution, previous.first < mention.first {
                        // "l'agence TASS" was the acronym's body named by its head only: the
                        // definition replaces it (and its proposal, when nothing else named it).
                        sentence.mentions.removeLast()
                        if let candidate = store.entities[previous.id], !candidate.review.existing, candidate.review.evidence.count == 1,
                            previous.id != mention.id
                        {
                            store.removeEntities { $0.entity.id == previous.id }
                        }
                    } else {
                        mention.first = previous.end
                    }
                }
                // (Its tokens read first and the mention then moved into the list: read after
                // the append, it was copied into the list, its ids retained, and destroyed here.)
                let tokens = mention.first..<max(mention.end, mention.first + 1)
                index = max(mention.end, index + 1)
                sentence.mentions.append(consume mention)
                sentence.consumed.insert(tokens)
            } else {
                index += 1
            }
        }
        findInitialsDefinitions(&sentence)
        findCounterparts(&sentence)
        // The rules read the tokens between consecutive mentions (`a.end..<b.first`): the list is
        // kept in text order with no two mentions overlapping, whatever a rule inserted.
        var previousEnd = Int.min
        if sentence.mentions.contains(where: { mention in
            defer { previousEnd = mention.end }
            return mention.first < previousEnd
        }) {
            var kept: [Mention] = []
            for mention in sentence.mentions.sorted(by: { ($0.first, -$0.end) < ($1.first, -$1.end) })
                where kept.last.map({ $0.end <= mention.first }) ?? true
            {
                kept.append(mention)
            }
            sentence.mentions = kept
        }
    }

    /// Whether a mention may start at token `index`, by tests that cost a few instructions.
    ///
    /// Why: most tokens are lower-case words the gazetteer has nothing for, and there only "ce
    /// programme" and a company noun can open a mention (every other reading of `mention(_:at:)`
    /// needs a match or a capital); the full look-up cost a few hundred instructions a token.
    /// (The token read in place: `tokens[index]` handed to the word tests copied it, retaining
    /// and releasing its key, at every token of the text. A company noun is found by the
    /// token's hash, one bit test for most words: the probe of `WordClasses` compared the key
    /// of every frequent word, "de", "la", that has a class.)
    @inline(__always)
    func mayOpenMention(_ tokens: [Token], _ matches: MatchTable, at index: Int, companyNouns: CueSet, demonstratives: CueSet) -> Bool {
        tokens.withUnsafeBufferPointer { tokens in
            tokens[index].capitalized || matches.hasMatches(at: index)
                || lastProgramme != nil && demonstratives.contains(tokens[index])
                || companyNouns.contains(tokens[index])
        }
    }

    /// The mention starting at token `index`, if any (`findMentions` asks `mayOpenMention` first).
    mutating func mention(_ sentence: inout Sentence, at index: Int) -> Mention? {
        let tokens = sentence.tokens
        var found = sentence.matches[index] ?? []
        // Matches come longest first; the first that reads as a mention wins, so only the winner
        // is proposed (a shorter phrase inside it is not).
        var best: Mention?
        func consider(_ candidate: Mention?) {
            if best == nil { best = candidate }
        }
        // Each reading below is tried only where its first test can pass, since a call hands a
        // copy of the sentence over.
        // The token's two flags read in place: copying the token retained and released its key.
        let (capitalized, allCaps) = sentence.line.tokens.withUnsafeBufferPointer { ($0[index].capitalized, $0[index].allCaps) }
        if sentence.domainContext {
            // ("le tramway de Mostaganem": a facility head and a town after it name a project.)
            // (Read only where two terms match: a head and a sector word.)
            let facility = found.count > 1 && Self.facilityBeforeTown(sentence, found, index, vocabulary)
            Self.tryHeadBeforeSector(&found, when: capitalized && Self.ofCapitalized(sentence, index + 1) || Self.countedBefore(sentence, index) || facility)
        }
        if lastProgramme != nil && sentence.key(index, in: Self.demonstratives), let anaphor = demonstrativeProgramme(sentence, at: index) {
            return anaphor
        }
        if capitalized, !shortForms.isEmpty, let short = shortFormMention(sentence, at: index) { return short }
        if !capitalized, let company = companyName(sentence, at: index) {
            rememberCompany(sentence, company)
            return company
        }
        // "ONU Femmes", "DP World Djazair": capitals and unknown capitalised words are one name.
        if allCaps, let named = acronymLedName(sentence, at: index) { return named }
        if sentence.subsidiary, capitalized, let company = subsidiaryName(sentence, at: index) {
            rememberCompany(sentence, company)
            return company
        }
        if sentence.legalForm, capitalized, let company = legalFormCompany(sentence, at: index) {
            rememberCompany(sentence, company)
            return company
        }
        // "le Centre de recherche sur le désert (DRC)", then "le DRC": an acronym the document
        // defined for a body names that body, not the country the KB gives the same letters.
        let definedAcronym = allCaps && Self.holdsOneWordCountry(found, endingAt: index + 1) && acronyms[sentence.line.text(tokens: index, index)] != nil
        for match in found where best == nil && !definedAcronym {
            switch match.payload {
            case .country(let id):
                if Self.followsLandformNoun(sentence, index) { continue }
                consider(country(sentence, id, index, match.end, rule: "country.name", confidence: 0.95))
            case .countryAcronym(let id) where tokens[index].allCaps:
                consider(country(sentence, id, index, match.end, rule: "country.acronym", confidence: 0.8))
            case .countryPrefix(let first):
                let next = match.end < sentence.range.upperBound && tokens[match.end].kind == .hyphen ? match.end + 1 : match.end
                for other in sentence.matches[next] ?? [] {
                    if case .demonym(let second) = other.payload, second != first {
                        var mention = country(sentence, first, index, other.end, rule: "country.compound", confidence: 0.85)
                        mention.pairedWith = second
                        notePartnerPair(first, second)
                        addCountry(second, evidence: evidence(sentence, index, other.end), confidence: 0.85, rule: "country.compound")
                        consider(mention)
                    }
                }
            case .demonym(let id):
                var mention = country(sentence, id, index, match.end, rule: "country.adjective", confidence: 0.7)
                // "la République italienne", "le Royaume hachémite …": a formal state name, not a qualifier.
                mention.adjective = !(index > sentence.range.lowerBound && sentence.tokens[index - 1].capitalized
                    && sentence.key(index - 1, in: Self.formalStateWords))
                consider(mention)
            case .entity(let entityIndex):
                consider(knownEntity(sentence, entityIndex, index, match.end))
            case .entityAcronym(let entityIndex) where tokens[index].allCaps:
                consider(knownEntity(sentence, entityIndex, index, match.end))
            case .head(let headIndex):
                consider(institutionName(sentence, head: vocabulary.lexicon.heads[headIndex], first: index, headEnd: match.end))
            case .agreement(let kind):
                consider(agreement(&sentence, kind: kind, first: index, kindEnd: match.end))
            case .event(let eventIndex):
                // "des sessions de formation": training, not a joint body's session.
                if Self.isTrainingSession(sentence, index, match.end) {
                    // "une session de formation a été organisée à Alger, du 8 au 19 septembre 2025":
                    // one session, dated in the words after it, is an event of its own.
                    guard tokens[index].key == "session", let nameEnd = trainingSessionEnd(sentence, after: match.end) else { continue }
                    sentence.events.append(EventDraft(lexiconIndex: eventIndex, name: sentence.line.text(tokens: index, nameEnd - 1), kind: "other"))
                    consider(Mention(kind: .event, id: "", first: index, end: nameEnd, draft: sentence.events.count - 1))
                    continue
                }
                // "signé en marge de la session", "lors de la visite": the event the document
                // told, no new one.
                if toldEvent(sentence) != nil, Self.refersToToldEvent(sentence, index, match.end) { continue }
                if Self.namesAVenue(sentence, index) { continue }
                // "il a visité l'usine …": a participle after its auxiliary, no event.
                if sentence.key(index - 1, in: Self.auxiliaries) { continue }
                // "… effectuera une visite au Japon. Cette visite devrait …": a demonstrative names the
                // event just told again, not a new one.
                if sentence.key(index - 1, in: Self.demonstratives), let lastEvent, lastEvent.line >= sentence.lineNumber - 1 { continue }
                // "accueille chaque année en stage une vingtaine de pharmaciens": a state, not one
                // stage held once ("ont suivi à Pékin, en mai 2023, un stage de …").
                if sentence.key(index, in: Self.placementWords), sentence.key(index - 1, is: "en") { continue }
                // "la 55e édition de la FIA": an edition of an event named by its acronym alone is that event.
                if tokens[index].key == "edition", let acronym = editionAcronym(sentence, after: match.end) {
                    sentence.events.append(EventDraft(lexiconIndex: eventIndex, name: sentence.line.text(tokens: index, acronym)))
                    consider(Mention(kind: .event, id: "", first: index, end: acronym + 1, draft: sentence.events.count - 1))
                    continue
                }
                // "la 19e édition des Jeux méditerranéens": the event is what follows.
                if tokens[index].key == "edition", sentence.key(match.end, isOneOf: ["de", "des", "du", "d"]) { continue }
                // "la lutte contre les feux de forêt", "simulation d'un séisme": a hazard as a topic is no event.
                if vocabulary.lexicon.events[eventIndex].hazard != nil && hazardAsTopic(sentence, at: index) { continue }
                // "Forum intergouvernemental sur … (IGF)", "Sommet Amérique du Sud-Pays arabes
                // (ASPA)": a capitalised event word whose name defines an acronym names a body.
                // (Not a fair or games: "Salon international du tourisme de Madrid (FITUR)" is held.)
                if tokens[index].capitalized, Self.bodyEventWords.contains(tokens[index].key),
                    let bracket = acronymBracket(sentence, after: match.end), let acronym = acronymSpan(sentence, bracket),
                    !(acronym.end..<min(sentence.range.upperBound, acronym.end + 5)).contains(where: { position in
                        sentence.dates.contains { $0.first == position }
                    })
                {
                    let national = countryNamed(sentence, index..<bracket) != nil
                    let id = addInstitution(
                        name: sentence.line.text(tokens: index, bracket - 1), type: national ? .agency : .organisation,
                        kind: national ? "other" : "intergovernmental", acronym: acronym.text, nameTokens: index..<bracket,
                        sentence: sentence, span: index..<acronym.end, confidence: 0.8, rule: "org.event-word-acronym")
                    consider(Mention(kind: .institution, id: id, first: index, end: acronym.end))
                    continue
                }
                if let session = namedSession(sentence, at: index, wordEnd: match.end) {
                    sentence.events.append(EventDraft(lexiconIndex: eventIndex, name: session.name, kind: session.kind))
                    consider(Mention(kind: .event, id: "", first: index, end: session.end, draft: sentence.events.count - 1))
                    continue
                }
                // "la conférence Investing in African Mining Indaba": a proper name after the word is the event's.
                let end = eventProperName(sentence, after: match.end) ?? match.end
                // "la Baku Energy Week": a capitalised event word may end its name (English word
                // order); the capitalised words before it are in the name.
                let start = tokens[index].capitalized ? capitalisedEventStart(sentence, index) : index
                let name = sentence.line.text(tokens: start, end - 1)
                sentence.events.append(EventDraft(lexiconIndex: eventIndex, name: name))
                consider(Mention(kind: .event, id: "", first: start, end: end, draft: sentence.events.count - 1))
            case .place(let placeIndex):
                if Self.namesAStandard(sentence, after: match.end) { continue }
                consider(knownPlace(sentence, placeIndex, index, match.end))
            case .knownBody(let bodyIndex):
                consider(knownBody(sentence, bodyIndex, index, match.end))
            case .placeAdjective(let placeIndex):
                // Named by its adjective, a region qualifies something; it is never where an event was held.
                var mention = knownPlace(sentence, placeIndex, index, match.end, rule: "place.adjective", confidence: 0.6)
                mention.adjective = true
                consider(mention)
            // "l'Administration nationale de la radio … (NRTA)": a capitalised head word whose name
            // runs to the acronym it defines names a body, not a sector.
            // "- un forum d'affaires a été organisé …": an event word opening a sector's phrase
            // names the event (its sector is read from its words).
            case .sector(let sectorIndex) where sentence.domainContext && !(tokens[index].capitalized
                && found.contains(where: { if case .head = $0.payload { true } else { false } }) && acronymCloses(sentence, after: index, reach: 16))
                && !found.contains(where: { if case .event = $0.payload { true } else { false } }) && !Self.namesAnotherSense(sentence, index)
                && !Self.participleFoldedIntoForm(sentence, sectorIndex, match.end, vocabulary):
                consider(sector(sentence, sectorIndex, index, match.end))
            // A one-word KB sector name ("travail", "santé") is a sector only where a cue says
            // it is a domain: "une visite de travail" is no labour cooperation.
            case .knownSector(let entityIndex) where (match.end - index > 1 || sentence.domainContext) && !Self.namesAnotherSense(sentence, index):
                if let entity = vocabulary.knowledge?.entity(at: entityIndex) {
                    store.add(Entity(id: entity.id, type: .sector, names: entity.names), confidence: 0.8, rule: "sector.known-name",
                              existing: true, evidence: evidence(sentence, index, match.end))
                    consider(Mention(kind: .sector, id: entity.id, first: index, end: match.end))
                }
            default:
                continue
            }
        }
        if best == nil && allCaps { best = bareAcronym(sentence, at: index) }
        if best == nil && capitalized && !companyNames.isEmpty { best = repeatedCompany(sentence, at: index) }
        if best == nil && capitalized && !allCaps && found.isEmpty { best = unknownPlace(sentence, at: index) }
        return best
    }

    /// Whether `found` holds a country, by name or acronym, of one token ending at `end`.
    private static func holdsOneWordCountry(_ found: ArraySlice<(end: Int, payload: Term)>, endingAt end: Int) -> Bool {
        found.contains { match in
            switch match.payload {
            case .country, .countryAcronym: match.end == end
            default: false
            }
        }
    }

    /// "- L'Université d'Oran accorde …", "- … accorde une quarantaine de bourses d'études …": on a
    /// bullet or a heading, where sector words count, a word that is both a sector's form and a
    /// body's or a programme's head is read as the head first when it is capitalised and followed
    /// by "de" and a capitalised word, or counted,
    /// so a body or a grant named by it wins; the sector is read when no name follows ("des
    /// bourses d'études et des projets de recherche" stays a field).
    static func tryHeadBeforeSector(_ found: inout ArraySlice<(end: Int, payload: Term)>, when condition: @autoclosure () -> Bool) {
        guard let sector = found.firstIndex(where: { if case .sector = $0.payload { true } else { false } }),
            let head = found[sector...].firstIndex(where: { if case .head = $0.payload { true } else { false } }), condition()
        else { return }
        found.swapAt(sector, head)
    }

    /// Whether "de", "d'" or "du" at token `index` is followed by a capitalised word.
    static func ofCapitalized(_ sentence: Sentence, _ index: Int) -> Bool { capitalisedAfterOf(sentence, index) != nil }

    /// The capitalised word after "de", "d'" or "du" at token `index`, or nil.
    static func capitalisedAfterOf(_ sentence: Sentence, _ index: Int) -> Int? {
        guard sentence.key(index, isOneOf: ["de", "d", "du"]) else { return nil }
        let next = sentence.key(index + 1, is: "'") ? index + 2 : index + 1
        return sentence.range.contains(next) && sentence.tokens[next].capitalized ? next : nil
    }

    /// Whether a number ("40", "cinq") or a rough number ("une quarantaine de") stands right before token `index`.
    static func countedBefore(_ sentence: Sentence, _ index: Int) -> Bool {
        guard index > sentence.range.lowerBound else { return false }
        if sentence.tokens[index - 1].kind == .number || numberWords[sentence.key(index - 1)] != nil { return true }
        let of = sentence.key(index - 1, is: "'") ? index - 2 : index - 1
        return sentence.key(of, isOneOf: ["de", "d"]) && sentence.key(of - 1, in: roughNumbers)
    }

    /// The first of the capitalised words right before token `index` (four at most, none part of
    /// a mention, the sentence's first word excluded), or `index`.
    func capitalisedEventStart(_ sentence: Sentence, _ index: Int) -> Int {
        var start = index
        while start - 1 > sentence.range.lowerBound, index - start < 4, sentence.tokens[start - 1].kind == .word,
            sentence.tokens[start - 1].capitalized, !sentence.consumed.contains(start - 1)
        {
            start -= 1
        }
        return start
    }

    /// "une visite de travail", "une séance de travail": "travail" after a meeting's noun says
    /// how it was held, not labour cooperation, even on a bullet or a heading.
    static func isWorkingMeeting(_ sentence: Sentence, _ index: Int) -> Bool {
        sentence.key(index, is: "travail") && sentence.key(index - 1, is: "de") && sentence.key(index - 2, in: meetingNouns)
    }

    static let meetingNouns: CueSet = [
        "visite", "visites", "seance", "seances", "reunion", "reunions", "groupe", "groupes", "session", "sessions", "dejeuner",
        "mission", "missions", "voyage", "sejour", "rencontre", "rencontres", "journee", "journees",
    ]

    /// Event words that name a state after a bare "en" ("en stage").
    private static let placementWords: CueSet = ["stage"]

    /// Whether `key` is a demonstrative ("ce", "cet", "cette").
    @inline(__always)
    static func isDemonstrative(_ key: String) -> Bool { key == "ce" || key == "cet" || key == "cette" }

    /// The demonstratives, to test a token by its hash before its key.
    static let demonstratives: CueSet = ["ce", "cet", "cette"]

    /// "ce programme", "ce projet": the programme named last, on this line or the one before.
    private func demonstrativeProgramme(_ sentence: Sentence, at index: Int) -> Mention? {
        // Tried at every token: the cheap tests first, and the three words compared directly
        // rather than hashed into a set.
        guard let (id, line) = lastProgramme, sentence.lineNumber - line <= 1, Self.isDemonstrative(sentence.key(index)),
            let head = sentence.matches[index + 1]?.first(where: {
                if case .head(let headIndex) = $0.payload { return vocabulary.lexicon.heads[headIndex].type == .programme }
                return false
            }), head.end <= sentence.range.upperBound
        else { return nil }
        return Mention(kind: .programme, id: id, first: index, end: head.end, anaphoric: true)
    }

    /// A country mention; a parenthesised other name of the same country is part of it.
    private mutating func country(_ sentence: Sentence, _ id: EntityID, _ first: Int, _ end: Int, rule: String, confidence: Double) -> Mention {
        var stop = end
        if sentence.key(end, is: "(") {
            for match in sentence.matches[end + 1] ?? [] {
                if case .country(let other) = match.payload, other == id, sentence.key(match.end, is: ")") {
                    stop = match.end + 1
                }
            }
        }
        // By its name, the form is an alias when new: decided by its words, its text cut only then.
        let number = countryNumber(id)
        let isNew = rule == "country.name" && countryNames.isNewAlias(sentence.line, first..<end, of: number, id: id, in: vocabulary)
        addCountry(number, id, newAlias: isNew ? sentence.line.text(tokens: first, end - 1) : nil, evidence: evidence(sentence, first, end),
                   confidence: confidence, rule: rule)
        return Mention(kind: .country, id: id, first: first, end: stop)
    }

    /// The number of country `id` in `countryNames`.
    private mutating func countryNumber(_ id: EntityID) -> Int {
        countryNames.number(of: id, in: vocabulary, name: vocabulary.countryNames[id] ?? id.rawValue)
    }

    /// Proposes a country, named as in the KB when it is there.
    mutating func addCountry(_ id: EntityID, evidence: EvidenceDraft, confidence: Double, rule: String, alias: String? = nil) {
        let number = countryNumber(id)
        // Decided once per form: a new alias unless the KB or the name already has it.
        let newAlias = alias.flatMap { countryNames.isNewAlias($0, of: number, id: id, in: vocabulary) ? $0 : nil }
        addCountry(number, id, newAlias: newAlias, evidence: evidence, confidence: confidence, rule: rule)
    }

    /// Proposes country `id`, number `number` in `countryNames`, with `newAlias` if any.
    private mutating func addCountry(_ number: Int, _ id: EntityID, newAlias: String?, evidence: EvidenceDraft, confidence: Double, rule: String) {
        // A bare repeat the candidate took nothing from before: no `Entity` built (`AbsorbedRepeat`).
        if newAlias == nil, skipsAbsorbedRepeats, countryNames.absorbs(number, confidence: confidence, removals: store.removals) { return }
        var entity = Entity(id: id, type: .country, names: countryNames.facts[number].names)
        if let newAlias { entity.aliases = [newAlias] }
        store.add(entity, confidence: confidence, rule: rule, existing: countryNames.facts[number].known != nil, evidence: evidence)
        if newAlias == nil, store.absorbs(entity, confidence: confidence) {
            countryNames.noteAbsorbed(number, confidence: confidence, removals: store.removals)
        }
    }

    private mutating func knownEntity(_ sentence: Sentence, _ entityIndex: EntityIndex, _ first: Int, _ end: Int) -> Mention? {
        guard let knowledge = vocabulary.knowledge else { return nil }
        let entity = knowledge.entity(at: entityIndex)
        if entity.type == .place {
            // A KB place: its country from the lexicon or from "Town-Country" in the text.
            let lexiconPlace = vocabulary.lexiconPlaceOfKnown[entityIndex].map { vocabulary.lexicon.places[$0] }
            addPlace(id: entity.id, name: entity.names.fr, kind: lexiconPlace?.kind ?? "city",
                     country: countryAfterDash(sentence, end) ?? lexiconPlace?.country, sentence: sentence, first, end,
                     confidence: 0.9, rule: "entity.known-name")
            return Mention(kind: .place, id: entity.id, first: first, end: end)
        }
        store.add(Entity(id: entity.id, type: entity.type, names: entity.names), confidence: 0.9, rule: "entity.known-name",
                  existing: true, evidence: evidence(sentence, first, end))
        let kind: Mention.Kind
        switch entity.type {
        case .place: kind = .place
        case .programme: kind = .programme
        default: kind = .institution
        }
        if kind == .institution {
            if entity.type != .jointBody, let country = countryNamed(sentence, first..<end) ?? (entity.type == .ministry ? home : nil) {
                store.add(Relation(type: .underAuthorityOf, from: entity.id, to: country), symmetric: false, confidence: 0.6,
                          rule: "org.country", evidence: evidence(sentence, first, end))
            }
            countInstitution(entity.id)
            if entity.type == .jointBody { lastJointBody = entity.id }
            rememberHead(sentence, first, entity.id)
        }
        return Mention(kind: kind, id: entity.id, first: first, end: end)
    }

    mutating func knownPlace(
        _ sentence: Sentence, _ placeIndex: Int, _ first: Int, _ end: Int, rule: String = "place.lexicon", confidence: Double = 0.85
    ) -> Mention {
        let place = vocabulary.lexicon.places[placeIndex]
        addPlace(id: place.id, name: place.fr, kind: place.kind, country: place.country, sentence: sentence, first, end,
                 confidence: confidence, rule: rule)
        return Mention(kind: .place, id: place.id, first: first, end: end)
    }

    /// The country in "-Country" at token `index` ("Bam-Iran", "Housseyma – Maroc").
    func countryAfterDash(_ sentence: Sentence, _ index: Int) -> EntityID? {
        guard index + 1 < sentence.range.upperBound, sentence.tokens[index].kind == .hyphen else { return nil }
        for match in sentence.matches[index + 1] ?? [] { if case .country(let id) = match.payload { return id } }
        return nil
    }

    mutating func addPlace(
        id: EntityID, name: String, kind: String, country: EntityID?, sentence: Sentence, _ first: Int, _ end: Int,
        confidence: Double, rule: String
    ) {
        let evidence = evidence(sentence, first, end)
        let number = placeFacts.number(of: id, in: vocabulary, name: name)
        // A repeat the candidate took nothing from before: no `Entity` built (`AbsorbedRepeat`).
        if !(skipsAbsorbedRepeats && placeFacts.absorbs(number, name: name, kind: kind, confidence: confidence, removals: store.removals)) {
            let known = placeFacts.facts[number].known
            let entity = Entity(id: id, type: .place, names: known ?? Names(fr: name), properties: known == nil ? ["kind": .string(kind)] : [:])
            store.add(entity, confidence: confidence, rule: rule, existing: known != nil, evidence: evidence)
            if store.absorbs(entity, confidence: confidence) {
                placeFacts.noteAbsorbed(number, name: name, kind: kind, confidence: confidence, removals: store.removals)
            }
        }
        if let country {
            addCountry(country, evidence: evidence, confidence: confidence * 0.9, rule: "place.country")
            // (By its parts: a repeat of a full relation builds no `Relation`.)
            store.add(.locatedIn, from: id, to: country, symmetric: false, confidence: confidence * 0.9, rule: rule, evidence: evidence)
        }
    }
}
