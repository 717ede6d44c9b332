import CoopModel

/// Who hosted an event, when the text says so: "L'Algérie a accueilli …", "Alger a accueilli …",
/// "… accueillie par l'Université de …", also in the sentence after the event. An event merely
/// held somewhere gets no host (Docs/extraction.md, "Rounds 15 and 16").
extension DocumentExtraction {
    /// Who the text says hosted `event`: the subject of "a accueilli", "abrite" before it ("L'Algérie
    /// a accueilli à Oran, les 4 et 5 décembre 2022, un atelier", "Alger a accueilli la session":
    /// a town stands for its country), or the body or country after "accueilli(e) par", "reçu(e)
    /// par" after it, before `limit`.
    func statedHost(_ sentence: Sentence, event: Mention, limit: Int) -> EntityID? {
        guard relationCues.has(.hosting, in: sentence) else { return nil }
        // After the event: "… a été accueillie par l'Université de Lettonie".
        if let by = (event.end..<max(event.end, min(limit, event.end + 16))).first(where: {
            sentence.key($0, is: "par") && sentence.key($0 - 1, in: Self.hostedParticiples)
        }), let host = sentence.mentions.first(where: { $0.first > by && $0.first <= by + 3 && !$0.adjective && !$0.id.rawValue.isEmpty }) {
            return hostID(sentence, host)
        }
        // Before it: the subject right before the verb, the verb before the event with only
        // dates, places, commas and small words between.
        guard let verb = (sentence.range.lowerBound..<event.first).last(where: { sentence.key($0, in: Self.hostingVerbs) }),
            leadsToEvent(sentence, from: verb + 1, to: event, allowingAside: false),
            let subject = subjectOfVerb(sentence, at: verb)
        else { return nil }
        return hostID(sentence, subject)
    }

    /// Whether the words from `start` to `event` only lead to it: dates, places, numbers,
    /// ordinals, commas and small words ("a accueilli, les 4 et 5 décembre 2022, la quatrième
    /// édition des …"), no other event or agreement; with `allowingAside`, also an aside of up
    /// to eight words between two commas ("a pris part, en qualité d'invitée d'honneur, à la …").
    func leadsToEvent(_ sentence: Sentence, from start: Int, to event: Mention, allowingAside: Bool) -> Bool {
        guard start <= event.first,
            !sentence.mentions.contains(where: { ($0.kind == .event || $0.kind == .agreement) && $0.first >= start && $0.first < event.first })
        else { return false }
        var index = start
        while index < event.first {
            let key = sentence.key(index)
            if allowingAside, key == ",", let close = (index + 1..<min(event.first, index + 10)).first(where: { sentence.key($0, is: ",") }) {
                index = close + 1
                continue
            }
            guard Self.beforeEventWords.contains(key) || key == "," || sentence.isInDate(index) || sentence.tokens[index].kind == .number
                || Self.isOrdinalWord(key) || sentence.mentions.contains(where: { $0.kind == .place && $0.first <= index && index < $0.end })
                // ("a accueilli à Mascate et à Nizwa une semaine …": two places.)
                || key == "et" && placePreposition(sentence, index + 2) == .locative
            else { return false }
            index += 1
        }
        return true
    }

    /// The subject of the verb at `verb` (after its auxiliary "a", "ont", "avait", "avaient",
    /// if any): the mention right before it, or one before an apposition that ends right before
    /// it ("L'Algérie, membre de la Ligue depuis le 16 août 1962, a accueilli …").
    func subjectOfVerb(_ sentence: Sentence, at verb: Int) -> Mention? {
        let auxiliary = sentence.key(verb - 1, in: Self.haveAuxiliaries) ? verb - 1 : verb
        // (A loop, not a closure: one capturing `self` copied the whole extraction.)
        var subject = sentence.mentions.last(where: { $0.end <= auxiliary })
        if let last = subject, last.end != auxiliary {
            subject = nil
            for mention in sentence.mentions.reversed() where (mention.kind == .country || mention.kind == .institution)
                && mention.end < auxiliary && apposition(after: mention, in: sentence, before: auxiliary).upperBound == auxiliary
            {
                subject = mention
                break
            }
        }
        // ("la partie omanaise a accueilli …": a nationality after "partie" names the country.)
        guard let subject, !subject.adjective || subject.kind == .country && sentence.key(subject.first - 1, is: "partie"),
            !subject.id.rawValue.isEmpty
        else { return nil }
        return subject
    }

    /// The host a mention names: a country or body as it is, a town by its country.
    private func hostID(_ sentence: Sentence, _ mention: Mention) -> EntityID? {
        switch mention.kind {
        case .country, .institution: return mention.id
        case .place:
            if let country = countryOfPlaceNamed(sentence, mention.first..<mention.end) { return country }
            // A place of the knowledge base ("place.dz.oran"): the country of its lexicon place, as
            // `knownEntity` gives it.
            guard let index = vocabulary.knowledge?.index(of: mention.id), let place = vocabulary.lexiconPlaceOfKnown[index] else { return nil }
            return vocabulary.lexicon.places[place].country
        default: return nil
        }
    }

    /// Participles before "par" that name the host after it.
    /// "a", "ont", "avait", "avaient" before a past participle.
    static let haveAuxiliaries: CueSet = ["a", "ont", "avait", "avaient"]
    private static let hostedParticiples: CueSet = ["accueilli", "accueillie", "accueillis", "accueillies", "recu", "recue", "recus", "recues"]
    /// The words of either form, to turn away at once a sentence that has none.
    static let hostingCues = CueSet(hostingVerbs.keys.union(hostedParticiples.keys))

    /// "… une soirée culturelle ; celle-ci a été accueillie par l'Université de Lettonie": a
    /// sentence opening with a pronoun or a demonstrative and naming no event of its own, whose
    /// "accueilli(e) par" names the host of the event of this line or the one before.
    mutating func hostedLastEvent(_ sentence: Sentence) {
        guard let lastEvent, lastEvent.line >= sentence.lineNumber - 1, relationCues.has(.hosting, in: sentence),
            sentence.key(sentence.range.lowerBound, in: Self.eventAnaphora),
            !sentence.mentions.contains(where: { $0.kind == .event || $0.kind == .agreement })
        else { return }
        let stop = sentence.range.lowerBound..<max(sentence.range.lowerBound, min(sentence.range.upperBound, sentence.range.lowerBound + 10))
        guard let by = stop.first(where: { sentence.key($0, is: "par") && sentence.key($0 - 1, in: Self.hostedParticiples) }),
            let host = sentence.mentions.first(where: { $0.first > by && $0.first <= by + 3 && !$0.adjective && !$0.id.rawValue.isEmpty }),
            let id = hostID(sentence, host)
        else { return }
        store.add(Relation(type: .tookPartIn, from: id, to: lastEvent.id, properties: RoleProperties.host, dates: lastEvent.dates),
                  symmetric: false, confidence: 0.6, rule: "event.host", evidence: evidence(sentence, host.first, host.end))
    }

    /// Words opening a sentence that speaks of the event before ("celle-ci", "elle", "cette manifestation").
    private static let eventAnaphora: CueSet = ["celle", "celui", "elle", "il", "cette", "cet", "ce"]
}
