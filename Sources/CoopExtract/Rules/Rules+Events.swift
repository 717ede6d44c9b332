import CoopModel

/// Events: disasters a body intervened in, sessions, meetings and visits, with place and date.
extension DocumentExtraction {
    /// Proposes the events of `sentence`; returns the mention positions used as event places.
    mutating func buildEvents(_ sentence: inout Sentence, datesByMention: [Int: [DatedRole]], sectors: [EntityID]) -> Set<Int> {
        var usedPlaces = Set<Int>()
        guard sentence.mentions.contains(where: { $0.kind == .event }) else { return usedPlaces }
        let eventPositions = sentence.mentions.indices.filter { sentence.mentions[$0].kind == .event }
        for (order, position) in eventPositions.enumerated() {
            let mention = sentence.mentions[position]
            guard let draftIndex = mention.draft else { continue }
            let draft = sentence.events[draftIndex]
            let word = vocabulary.lexicon.events[draft.lexiconIndex]
            // "la 2ème réunion du comité mixte …": a meeting of a joint body is one of its sessions.
            let meeting = word.hazard != nil || word.kind == "visit" ? nil : meetingKind(sentence, position)
            var kind = draft.kind ?? (word.hazard != nil || word.kind == "visit" ? word.kind : meeting ?? word.kind)
            // "une session animée par des ingénieurs", "une session de formation", "la troisième
            // session du programme": a session of a course or a programme, no joint body's; so is
            // a session with no joint body named before in the document nor a commission's word
            // in its sentence ("session du 9 au 13 juin 2025, 22 exploitants formés").
            if kind == "joint_commission_session", draft.kind == nil, meeting == nil,
                sessionOfACourse(sentence, after: mention.end) || lastJointBody == nil && !sentence.contains(anyOf: Self.jointBodyWords)
            {
                kind = "other"
            }
            // "la conférence islamique des ministres des wakfs": a conference of ministers.
            if kind == "other", draft.kind == nil, mentionsMinisters(sentence, after: mention.end) { kind = "ministerial_meeting" }
            let limit = order + 1 < eventPositions.count ? sentence.mentions[eventPositions[order + 1]].first : sentence.range.upperBound
            var found = sentence.mentions.indices.filter {
                let place = sentence.mentions[$0]
                // Further away only when "s'est tenu à", "organisée à" says so. A date counts as
                // one word ("le 18/02/2025" is five tokens, "le 18 février 2025" three).
                var distance = place.first - mention.end
                if distance > 16 {
                    for date in sentence.dates where date.first >= mention.end && date.end <= place.first { distance -= date.end - date.first - 1 }
                }
                return (place.kind == .place || place.kind == .country) && !place.adjective && place.pairedWith == nil
                    && place.first >= mention.end && place.first < limit
                    && (distance <= 16 || distance <= 40 && sentence.key(place.first - 2, in: Self.heldWords))
            }
            if found.isEmpty, let before = placeBefore(sentence, event: position) { found = [before] }
            // (In a visit's programme, `Rules+Schedules` bounds the title's and items' dates.)
            let scope = scheduleDateScope(sentence, first: order == 0, mention: mention, limit: limit, attached: datesByMention[position])
            var attachedDates = scope.attached
            // ("…, au titre du mémorandum de 2021": the agreement's date, not the event's.)
            var dates = sentence.dates.filter { $0.first >= mention.end && $0.first < scope.limit && !datesAgreement(sentence, $0) }
            keepScheduledDates(sentence, &dates, attached: &attachedDates)
            // "- Les 27 et 28 octobre 2025 : la commission mixte a tenu à Alger sa troisième
            // session": the date a line of a chronology opens with dates its first event.
            if dates.isEmpty, order == 0, attachedDates == nil, let label = sentence.dates.first,
                label.first <= sentence.range.lowerBound + 3, sentence.key(label.end, is: ":"), label.end < mention.first
            {
                dates = [label]
            }
            // "11h30 – 12h30 : Visite du pavillon …" under "Lundi 26 octobre 2026": an item of a
            // visit's programme is planned on the day of its heading.
            let scheduled = dates.isEmpty && order == 0 && attachedDates == nil ? scheduledDay(sentence) : nil
            // ("Visite du pavillon de l'Égypte", "bilan de la visite": a programme's item visits
            // a place during the visit, or names the visit itself.)
            if kind == "visit", schedule.titleLine != 0, sentence.lineNumber == schedule.itemLine { continue }
            let hazard = word.hazard != nil
            // "visites ministérielles", and "visites d'experts": who visited makes them one event.
            let byWhom = ClosedWords.isDe(sentence.key(mention.end)) && vocabulary.participantKeys.contains(sentence.key(mention.end + 1))
                ? mention.end + 1 : sentence.key(mention.end + 1, is: "'") && vocabulary.participantKeys.contains(sentence.key(mention.end + 2)) ? mention.end + 2 : nil
            let qualifier = vocabulary.eventQualifierKeys.contains(sentence.key(mention.end)) ? mention.end : nil
            // A visit's place of origin ("une délégation de la wilaya d'Oran") is a visitor, not where it was held.
            let origins = kind == "visit" ? found.filter { placePreposition(sentence, sentence.mentions[$0].first) == .origin } : []
            var places = found.filter { !origins.contains($0) }
            if dates.isEmpty && attachedDates == nil && scheduled == nil {
                // Undated, a disaster needs a place; another event word names one event only with
                // a place it was held in ("à Paris", "en France"), a place it came from, or a
                // qualifier ("visites ministérielles", "manifestations touristiques").
                if hazard {
                    if places.isEmpty { continue }
                } else {
                    places = places.filter { placePreposition(sentence, sentence.mentions[$0].first) == .locative }
                    if places.isEmpty && origins.isEmpty && qualifier == nil && byWhom == nil { continue }
                }
            }
            // A disaster is one event per place; a meeting or visit is one event in all its places.
            var groups: [[Int]] = hazard && places.count > 1 ? places.map { [$0] } : [places]
            if hazard {
                // "Bam-Iran", "Housseyma – Maroc": a town and its country are one place.
                var merged: [[Int]] = []
                for group in groups {
                    if let last = merged.last?.last, let current = group.first,
                        sentence.mentions[current].kind == .country, sentence.mentions[last].kind == .place,
                        sentence.mentions[current].first - sentence.mentions[last].end <= 1
                    {
                        merged[merged.count - 1].append(current)
                    } else {
                        merged.append(group)
                    }
                }
                groups = merged
            }
            for (groupIndex, group) in groups.enumerated() {
                let start = group.first.map { sentence.mentions[$0].end } ?? mention.end
                let next = groupIndex + 1 < groups.count ? groups[groupIndex + 1].first.map { sentence.mentions[$0].first } ?? limit : limit
                let own = dates.first { $0.first >= start && $0.first < next } ?? dates.first { $0.first >= start } ?? dates.first
                var dated: [DatedRole] = []
                if let own {
                    dated.append(DatedRole(own.role == .planned ? .planned : .held, own.date))
                    if let until = own.until { dated.append(DatedRole(.until, until)) }
                } else if let scheduled {
                    dated = [scheduled]
                } else if let attached = attachedDates {
                    // "membre depuis 2017 et Alger accueillera, en avril 2026, la réunion …": a
                    // meeting is held once; a "depuis" date dates it only when it has no other.
                    let once = attached.filter { $0.role != .started }
                    dated = once.isEmpty ? attached : once
                }
                let placeIDs = group.map { sentence.mentions[$0].id }
                usedPlaces.formUnion(group)
                let qualifierText = qualifier.map { sentence.line.text(tokens: $0, $0) }
                let (id, name) = eventIDAndName(name: draft.name, kind: word.hazard ?? kind, date: dated.first?.date,
                                                qualifier: qualifierText, places: placeIDs,
                                                named: schedule.titleLine != 0 && sentence.lineNumber == schedule.itemLine)
                let entity = Entity(
                    id: id, type: .event, names: Names(fr: name), properties: relationMemos.eventProperties(kind: kind, hazard: word.hazard),
                    dates: dated)
                let span = evidence(sentence, mention.first, max(mention.end, group.last.map { sentence.mentions[$0].end } ?? mention.end))
                store.add(entity, confidence: own != nil ? 0.8 : 0.55, rule: hazard ? "event.hazard" : "event.meeting",
                          existing: false, evidence: span)
                for place in placeIDs {
                    store.add(.heldIn, from: id, to: place, symmetric: false, confidence: 0.75,
                              rule: "event.place", evidence: span)
                }
                // (The two lists walked in turn: adding them built a third array for every event.)
                for sector in sectorsAbout(sentence, after: mention) { addCovers(id, sector, confidence: 0.6, rule: "event.sector", evidence: span) }
                for sector in sectors { addCovers(id, sector, confidence: 0.6, rule: "event.sector", evidence: span) }
                for origin in origins {
                    store.add(Relation(type: .tookPartIn, from: sentence.mentions[origin].id, to: id, properties: RoleProperties.visitor, dates: dated),
                              symmetric: false, confidence: 0.6, rule: "event.origin", evidence: span)
                }
                usedPlaces.formUnion(origins)
                let host = statedHost(sentence, event: mention, limit: limit)
                if let host {
                    store.add(Relation(type: .tookPartIn, from: host, to: id, properties: RoleProperties.host, dates: dated),
                              symmetric: false, confidence: 0.7, rule: "event.host", evidence: span)
                }
                if let participant = statedParticipant(sentence, event: mention), participant != host {
                    store.add(Relation(type: .tookPartIn, from: participant, to: id, properties: RoleProperties.participant, dates: dated),
                              symmetric: false, confidence: 0.65, rule: "event.subject", evidence: span)
                }
                if groupIndex == 0 { sentence.mentions[position].id = id }
                let previousLimit = order > 0 ? mention.first : sentence.range.lowerBound
                eventActors(sentence, hazard: hazard, kind: kind, event: id, dates: dated, evidence: span,
                            participantRange: previousLimit..<limit, eventWords: mention.first..<mention.end)
                lastEvent = (id, dated, sentence.lineNumber)
                if headerEvent == nil, sentence.lineNumber <= 6 { headerEvent = lastEvent }
            }
        }
        return usedPlaces
    }

    enum PlacePreposition { case locative, origin, other }

    /// What the preposition before a place says of it, articles skipped: "à Paris", "en France"
    /// (where), "de la wilaya d'Oran" (whence), or neither.
    func placePreposition(_ sentence: Sentence, _ first: Int) -> PlacePreposition {
        var index = first - 1
        while index >= sentence.range.lowerBound, ClosedWords.isDefiniteArticle(sentence.key(index)) { index -= 1 }
        switch sentence.key(index) {
        case "à", "en", "au", "aux", "dans", "vers": return .locative
        case "de", "du", "des", "d": return .origin
        default: return .other
        }
    }

    /// Links the actors of the sentence to an event: intervened in a disaster, took part otherwise.
    private mutating func eventActors(
        _ sentence: Sentence, hazard: Bool, kind: String, event: EntityID, dates: [DatedRole], evidence: EvidenceDraft,
        participantRange: Range<Int>, eventWords: Range<Int>
    ) {
        // (One array of ids, each mention read in place: filtering copied the mentions into a
        // second array first.) In a programme's item, only the bodies that hold it.
        var actors: [EntityID] = []
        if isScheduled(sentence) {
            actors = scheduledHolders(sentence)
        } else {
            for position in sentence.mentions.indices where sentence.mentions[position].kind == .institution {
                actors.append(sentence.mentions[position].id)
            }
        }
        if actors.isEmpty, kind == "joint_commission_session", let body = lastJointBody { actors = [body] }
        if actors.isEmpty, hazard, let subject = paragraphSubject ?? documentSubject { actors = [subject] }
        // A joint session, or what "les deux parties" did, involves the document's two countries.
        // "Forum d'affaires algéro-indien": a compound right after the event word, or inside its
        // name ("session des consultations politiques algéro-japonaises"), names both countries.
        let ownCompound = (eventWords.lowerBound..<min(eventWords.upperBound + 4, sentence.range.upperBound)).contains { isCompoundAdjective(sentence, $0) }
        if !hazard, kind == "joint_commission_session" || ownCompound, let (first, second) = compoundPair(sentence) {
            // "commission mixte algéro-sénégalaise": the two countries of the compound.
            for country in [first, second] {
                store.add(Relation(type: .tookPartIn, from: country, to: event, properties: RoleProperties.participant),
                          symmetric: false, confidence: 0.6, rule: "event.parties.compound", evidence: evidence)
            }
        } else if !hazard, let home, let label = labelCountry, label != home {
            // "- Arabie Saoudite : échange de visites d'experts …": the home country and the line's.
            for country in [home, label] {
                store.add(Relation(type: .tookPartIn, from: country, to: event, properties: RoleProperties.participant),
                          symmetric: false, confidence: 0.55, rule: "event.parties.label", evidence: evidence)
            }
        } else if !hazard, kind == "joint_commission_session" || firstPhrase(sentence, vocabulary.bothPartiesPhrases, vocabulary.bothPartiesStarts) != nil {
            if eventsNeedingParties[event, default: []].count < CandidateStore.evidenceLimit {
                eventsNeedingParties[event, default: []].append(evidence)
            }
        }
        let role = kind == "visit" ? "visitor" : "participant"
        for actor in actors {
            if hazard {
                store.add(.intervenedIn, from: actor, to: event, dates: dates, symmetric: false, confidence: 0.7,
                          rule: "event.actor", evidence: evidence)
            } else {
                store.add(.tookPartIn, from: actor, to: event, properties: RoleProperties.of(role), dates: dates,
                          symmetric: false, confidence: 0.65, rule: "event.actor", evidence: evidence)
            }
        }
        guard !hazard else { return }
        // "la Semaine culturelle algérienne", "la Foire tunisienne": the event's own country took part.
        for mention in sentence.mentions where mention.kind == .country && mention.adjective && mention.pairedWith == nil
            && mention.first >= eventWords.upperBound && mention.first <= eventWords.upperBound + 1
        {
            store.add(Relation(type: .tookPartIn, from: mention.id, to: event, properties: RoleProperties.of(role), dates: dates),
                      symmetric: false, confidence: 0.6, rule: "event.own-demonym", evidence: evidence)
        }
        audience(sentence, event: event, role: role, dates: dates, evidence: evidence, after: eventWords.upperBound)
        // "les entreprises algériennes", "des experts portugais": that country took part.
        for mention in sentence.mentions where mention.kind == .country && mention.adjective && participantRange.contains(mention.first)
            && vocabulary.participantKeys.contains(sentence.key(mention.first - 1))
        {
            store.add(Relation(type: .tookPartIn, from: mention.id, to: event, properties: RoleProperties.of(role), dates: dates),
                      symmetric: false, confidence: 0.6, rule: "event.participant-demonym", evidence: evidence)
        }
    }

    /// The two countries of a compound adjective anywhere in the sentence ("algéro-sénégalaise").
    func compoundPair(_ sentence: Sentence) -> (EntityID, EntityID)? {
        for index in sentence.range {
            for match in sentence.matches[index] ?? [] {
                guard case .countryPrefix(let first) = match.payload else { continue }
                let next = sentence.key(match.end, is: "-") ? match.end + 1 : match.end
                for other in sentence.matches[next] ?? [] {
                    if case .demonym(let second) = other.payload, second != first { return (first, second) }
                }
            }
        }
        return nil
    }

    /// The French name of `id` as the knowledge base or the candidates have it, else the id.
    func displayName(_ id: EntityID) -> String {
        // (The KB's names alone: `entity(_:)` copied the whole entity.)
        vocabulary.knowledge?.names(of: id)?.fr ?? store.name(of: id) ?? id.rawValue
    }

    /// A place's part of an event id: its id's slug, without "place." and without the country's
    /// code of "place.dz.oran" (the KB's form), so that an event in Oran has the same id whether
    /// the place came from the KB, the lexicon or the text.
    mutating func placeSlug(_ id: EntityID) -> String {
        // (Kept for the places named recently: a prefix test, a copy and a `String` hash each time.)
        if let known = relationMemos.placeSlug(of: id) { return known }
        let slug = memo.slug(Self.placeName(ofID: id.rawValue))
        relationMemos.notePlaceSlug(slug, of: id)
        return slug
    }

    /// The part of a place's id after "place." and after a country's code ("place.dz.oran" and
    /// "place.oran" give "oran"); an id of another form, whole.
    static func placeName(ofID id: String) -> String {
        guard id.hasPrefix("place.") else { return id }
        let rest = id.utf8.dropFirst(6)
        // "xx." with two lower-case letters: an ISO country code.
        if rest.count > 3, rest.prefix(2).allSatisfy({ (0x61...0x7A).contains($0) }), rest.dropFirst(2).first == UInt8(ascii: ".") {
            return String(Substring(rest.dropFirst(3)))
        }
        return String(Substring(rest))
    }

    /// Appends `underscoresToDashes(text)`. (The parts of an event id, each after a "-" or a
    /// ".", so that dashing each part gives the dashing of the whole.)
    static func appendDashed(_ text: String, to target: inout String) {
        target += text.utf8.contains(0x5F) ? underscoresToDashes(text) : text
    }

    /// `text` with each "_" made "-", byte by byte when the text is ASCII (where every byte is a
    /// character of its own), character by character otherwise.
    static func underscoresToDashes(_ text: String) -> String {
        guard text.utf8.contains(0x5F) else { return text }
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return String(text.map { $0 == "_" ? "-" : $0 }) }
        return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var count = 0
            for byte in text.utf8 {
                buffer[count] = byte == 0x5F ? 0x2D : byte
                count += 1
            }
            return count
        }
    }

    /// Words that say a joint body's meeting: "commission mixte", "comité", "session paritaire".
    static let jointBodyWords: CueSet = [
        "commission", "commissions", "comite", "comites", "mixte", "mixtes", "paritaire", "intergouvernementale", "intergouvernemental",
        "conjoint", "conjointe", "bilaterale", "bilateral", "grande",
    ]

    /// Whether the words after a session's word make it a course's or a programme's: a
    /// participle of who ran it ("animée", "dispensée"), "de formation", "d'information", or
    /// "du programme".
    func sessionOfACourse(_ sentence: Sentence, after end: Int) -> Bool {
        if sentence.key(end, in: Self.courseParticiples) { return true }
        if sentence.key(end, is: "de", or: "d") {
            // ("d'information": the apostrophe is a token of its own.)
            return sentence.key(sentence.key(end + 1, is: "'") ? end + 2 : end + 1, in: Self.courseNouns)
        }
        return sentence.key(end, is: "du") && sentence.key(end + 1, in: Self.courseProgrammes)
    }

    private static let courseParticiples: CueSet = ["animee", "anime", "animees", "dispensee", "dispensees", "assuree", "encadree"]
    private static let courseNouns: CueSet = ["formation", "information", "sensibilisation", "perfectionnement", "recyclage"]
    private static let courseProgrammes: CueSet = ["programme", "cycle", "cours", "projet"]

    /// Whether "des ministres" (or "ministérielle") follows an event word within four words.
    func mentionsMinisters(_ sentence: Sentence, after end: Int) -> Bool {
        (end..<min(end + 4, sentence.range.upperBound)).contains { index in
            let key = sentence.key(index)
            return key == "ministres" && sentence.key(index - 1, is: "de", or: "d", or: "des") || key == "ministerielle" || key == "ministeriel"
        }
    }

    /// The kind of a meeting told by whose meeting it is, the body named right after the event
    /// word ("de", "du", "de la" between): a joint body's is one of its sessions; an
    /// organisation's is a ministerial meeting when the body's name says ministers ("Conseil
    /// exécutif", "Conseil des ministres"), else another meeting; nil for no such body.
    func meetingKind(_ sentence: Sentence, _ position: Int) -> String? {
        let event = sentence.mentions[position]
        // "Le sous-comité … a tenu sa troisième réunion": the meeting of the joint body before "sa".
        if position > 0, let possessive = (max(sentence.range.lowerBound, event.first - 3)..<event.first).first(where: {
            sentence.key($0, is: "sa", or: "son", or: "leur")
        }), let body = sentence.mentions[..<position].last(where: { $0.kind == .institution }), body.end <= possessive,
            store.type(of: body.id) == .jointBody, (possessive + 1..<event.first).allSatisfy({ Self.isOrdinalWord(sentence.key($0)) || sentence.tokens[$0].kind == .number || sentence.key($0, in: Self.sessionOrdinalSuffixes) })
        {
            return "joint_commission_session"
        }
        // "un groupe de travail mixte …, dont la quatrième réunion s'est tenue …": the meeting of
        // the joint body "dont" follows.
        if position > 0, let relative = (max(sentence.range.lowerBound, event.first - 4)..<event.first).last(where: { sentence.key($0, is: "dont") }),
            (relative + 1..<event.first).allSatisfy({ index in
                let key = sentence.key(index)
                return ClosedWords.isDefiniteArticle(key) || Self.isOrdinalWord(key) || sentence.tokens[index].kind == .number
                    || ["e", "eme", "er", "ere"].contains(key)
            })
        {
            // (A loop, not a closure reading `store`: that copied the whole extraction.)
            for mention in sentence.mentions[..<position] where mention.kind == .institution && mention.end <= relative
                && store.type(of: mention.id) == .jointBody
            {
                return "joint_commission_session"
            }
        }
        guard position + 1 < sentence.mentions.count else { return nil }
        let next = sentence.mentions[position + 1]
        let gap = event.end..<next.first
        guard next.kind == .institution, gap.count <= 4,
            gap.allSatisfy({ sentence.key($0, in: Self.sessionBodyGap) })
        else { return nil }
        switch store.type(of: next.id) {
        case .jointBody: return "joint_commission_session"
        case .organisation:
            let ministerial = (next.first..<next.end).contains { sentence.key($0, in: Self.ministerialWords) }
            return ministerial ? "ministerial_meeting" : "other"
        default: return nil
        }
    }

    /// Whether `date` follows an agreement's name and "de" ("le mémorandum de 2021", "la
    /// convention-cadre de juin 2022"): it names the agreement.
    func datesAgreement(_ sentence: Sentence, _ date: DateMention) -> Bool {
        guard sentence.key(date.first - 1, is: "de", or: "du") else { return false }
        return sentence.mentions.contains { $0.kind == .agreement && $0.end == date.first - 1 }
    }

    /// Whether the words before a hazard at `index` make it a topic rather than an event:
    /// "lutte contre", "simulation", "prévention", "gestion", "risques" before its articles.
    func hazardAsTopic(_ sentence: Sentence, at index: Int) -> Bool {
        // "localisations de séismes", "sauvetage après séisme": a hazard with no article names
        // no event ("du séisme", "le séisme de 2003" do).
        if sentence.key(index - 1, in: Self.bareHazardWords) || sentence.key(index - 1, is: "'") && sentence.key(index - 2, is: "d") {
            return true
        }
        var before = index - 1
        while before >= sentence.range.lowerBound, sentence.key(before, in: Self.hazardArticles) { before -= 1 }
        // "la lutte contre les feux" is a topic; "la solidarité contre les feux de forêts en France (2003)" an event.
        if sentence.key(before, is: "contre") { return sentence.key(before - 1, is: "lutte", or: "luttes", or: "protection") }
        return sentence.key(before, in: Self.hazardTopicWords)
    }

    /// Suffixes of an ordinal written in figures ("3ème", "1er").
    private static let sessionOrdinalSuffixes: CueSet = ["e", "eme", "er", "ere"]
    /// The words between a session and the joint body it is of ("session ordinaire de la").
    private static let sessionBodyGap: CueSet = ["de", "du", "des", "d", "'", "la", "l", "ordinaire", "extraordinaire", "annuelle", "pleniere"]
    /// Words before a hazard without article that names no event ("localisations de séismes").
    private static let bareHazardWords: CueSet = ["de", "apres", "sans", "par"]
    private static let hazardArticles: CueSet = ["les", "le", "la", "l", "'", "un", "une", "d", "de", "des", "du", "aux"]
    private static let hazardTopicWords: CueSet = [
        "simulation", "simulations", "prevention", "gestion", "risque", "risques", "exercice", "exercices", "prevision", "alerte",
    ]
}
