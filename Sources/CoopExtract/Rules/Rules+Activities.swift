import CoopModel

/// Cooperation activities that reports describe without naming a programme. Three wordings:
/// - "La coopération scientifique se déroule sous l'égide et le contrôle du Comité …":
///   the cooperation as a whole, one umbrella programme per document (`programme.activity.umbrella`),
///   run and monitored by the bodies after "sous"; later sentences opening with "La coopération
///   <adjective>" (or "Elle" right after) add the sectors they name and the agreements they implement;
/// - "… porte surtout sur la formation des techniciens et l'échange d'enseignants …",
///   "Cet appui concerne la création d'un Institut …": the noun phrase after a cue, headed
///   by a noun of action, is an activity programme (`programme.activity`);
/// - "Les efforts déployés par le Ministère pour la modernisation de …": the same after the
///   purpose of an effort noun (`programme.activity.purpose`), run by the body after "par".
/// An activity covers its sentence's sectors, is part of the activity a demonstrative refers back
/// to ("Cet appui", "Cette mise à niveau": any of the last four activities of this line or the one
/// before, by its noun of action or its sentence's subject; the referring sentence's sectors are
/// that activity's too) or else of the umbrella, and implements the programmes its sentence names
/// when its phrase says "mise en œuvre". All words are in `activities.yaml`.
extension DocumentExtraction {
    static let activityArticles: CueSet = ["la", "le", "les", "l", "'", "un", "une", "des", "du", "de", "d", "au", "aux", "à"]

    mutating func buildActivities(_ sentence: Sentence) {
        let words = vocabulary.activities
        guard !words.nominals.isEmpty, !sentence.range.isEmpty else { return }
        let opening = openingNoun(sentence)
        buildUmbrella(sentence, opening: opening)
        let parent = referredActivity(sentence, opening: opening)
        var subject = opening?.key ?? ""
        // Cheap gates: a cue verb somewhere, or an effort noun opening the sentence.
        var starts: [(index: Int, rule: String)] = []
        buildActivityEvents(sentence)
        let cue = sentence.contains(anyOf: words.cueGate) ? cueEnd(sentence) : nil
        buildActivityList(sentence, cueEnd: cue)
        if let cue {
            starts.append((cue, "programme.activity"))
            coverAgreementTopic(sentence, cueEnd: cue)
        }
        // (The opening token tested by its hash: hashing its key into a `Set` cost about 400
        // instructions a sentence.)
        if let opening, words.purposeSubjects.contains(sentence.tokens[opening.index]),
            let purposeEnd = phraseEnd(sentence, words.purposeCues, words.purposeCueStarts, from: opening.index + 1)
        {
            starts.append((purposeEnd, "programme.activity.purpose"))
        }
        if let parent {
            // "Cette mise à niveau a concerné les filières du bâtiment …": the sectors are the activity's.
            var seen: Set<EntityID> = []
            for sector in sentence.mentions where sector.kind == .sector && !sector.id.rawValue.isEmpty && seen.insert(sector.id).inserted {
                addCovers(parent.id, sector.id, confidence: 0.45, rule: "programme.activity.referred-sector",
                          evidence: evidence(sentence, sector.first, sector.end))
            }
            // "Cet appui concerne …, à travers un programme de formation …": named programmes too,
            // run by the bodies that run the activity ("Ces efforts, qui ont permis la création du Registre …").
            for programme in sentence.mentions where programme.kind == .programme && !programme.anaphoric && !programme.id.rawValue.isEmpty
                && programme.id != parent.id
            {
                let here = evidence(sentence, programme.first, programme.end)
                store.add(Relation(type: .partOf, from: programme.id, to: parent.id), symmetric: false, confidence: 0.5,
                          rule: "programme.activity.part", evidence: here)
                for runner in parent.runners {
                    store.add(Relation(type: .runs, from: runner, to: programme.id), symmetric: false, confidence: 0.4,
                              rule: "programme.activity.part-runner", evidence: here)
                }
            }
        }
        for (start, rule) in starts {
            var from = start
            while let phrase = activityPhrase(sentence, from: from) {
                let (id, runners) = addActivity(sentence, phrase: phrase, rule: rule, parent: parent?.id, runnersBefore: start)
                if subject.isEmpty { subject = phrase.nominal }
                if parent == nil, opening?.index == sentence.range.lowerBound + 1 { linkActivityToAgreement(sentence, activity: id, opening: opening?.key) }
                activityState.last = (id, phrase.nominal, subject, sentence.lineNumber, runners)
                if activityState.recent.count >= 4 { activityState.recent.removeFirst() }
                activityState.recent.append((id, phrase.nominal, subject, sentence.lineNumber, runners))
                guard let next = phrase.next else { break }
                from = next
            }
        }
    }

    /// "La coopération technique (transports, santé …)": a sentence about the cooperation as a
    /// whole names its domains, so single-word sector forms count in it (a cue like "domaine").
    /// (Inlined: called from the mutating name and mention readers, a call copied the whole
    /// extraction, 1,840 bytes, to hand it over as `self`.)
    @inline(__always)
    func opensWithUmbrellaNoun(_ sentence: Sentence) -> Bool {
        // So does a sentence saying what an activity is about ("… porte sur la mise à niveau des centres de formation professionnelle").
        if sentence.contains(anyOf: vocabulary.activities.domainGate) { return true }
        guard let opening = openingNoun(sentence), !opening.demonstrative else { return false }
        // By the token's hash and key: no hashing of the key anew.
        return vocabulary.activities.umbrellaNouns.contains(sentence.tokens[opening.index])
    }

    /// The noun opening the sentence after an article or demonstrative ("La coopération …",
    /// "Cet appui …", "Les efforts …"), with whether a demonstrative came first.
    private func openingNoun(_ sentence: Sentence) -> (key: String, index: Int, demonstrative: Bool)? {
        var index = sentence.range.lowerBound
        var demonstrative = false
        while index < sentence.range.upperBound, index < sentence.range.lowerBound + 3 {
            let key = sentence.key(index)
            if ClosedWords.isDemonstrative(key) { demonstrative = true } else if !ClosedWords.isDefiniteArticle(key) { break }
            index += 1
        }
        guard sentence.range.contains(index), sentence.tokens[index].kind == .word else { return nil }
        return (sentence.key(index), index, demonstrative)
    }

    /// "Cet appui …", "Ces efforts …": the newest recent activity whose noun of action or sentence
    /// subject is the demonstrative's noun, named on this line or the one before.
    /// (Inlined: called from a mutating rule, a call copied the whole reading into a temporary.)
    @inline(__always)
    private func referredActivity(
        _ sentence: Sentence, opening: (key: String, index: Int, demonstrative: Bool)?
    ) -> (id: EntityID, runners: [EntityID])? {
        guard let opening, opening.demonstrative,
            let last = activityState.recent.last(where: { $0.line >= sentence.lineNumber - 1 && (opening.key == $0.nominal || opening.key == $0.subject) })
        else { return nil }
        return (last.id, last.runners)
    }

    /// The umbrella: created by "La coopération <adjectives> <umbrella verb>", described by later
    /// sentences opening with "La coopération <adjectives>" or, right after it, "Elle".
    private mutating func buildUmbrella(_ sentence: Sentence, opening: (key: String, index: Int, demonstrative: Bool)?) {
        let words = vocabulary.activities
        var describes = false
        if let opening, !opening.demonstrative, words.umbrellaNouns.contains(sentence.tokens[opening.index]) {
            var end = opening.index + 1
            // Up to three adjectives, a compound counting as one ("algéro-française").
            var adjectives = 0
            while end < sentence.range.upperBound, adjectives < 3, sentence.tokens[end].kind == .word,
                !sentence.tokens[end].capitalized, !words.verbStarts.contains(sentence.key(end)),
                // "La coopération internationale du Ministère": "du" is not an adjective.
                !Self.connectors.contains(sentence.tokens[end])
            {
                end += 1
                adjectives += 1
                while end + 1 < sentence.range.upperBound, sentence.tokens[end].kind == .hyphen, sentence.tokens[end + 1].kind == .word { end += 2 }
            }
            guard end > opening.index + 1 else { return }
            if activityState.umbrella == nil, let verbEnd = phraseEnd(sentence, words.umbrellaVerbs, words.umbrellaVerbStarts, from: end) {
                let name = Self.capitalisingFirst(sentence.line.text(tokens: opening.index, end - 1))
                let id = EntityID("prog." + (home?.rawValue.lowercased() ?? "org") + "." + memo.slug(name))
                store.add(Entity(id: id, type: .programme, names: Names(fr: name), properties: ["kind": .string("programme")]),
                          confidence: 0.5, rule: "programme.activity.umbrella", existing: false, evidence: evidence(sentence, opening.index, end))
                var countries: Set<EntityID> = []
                for index in opening.index..<end {
                    for match in sentence.matches[index] ?? [] {
                        if case .countryPrefix(let country) = match.payload { countries.insert(country) }
                        if case .demonym(let country) = match.payload { countries.insert(country) }
                    }
                }
                activityState.umbrella = (id, sentence.lineNumber, countries)
                addUmbrellaBodies(sentence, umbrella: id, from: verbEnd)
            }
            describes = true
        } else if activityState.umbrella != nil, activityState.umbrellaOwner != nil, sentence.contains(anyOf: words.umbrellaNouns),
            let owner = umbrellaOwner(sentence), owner.body.id == activityState.umbrellaOwner
        {
            // "… un second axe de la coopération de l'Office": this sentence describes it too.
            describes = true
        } else if activityState.umbrella == nil, sentence.contains(anyOf: words.umbrellaNouns), let owner = umbrellaOwner(sentence) {
            // "… l'axe prioritaire de la coopération du Ministère": that body's cooperation, run by it.
            let name = Self.capitalisingFirst(sentence.line.text(tokens: owner.noun, owner.body.end - 1))
            let id = EntityID("prog." + (home?.rawValue.lowercased() ?? "org") + "." + memo.slug(name))
            let here = evidence(sentence, owner.noun, owner.body.end)
            store.add(Entity(id: id, type: .programme, names: Names(fr: name), properties: ["kind": .string("programme")]),
                      confidence: 0.45, rule: "programme.activity.umbrella-owner", existing: false, evidence: here)
            store.add(Relation(type: .runs, from: owner.body.id, to: id), symmetric: false, confidence: 0.45,
                      rule: "programme.activity.umbrella-owner", evidence: here)
            activityState.umbrella = (id, sentence.lineNumber, [])
            activityState.umbrellaOwner = owner.body.id
            describes = true
        } else if sentence.key(sentence.range.lowerBound, is: "elle"), let umbrella = activityState.umbrella,
            umbrella.line >= sentence.lineNumber - 1
        {
            describes = true
        }
        guard describes, let umbrella = activityState.umbrella?.id else { return }
        activityState.umbrella?.line = sentence.lineNumber
        var seen: Set<EntityID> = []
        for sector in sentence.mentions where sector.kind == .sector && !sector.id.rawValue.isEmpty && seen.insert(sector.id).inserted {
            addCovers(umbrella, sector.id, confidence: 0.45, rule: "programme.activity.umbrella-sector",
                      evidence: evidence(sentence, sector.first, sector.end))
        }
        // "La coopération culturelle met en œuvre l'Accord … et le Mémorandum …".
        if firstPhrase(sentence, vocabulary.implementPhrases, vocabulary.implementStarts) != nil || firstPhrase(sentence, words.frameMarkers) != nil {
            for agreement in sentence.mentions where agreement.kind == .agreement && !agreement.id.rawValue.isEmpty {
                store.add(Relation(type: .implements, from: umbrella, to: agreement.id), symmetric: false, confidence: 0.5,
                          rule: "programme.activity.umbrella-implements", evidence: evidence(sentence, agreement.first, agreement.end))
            }
        }
    }

    /// "la coopération du MICLAT", "la coopération de l'Office …": the umbrella noun and the body
    /// named right after "du", "de la", "de l'".
    private func umbrellaOwner(_ sentence: Sentence) -> (noun: Int, body: Mention)? {
        for body in sentence.mentions where body.kind == .institution && !body.id.rawValue.isEmpty {
            var index = body.first - 1
            while sentence.range.contains(index), sentence.key(index, is: "la") || sentence.key(index, is: "l") || sentence.key(index, is: "'") { index -= 1 }
            guard sentence.key(index, is: "du") || ClosedWords.isDe(sentence.key(index)), vocabulary.activities.umbrellaNouns.contains(sentence.key(index - 1))
            else { continue }
            return (index - 1, body)
        }
        return nil
    }

    /// "sous la conduite et la supervision de la Commission mixte …": the bodies after "sous" run the umbrella
    /// (a runner marker between) and monitor it (a monitor marker between).
    private mutating func addUmbrellaBodies(_ sentence: Sentence, umbrella: EntityID, from start: Int) {
        let words = vocabulary.activities
        guard let under = (start..<sentence.range.upperBound).first(where: { sentence.key($0, is: "sous") }),
            let body = sentence.mentions.first(where: { $0.kind == .institution && $0.first > under && !$0.id.rawValue.isEmpty }),
            body.first - under <= 8
        else { return }
        let between = (under..<body.first).map { sentence.key($0) }
        let bodies = [body] + joinedMentions(sentence, from: body.end) { $0.kind == .institution && !$0.id.rawValue.isEmpty }
        for one in bodies {
            if between.contains(where: words.runnerMarkers.contains) {
                store.add(Relation(type: .runs, from: one.id, to: umbrella), symmetric: false, confidence: 0.5,
                          rule: "programme.activity.umbrella-runner", evidence: evidence(sentence, under, one.end))
            }
            if between.contains(where: words.monitorMarkers.contains) {
                store.add(Relation(type: .monitors, from: one.id, to: umbrella), symmetric: false, confidence: 0.5,
                          rule: "programme.activity.umbrella-monitor", evidence: evidence(sentence, under, one.end))
            }
        }
    }
}
