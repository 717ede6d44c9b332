import CoopModel

/// Links of activities told across sentences: the domains listed after "cette coopération porte
/// sur :", the events a pronoun right after an activity attaches to it, the agreement of the
/// paragraph before "Les actions de coopération portent sur …".
extension DocumentExtraction {
    static let activityPronouns: CueSet = ["elle", "il", "celle", "celui"]

    /// "Les axes de cette coopération portent notamment sur :" and the bullets after it: the
    /// umbrella (created when the document has none yet, as the cooperation of the document's
    /// main body, which runs it) covers the sectors of each bullet.
    mutating func buildActivityList(_ sentence: Sentence, cueEnd: Int?) {
        let bullet = sentence.tokens.first.map { ClosedWords.isBullet($0.key) } ?? false
        if bullet, let owner = activityState.listOwner {
            var seen: Set<EntityID> = []
            for sector in sentence.mentions where sector.kind == .sector && !sector.id.rawValue.isEmpty && seen.insert(sector.id).inserted {
                addCovers(owner, sector.id, confidence: 0.45, rule: "programme.activity.list-sector", evidence: evidence(sentence, sector.first, sector.end))
            }
            return
        }
        if !bullet, sentence.range.lowerBound == 0 { activityState.listOwner = nil }
        guard let cueEnd, sentence.key(cueEnd, is: ":"),
            (sentence.range.lowerBound..<cueEnd).contains(where: { vocabulary.activities.umbrellaNouns.contains(sentence.key($0)) })
        else { return }
        if activityState.umbrella == nil, let subject = documentSubject, let body = store.entities[subject]?.entity {
            let acronym = body.acronyms.first ?? vocabulary.knowledge?.entity(subject)?.acronyms.first
            let name = acronym.map { "Coopération du \($0)" } ?? "Coopération — \(body.names.fr)"
            let id = EntityID("prog." + (home?.rawValue.lowercased() ?? "org") + "." + memo.slug(name))
            let here = evidence(sentence, sentence.range.lowerBound, cueEnd)
            store.add(Entity(id: id, type: .programme, names: Names(fr: name), properties: ["kind": .string("programme")]),
                      confidence: 0.4, rule: "programme.activity.umbrella-owner", existing: false, evidence: here)
            store.add(Relation(type: .runs, from: subject, to: id), symmetric: false, confidence: 0.4,
                      rule: "programme.activity.umbrella-owner", evidence: here)
            activityState.umbrella = (id, sentence.lineNumber, [])
            activityState.umbrellaOwner = subject
        }
        activityState.listOwner = activityState.umbrella?.id
    }

    /// "… porte sur la formation …. Elle a été suivie d'une mission …": the events of a
    /// sentence opening with a pronoun right after an activity, on the same line, are part of it.
    mutating func buildActivityEvents(_ sentence: Sentence) {
        guard let last = activityState.last, last.line == sentence.lineNumber,
            sentence.key(sentence.range.lowerBound, in: Self.activityPronouns)
        else { return }
        for event in sentence.mentions where event.kind == .event && !event.id.rawValue.isEmpty {
            store.add(Relation(type: .partOf, from: event.id, to: last.id), symmetric: false, confidence: 0.45,
                      rule: "programme.activity.event", evidence: evidence(sentence, event.first, event.end))
        }
    }

    /// "Dans le domaine …, la signature d'un protocole d'accord …" then, in the next paragraph,
    /// "Les actions de coopération portent sur …": an activity whose sentence opens with an effort
    /// noun implements the agreement named on one of the two lines before.
    mutating func linkActivityToAgreement(_ sentence: Sentence, activity: EntityID, opening: String?) {
        guard let opening, vocabulary.activities.purposeSubjects.contains(opening), let (agreement, line) = lastAgreement,
            line < sentence.lineNumber, line >= sentence.lineNumber - 2
        else { return }
        store.add(Relation(type: .implements, from: activity, to: agreement), symmetric: false, confidence: 0.4,
                  rule: "programme.activity.agreement", evidence: evidence(sentence, sentence.range.lowerBound, sentence.range.upperBound))
    }

    /// "Un mémorandum … a été signé … ; il porte sur la formation de médecins et la production
    /// locale de médicaments": a pronoun opening the sentence (or the clause after a semicolon)
    /// stands for the agreement of this line or the line before, and the sectors it is about,
    /// after the cue, are the agreement's.
    mutating func coverAgreementTopic(_ sentence: Sentence, cueEnd: Int) {
        guard let (agreement, line) = lastAgreement, line >= sentence.lineNumber - 1,
            let pronoun = (sentence.range.lowerBound..<cueEnd).first(where: { sentence.key($0, in: Self.subjectPronouns) }),
            pronoun == sentence.range.lowerBound || sentence.key(pronoun - 1, is: ";"),
            !sentence.mentions.contains(where: { $0.first < pronoun && $0.kind == .agreement && $0.id != agreement }),
            !sentence.mentions.contains(where: { $0.first > pronoun && $0.first < cueEnd && $0.kind != .sector })
        else { return }
        var seen: Set<EntityID> = []
        for sector in sentence.mentions where sector.kind == .sector && sector.first >= cueEnd && !sector.id.rawValue.isEmpty
            && seen.insert(sector.id).inserted
        {
            addCovers(agreement, sector.id, confidence: 0.5, rule: "agreement.topic-sector", evidence: evidence(sentence, pronoun, sector.end))
        }
    }
}
