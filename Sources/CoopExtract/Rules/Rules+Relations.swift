import CoopModel

/// The second pass over a sentence: what each date dates, then the relations between mentions.
extension DocumentExtraction {
    static let cooperationCues: CueSet = [
        "cooperation", "accord", "accords", "partenaires", "partenaire", "partenariat", "echange", "echanges",
        "jumelage", "conventions", "convention", "avec", "cooperer", "coopere", "protocole",
        // Trainees, scholars or people hosted "de Mauritanie, du Niger …", "magistrats tunisiens",
        // come under a cooperation with their countries.
        "stagiaires", "boursiers", "stage", "stages", "accueille", "accueillent",
    ]

    /// Words opening a sentence that refer back to the fact just named.
    static let anaphora: CueSet = ["il", "elle", "celui", "celle", "cet", "cette"]

    /// Builds the relations of `sentence` from its mentions and dates.
    mutating func buildRelations(_ sentence: inout Sentence) {
        relationCues = RelationCueMask(sentence)
        let (datesByMention, loose, sectors) = datesAndSectors(sentence)
        readLineLabel(sentence)
        // Agreements first: their id depends on their date. Executive programmes after them:
        // their id names the agreement they carry out.
        let agreementBefore = lastAgreement
        var executive: [Int] = []
        for position in sentence.mentions.indices where sentence.mentions[position].kind == .agreement {
            if isExecutiveProgramme(sentence, position) {
                executive.append(position)
                continue
            }
            if datesByMention[position] == nil, settlePerPartner(&sentence, mention: position, sectors: sectors) { continue }
            if let id = settleAgreement(&sentence, mention: position, dates: datesByMention[position] ?? labelDates(sentence)) {
                lastAgreement = (id, sentence.lineNumber)
                recentAgreements.removeAll { $0.line < sentence.lineNumber - 1 || $0.id == id }
                if recentAgreements.count < 8 { recentAgreements.append((id, sentence.lineNumber)) }
            }
        }
        for position in executive {
            settleExecutiveProgramme(&sentence, mention: position, dates: datesByMention[position] ?? [], before: agreementBefore)
        }
        // "… signé le 3 novembre 2018 ; il est entré en vigueur le 1er mars 2019": the agreement
        // of the previous sentence of the same paragraph, or of the line just before when this
        // sentence opens with a pronoun standing for it ("Il est entré en vigueur le …").
        if let (agreement, line) = lastAgreement,
            line == sentence.lineNumber || line == sentence.lineNumber - 1 && sentence.key(sentence.range.lowerBound, in: Self.anaphora)
        {
            for date in loose { store.addDate(date, to: agreement) }
        }
        // "… ; instrument : contrat … ; date : le 3 mai 2022": a date field dates the line's agreement, as its signature.
        if let (agreement, line) = lastAgreement, line == sentence.lineNumber, isDateField(sentence) {
            for date in sentence.dates where date.role == nil { store.addDate(DatedRole(.signed, date.date), to: agreement) }
        }
        if refersBack(sentence) || (inGroupList && sentence.tokens.first?.kind != .word) { coverGroup(sentence) }
        let eventPlaces = buildEvents(&sentence, datesByMention: datesByMention, sectors: sectors)
        meetingOfJointBody(sentence)
        representedAtLastEvent(sentence)
        presentAtLastEvent(sentence)
        hostedLastEvent(sentence)
        officesOfBothCountries(sentence)
        organisedLastEvent(sentence)
        buildSettledRelations(sentence, sectors: sectors, eventPlaces: eventPlaces, datesByMention: datesByMention)
    }

    /// What each date of the sentence dates, the dates left loose, and the sectors, read before
    /// anything is settled (given the sentence once, as `buildSettledRelations`).
    @inline(never)
    private func datesAndSectors(_ sentence: Sentence) -> (byMention: [Int: [DatedRole]], loose: [DatedRole], sectors: [EntityID]) {
        var (datesByMention, loose) = attachDates(sentence)
        let occasions = occasionDates(sentence, datesByMention)
        if !occasions.isEmpty { datesByMention.merge(occasions) { old, _ in old } }
        return (datesByMention, loose, sectorIDs(sentence))
    }

    /// The rules that only read the sentence, once its agreements and events have their ids.
    /// (A function of its own, given the sentence once: each rule given the `inout` sentence
    /// directly was handed a copy of it, a retain and release of each of its arrays.)
    @inline(never)
    private mutating func buildSettledRelations(
        _ sentence: Sentence, sectors: [EntityID], eventPlaces: Set<Int>, datesByMention: [Int: [DatedRole]]
    ) {
        readRecord(sentence)
        attendanceAtLastEvent(sentence)
        for (position, dates) in datesByMention.isEmpty ? [] : datesByMention.sorted(by: { $0.key < $1.key }) {
            let mention = sentence.mentions[position]
            // ("Ladite convention est entrée en vigueur …": the agreement named before.)
            guard mention.kind == .institution || mention.kind == .programme || mention.kind == .agreement && mention.anaphoric && !mention.complement,
                !mention.id.rawValue.isEmpty
            else { continue }
            for date in dates { store.addDate(date, to: mention.id) }
        }
        buildAgreementRelations(sentence, sectors: sectors)
        buildNamedSectors(sentence, sectors: sectors)
        buildCooperation(sentence, sectors: sectors, excluded: eventPlaces, datesByMention: datesByMention)
        buildAuthority(sentence)
        buildLinks(sentence)
        frontedRunners(sentence)
        buildActivities(sentence)
        buildTraining(sentence)
        if let subject = Self.sentenceSubject(sentence) { paragraphSubject = subject }
        if let programme = sentence.mentions.last(where: { $0.kind == .programme && !$0.id.rawValue.isEmpty }) {
            lastProgramme = (programme.id, sentence.lineNumber)
        }
    }

    /// The body a sentence is about: its first, or the first after the comma of an opening
    /// phrase of authority ("Rattaché … au Ministère X, l'Office est …": the Office).
    static func sentenceSubject(_ sentence: Sentence) -> EntityID? {
        // (By position, each mention read in place: on every sentence.)
        let mentions = sentence.mentions
        guard let first = mentions.indices.first(where: { mentions[$0].kind == .institution }) else { return nil }
        guard let comma = openingPhraseComma(sentence),
            let after = mentions.indices.first(where: { mentions[$0].kind == .institution && mentions[$0].first > comma })
        else { return mentions[first].id }
        return mentions[after].id
    }

    /// The sector ids named in the sentence, else those of the section heading, else those of
    /// the document's title line, else those the author's name says ("Agence nationale pour la
    /// valorisation des ressources en hydrocarbures": energy).
    func sectorIDs(_ sentence: Sentence) -> [EntityID] {
        var ids: [EntityID] = []
        for mention in sentence.mentions where mention.kind == .sector && !ids.contains(mention.id) { ids.append(mention.id) }
        if ids.isEmpty { ids = sectionSectors }
        if ids.isEmpty { ids = documentSectors }
        if ids.isEmpty { ids = letterheadSectors }
        return ids
    }

    private mutating func buildAgreementRelations(_ sentence: Sentence, sectors: [EntityID]) {
        // (An agreement named again, "ladite convention", has its parties and sectors already.)
        for mention in sentence.mentions where mention.kind == .agreement && !mention.id.rawValue.isEmpty && !mention.anaphoric {
            let evidence = evidence(sentence, mention.first, mention.end)
            // An agreement that names its own field ("… dans le domaine des transports") takes the
            // sentence's other sectors only if the sentence names some outside it, or if its own
            // field is transversal (training in the rail section is rail training).
            var own = namedSectors(sentence, mention)
            own += listedSectors(sentence, after: mention)
            let namedElsewhere = sentence.range.contains { index in
                !(mention.first..<mention.end).contains(index) && (sentence.matches[index]?.contains {
                    switch $0.payload {
                    case .sector, .knownSector: return true
                    default: return false
                    }
                } ?? false)
            }
            // (The two lists walked in turn: adding them built a third array for every agreement.)
            let withSentence = own.isEmpty || namedElsewhere || own.allSatisfy(vocabulary.transversalSectors.contains)
            for sector in own { addCovers(mention.id, sector, confidence: 0.7, rule: "agreement.sector", evidence: evidence) }
            for sector in withSentence ? sectors : [] { addCovers(mention.id, sector, confidence: 0.7, rule: "agreement.sector", evidence: evidence) }
            // "… un protocole … par lequel il s'engage à réaliser une usine de montage de véhicules":
            // the sector a facility's name holds is the agreement's too.
            for programme in sentence.mentions where programme.kind == .programme && programme.first > mention.first && isFacility(sentence, programme) {
                for sector in namedSectors(sentence, programme) {
                    addCovers(mention.id, sector, confidence: 0.6, rule: "agreement.facility-sector", evidence: evidence)
                }
            }
            // "le mémorandum que la Haute Autorité et le MENAC ont signé …": a relative clause's signers.
            var parties = relativeClauseSigners(sentence, mention)
            // "entre A et B" (a party marker of the lexicon) after the agreement.
            // The marker may follow the verb, the place and the date ("signé à Ankara le 1er mars
            // 2016 entre …"), not another party, agreement or event.
            // ("signé … entre les deux Gouvernements": the two named before, below.)
            if parties.isEmpty, let (marker, afterSigning) = Self.signingMarker(sentence, after: mention, markers: partyMarkers),
                !(sentence.key(marker + 1, is: "les") && sentence.key(marker + 2, is: "deux")),
                afterSigning || marker - mention.end <= 6
                    // ("… d'un montant de 2 millions d'euros a été signée à Rome le 3 mai 2019 entre …")
                    || marker - mention.end <= 20 && !sentence.mentions.contains(where: {
                        $0.first >= mention.end && $0.first < marker && $0.kind != .place && $0.kind != .sector
                    })
            {
                // ("entre la SONELGAZ (Société nationale …) et …": a name and its acronym are one party.)
                var previousParty: Mention?
                for party in sentence.mentions where party.first > marker && (party.kind == .institution || party.kind == .country)
                    && !parties.contains(party.id)
                {
                    if parties.count == 2 { break }
                    // "… et la Direction générale des archives (DGA) du Ministère italien …": the
                    // ministry a party belongs to is no party of its own.
                    if let previousParty, sentence.key(previousParty.end - 1, is: ")"), Self.isOfGap(sentence, previousParty.end..<party.first) { continue }
                    parties.append(party.id)
                    previousParty = party
                }
                // "L'ESM a signé en 2018 un accord … avec l'ENM": the signer before the agreement is the other party.
                if sentence.key(marker, is: "avec"), parties.count == 1, let signer = signer(sentence, before: mention), signer != parties[0] {
                    parties.insert(signer, at: 0)
                }
                // "signé … avec la partie tunisienne", "conclu … avec le Programme des Nations Unies …":
                // "avec" names the counterpart of the home country: another country, an
                // international organisation or a foreign body.
                if sentence.key(marker, is: "avec"), parties.count == 1, let home, parties[0] != home,
                    sentence.mentions.contains(where: { $0.id == parties[0] && $0.kind == .country })
                        || store.type(of: parties[0]) == .organisation || countryOfBody(parties[0]).map({ $0 != home }) ?? false
                {
                    parties.insert(home, at: 0)
                }
            }
            // "L'APS et l'agence TASS coopèrent … ; un protocole … a été signé entre elles", "…
            // entre les deux établissements", "les deux ministres ont signé …": the pronoun or
            // "les deux …" stands for the last two bodies or countries named before the agreement.
            if parties.isEmpty, refersToTheTwo(sentence, mention) {
                // ("la RCF achète … à la SOMIPHOS, filiale du groupe MANAL, en vertu d'un contrat
                // conclu entre les deux sociétés": the group a party belongs to is not the other.)
                let markers = authorityMarkers
                let parents = Set(sentence.mentions.filter { party in
                    (max(sentence.range.lowerBound, party.first - 4)..<party.first).contains { sentence.key($0, in: markers) }
                }.map(\.id))
                let before = sentence.mentions.filter { party in
                    party.end <= mention.first && (party.kind == .institution || party.kind == .country) && !party.adjective
                        && !party.id.rawValue.isEmpty && !parents.contains(party.id)
                }.map(\.id)
                // Else named in the sentence before, on the same line (after a semicolon).
                let candidates = before.count < 2 && previousSentenceNamed.line == sentence.lineNumber ? previousSentenceNamed.ids + before : before
                var named: [EntityID] = []
                for id in candidates.reversed() where !named.contains(id) {
                    named.insert(id, at: 0)
                    if named.count == 2 { break }
                }
                if named.count == 2 { parties = named }
            }
            if parties.isEmpty, let pair = bothCountries(sentence, after: mention) { parties = pair }
            if parties.isEmpty { parties = dashedParties(sentence, mention) }
            if parties.isEmpty { parties = signingSubjects(sentence, before: mention) }
            if parties.isEmpty { parties = signerWithPartnerBefore(sentence, mention) }
            if parties.isEmpty { parties = boundParties(sentence, mention) }
            if parties.isEmpty { parties = agentsAfter(sentence, mention) }
            // "la coopération avec la Chine repose sur le mémorandum …": that country and the home country.
            if parties.isEmpty, let home, let partner = countryAfterMarker(sentence, before: mention), partner != home {
                parties = [home, partner]
            }
            // "- Royaume-Uni : un mémorandum … signé en mars 2019": the line's country and the home country.
            if parties.isEmpty, let home, let label = labelCountry, label != home { parties = [home, label] }
            if parties.isEmpty, let pair = sentence.mentions.first(where: { $0.pairedWith != nil }) {
                parties = [pair.id, pair.pairedWith!]
            }
            // "Partenaire : … ; partenaire algérien : … ; instrument : contrat …": the row's partners.
            let rowParties = fieldRow.parties(on: sentence.lineNumber)
            for party in rowParties where parties.count < 2 && !parties.contains(party) { parties.append(party) }
            // "L'Algérie a ratifié la convention …": a single signer, with no partner named.
            if parties.isEmpty, let signer = signer(sentence, before: mention) { parties = [signer] }
            if parties.isEmpty {
                if agreementsNeedingParties[mention.id, default: []].count < CandidateStore.evidenceLimit {
                    agreementsNeedingParties[mention.id, default: []].append(evidence)
                }
            }
            for party in parties {
                store.add(.partyTo, from: party, to: mention.id, properties: RoleProperties.party,
                          symmetric: false, confidence: 0.75, rule: "agreement.parties", evidence: evidence)
            }
            signedAtLastEvent(sentence, mention, parties: parties, evidence: evidence)
            // Between bodies of two countries, a ministry signs for its government: its country
            // is a party too, also when the other party is a state itself ("signé avec le
            // Ministère portugais …"). (Two parties at least: one party's country is never a
            // second one.) An agency, an office or a company signs for itself, as the seed KB's
            // agreement between the ministry and the French ODI has it.
            // (A loop: `store` read in a closure was copied from `self` at each call.)
            var bodyCountries: [EntityID] = []
            for party in parties where parties.count >= 2 && store.type(of: party) == .ministry
                && sentence.mentions.contains(where: { $0.id == party && $0.kind == .institution })
            {
                if let country = countryOfBody(party) { bodyCountries.append(country) }
            }
            let partyCountries = bodyCountries.isEmpty ? [] : Set(bodyCountries + parties.filter { vocabulary.countryNames[$0] != nil })
            for country in Set(bodyCountries).sorted() where partyCountries.count >= 2 {
                guard !parties.contains(country) else { continue }
                store.add(Relation(type: .partyTo, from: country, to: mention.id, properties: RoleProperties.party),
                          symmetric: false, confidence: 0.6, rule: "agreement.parties.country", evidence: evidence)
            }
            // Two bodies (or twinned towns) bound by one agreement cooperate; three or four signers
            // ("signé par l'Algérie, le Nigeria et le Niger") each with each.
            if (2...4).contains(parties.count), Self.allBound(parties, in: sentence, rowParties: rowParties, countryNames: vocabulary.countryNames) {
                let under: [String: PropertyValue] = ["under": .string(mention.id.rawValue)]
                let started = Self.startedDates(sentence)
                for (offset, first) in parties.enumerated() {
                    for second in parties[(offset + 1)...] {
                        store.add(Relation(type: .cooperatesWith, from: first, to: second, properties: under, dates: started),
                                  symmetric: true, confidence: 0.6, rule: "cooperation.parties", evidence: evidence)
                    }
                }
            }
        }
    }

    /// Whether each of two to four signers is a body, a place or (three or more signers) a country
    /// named in the sentence, or a party of the line's row that is no country: they then
    /// cooperate. (Static, the tables given: the closure it was held a copy of the sentence.)
    private static func allBound(
        _ parties: [EntityID], in sentence: Sentence, rowParties: [EntityID], countryNames: [EntityID: String]
    ) -> Bool {
        let mentions = sentence.mentions
        for party in parties {
            let named = mentions.indices.contains { position in
                let kind = mentions[position].kind
                return mentions[position].id == party && (kind == .institution || kind == .place || parties.count > 2 && kind == .country)
            }
            guard named || rowParties.contains(party) && countryNames[party] == nil else { return false }
        }
        return true
    }

    /// Whether `mention` is named by a facility head ("usine", "complexe", `facility: true`).
    private func isFacility(_ sentence: Sentence, _ mention: Mention) -> Bool {
        guard let found = sentence.matches[mention.first] else { return false }
        for match in found {
            if case .head(let head) = match.payload, vocabulary.lexicon.heads[head].facility { return true }
        }
        return false
    }

    /// The first party marker after `agreement`, or, when a signing participle follows that one
    /// ("… une liaison entre l'Algérie et la Sardaigne a été signé à Rome … entre Sonelgaz et
    /// Terna"), the marker within a dozen words after the participle: the first told the subject.
    /// (Not "est entré en vigueur": folded, "entré" is "entre".)
    ///
    /// Static, the markers given, and the marker test a function rather than a closure value:
    /// the closure held a copy of the sentence (a box allocated, each of its arrays retained),
    /// and a method of the extraction, called from the mutating rule, a copy of the extraction.
    private static func signingMarker(_ sentence: Sentence, after agreement: Mention, markers: CueSet) -> (marker: Int, afterSigning: Bool)? {
        let upper = sentence.range.upperBound
        func isMarker(_ index: Int) -> Bool { markers.contains(sentence.tokens[index]) && !sentence.key(index - 1, in: auxiliaries) }
        guard let first = (agreement.end..<upper).first(where: isMarker) else { return nil }
        // "… d'observation de la Terre, conclu entre la CNSA et l'ASAL": a participle just before.
        if (max(agreement.end, first - 8)..<first).contains(where: { Self.signingParticiples.contains(sentence.tokens[$0]) }) {
            return (first, true)
        }
        guard let participle = (first + 1..<upper).first(where: { Self.signingParticiples.contains(sentence.tokens[$0]) }),
            let later = (participle + 1..<min(upper, participle + 13)).first(where: isMarker)
        else { return (first, false) }
        return (later, true)
    }

    /// Whether the agreement's signers are told as the two named before: "entre elles", "entre
    /// les deux chambres", "par les deux ministres", "par les directeurs généraux des deux
    /// instituts" after it, or "les deux ministres ont signé" right before it.
    private func refersToTheTwo(_ sentence: Sentence, _ agreement: Mention) -> Bool {
        let upper = min(sentence.range.upperBound, agreement.end + 14)
        for index in agreement.end..<max(agreement.end, upper) {
            if sentence.key(index, is: "entre"), sentence.key(index + 1, is: "elles", or: "eux") { return true }
            if sentence.key(index, is: "entre", or: "par"), sentence.key(index + 1, is: "les"), sentence.key(index + 2, is: "deux") { return true }
            if sentence.key(index, is: "par"), sentence.key(index + 1, is: "les"), sentence.key(index + 3, is: "des"), sentence.key(index + 4, is: "deux") {
                return true
            }
        }
        // "les deux ministres ont signé … un accord".
        let lowest = max(sentence.range.lowerBound, agreement.first - 12)
        guard lowest < agreement.first,
            let both = (lowest..<agreement.first).first(where: { sentence.key($0, is: "deux") && sentence.key($0 - 1, is: "les") }),
            both + 2 < agreement.first
        else { return false }
        return (both + 2..<agreement.first).contains { vocabulary.signingVerbKeys.contains(sentence.key($0)) && !sentence.key($0, is: "a") }
    }

    /// Sectors named inside the name of a body or programme ("Agence nationale pour la rénovation
    /// urbaine", "Programme de formation à l'ingénierie territoriale"); a programme or a joint body
    /// covers them.
    private mutating func buildNamedSectors(_ sentence: Sentence, sectors: [EntityID]) {
        // (By position: no mention is copied.)
        for position in sentence.mentions.indices {
            let kind = sentence.mentions[position].kind
            guard kind == .institution || kind == .programme, !sentence.mentions[position].anaphoric,
                sentence.mentions[position].end - sentence.mentions[position].first > 1, !sentence.mentions[position].id.rawValue.isEmpty
            else { continue }
            // (Its fields read, the mention not copied.)
            let id = sentence.mentions[position].id
            let name = sentence.mentions[position].first..<sentence.mentions[position].end
            // A body's name says what it works on, but a sector is proposed from it only when the
            // KB already has that sector; a programme or a joint body covers what its name says.
            let covering = kind == .programme || store.type(of: id) == .jointBody
            let named = namedSectors(sentence, in: name, knownOnly: !covering)
            guard covering else { continue }
            for sector in named {
                addCovers(id, sector, confidence: 0.65,
                          rule: "sector.in-name", evidence: evidence(sentence, name.lowerBound, name.upperBound))
            }
            // A programme, like an agreement, covers the sectors of its sentence (else of its heading).
            guard kind == .programme else { continue }
            for sector in sectors where !named.contains(sector) {
                addCovers(id, sector, confidence: 0.55,
                          rule: "programme.sector", evidence: evidence(sentence, name.lowerBound, name.upperBound))
            }
        }
    }

    /// The country a body belongs to, from its id ("dz.meat" → DZ), which names the country it
    /// was found under (a country in its name, else the home country).
    func countryOfBody(_ id: EntityID) -> EntityID? {
        // An ASCII id's code is looked up by its bytes in the table of country codes (the
        // dictionary hashed it, most of the cost of a call made for every body of a sentence).
        if let read = Self.asciiCountryCode(id.rawValue) {
            guard let code = read else { return nil }
            if let known = vocabulary.countryCodes.contains(code.0, code.1) { return known ? EntityID(Self.codeString(code)) : nil }
        }
        guard let prefix = Self.countryPrefix(id.rawValue) else { return nil }
        let country = EntityID(prefix)
        return vocabulary.countryNames[country] != nil ? country : nil
    }

    /// The part of an id before its first dot (leading dots skipped), uppercased, when it is two
    /// characters long: the country code a body's id may open with.
    ///
    /// An id of ASCII bytes without a carriage return (each byte one character, as ids are
    /// made) is read byte by byte and its code built in place; any other id goes through
    /// `plainCountryPrefix`, its characters compared and uppercased as `String`s (about 2,500
    /// instructions a call, most of `countryOfBody`'s cost).
    static func countryPrefix(_ id: String) -> String? {
        guard let read = asciiCountryCode(id) else { return plainCountryPrefix(id) }
        return read.map(codeString)
    }

    /// `countryPrefix` of an id of ASCII bytes without a carriage return, as its two bytes
    /// (nil when the part is not two bytes long); nil for any other id, to read by characters.
    static func asciiCountryCode(_ id: String) -> (UInt8, UInt8)?? {
        // The length of the part and its first two bytes; nil for an id to read by characters.
        let read = id.utf8.withContiguousStorageIfAvailable { bytes -> (length: Int, code: (UInt8, UInt8))? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            var first = 0
            while first < bytes.count && bytes[first] == 0x2E { first += 1 }
            var end = first
            while end < bytes.count && bytes[end] != 0x2E { end += 1 }
            return (end - first, end - first == 2 ? (bytes[first], bytes[first + 1]) : (0, 0))
        }
        guard let found = read ?? nil else { return nil }
        guard found.length == 2 else { return .some(nil) }
        @inline(__always) func upper(_ byte: UInt8) -> UInt8 { byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte }
        return .some((upper(found.code.0), upper(found.code.1)))
    }

    /// The two ASCII bytes of a code as a string.
    private static func codeString(_ code: (UInt8, UInt8)) -> String {
        String(unsafeUninitializedCapacity: 2) { bytes in
            bytes[0] = code.0
            bytes[1] = code.1
            return 2
        }
    }

    /// `countryPrefix` by characters, for any id.
    static func plainCountryPrefix(_ id: String) -> String? {
        // Only the text before the first dot is read (splitting the whole id built an array of
        // all its parts on every call).
        let raw = id.drop { $0 == "." }
        let prefix = raw.firstIndex(of: ".").map { raw[..<$0] } ?? raw
        guard prefix.count == 2 else { return nil }
        return prefix.uppercased()
    }
}
