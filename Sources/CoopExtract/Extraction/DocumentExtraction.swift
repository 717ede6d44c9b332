import CoopModel

/// Reads one document line by line and collects its candidates; memory grows with the number of
/// distinct facts, not with the document's length.
struct DocumentExtraction {
    let vocabulary: Vocabulary
    let document: String
    var store = CandidateStore()

    /// Countries of the letterhead: the first is the home country, the second the partner.
    var letterheadCountries: [EntityID] = []
    /// Set once a line reads like running text, which ends the letterhead.
    var pastLetterhead = false
    /// The home country given by the user, if any.
    var homeCountry: EntityID?
    /// The country of the letterhead's issuing body ("Ambassade d'Algérie", "République algérienne …").
    var formalHome: EntityID?
    /// Institution mentions counted, to pick the document's main actor.
    var institutionCounts = MentionCounts()
    /// The actor of the current paragraph (last institution named as subject).
    var paragraphSubject: EntityID?
    /// Acronyms defined or seen in this document, to their entity.
    var acronyms: [String: EntityID] = [:]
    /// The body proposed last for each head word and country ("institut" and TN), for "l'institut
    /// tunisien" written later (`Self.headCountryKey`).
    var bodyByHeadAndCountry: [String: EntityID] = [:]
    /// Acronyms an event's name defined ("Festival international du cinéma d'Alger (FICA)"):
    /// written alone later, they name the event, not a body.
    var eventAcronyms: Set<String> = []
    /// Companies proposed in this document, by the key of their name's first word: their
    /// name's keys, longest first, to read the name alone again (`repeatedCompany`).
    var companyNames: [String: [(keys: [String], id: EntityID)]] = [:]
    /// One bit per value of the low six bits of those first words' `keyHash`es, to pass over
    /// the other capitalised words without hashing their key (`repeatedCompany`).
    var companyKeyBits: UInt64 = 0
    /// Institutions by the initials of their content words, to resolve later bare acronyms.
    var initials: [String: EntityID] = [:]
    /// Bare acronyms not resolved anywhere, with the number of times seen.
    var unresolvedAcronymCounts: [EntityID: Int] = [:]
    /// The section heading's area and sectors.
    var sectionArea: String?
    var sectionSectors: [EntityID] = []
    /// The sectors of the document's title line ("Note sur la coopération énergétique …",
    /// "Objet : coopération … en matière de santé"), for what no heading or sentence places.
    var documentSectors: [EntityID] = []
    /// Agreements proposed in this document, by identity key, to merge repeated mentions.
    var agreementKeys: [AgreementKey: EntityID] = [:]
    /// Agreements that need the document's two countries as parties.
    /// (A few mentions each: enough evidence, and memory stays bounded on huge inputs.)
    var agreementsNeedingParties: [EntityID: [EvidenceDraft]] = [:]
    /// Events the document's two countries took part in.
    var eventsNeedingParties: [EntityID: [EvidenceDraft]] = [:]
    /// The names each country is proposed under, and whether each form seen is a new alias.
    var countryNames = EntityFacts()
    /// The KB's names of each place named, and its repeats the store absorbed.
    var placeFacts = EntityFacts()
    /// Whether repeats the store absorbed before are skipped (`AbsorbedRepeat`); off, every
    /// repeat is built and handed to the store, the plain path the tests compare with.
    var skipsAbsorbedRepeats = true
    /// Institutions already resolved, by folded name, acronym and type.
    var resolvedInstitutions = ResolvedInstitutions()
    /// The last agreement named and its line, for a date given in the next sentence.
    var lastAgreement: (id: EntityID, line: Int)?
    /// The agreements of the last plural mention with partners, and whether the lines being read
    /// still speak of them ("ces accords …" and the list that follows).
    var agreementGroup: [EntityID] = []
    var inGroupList = false
    /// The last joint body named, for the sessions that follow.
    var lastJointBody: EntityID?
    /// The agreements named on the last two lines, for a joint body set up to follow them.
    var recentAgreements: [(id: EntityID, line: Int)] = []
    /// Joint bodies whose members are the document's two countries.
    var jointBodiesNeedingMembers: [EntityID: [EvidenceDraft]] = [:]
    /// The last body of the letterhead: a body on a later letterhead line answers to it.
    var letterheadBody: EntityID?
    /// The first ministry of the letterhead: "le Ministère" alone in the text stands for it.
    var letterheadMinistry: EntityID?
    /// The home country's agencies the text names (not the letterhead's), first evidence each:
    /// in a ministry's report, each is proposed as under that ministry, an inference (`finish`).
    var homeAgencies: [(id: EntityID, evidence: EvidenceDraft)] = []
    var homeAgencyIDs = Set<EntityID>()
    /// The letterhead's bodies by the key of their head word: "l'Ambassade", "l'Agence" alone in
    /// the text stand for them. (A `WordTable`: looked up by the token's hash for most names.)
    var letterheadHeads = WordTable<EntityID>()
    /// The country or body opening the last sentence, for "Elle a adhéré …" in the next one.
    var previousSubject: EntityID?
    /// The body or country named last in the last sentence, for "Celle-ci …" in the next one.
    var previousLastNamed: EntityID?
    /// The bodies and countries the previous sentence named, with its line ("X et Y coopèrent ;
    /// un protocole a été signé entre elles").
    var previousSentenceNamed: (line: Int, ids: [EntityID]) = (0, [])
    /// The members announced by a line ending "membres :", for the organisations of the bullet
    /// lines after it (`Rules+Membership`).
    var pendingMembers: [EntityID] = []
    /// The country a line is labelled with ("- Qatar : tenue à Doha …"): the partner of what the line reports.
    var labelCountry: EntityID?
    /// The country of the section a one-country heading opened ("II. Fédération de Russie"),
    /// until the next heading: who "les deux pays" are.
    var sectionCountry: EntityID?
    /// Who cooperates with the partners listed after "… relations de coopération avec :" on the
    /// bullets and headings below (`Rules+PartnerLists`); whether that list is still open, and
    /// whether this line opened it.
    var partnerListActor: EntityID?
    var partnerListOpen = false
    var partnerListOpened = false
    /// The last body or programme read after each head word ("ministere", "jumelage"), for "le
    /// ministère néerlandais précité" (`institutionName`).
    /// (A `WordTable`: looked up and set by the head token's hash for most names.)
    var namedByHead = WordTable<(id: EntityID, kind: Mention.Kind)>()
    /// The last home body read after each head word, for "le Centre" when an international
    /// organisation of that head was named since (`earlierBodyOfHead`).
    var homeBodyByHead: [String: EntityID] = [:]
    /// Bodies proposed as international organisations, whatever their id (a bare acronym read
    /// first keeps the home prefix).
    var internationalBodies: Set<EntityID> = []
    /// Bodies first proposed by a bare acronym as the home country's, for
    /// `internationalAcronymRenamings`.
    var bareAcronymBodies: Set<EntityID> = []
    /// The agreement each joint body was set up by or follows, for the executive programme
    /// adopted at its session (`implementedAgreement`).
    var jointBodyAgreements: [EntityID: EntityID] = [:]
    /// Directorates general that may be named again by what they direct (`Rules+ShortForms`).
    /// (Keyed by the number of the form's first word.)
    var shortForms: [Int32: [ShortForm]] = [:]
    /// One bit per first word of `shortForms` (`shortFormBit`).
    var shortFormMask: UInt64 = 0
    /// The partners of a row of labelled fields on the current line (`Rules+FieldRows`).
    var fieldRow = FieldRow()
    /// The record of fields spread over lines being read (`Rules+Records`).
    var record: RecordState?
    /// The line of the last attendance list ("Étaient présents : …"), for its later sentences.
    var attendanceLine = 0
    /// The date the document was written, from its header (`noteWritingDate`).
    var writingDate: PartialDate?
    /// The columns of the last table header, for its rows (`Rules+Tables`).
    var table = TableState()
    /// Home bodies read from "son homologue chinois, le Ministre de …", by the lines that named
    /// them so (`Rules+Counterparts`): dropped at the end when no other line names them.
    var misreadHomeBodies: [EntityID: Set<Int>] = [:]
    /// The last event proposed, its dates and its line, for "au cours de cette visite" and "la
    /// partie coréenne y était représentée par …" after it.
    var lastEvent: (id: EntityID, dates: [DatedRole], line: Int)?
    /// The first event proposed in the first six lines, the document's own ("Procès-verbal de
    /// la cinquième session …"), for "en marge de la session" later (`Rules+ToldEvents`).
    var headerEvent: (id: EntityID, dates: [DatedRole], line: Int)?
    /// The last programme named and its line, for "ce programme" in the next sentences.
    var lastProgramme: (id: EntityID, line: Int)?
    /// The date a chronology line opens with ("- Le 1er avril 2024 : …"), by line (`labelDates`).
    var lineLabel: (line: Int, date: PartialDate)?
    /// The last dispatch's dateline: its line, the index its date opens at, and the date
    /// (`Rules+RelativeDates`).
    var dateline: (line: Int, first: Int, date: PartialDate)?
    /// A visit's programme: its title, first day, day heading and current item (`Rules+Schedules`).
    var schedule = ScheduleState()
    /// The sectors named in the letterhead's lowest body that names one (`sectorIDs`).
    var letterheadSectors: [EntityID] = []
    /// The last executive programme proposed, for "le programme exécutif précité".
    var lastExecutiveProgramme: (id: EntityID, line: Int)?
    /// The last agreement proposed of each kind, for "du protocole", "au titre du mémorandum …"
    /// naming it again by its kind word alone.
    var agreementsByKind: [String: EntityID] = [:]
    /// Slugs and KB look-ups already computed for a text.
    var memo = TextMemo()
    /// The strings of the words already read.
    var keyInterner = KeyInterner()
    /// The gazetteer's group of each of those words, looked up once per word.
    var gazetteerGroups = GazetteerGroups()
    /// Arrays lent to each sentence in turn.
    var sentenceBuffers = SentenceBuffers()
    /// Arrays lent to each line in turn: its match table's and its sentence ranges (each line
    /// allocated and freed three arrays).
    var matchTableBuffers = MatchTableBuffers()
    var sentenceRangeBuffer: [Range<Int>] = []
    /// Activity programmes: the document's umbrella cooperation and the last activity (`Rules+Activities`).
    var activityState = ActivityState()
    /// The last cooperation properties built, for the next sentence with the same (`Rules+Relations`).
    var cooperationProperties = CooperationProperties()
    /// The relation pass's last answers, for the next call with the same inputs.
    var relationMemos = RelationMemos()
    /// The relation rules' cue bits of the sentence `buildRelations` is working on.
    var relationCues = RelationCueMask()
    /// The vocabulary's marker words as `CueSet`s (built once per vocabulary, not per document).
    var partyMarkers: CueSet { vocabulary.partyMarkers }
    var authorityMarkers: CueSet { vocabulary.authorityMarkers }
    var throughMarkers: CueSet { vocabulary.throughMarkers }

    init(vocabulary: Vocabulary, document: String, homeCountry: EntityID?) {
        self.vocabulary = vocabulary
        self.document = document
        self.homeCountry = homeCountry
    }

    /// The document's main institution so far: the most named, first named on ties.
    var documentSubject: EntityID? { institutionCounts.mostCounted }

    /// The country the document speaks for: given, else the letterhead's issuer, else the lexicon's default.
    var home: EntityID? { homeCountry ?? formalHome ?? vocabulary.lexicon.defaultHome }

    /// The two countries the document is about, if the letterhead names them.
    var documentPair: (EntityID, EntityID)? {
        guard let home, let partner = letterheadCountries.first(where: { $0 != home }) else { return partnerPair }
        return (home, partner)
    }

    /// The first pair of countries a compound named ("Haute Commission mixte algéro-égyptienne"),
    /// for a document without a letterhead partner.
    var partnerPair: (EntityID, EntityID)?

    /// Notes the countries of a compound as the document's pair, home first, if none is noted yet
    /// and one of them is the home country.
    mutating func notePartnerPair(_ first: EntityID, _ second: EntityID) {
        guard partnerPair == nil, let home, first == home || second == home else { return }
        partnerPair = first == home ? (first, second) : (second, first)
    }

    /// Processes one line (1-based `number`).
    mutating func process(line text: String, number: Int) {
        let line = Tokenizer.tokenize(text, interner: &keyInterner)
        guard !line.tokens.isEmpty else { return }
        var matches = MatchTable(line, vocabulary.gazetteer, groups: &gazetteerGroups, buffers: &matchTableBuffers)
        // (Given back once the line's sentences, which hold the table, are gone.)
        defer { matches.giveBack(to: &matchTableBuffers) }
        let heading = isHeading(line) || pastLetterhead && isSectorHeading(line, matches)
        // (The first and last keys read in place: `tokens.first` and `.last` copied the tokens.)
        let (firstKey, lastKey) = line.tokens.withUnsafeBufferPointer { ($0[at: 0].key, $0[at: $0.count - 1].key) }
        if line.tokens.count > 20 || lastKey == "." { pastLetterhead = true }
        let bullet = ClosedWords.isBullet(firstKey)
        if !bullet && !heading { paragraphSubject = nil }
        if !bullet {
            inGroupList = false
            pendingMembers = []
        }
        var sectionFromHeading: [EntityID]? = heading ? [] : nil
        let titleLine = number <= 10 && Self.isTitleLine(line)
        let title = titleLine && documentSectors.isEmpty
        labelCountry = Self.labelCountry(line, matches, from: bullet ? 1 : 0)
        var ranges: [Range<Int>] = []
        swap(&ranges, &sentenceRangeBuffer)
        sentenceRanges(line, matches: matches, into: &ranges)
        defer {
            ranges.removeAll(keepingCapacity: true)
            swap(&ranges, &sentenceRangeBuffer)
        }
        for range in ranges {
            var sentence = Sentence(line: line, lineNumber: number, range: range, matches: matches)
            sentence.borrow(&sentenceBuffers)
            defer { sentence.giveBack(to: &sentenceBuffers) }
            findMentions(&sentence, domainContext: heading || bullet || title)
            if let pronoun = pronounSubject(sentence) { sentence.mentions.insert(pronoun, at: 0) }
            noteScheduleLine(sentence)
            noteDateline(sentence)
            findDates(&sentence)
            noteScheduleDates(sentence)
            if number <= 6 && writingDate == nil { noteWritingDate(sentence) }
            noteFieldPartner(sentence)
            readTable(&sentence)
            if !pastLetterhead { readLetterhead(sentence) }
            if heading {
                sectionFromHeading? += sentence.mentions.filter { $0.kind == .sector }.map(\.id)
            }
            if title {
                for mention in sentence.mentions where mention.kind == .sector && !documentSectors.contains(mention.id) {
                    documentSectors.append(mention.id)
                }
            }
            // "Votre institution a-t-elle conclu des accords … ?": a question states no relation.
            if !Self.isQuestion(sentence) {
                buildRelations(&sentence)
                buildPartnerList(sentence, bullet: bullet, heading: heading)
            }
            if pastLetterhead, range.lowerBound == 0, range.upperBound == line.tokens.count {
                let countries = countryHeading(sentence)
                if !countries.isEmpty || heading { sectionCountry = countries.count == 1 ? countries[0] : nil }
            }
            if refersBack(sentence) { inGroupList = true }
            // "L'Algérie est membre … . Elle a adhéré …": the subject a pronoun will stand for.
            // "Dès le lendemain de l'indépendance, l'Algérie a adhéré …": after an opening phrase too.
            // "Membre fondateur de l'OUA en 1963, l'Algérie siège …": the first body or country
            // at the start, or after an opening phrase and its comma.
            if let first = openingSubject(sentence) {
                previousSubject = first.id
            } else if !sentence.key(sentence.range.lowerBound, in: Self.subjectPronouns) {
                previousSubject = nil
            }
            // (The array is refilled in place: a new one per sentence cost an allocation each.)
            previousSentenceNamed.line = number
            previousSentenceNamed.ids.removeAll(keepingCapacity: true)
            // By index, each mention read in place: iterating copied every mention (its id retained).
            for index in sentence.mentions.indices {
                let kind = sentence.mentions[index].kind
                guard kind == .country || kind == .institution, !sentence.mentions[index].adjective,
                    !sentence.mentions[index].id.rawValue.isEmpty
                else { continue }
                previousSentenceNamed.ids.append(sentence.mentions[index].id)
            }
            previousLastNamed = previousSentenceNamed.ids.last
        }
        // A partner list goes on over bullets and headings, and ends at the first paragraph.
        if !bullet && !heading && !partnerListOpened { partnerListOpen = false }
        partnerListOpened = false
        // The letterhead ends at the title line or the first heading ("A. Banque mondiale" is a
        // section, not a service of the body above it).
        if titleLine || heading { pastLetterhead = true }
        if let sectors = sectionFromHeading {
            sectionSectors = sectors
            sectionArea = headingArea(line)
        }
    }

    /// Ends the document: resolves deferred parties and drops weak leftovers.
    mutating func finish() -> CandidateStore {
        if let (home, partner) = documentPair {
            for (agreement, drafts) in agreementsNeedingParties.sorted(by: { $0.key < $1.key }) {
                for evidence in drafts {
                    for country in [home, partner] {
                        addCountry(country, evidence: evidence, confidence: 0.6, rule: "country.document")
                        store.add(
                            Relation(type: .partyTo, from: country, to: agreement, properties: RoleProperties.party),
                            symmetric: false, confidence: 0.6, rule: "agreement.parties.document", evidence: evidence)
                    }
                }
            }
            for (body, drafts) in jointBodiesNeedingMembers.sorted(by: { $0.key < $1.key }) {
                for evidence in drafts {
                    for country in [home, partner] {
                        store.add(Relation(type: .memberOf, from: country, to: body), symmetric: false, confidence: 0.55,
                                  rule: "joint-body.members.document", evidence: evidence)
                    }
                }
            }
            for (event, drafts) in eventsNeedingParties.sorted(by: { $0.key < $1.key }) {
                for evidence in drafts {
                    for country in [home, partner] {
                        store.add(
                            Relation(type: .tookPartIn, from: country, to: event, properties: RoleProperties.participant),
                            symmetric: false, confidence: 0.55, rule: "event.parties.document", evidence: evidence)
                    }
                }
            }
        }
        coBackers()
        dropMisreadHomeBodies()
        letterheadMinistryBodies()
        let weak = Set(unresolvedAcronymCounts.filter { $0.value < 2 }.map(\.key))
        store.removeEntities { weak.contains($0.entity.id) }
        let renamings = internationalAcronymRenamings()
        return renamings.isEmpty ? store : store.renamed(renamings)
    }

    /// "Ministère de l'Industrie Pharmaceutique" heading a report that names "l'Agence nationale
    /// des produits pharmaceutiques": a national agency of the report, under no other body, is
    /// proposed as under the letterhead's ministry, marked inferred and with a low confidence
    /// (how every annotator of the held-out notes read such reports; the reviewer decides).
    private mutating func letterheadMinistryBodies() {
        guard let ministry = letterheadMinistry else { return }
        // (Not a body dropped since, such as a name's first words read before its definition.)
        for (body, evidence) in homeAgencies where body != ministry && store.has(body) && !store.answersToABody(body) {
            store.add(Relation(type: .underAuthorityOf, from: body, to: ministry, properties: ["basis": .string("inferred")]),
                      symmetric: false, confidence: 0.35, rule: "org.letterhead-ministry", evidence: evidence)
        }
    }

    /// "… porté par Sonatrach et la NNPC", "la JICA appuie ce projet, conduit par le CNRDPA": a
    /// home body and a partner's body (or an international one) that run or support the same
    /// programme cooperate; so do those that took part in the same meeting of three bodies or
    /// fewer ("avec la participation de l'ASAL et de la CNSA"). Two partners of the home country,
    /// or two home bodies, are not said to.
    private mutating func coBackers() {
        guard let home else { return }
        let links = store.sharedWorkLinks()
        // Each programme or event with its backers (each once, with its first link), in the order
        // proposed; works and backers told apart by their numbers in the store, not hashed as ids.
        var groups: [(work: EntityID, backers: [Int])] = []
        var groupOfWork: [Int32: Int] = [:]
        for (index, link) in links.enumerated() {
            let group = groupOfWork[link.workNumber] ?? groups.count
            if group == groups.count {
                groupOfWork[link.workNumber] = group
                groups.append((link.work, []))
            }
            if !groups[group].backers.contains(where: { links[$0].backerNumber == link.backerNumber }) { groups[group].backers.append(index) }
        }
        for (work, var backers) in groups {
            // An event's participants: national bodies only (a state, a town, or an organisation
            // whose meeting it is says nothing of who worked with whom), and a small meeting, not
            // a conference of many.
            if store.type(of: work) == .event {
                // (A loop: `store` read in a closure was copied from `self` at each call.)
                var national: [Int] = []
                for backer in backers where store.type(of: links[backer].backer) == .agency || store.type(of: links[backer].backer) == .ministry {
                    national.append(backer)
                }
                backers = national
                guard backers.count <= 3 else { continue }
            }
            // (Each backer's side read once, not once per pair.)
            var homeSide: [Int] = []
            var otherSide: [Int] = []
            for backer in backers {
                if countryOfBody(links[backer].backer) == home { homeSide.append(backer) } else { otherSide.append(backer) }
            }
            for a in homeSide {
                for b in otherSide {
                    let evidence = max(store.firstEvidence(ofRelationAt: links[a].position), store.firstEvidence(ofRelationAt: links[b].position))
                    store.add(Relation(type: .cooperatesWith, from: links[a].backer, to: links[b].backer), symmetric: true, confidence: 0.5,
                              rule: "cooperation.programme", source: evidence.source, evidence: evidence)
                }
            }
        }
    }

    static let formalStateWords: CueSet = ["republique", "royaume", "etat", "sultanat", "emirat"]

    /// Notes the countries of a letterhead sentence; one inside an institution's name or a formal
    /// state name ("République …") is the issuer.
    mutating func readLetterhead(_ sentence: Sentence) {
        // "Ambassade d'Algérie en France" then "Service Coopération Technique": the letterhead
        // goes down the hierarchy, one body per short line.
        let bodies = sentence.mentions.filter { $0.kind == .institution && !$0.id.rawValue.isEmpty }
        if bodies.count == 1, let body = bodies.first, body.end - body.first >= sentence.range.count - 2 {
            if let parent = letterheadBody, parent != body.id {
                store.add(Relation(type: .underAuthorityOf, from: body.id, to: parent), symmetric: false, confidence: 0.6,
                          rule: "org.letterhead", evidence: evidence(sentence, body.first, body.end))
            }
            letterheadBody = body.id
            // The lowest body of the letterhead whose name says its one field is the author; an
            // embassy's service ("Service économique et culturel") names what it reports on, not
            // what each fact covers.
            let named = namedSectors(sentence, body)
            if named.count == 1, letterheadHeads["ambassade"] == nil, sentence.key(body.first) != "ambassade" { letterheadSectors = named }
            if letterheadMinistry == nil, store.type(of: body.id) == .ministry { letterheadMinistry = body.id }
            if letterheadHeads[sentence.key(body.first)] == nil { letterheadHeads[sentence.key(body.first)] = body.id }
        }
        for mention in sentence.mentions {
            var countries: [EntityID] = []
            var formal = false
            if mention.kind == .country {
                countries = [mention.id]
                // "République algérienne …", "République Tunisienne", "République islamique de Mauritanie".
                formal = sentence.key(mention.first, in: Self.formalStateWords)
                    || (sentence.range.lowerBound..<mention.first).contains { sentence.key($0, in: Self.formalStateWords) }
                        && mention.first - sentence.range.lowerBound <= 4
            } else if mention.kind == .institution {
                for index in mention.first..<mention.end {
                    for match in sentence.matches[index] ?? [] {
                        if case .country(let id) = match.payload { countries.append(id) }
                    }
                }
                formal = !countries.isEmpty
            }
            for country in countries where !letterheadCountries.contains(country) { letterheadCountries.append(country) }
            if formal, formalHome == nil { formalHome = countries.first }
        }
    }

    /// Evidence for tokens `first..<end` of `sentence`.
    func evidence(_ sentence: Sentence, _ first: Int, _ end: Int) -> EvidenceDraft {
        EvidenceDraft(document: document, line: sentence.line, lineNumber: sentence.lineNumber, sentence: sentence.range,
                      first: first, end: end)
    }
}
