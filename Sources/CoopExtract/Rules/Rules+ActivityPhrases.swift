import CoopModel

/// An activity's noun phrase in a sentence, and the programme proposed for it.
struct ActivityPhrase {
    var first: Int
    var end: Int
    var kind: String
    /// The first key of its noun of action ("appui").
    var nominal: String
    /// Where a second activity coordinated with this one starts ("… en Algérie et le renforcement …").
    var next: Int?
}

extension DocumentExtraction {
    /// Past the fillers ("essentiellement", ",") at `index`.
    private func skippingFillers(_ sentence: Sentence, _ index: Int) -> Int {
        var index = index
        while let filler = vocabulary.activities.fillers.first(where: { matches(sentence, $0, at: index) }) { index += filler.count }
        return index
    }

    private func matches(_ sentence: Sentence, _ phrase: [String], at index: Int) -> Bool {
        index + phrase.count <= sentence.range.upperBound && index >= sentence.range.lowerBound
            && phrase.indices.allSatisfy { sentence.tokens[index + $0].key == phrase[$0] }
    }

    /// Past the first phrase of `phrases` found from `start` on, fillers allowed between its
    /// words and after it; `starts` is `PhraseStarts(phrases)`.
    func phraseEnd(_ sentence: Sentence, _ phrases: [[String]], _ starts: PhraseStarts, from start: Int) -> Int? {
        // A token is compared by its key's hash with the phrases' first words before any string
        // is compared: most tokens open no phrase.
        starts.hashes.withUnsafeBufferPointer { phraseEnd(sentence, phrases, from: start, firstHashes: $0, mask: starts.mask) }
    }

    private func phraseEnd(
        _ sentence: Sentence, _ phrases: [[String]], from start: Int, firstHashes: UnsafeBufferPointer<UInt32>, mask: UInt64
    ) -> Int? {
        let tokens = sentence.tokens
        for index in max(start, sentence.range.lowerBound)..<sentence.range.upperBound where mask & Self.maskBit(tokens[index].keyHash) != 0 {
            for (position, phrase) in phrases.enumerated()
            where tokens[index].keyHash == firstHashes[position] && phrase.first == sentence.key(index) {
                var cursor = index
                var matched = true
                for (position, word) in phrase.enumerated() {
                    if position > 0 { cursor = skippingFillers(sentence, cursor) }
                    guard sentence.key(cursor) == word else {
                        matched = false
                        break
                    }
                    cursor += 1
                }
                if matched { return skippingFillers(sentence, cursor) }
            }
        }
        return nil
    }

    /// Past the first activity cue of the sentence ("portent essentiellement sur").
    func cueEnd(_ sentence: Sentence) -> Int? {
        phraseEnd(sentence, vocabulary.activities.cues, vocabulary.activities.cueStarts, from: sentence.range.lowerBound)
    }

    /// The noun of action at `index`, if one opens there.
    private func nominal(_ sentence: Sentence, at index: Int) -> (end: Int, kind: String, key: String)? {
        let words = vocabulary.activities
        guard words.nominalStarts.contains(sentence.key(index)),
            let found = words.nominals.first(where: { matches(sentence, $0.keys, at: index) })
        else { return nil }
        return (index + found.keys.count, found.kind, found.keys[0])
    }

    private func skippingArticles(_ sentence: Sentence, _ index: Int) -> Int {
        var index = index
        while sentence.range.contains(index), sentence.key(index, in: Self.activityArticles) { index += 1 }
        return index
    }

    /// The activity noun phrase after `start` (articles skipped): a noun of action and what
    /// follows it up to punctuation, a stop phrase or 24 tokens. "et" followed by another noun of
    /// action ends it when three words or more came before ("la création d'un Institut …
    /// et le renforcement …": two activities); a bare noun shares what follows ("la formation et le
    /// transfert de savoir-faire en …": one).
    func activityPhrase(_ sentence: Sentence, from start: Int) -> ActivityPhrase? {
        let first = skippingArticles(sentence, start)
        guard let head = nominal(sentence, at: first),
            !sentence.mentions.contains(where: { $0.kind == .programme && $0.first <= first && first < $0.end })
        else { return nil }
        var end = head.end
        var next: Int?
        var index = head.end
        scan: while index < sentence.range.upperBound, index - first < 24 {
            let token = sentence.tokens[index]
            if token.kind == .punct { break }
            if vocabulary.activities.stopStarts.contains(token) {
                for stop in vocabulary.activities.stops where matches(sentence, stop, at: index) { break scan }
            }
            if token.key == "et", (first..<index).filter({ sentence.tokens[$0].kind == .word }).count >= 3,
                nominal(sentence, at: skippingArticles(sentence, index + 1)) != nil
            {
                next = index + 1
                break
            }
            index += 1
            end = index
        }
        while end > head.end, sentence.key(end - 1, in: Self.activityArticles) || sentence.key(end - 1, is: "et") { end -= 1 }
        return ActivityPhrase(first: first, end: end, kind: head.kind, nominal: head.key, next: next)
    }

    /// Proposes the activity programme of `phrase` and its links; returns its id and the bodies that run it.
    mutating func addActivity(
        _ sentence: Sentence, phrase: ActivityPhrase, rule: String, parent: EntityID?, runnersBefore cue: Int
    ) -> (id: EntityID, runners: [EntityID]) {
        let name = Self.capitalisingFirst(sentence.line.text(tokens: phrase.first, phrase.end - 1))
        let id = EntityID("prog." + (home?.rawValue.lowercased() ?? "org") + "." + memo.slug(name))
        let here = evidence(sentence, phrase.first, phrase.end)
        store.add(Entity(id: id, type: .programme, names: Names(fr: name), properties: ["kind": .string(phrase.kind)]),
                  confidence: 0.5, rule: rule, existing: false, evidence: here)
        // "des actions …, lancées depuis 2015, ont porté sur …": a start told before the cue is the activity's.
        for date in sentence.dates where date.role == .started && date.end <= cue { store.addDate(DatedRole(.started, date.date), to: id) }
        var seen: Set<EntityID> = []
        let sectors = sentence.mentions.filter { $0.kind == .sector && !$0.id.rawValue.isEmpty }.map(\.id)
        for sector in (sectors.isEmpty ? sectionSectors : sectors) where seen.insert(sector).inserted {
            addCovers(id, sector, confidence: 0.45, rule: "programme.activity.sector", evidence: here)
        }
        // The umbrella of two countries ("algéro-tunisienne") holds no activity told with a third.
        let umbrella = activityState.umbrella.flatMap { umbrella in
            umbrella.countries.isEmpty || sentence.mentions.allSatisfy { $0.kind != .country || umbrella.countries.contains($0.id) } ? umbrella.id : nil
        }
        if let whole = parent ?? umbrella, whole != id {
            store.add(Relation(type: .partOf, from: id, to: whole), symmetric: false, confidence: 0.45,
                      rule: "programme.activity.part", evidence: here)
        }
        // "le soutien … à l'application de la stratégie … fixée par le Plan national …".
        if firstPhrase(sentence, vocabulary.implementPhrases, vocabulary.implementStarts, from: phrase.first).map({ $0 < phrase.end }) ?? false {
            for programme in sentence.mentions where programme.kind == .programme && !programme.anaphoric && !programme.id.rawValue.isEmpty
                && programme.first >= phrase.end
            {
                store.add(Relation(type: .implements, from: id, to: programme.id), symmetric: false, confidence: 0.45,
                          rule: "programme.activity.implements", evidence: evidence(sentence, phrase.first, programme.end))
            }
        }
        // "les efforts déployés par le Ministère pour …": the body after "par", before the cue, runs it.
        var runners: [EntityID] = []
        for body in sentence.mentions where body.kind == .institution && !body.id.rawValue.isEmpty && body.end <= cue {
            let before = skippingBack(sentence, body.first - 1)
            guard sentence.key(before, is: "par") else { continue }
            store.add(Relation(type: .runs, from: body.id, to: id), symmetric: false, confidence: 0.45,
                      rule: "programme.activity.runner", evidence: evidence(sentence, before, phrase.end))
            runners.append(body.id)
        }
        return (id, runners)
    }

    /// The index before the articles ending at `index`.
    private func skippingBack(_ sentence: Sentence, _ index: Int) -> Int {
        var index = index
        while index > sentence.range.lowerBound, ClosedWords.isDefiniteArticle(sentence.key(index)) { index -= 1 }
        return index
    }

    /// `capitalisedFirst` (the same rule for activities' names).
    static func capitalisingFirst(_ text: String) -> String { capitalisedFirst(text) }
}
