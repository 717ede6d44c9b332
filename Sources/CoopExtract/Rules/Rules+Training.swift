import CoopModel

/// Training and placements that reports tell by their verb, with no programme named: "L'ENAC
/// forme depuis 2008 une dizaine d'ingénieurs de l'ENNA par an", "NAV CANADA assure depuis 2016
/// la formation d'une trentaine de contrôleurs", "L'INTA accueille chaque année une dizaine
/// d'ingénieurs agronomes algériens pour des stages", "une quarantaine de journalistes algériens
/// participent à des sessions de formation organisées par le CIPCC". Each is a programme named
/// after the people it trains ("Formation d'ingénieurs de l'ENNA", "Stages d'ingénieurs
/// agronomes algériens"), run by the body that trains or hosts them, for the body the people
/// belong to or the country of their nationality, from the "depuis" date, covering training.
extension DocumentExtraction {
    static let trainingVerbs: Set<String> = ["forme", "forment", "formait", "formaient", "formera", "formeront"]
    static let placementVerbs: Set<String> = ["accueille", "accueillent", "accueillait", "accueillaient", "recoit", "recoivent"]
    /// Verbs before "la formation de" ("assure la formation d'une trentaine de contrôleurs").
    static let trainingDutyVerbs: Set<String> = ["assure", "assurent", "dispense", "dispensent", "prend", "prennent"]
    static let attendingVerbs: Set<String> = ["participent", "suivent", "beneficient"]
    /// Words that may stand between the verb and the people ("chaque année, depuis 2018,", "en stage").
    static let trainingFillers: CueSet = [
        ",", "chaque", "annee", "annuellement", "par", "an", "en", "stage", "stages", "formation", "egalement", "aussi",
        "regulierement", "depuis", "actuellement", "notamment", "charge", "la", "de", "d", "'",
    ]

    /// Every verb above, for one filtered test per sentence and per token (hashing each token's
    /// key into four `Set`s cost a third more instructions per megabyte).
    static let trainingTriggers = CueSet(trainingVerbs.union(placementVerbs).union(trainingDutyVerbs).union(attendingVerbs))

    mutating func buildTraining(_ sentence: Sentence) {
        guard relationCues.has(.training, in: sentence),
            let verb = sentence.range.first(where: { Self.trainingTriggers.contains(sentence.tokens[$0]) })
        else { return }
        let verbKey = sentence.key(verb)
        if Self.attendingVerbs.contains(verbKey) {
            attendedTraining(sentence, verb: verb)
            return
        }
        // The runner: the body or country opening the sentence (after an opening phrase and its
        // comma), before the verb; an apposition between ("…, établissement français situé à Toulouse,").
        // ("En France, le CNFPT accueille …": the subject, not the country of the opening phrase.)
        // A loop rather than `last(where:)`: this method is mutating, so the closure captured
        // `self`, and each call on it inside copied the whole extraction state.
        var found: Mention?
        for index in sentence.mentions.indices.reversed() {
            let mention = sentence.mentions[index]
            if (mention.kind == .institution || mention.kind == .country) && mention.end <= verb && !mention.adjective
                && !mention.id.rawValue.isEmpty && opensClause(sentence, mention.first) && gapBeforeVerb(sentence, mention.end, verb)
            {
                found = mention
                break
            }
        }
        guard let runner = found else { return }
        // "assure … la formation de": the people come after "formation de".
        var cursor = verb + 1
        let duty = Self.trainingDutyVerbs.contains(verbKey)
        if duty {
            guard let formation = (verb + 1..<min(sentence.range.upperBound, verb + 6)).first(where: { sentence.key($0, is: "formation") }) else { return }
            cursor = formation + 1
        }
        while sentence.range.contains(cursor), isFiller(sentence, cursor) { cursor += 1 }
        guard let people = peoplePhrase(sentence, from: cursor) else { return }
        let hosting = Self.placementVerbs.contains(verbKey)
        let placements = hosting && (verb + 1..<sentence.range.upperBound).contains { sentence.key($0, is: "stage", or: "stages") }
        // Hosting people is training when the sentence says so, or a placement when it recurs
        // ("accueille chaque année, depuis 2015, une vingtaine de cadres").
        let recurring = sentence.contains(anyOf: Self.recurrenceWords) || !Self.startedDates(sentence).isEmpty
        guard !hosting || placements || recurring || sentence.contains(anyOf: Self.trainingWords) else { return }
        let noun = placements ? "Stages" : hosting && !sentence.contains(anyOf: Self.trainingWords) ? "Accueil" : "Formation"
        addTraining(sentence, noun: noun, people: people, runners: [runner.id], span: runner.first..<people.end)
    }

    /// "une quarantaine de journalistes algériens participent … à des sessions de formation
    /// organisées à Pékin par le CIPCC": the people before the verb, the runner after "par".
    private mutating func attendedTraining(_ sentence: Sentence, verb: Int) {
        guard let organised = (verb + 1..<sentence.range.upperBound).first(where: { sentence.key($0, in: Self.organisedParticiples) }),
            (verb + 1..<organised).contains(where: { sentence.key($0, is: "formation") || sentence.key($0, is: "stages") }),
            let by = (organised + 1..<min(sentence.range.upperBound, organised + 8)).first(where: { sentence.key($0, is: "par") }),
            let runner = sentence.mentions.first(where: { $0.first > by && $0.first <= by + 3 }),
            runner.kind == .institution || runner.kind == .country, !runner.adjective, !runner.id.rawValue.isEmpty
        else { return }
        // The people: a rough number or article opening the subject.
        guard let start = (sentence.range.lowerBound..<verb).first(where: { vocabulary.participantKeys.contains(sentence.key($0)) }),
            let people = peoplePhrase(sentence, from: max(sentence.range.lowerBound, start - 3)), people.end <= verb
        else { return }
        addTraining(sentence, noun: "Formation", people: people, runners: [runner.id], span: people.first..<runner.end)
    }

    static let trainingWords: CueSet = ["formation", "former", "stage", "stages"]
    static let recurrenceWords: CueSet = ["chaque", "annuellement", "regulierement"]
    static let organisedParticiples: CueSet = ["organisees", "organises", "organisee", "organise", "dispensees", "dispenses", "assurees", "assures"]

    /// The people trained: a count ("une dizaine d'", "des", "30"), a noun of `participants`,
    /// adjectives, a nationality, and "de" a body they belong to.
    struct PeoplePhrase {
        var first: Int
        var nounStart: Int
        var end: Int
        var countries: [EntityID]
        var body: EntityID?
    }

    private func peoplePhrase(_ sentence: Sentence, from start: Int) -> PeoplePhrase? {
        var cursor = start
        // "une dizaine d'", "des", "30", "trente", "plusieurs".
        if sentence.key(cursor, in: Self.indefiniteArticles) || sentence.range.contains(cursor) && sentence.tokens[cursor].kind == .number
            || Self.numberWords[sentence.key(cursor)] != nil
        {
            cursor += 1
        }
        if sentence.key(cursor, in: Self.roughNumbers) { cursor += 1 }
        if ClosedWords.isDe(sentence.key(cursor)) { cursor += 1 }
        if sentence.key(cursor, is: "'") { cursor += 1 }
        guard sentence.range.contains(cursor), vocabulary.participantKeys.contains(sentence.key(cursor)) else { return nil }
        let nounStart = cursor
        cursor += 1
        var end = cursor
        var countries: [EntityID] = []
        var body: EntityID?
        // Two adjectives at most, then a nationality, which ends them ("agronomes algériens", "aériens").
        var adjectives = 0
        while sentence.range.contains(cursor), sentence.tokens[cursor].kind == .word, !sentence.tokens[cursor].capitalized {
            if let mention = sentence.mentions.first(where: { $0.first == cursor && $0.kind == .country && $0.adjective }) {
                countries.append(mention.id)
                end = mention.end
                // "magistrats tunisiens et mauritaniens"
                if sentence.key(end, is: "et"), let other = sentence.mentions.first(where: { $0.first == end + 1 && $0.kind == .country && $0.adjective }) {
                    countries.append(other.id)
                    end = other.end
                }
                break
            }
            let key = sentence.key(cursor)
            guard adjectives < 2, !Self.peopleStops.contains(key), !ClosedWords.isDe(key), !ClosedWords.isDefiniteArticle(key), key.count > 2,
                vocabulary.participantKeys.contains(key) || Self.adjectiveEndings.contains(where: key.hasSuffix)
            else { break }
            adjectives += 1
            cursor += 1
            end = cursor
        }
        // "cadres des collectivités locales algériennes": a nationality closing a complement.
        if countries.isEmpty, sentence.key(end, is: "de", or: "du", or: "des"),
            let nationality = (end + 1..<min(sentence.range.upperBound, end + 5)).first(where: { index in
                sentence.mentions.contains { $0.first == index && $0.kind == .country && $0.adjective }
            }),
            (end + 1..<nationality).allSatisfy({ sentence.tokens[$0].kind == .word && !sentence.tokens[$0].capitalized }),
            let mention = sentence.mentions.first(where: { $0.first == nationality })
        {
            countries = [mention.id]
            end = mention.end
        }
        // "… de l'ENNA", "… du CNFPS": the body they belong to.
        if ClosedWords.isOf(sentence.key(end)),
            let mention = sentence.mentions.first(where: { $0.first > end && $0.first <= end + 3 && $0.kind == .institution }),
            !mention.id.rawValue.isEmpty, (end + 1..<mention.first).allSatisfy({ ClosedWords.isDefiniteArticle(sentence.key($0)) })
        {
            body = mention.id
            end = mention.end
        }
        return PeoplePhrase(first: start, nounStart: nounStart, end: end, countries: countries, body: body)
    }

    /// Endings of the adjectives that qualify people ("aériens", "agronomes", "spécialisés").
    static let adjectiveEndings: [String] = ["iens", "iennes", "aux", "ales", "omes", "ises", "ises", "ques", "aires", "eurs", "ifs", "ives", "es", "els", "elles", "ins"]

    /// Words that end the people's adjectives.
    static let peopleStops: Set<String> = ["par", "pour", "chaque", "dans", "sur", "avec", "et", "qui", "au", "aux", "en", "depuis", "a", "à", "des", "les", "ces"]

    private mutating func addTraining(_ sentence: Sentence, noun: String, people: PeoplePhrase, runners: [EntityID], span: Range<Int>) {
        let peopleText = sentence.line.text(tokens: people.nounStart, people.end - 1)
        let vowel = peopleText.first.map { "aeiouyéèêàâîôhAEIOUYÉÈÊ".contains($0) } ?? false
        let name = noun + (vowel ? " d'" : " de ") + peopleText
        let id = EntityID("prog." + (home?.rawValue.lowercased() ?? "org") + "." + memo.slug(name))
        // A programme the sentence names ("dans le cadre d'un programme de formation …") is not told twice.
        guard !sentence.mentions.contains(where: { $0.kind == .programme }) else { return }
        let here = evidence(sentence, span.lowerBound, span.upperBound)
        store.add(Entity(id: id, type: .programme, names: Names(fr: name), properties: ["kind": .string("programme")]),
                  confidence: 0.5, rule: "programme.training", existing: false, evidence: here)
        for date in Self.startedDates(sentence) { store.addDate(date, to: id) }
        for runner in runners {
            store.add(Relation(type: .runs, from: runner, to: id), symmetric: false, confidence: 0.5, rule: "programme.training.runner", evidence: here)
        }
        for beneficiary in people.body.map({ [$0] }) ?? people.countries where !runners.contains(beneficiary) {
            store.add(Relation(type: .beneficiaryOf, from: beneficiary, to: id), symmetric: false, confidence: 0.5,
                      rule: "programme.training.beneficiary", evidence: here)
        }
        if let body = people.body, let runner = runners.first, runner != body {
            store.add(Relation(type: .cooperatesWith, from: runner, to: body), symmetric: true, confidence: 0.5,
                      rule: "cooperation.training", evidence: here)
        }
        var seen: Set<EntityID> = ["sector.training"]
        proposeSector("sector.training", confidence: 0.5, rule: "programme.training.sector", evidence: here)
        addCovers(id, "sector.training", confidence: 0.5, rule: "programme.training.sector", evidence: here)
        let sectors = sentence.mentions.filter { $0.kind == .sector && !$0.id.rawValue.isEmpty }.map(\.id)
        for sector in (sectors.isEmpty ? sectionSectors : sectors) where seen.insert(sector).inserted {
            addCovers(id, sector, confidence: 0.45, rule: "programme.training.sector", evidence: here)
        }
    }

    /// Whether token `index` is a filler between a verb and what it governs: one of
    /// `trainingFillers` ("chaque année", "depuis") or a word of a date.
    func isFiller(_ sentence: Sentence, _ index: Int) -> Bool {
        sentence.key(index, in: Self.trainingFillers) || sentence.isInDate(index)
    }

    /// Whether a clause opens at token `first`: the sentence's start, or a comma, articles between.
    private func opensClause(_ sentence: Sentence, _ first: Int) -> Bool {
        var before = first - 1
        while before >= sentence.range.lowerBound, ClosedWords.isDefiniteArticle(sentence.key(before)) { before -= 1 }
        return before < sentence.range.lowerBound || sentence.key(before, is: ",")
    }

    /// Whether the words between a subject and its verb are an apposition between commas, a
    /// date, or fillers ("chaque année").
    private func gapBeforeVerb(_ sentence: Sentence, _ end: Int, _ verb: Int) -> Bool {
        let gap = end..<verb
        if gap.isEmpty { return true }
        if sentence.key(end, is: ","), let close = gap.dropFirst().last(where: { sentence.key($0, is: ",") }), close == verb - 1 { return gap.count <= 14 }
        // "Le CNFPS de Constantine accueille …": the town after the body too.
        return gap.count <= 5 && gap.allSatisfy { index in
            sentence.key(index, in: Self.trainingFillers) || sentence.key(index, is: "à")
                || sentence.isInDate(index)
                || sentence.mentions.contains { $0.kind == .place && $0.first <= index && index < $0.end }
        }
    }

    /// The end of "session de formation" whose clause names a month within fifteen words after
    /// it ("… a été organisée à Alger, du 8 au 19 septembre 2025"), nil when none does.
    func trainingSessionEnd(_ sentence: Sentence, after end: Int) -> Int? {
        let nameEnd = sentence.key(end + 1, is: "'") ? end + 3 : end + 2
        let upper = min(sentence.range.upperBound, nameEnd + 15)
        var index = nameEnd
        while index < upper {
            if sentence.tokens[index].kind == .punct, !sentence.key(index, is: ",") { return nil }
            if sentence.matches[index]?.contains(where: { if case .month = $0.payload { true } else { false } }) ?? false { return nameEnd }
            index += 1
        }
        return nil
    }

    /// "session(s) de formation / de perfectionnement / d'information" at `index`.
    static func isTrainingSession(_ sentence: Sentence, _ index: Int, _ end: Int) -> Bool {
        let key = sentence.key(index)
        guard key == "session" || key == "sessions", ClosedWords.isDe(sentence.key(end)) else { return false }
        let next = sentence.key(end + 1, is: "'") ? sentence.key(end + 2) : sentence.key(end + 1)
        return ["formation", "perfectionnement", "information", "sensibilisation", "recyclage"].contains(next)
    }
}
