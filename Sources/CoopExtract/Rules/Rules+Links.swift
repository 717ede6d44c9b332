import CoopModel

/// Links between facts the text states in so many words: who runs a programme, what an
/// agreement implements, which programme an event belongs to, who sits in a joint body.
extension DocumentExtraction {
    /// Words that join coordinated mentions ("l'Algérie et la France", "du plan … et à la stratégie …").
    static let joining: CueSet = ["et", ",", "la", "le", "les", "l", "'", "ainsi", "que", "à", "au", "aux", "de", "du", "des", "d"]

    mutating func buildLinks(_ sentence: Sentence) {
        // Most sentences name no programme, agreement or institution: skip the phrase scans then.
        let programme = sentence.mentions.contains { $0.kind == .programme }
        let agreement = sentence.mentions.contains { $0.kind == .agreement }
        if programme {
            buildFrameworks(sentence)
            buildSubjectRunners(sentence)
            buildRunners(sentence)
            buildEventProgrammes(sentence)
            buildNationalRunners(sentence)
            buildPossessiveRunners(sentence)
            buildPeopleBeneficiaries(sentence)
            buildScholarships(sentence)
            buildHandedOver(sentence)
        }
        if agreement {
            if programme { buildImplements(sentence) }
            buildAnnexes(sentence)
            buildFramedAgreements(sentence)
            frontedParty(sentence)
            appositiveParty(sentence)
        }
        if (agreement || programme) && sentence.mentions.contains(where: { $0.kind == .event }) { buildFramedEvents(sentence) }
        // Also on a line naming only countries: "L'Algérie et le Nigeria sont tous deux membres :".
        buildMembershipList(sentence)
        // (The organisation may be in the sentence before: "Pays du siège, l'Algérie en est membre".)
        if sentence.contains(anyOf: Self.memberWords) { cliticMembership(sentence) }
        if sentence.mentions.contains(where: { $0.kind == .institution }) {
            buildMembers(sentence)
            buildMembership(sentence)
            buildMonitors(sentence)
            buildInstitutedBodies(sentence)
            buildSupportedBodies(sentence)
        }
    }

    /// ("La commission mixte instituée par cet accord en examine l'application", "chargée d'en
    /// évaluer l'application", "Sa mise en œuvre est suivie par …".)
    static let followUpWords: CueSet = ["suivi", "suivre", "suit", "suivie", "examine", "examiner", "evaluer", "evalue", "evaluee"]

    /// Verbs whose subject receives a programme rather than runs it.
    static let benefitVerbs: CueSet = ["beneficie", "beneficient", "beneficiait", "beneficiaient", "beneficiera", "beneficieront"]

    /// Verbs whose subject supports a programme that another runs ("La JICA appuie ce projet").
    static let supportVerbs: CueSet = [
        "appuie", "appuient", "appuyait", "appuyaient", "appuiera", "soutient", "soutiennent", "soutenait", "soutiendra",
        "accompagne", "accompagnent", "accompagnait", "finance", "financent", "financait", "cofinance", "cofinancent",
    ]

    /// "Le DAAD octroie chaque année une vingtaine de bourses de doctorat …": the body opening the
    /// sentence runs a programme the sentence introduces (indefinite article), with no other body
    /// or country between. After a verb of support ("La JICA appuie ce projet", "L'OMS soutient
    /// le Programme national …"), it supports the programme, also one named before; a pronoun
    /// opening the sentence ("Celle-ci appuie …") stands for what `pronounReferent` says.
    private mutating func buildSubjectRunners(_ sentence: Sentence) {
        for (position, programme) in sentence.mentions.enumerated() where programme.kind == .programme && !programme.id.rawValue.isEmpty {
            if supportedByPronounSubject(sentence, programme, position: position) { continue }
            let introduced = sentence.key(programme.first - 1, in: Self.indefiniteArticles)
                || ClosedWords.isDe(sentence.key(programme.first - 1)) && sentence.key(programme.first - 2, in: Self.roughNumbers)
            guard position > 0 else { continue }
            // The subjects: the bodies or countries joined right before the verb, either opening
            // the sentence or after a comma ("Dans le cadre de …, l'Algérie, le Japon et la
            // Mauritanie mettent en œuvre depuis 2021 un programme …").
            var group: [Mention] = []
            var cursor = position - 1
            // "la partie russe octroie …": a side named by its adjective is its country.
            while cursor >= 0, sentence.mentions[cursor].kind == .institution || sentence.mentions[cursor].kind == .country,
                !sentence.mentions[cursor].adjective || sentence.key(sentence.mentions[cursor].first - 1, is: "partie"),
                !sentence.mentions[cursor].id.rawValue.isEmpty
            {
                let mention = sentence.mentions[cursor]
                let gapEnd = group.first?.first ?? programme.first
                if group.isEmpty {
                    guard gapEnd - mention.end <= 8 && !(mention.end..<gapEnd).contains(where: { sentence.tokens[$0].kind == .punct })
                        || verbBeforeFillers(sentence, mention.end, gapEnd)
                    else { break }
                } else {
                    guard (mention.end..<gapEnd).allSatisfy({ sentence.key($0, is: ",") || sentence.key($0, is: "et") || ClosedWords.isDefiniteArticle(sentence.key($0)) })
                    else { break }
                }
                group.insert(mention, at: 0)
                cursor -= 1
            }
            guard let first = group.first else { continue }
            var before = first.first - 1
            if first.adjective { before -= 1 }
            while ClosedWords.isDefiniteArticle(sentence.key(before)) { before -= 1 }
            guard before < sentence.range.lowerBound || sentence.key(before, is: ",") else { continue }
            // "L'ONS bénéficie depuis 2021 d'un jumelage avec l'INSEE": the subjects benefit, and
            // the body after "avec" runs it.
            let benefits = (first.end..<programme.first).contains { sentence.key($0, in: Self.benefitVerbs) }
            let supports = !benefits && (first.end..<programme.first).contains { sentence.key($0, in: Self.supportVerbs) }
            // A programme named before ("le Programme …", "ce projet") only with the support verb between.
            guard introduced || supports else { continue }
            // "Depuis 2015, la JICA appuie ce projet": support since a date.
            let since = supports ? Self.startedDates(sentence) : []
            // "la Hongrie octroie des bourses …": a state granting a programme backs it; a body
            // granting one ("le DAAD octroie …") runs it.
            let grants = !benefits && !supports && (first.end..<programme.first).contains { sentence.key($0, in: Self.grantVerbs) }
            for subject in group {
                let granted = grants && subject.kind == .country
                store.add(Relation(type: benefits ? .beneficiaryOf : supports || granted ? .supports : .runs, from: subject.id, to: programme.id, dates: since),
                          symmetric: false, confidence: 0.45,
                          rule: benefits ? "programme.beneficiary" : supports ? "programme.support" : granted ? "programme.grant" : "programme.subject",
                          evidence: evidence(sentence, subject.first, programme.end))
            }
            if benefits, sentence.key(programme.end, is: "avec"),
                let runner = sentence.mentions.first(where: { $0.first > programme.end && $0.first <= programme.end + 3 }),
                runner.kind == .institution || runner.kind == .country, !runner.adjective, !runner.id.rawValue.isEmpty,
                !group.contains(where: { $0.id == runner.id })
            {
                store.add(Relation(type: .runs, from: runner.id, to: programme.id), symmetric: false, confidence: 0.45,
                          rule: "programme.partner", evidence: evidence(sentence, programme.first, runner.end))
            }
        }
    }

    /// "l'Algérie octroie chaque année, depuis 2016, une vingtaine de …": a verb of granting,
    /// support or benefit right after the subject, then only fillers, dates and commas.
    private func verbBeforeFillers(_ sentence: Sentence, _ verb: Int, _ end: Int) -> Bool {
        let key = sentence.key(verb)
        guard end > verb, end - verb <= 12, Self.grantVerbs.contains(key) || Self.supportVerbs.contains(key) || Self.benefitVerbs.contains(key) else { return false }
        return (verb + 1..<end).allSatisfy { index in
            let key = sentence.key(index)
            return isFiller(sentence, index) || Self.indefiniteArticles.contains(key) || Self.roughNumbers.contains(key)
        }
    }

    /// Verbs of granting ("octroie", "offre", "attribue", "accorde").
    static let grantVerbs: CueSet = [
        "octroie", "octroient", "offre", "offrent", "attribue", "attribuent", "accorde", "accordent", "alloue", "allouent",
    ]

    /// "… une vingtaine de bourses de doctorat à des étudiants algériens", "… au profit de cadres
    /// éthiopiens": the country of the people a programme is for benefits from it.
    private mutating func buildPeopleBeneficiaries(_ sentence: Sentence) {
        for (position, programme) in sentence.mentions.enumerated() where programme.kind == .programme && !programme.id.rawValue.isEmpty {
            guard position + 1 < sentence.mentions.count else { continue }
            let people = sentence.mentions[position + 1]
            guard people.kind == .country, people.adjective, !people.id.rawValue.isEmpty, people.first > programme.end, people.first - programme.end <= 5,
                vocabulary.participantKeys.contains(sentence.key(people.first - 1))
            else { continue }
            let gap = (programme.end..<people.first - 1).map { sentence.key($0) }
            guard gap.contains(where: Self.beneficiaryMarks.contains), gap.allSatisfy(Self.beneficiaryLinks.contains) else { continue }
            store.add(Relation(type: .beneficiaryOf, from: people.id, to: programme.id), symmetric: false, confidence: 0.5,
                      rule: "programme.beneficiary.people", evidence: evidence(sentence, programme.first, people.end))
            // "… à des étudiants kényans, ougandais et tanzaniens": every nationality of the list.
            var last = people
            for next in sentence.mentions[(position + 2)...] {
                guard next.kind == .country, next.adjective, !next.id.rawValue.isEmpty, next.first - last.end == 1,
                    sentence.key(last.end, is: ",") || sentence.key(last.end, is: "et")
                else { break }
                store.add(Relation(type: .beneficiaryOf, from: next.id, to: programme.id), symmetric: false, confidence: 0.5,
                          rule: "programme.beneficiary.people", evidence: evidence(sentence, programme.first, next.end))
                last = next
            }
        }
    }

    static let beneficiaryMarks: Set<String> = ["à", "a", "aux", "profit", "intention", "destination"]
    static let beneficiaryLinks: Set<String> = ["à", "a", "aux", "au", "profit", "intention", "destination", "des", "de", "d", "'", "l", "les"]

    /// The dates of the sentence given as a start ("depuis 2015").
    static func startedDates(_ sentence: Sentence) -> [DatedRole] {
        sentence.dates.filter { $0.role == .started }.prefix(1).map { DatedRole(.started, $0.date) }
    }

    /// "Celle-ci appuie en 2023 le Programme national …": a pronoun opening the sentence, the
    /// support verb right after it, no body or country before the programme, and what the pronoun
    /// stands for (`pronounReferent`) supports it. Returns whether the relation was added.
    private mutating func supportedByPronounSubject(_ sentence: Sentence, _ programme: Mention, position: Int) -> Bool {
        let start = sentence.range.lowerBound
        let verb = sentence.key(start + 1, is: "-") ? start + 3 : start + 1
        guard let subject = pronounReferent(sentence), sentence.key(verb, in: Self.supportVerbs),
            !sentence.mentions[..<position].contains(where: { $0.kind == .institution || $0.kind == .country })
        else { return false }
        store.add(Relation(type: .supports, from: subject, to: programme.id, dates: Self.startedDates(sentence)), symmetric: false, confidence: 0.4,
                  rule: "programme.support.pronoun", evidence: evidence(sentence, sentence.range.lowerBound, programme.end))
        return true
    }

    /// "Dans le cadre du NEPAD, l'Algérie finance des projets …": the programmes of a sentence
    /// that opens with "dans le cadre de" or "au titre de" a programme are part of it.
    private mutating func buildFrameworks(_ sentence: Sentence) {
        let start = sentence.range.lowerBound
        // "Au titre du programme « Stipendium Hungaricum », la Hongrie octroie des bourses …" too.
        let opens = sentence.key(start, is: "dans") && sentence.key(start + 1, is: "le") && sentence.key(start + 2, is: "cadre")
            || sentence.key(start, is: "au") && sentence.key(start + 1, is: "titre")
        guard opens, let frame = sentence.mentions.first, frame.kind == .programme, !frame.id.rawValue.isEmpty, frame.first <= start + 6
        else { return }
        for programme in sentence.mentions.dropFirst() where programme.kind == .programme && !programme.id.rawValue.isEmpty && programme.id != frame.id {
            store.add(Relation(type: .partOf, from: programme.id, to: frame.id), symmetric: false, confidence: 0.55,
                      rule: "programme.framework", evidence: evidence(sentence, frame.first, programme.end))
        }
    }

    /// Words that open a sentence set in the frame of an agreement or programme ("Dans le cadre
    /// du …", "Au titre de ce mémorandum", "En application du …", "En exécution de …").
    static let frameOpeners: [[String]] = [["dans", "le", "cadre"], ["au", "titre"], ["en", "application"], ["en", "execution"]]

    /// The length of the frame phrase starting at token `index`, or nil.
    func frameOpener(_ sentence: Sentence, at index: Int) -> Int? {
        Self.frameOpeners.first { words in words.indices.allSatisfy { sentence.key(index + $0, is: words[$0]) } }?.count
    }

    /// The agreement or programme right after a frame phrase opening the sentence (a bullet's
    /// dash skipped): "Dans le cadre du programme exécutif précité, …", "Au titre de ce mémorandum, …".
    func openingFrame(_ sentence: Sentence) -> Mention? {
        var start = sentence.range.lowerBound
        if sentence.key(start, is: "-") { start += 1 }
        guard let length = frameOpener(sentence, at: start),
            let frame = sentence.mentions.first(where: { $0.first >= start + length }),
            frame.kind == .agreement || frame.kind == .programme, !frame.id.rawValue.isEmpty, frame.first <= start + length + 3
        else { return nil }
        return frame
    }

    /// "Dans le cadre du programme exécutif précité, une semaine culturelle … s'est déroulée …":
    /// the events of a sentence opening in the frame of an agreement or programme implement it.
    private mutating func buildFramedEvents(_ sentence: Sentence) {
        guard let frame = openingFrame(sentence) else { return }
        for event in sentence.mentions where event.kind == .event && event.first >= frame.end && !event.id.rawValue.isEmpty {
            store.add(Relation(type: .implements, from: event.id, to: frame.id), symmetric: false, confidence: 0.6,
                      rule: "event.frame", evidence: evidence(sentence, frame.first, event.end))
        }
    }

    /// "le Département … à travers la DGPC et la DNRM … dans sa stratégie de prévention": a
    /// programme named after a possessive is run by the bodies the sentence acts through, else by
    /// the sentence's first body.
    private mutating func buildPossessiveRunners(_ sentence: Sentence) {
        for programme in sentence.mentions where programme.kind == .programme && !programme.anaphoric && !programme.id.rawValue.isEmpty
            && sentence.key(programme.first - 1, in: Self.possessives)
        {
            let bodies = sentence.mentions.filter { $0.kind == .institution && !$0.id.rawValue.isEmpty && $0.end <= programme.first }
            guard let first = bodies.first else { continue }
            var runners = [first]
            if let marker = (first.end..<programme.first).first(where: { vocabulary.throughKeys.contains(sentence.key($0)) }) {
                let through = joinedMentions(sentence, from: marker + 1) { $0.kind == .institution }
                if !through.isEmpty { runners = through }
            }
            for runner in runners where runner.id != programme.id {
                store.add(Relation(type: .runs, from: runner.id, to: programme.id), symmetric: false, confidence: 0.5,
                          rule: "programme.possessive", evidence: evidence(sentence, runner.first, programme.end))
            }
        }
    }

    /// "un mécanisme de suivi constitué par la commission mixte …": a joint body named with a word
    /// of follow-up monitors the agreements of this line and the one before.
    private mutating func buildMonitors(_ sentence: Sentence) {
        guard !recentAgreements.isEmpty, sentence.contains(anyOf: Self.followUpWords) else { return }
        for body in sentence.mentions where body.kind == .institution && !body.id.rawValue.isEmpty {
            guard store.type(of: body.id) == .jointBody else { continue }
            for agreement in recentAgreements where agreement.line >= sentence.lineNumber - 1 {
                store.add(Relation(type: .monitors, from: body.id, to: agreement.id), symmetric: false, confidence: 0.5,
                          rule: "joint-body.monitors", evidence: evidence(sentence, body.first, body.end))
                if jointBodyAgreements[body.id] == nil { jointBodyAgreements[body.id] = agreement.id }
            }
        }
    }

    /// "le Schéma national d'aménagement du territoire algérien": a programme whose name carries a
    /// demonym, or is followed by one, is run by that country.
    private mutating func buildNationalRunners(_ sentence: Sentence) {
        for programme in sentence.mentions where programme.kind == .programme && !programme.anaphoric && !programme.id.rawValue.isEmpty {
            for index in programme.first..<min(programme.end + 1, sentence.range.upperBound) {
                // "partenariat … algéro-allemand": the compound's first country runs it too.
                let countries = (sentence.matches[index] ?? []).compactMap { match -> EntityID? in
                    switch match.payload {
                    case .demonym(let id), .countryPrefix(let id): return id
                    default: return nil
                    }
                }
                guard let country = countries.first else { continue }
                store.add(Relation(type: .runs, from: country, to: programme.id), symmetric: false, confidence: 0.55,
                          rule: "programme.national", evidence: evidence(sentence, programme.first, programme.end))
                guard isCompoundAdjective(sentence, index) else { break }
            }
        }
    }

    /// The mentions from position `start` on that are joined to each other only by `joining`
    /// words, and satisfy `accepts`; the first must begin within two tokens of `from`.
    func joinedMentions(_ sentence: Sentence, from: Int, accepts: (Mention) -> Bool) -> [Mention] {
        var found: [Mention] = []
        var cursor = from
        for mention in sentence.mentions where mention.first >= from {
            let gap = cursor..<mention.first
            let joins = gap.count <= (found.isEmpty ? 2 : 4) && gap.allSatisfy({ sentence.key($0, in: Self.joining) })
                // "l'Office … (ONWZ), créé en 2021, et la Fondation …": an aside with a date between two items.
                || !found.isEmpty && gap.count <= 12 && isDatedAside(sentence, gap)
                // "par la JICA (Agence japonaise de coopération internationale)": the body read from
                // the long name in brackets, its acronym before them.
                || found.isEmpty && gap.count >= 2 && gap.count <= 4 && sentence.key(mention.first - 1, is: "(")
                    && sentence.tokens[mention.first - 2].allCaps && (gap.lowerBound..<mention.first - 2).allSatisfy({ sentence.key($0, in: Self.joining) })
            guard joins, accepts(mention) else { break }
            found.append(mention)
            cursor = mention.end
        }
        return found
    }

    /// Whether `gap` is ", <words holding a date>, " then joining words ("et la"): an aside
    /// between two items of a list ("créé en 2021", "fondée le 3 mai 1990").
    func isDatedAside(_ sentence: Sentence, _ gap: Range<Int>) -> Bool {
        guard sentence.key(gap.lowerBound, is: ","),
            let close = gap.dropFirst().lastIndex(where: { sentence.key($0, is: ",") }),
            (close + 1..<gap.upperBound).allSatisfy({ sentence.key($0, in: Self.joining) }),
            (close + 1..<gap.upperBound).contains(where: { sentence.key($0, is: "et") })
        else { return false }
        let inner = gap.lowerBound + 1..<close
        return sentence.hasDate(within: inner) && !inner.contains { sentence.key($0, is: "par") || sentence.key($0, is: "avec") }
    }

    /// "deux contrats … pour l'appui à la mise en œuvre du plan … et de la stratégie …": the
    /// agreement implements each programme named right after the phrase.
    private mutating func buildImplements(_ sentence: Sentence) {
        for agreement in sentence.mentions where agreement.kind == .agreement && !agreement.id.rawValue.isEmpty {
            guard let marker = firstPhrase(sentence, vocabulary.implementPhrases, vocabulary.implementStarts, from: agreement.end),
                !sentence.mentions.contains(where: { $0.kind == .agreement && $0.first > agreement.first && $0.first < marker }),
                let phrase = vocabulary.implementPhrases.first(where: { phrase in
                    marker + phrase.count <= sentence.range.upperBound && phrase.indices.allSatisfy { sentence.tokens[marker + $0].key == phrase[$0] }
                })
            else { continue }
            for programme in joinedMentions(sentence, from: marker + phrase.count, accepts: { $0.kind == .programme })
            where !programme.id.rawValue.isEmpty {
                store.add(Relation(type: .implements, from: agreement.id, to: programme.id), symmetric: false, confidence: 0.6,
                          rule: "agreement.implements", evidence: evidence(sentence, agreement.first, programme.end))
            }
        }
    }

    /// "l'évaluation de ce programme", "la visite du Programme …": the event is part of the programme.
    private mutating func buildEventProgrammes(_ sentence: Sentence) {
        for (position, event) in sentence.mentions.enumerated() where event.kind == .event && !event.id.rawValue.isEmpty {
            guard position + 1 < sentence.mentions.count else { continue }
            let next = sentence.mentions[position + 1]
            let gap = (event.end..<next.first).map { sentence.key($0) }
            guard next.kind == .programme, !next.id.rawValue.isEmpty, (1...3).contains(gap.count),
                ["de", "du", "d"].contains(gap.first ?? ""), gap.allSatisfy({ ["de", "du", "d", "'", "la", "l", "le"].contains($0) })
            else { continue }
            store.add(Relation(type: .partOf, from: event.id, to: next.id), symmetric: false, confidence: 0.6,
                      rule: "event.programme", evidence: evidence(sentence, event.first, next.end))
        }
    }

    /// The bodies a joint body's name joins by single words ("Sonatrach–NNPC"): one the lexicon
    /// knows by name or acronym, or an acronym the document defined.
    private mutating func bodiesNamedInside(_ sentence: Sentence, _ body: Mention) -> [EntityID] {
        var found: [EntityID] = []
        for index in body.first + 1..<max(body.first + 1, body.end) where sentence.tokens[index].kind == .word && sentence.tokens[index].capitalized {
            let text = sentence.line.text(bytes: sentence.tokens[index].byteStart, sentence.tokens[index].byteEnd)
            var id: EntityID?
            if let known = sentence.matches[index]?.lazy.compactMap({ match -> Int? in
                if case .knownBody(let lexiconIndex) = match.payload, match.end == index + 1 { return lexiconIndex }
                return nil
            }).first ?? vocabulary.bodyByAcronym[text] {
                id = proposeKnownBody(known, written: nil, sentence: sentence, span: index..<index + 1, confidence: 0.7, rule: "org.lexicon").id
            } else if sentence.tokens[index].allCaps, let defined = acronyms[text] {
                id = defined
            }
            if let id, id != body.id, !found.contains(id) { found.append(id) }
        }
        return found
    }

    /// A joint body of two sides ("commission mixte", "comité … bilatérale") has as members the two countries of its
    /// compound adjective, else the document's two countries.
    private mutating func buildMembers(_ sentence: Sentence) {
        // By position: only a joint body's mention is copied.
        for position in sentence.mentions.indices where sentence.mentions[position].kind == .institution {
            // The type and name are read in place: copying the candidate out retained all its arrays.
            guard !sentence.mentions[position].id.rawValue.isEmpty, store.type(of: sentence.mentions[position].id) == .jointBody,
                let name = store.name(of: sentence.mentions[position].id)
            else { continue }
            let body = sentence.mentions[position]
            let compound = (body.first..<body.end).contains { isCompoundAdjective(sentence, $0) }
            // The mention's own words first: the name is tokenised only when they say nothing.
            guard compound || (body.first..<body.end).contains(where: { sentence.key($0, in: Self.twoSidedWords) })
                || Self.nameWords(name).contains(where: Self.twoSidedWords.contains)
            else { continue }
            let evidence = evidence(sentence, body.first, body.end)
            if compound, let (first, second) = compoundPair(sentence) {
                for country in [first, second] {
                    addCountry(country, evidence: evidence, confidence: 0.6, rule: "country.compound")
                    store.add(Relation(type: .memberOf, from: country, to: body.id), symmetric: false, confidence: 0.6,
                              rule: "joint-body.members", evidence: evidence)
                }
                // A joint body of two countries says they cooperate.
                store.add(Relation(type: .cooperatesWith, from: first, to: second), symmetric: true, confidence: 0.7,
                          rule: "cooperation.joint-body", evidence: evidence)
                notePartnerPair(first, second)
            } else if case let inner = bodiesNamedInside(sentence, body), inner.count == 2 {
                // "groupe de travail conjoint Sonatrach–NNPC": the two bodies its name joins.
                for member in inner {
                    store.add(Relation(type: .memberOf, from: member, to: body.id), symmetric: false, confidence: 0.6,
                              rule: "joint-body.members.named", evidence: evidence)
                }
            } else if jointBodiesNeedingMembers[body.id, default: []].count < CandidateStore.evidenceLimit {
                jointBodiesNeedingMembers[body.id, default: []].append(evidence)
            }
        }
    }

    /// Words that make a joint body one of two sides ("commission mixte", "comité … de la coopération bilatérale").
    static let twoSidedWords: CueSet = ["mixte", "mixtes", "bilateral", "bilaterale", "paritaire", "conjoint", "conjointe"]

    /// The folded words of a name.
    static func nameWords(_ name: String) -> [String] {
        Tokenizer.tokenize(name).tokens.filter { $0.kind == .word }.map(\.key)
    }
}
