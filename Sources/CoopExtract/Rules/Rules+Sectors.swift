import CoopModel

/// Sectors named inside a mention's own words, or listed right after it.
extension DocumentExtraction {
    /// The sectors named inside a mention's own words ("accord sur le transport aérien"), proposed too.
    mutating func namedSectors(_ sentence: Sentence, _ mention: Mention, knownOnly: Bool = false) -> [EntityID] {
        namedSectors(sentence, in: mention.first..<mention.end, knownOnly: knownOnly)
    }

    /// `namedSectors` of the mention naming tokens `name` (given its tokens, not the mention:
    /// a mention handed over is copied, its ids retained and released).
    mutating func namedSectors(_ sentence: Sentence, in name: Range<Int>, knownOnly: Bool = false) -> [EntityID] {
        // The head's own words name no sector: "groupe de travail" is no labour cooperation.
        // (A loop: `compactMap` then `max` built an array for every body and programme named.)
        var headEnd = 0
        for match in sentence.matches[name.lowerBound] ?? [] {
            if case .head = match.payload { headEnd = max(headEnd, match.end) }
        }
        return sectors(sentence, in: max(name.lowerBound + 1, headEnd)..<name.upperBound, knownOnly: knownOnly)
    }

    /// "quatre accords portant sur l'énergie, l'agriculture, la culture et la formation
    /// professionnelle": the sectors listed right after a mention whose name ends with one
    /// (commas, "et" and articles between), proposed too.
    mutating func listedSectors(_ sentence: Sentence, after mention: Mention) -> [EntityID] {
        guard mention.end > mention.first, sectorMatch(sentence, at: mention.end - 1) != nil || endsWithSector(sentence, mention) else { return [] }
        var index = mention.end
        var end = mention.end
        while index < sentence.range.upperBound {
            if let match = sectorMatch(sentence, at: index) {
                index = match.end
                end = index
            } else if sentence.key(index, is: ",") || sentence.key(index, is: "et") || ClosedWords.isDefiniteArticle(sentence.key(index))
                || ClosedWords.isOf(sentence.key(index)) && !sentence.key(index, is: "d")
            {
                index += 1
            } else {
                break
            }
        }
        return end > mention.end ? sectors(sentence, in: mention.end..<end) : []
    }

    /// "un séminaire sur la cybercriminalité": the sectors an event is about, named right after
    /// "sur" (articles and "la lutte contre" between), or by a phrase its word opens ("un forum
    /// d'affaires"), proposed too.
    mutating func sectorsAbout(_ sentence: Sentence, after event: Mention) -> [EntityID] {
        // "un forum d'affaires": a sector's phrase that opens with the event word.
        if let own = sectorMatch(sentence, at: event.first), own.end > event.end { return sectors(sentence, in: event.first..<own.end) }
        // ("un séminaire régional sur …": one or two lower-case words may qualify the event first.)
        guard let on = (event.end...event.end + 2).first(where: { sentence.key($0, is: "sur") }),
            (event.end..<on).allSatisfy({ sentence.tokens[$0].kind == .word && !sentence.tokens[$0].capitalized })
        else { return [] }
        var index = on + 1
        while ClosedWords.isDefiniteArticle(sentence.key(index)) || sentence.key(index, is: "lutte", or: "contre") { index += 1 }
        // "un séminaire sur la gestion des aires marines protégées": a noun of action and its "de"
        // before the sector (unless the two begin a sector's phrase, "gestion des déchets").
        if sectorMatch(sentence, at: index) == nil, sentence.key(index, in: Self.topicActions), ClosedWords.isOf(sentence.key(index + 1)) {
            index += 2
            while ClosedWords.isDefiniteArticle(sentence.key(index)) { index += 1 }
        }
        guard let match = sectorMatch(sentence, at: index) else { return [] }
        return listedSectors(sentence, after: Mention(kind: .event, id: "", first: index, end: match.end))
            + sectors(sentence, in: index..<match.end)
    }

    /// Nouns of action an event's topic may open with before its sector.
    static let topicActions: CueSet = [
        "gestion", "protection", "prevention", "promotion", "preservation", "valorisation", "suivi", "modernisation",
        "developpement", "renforcement", "conservation", "sauvegarde", "reforme", "securite", "financement",
    ]

    /// Whether sector words at `index` mean something else here: "une visite de travail" (how a
    /// meeting was held, not labour), "la gestion des risques" in a customs sentence.
    static func namesAnotherSense(_ sentence: Sentence, _ index: Int) -> Bool {
        isWorkingMeeting(sentence, index) || isCustomsRiskManagement(sentence, index)
    }

    static let riskActions: CueSet = ["gestion", "prevention", "analyse"]
    static let riskNouns: CueSet = ["risque", "risques"]
    static let customsWords: CueSet = ["douane", "douanes", "douanier", "douaniere", "douaniers", "douanieres", "dgd"]

    /// "une formation à la gestion des risques" for customs officers, "le dispositif de gestion
    /// des risques" of the DGD: in a sentence about customs, the bare words are the targeting of
    /// controls, not disaster risk ("gestion des risques majeurs" stays disaster risk).
    static func isCustomsRiskManagement(_ sentence: Sentence, _ index: Int) -> Bool {
        sentence.key(index, in: riskActions) && sentence.key(index + 2, in: riskNouns)
            && !sentence.key(index + 3, in: disasterQualifiers) && sentence.contains(anyOf: customsWords)
    }

    private static let disasterQualifiers: CueSet = ["majeurs", "majeur", "naturels", "naturel", "sismique", "sismiques"]

    /// Whether a sector match of the name ends at the mention's end.
    private func endsWithSector(_ sentence: Sentence, _ mention: Mention) -> Bool {
        (mention.first..<mention.end).contains { sectorMatch(sentence, at: $0)?.end == mention.end }
    }

    /// The longest lexicon or KB sector match starting at token `index`.
    private func sectorMatch(_ sentence: Sentence, at index: Int) -> (payload: Term, end: Int)? {
        guard sentence.range.contains(index) else { return nil }
        return sentence.matches[index]?.first(where: {
            switch $0.payload {
            case .sector, .knownSector: return true
            default: return false
            }
        }).map { ($0.payload, $0.end) }
    }

    /// The sectors named in tokens `range`, each proposed as a candidate.
    private mutating func sectors(_ sentence: Sentence, in range: Range<Int>, knownOnly: Bool = false) -> [EntityID] {
        var found: [EntityID] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard let match = sentence.matches[index]?.first(where: {
                if case .sector = $0.payload { return true }
                if case .knownSector = $0.payload { return true }
                return false
            }) else {
                index += 1
                continue
            }
            if Self.isCustomsRiskManagement(sentence, index) {
                index = match.end
                continue
            }
            // The id first, whether the KB holds it asked once per lexicon sector
            // (`RelationMemos`), and the entity built only for a sector this call proposes (a KB
            // sector's names then read; its id alone before: the whole entity was copied).
            let id: EntityID
            let known: Bool
            var lexiconIndex: Int?
            var knownIndex: Int?
            switch match.payload {
            case .sector(let sectorIndex):
                id = vocabulary.sectorIDs[sectorIndex]
                known = relationMemos.knowsSector(at: sectorIndex, in: vocabulary)
                lexiconIndex = sectorIndex
            case .knownSector(let entityIndex) where vocabulary.knowledge != nil:
                (id, known, knownIndex) = (vocabulary.knowledge!.id(at: entityIndex), true, entityIndex)
            default:
                index = match.end
                continue
            }
            if !found.contains(id), !knownOnly || known {
                // A repeat the candidate took nothing from before: no `Entity` built (`AbsorbedRepeat`).
                let number = lexiconIndex ?? knownIndex!
                if !(skipsAbsorbedRepeats && relationMemos.absorbsSector(number, known: lexiconIndex == nil, confidence: 0.7, removals: store.removals)) {
                    let names = lexiconIndex.map { Names(fr: vocabulary.sectorNames[$0]) } ?? vocabulary.knowledge!.names(at: knownIndex!)
                    let entity = Entity(id: id, type: .sector, names: names)
                    store.add(entity, confidence: 0.7, rule: "sector.in-name", existing: known, evidence: evidence(sentence, index, match.end))
                    if skipsAbsorbedRepeats, store.absorbs(entity, confidence: 0.7) {
                        relationMemos.noteAbsorbedSector(number, known: lexiconIndex == nil, confidence: 0.7, removals: store.removals)
                    }
                }
                found.append(id)
            }
            index = match.end
        }
        return found
    }

    /// "est financé par": a participle written with "é" that only the folding of accents made one
    /// of a sector's forms ("finances", its final "s" optional), and that no form spells so.
    static func participleFoldedIntoForm(_ sentence: Sentence, _ sectorIndex: Int, _ end: Int, _ vocabulary: Vocabulary) -> Bool {
        let (byteStart, byteEnd) = sentence.line.tokens.withUnsafeBufferPointer { ($0[end - 1].byteStart, $0[end - 1].byteEnd) }
        // The written ending read from the line's bytes ("é" is C3 A9, "É" C3 89), on every
        // sector word: the text is cut out only for a participle, which is rare.
        let participle = sentence.line.source.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var last = byteEnd - 1
            if last > byteStart, bytes[last] == UInt8(ascii: "s") || bytes[last] == UInt8(ascii: "S") { last -= 1 }
            if last > byteStart, bytes[last] == UInt8(ascii: "e") || bytes[last] == UInt8(ascii: "E") { last -= 1 }
            return last > byteStart && bytes[last - 1] == 0xC3 && (bytes[last] == 0xA9 || bytes[last] == 0x89)
        } ?? false
        guard participle else { return false }
        let written = sentence.line.text(bytes: byteStart, byteEnd).lowercased()
        return !vocabulary.lowercasedSectorForms[sectorIndex].contains { $0.contains(written) }
    }

    mutating func sector(_ sentence: Sentence, _ sectorIndex: Int, _ first: Int, _ end: Int) -> Mention {
        proposeSector(at: sectorIndex, confidence: 0.75, rule: "sector.lexicon", evidence: evidence(sentence, first, end))
        return Mention(kind: .sector, id: vocabulary.sectorIDs[sectorIndex], first: first, end: end)
    }
}
