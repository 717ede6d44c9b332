import CoopModel

/// Phrases of the lexicon found as token sequences, and the dates they carry over: an agreement
/// signed "en marge de" an event takes the event's date.
extension DocumentExtraction {
    /// Whether one of `phrases` starts at token `index`.
    @inline(__always)
    func startsPhrase(_ sentence: Sentence, _ index: Int, _ phrases: [[String]]) -> Bool {
        Self.startsPhrase(sentence, index, phrases)
    }

    /// `startsPhrase(_:_:_:_:)` for a lexicon list whose first words were hashed once.
    @inline(__always)
    func startsPhrase(_ sentence: Sentence, _ index: Int, _ phrases: [[String]], _ starts: PhraseStarts) -> Bool {
        Self.startsPhrase(sentence, index, phrases, starts)
    }

    /// Whether one of `phrases` starts at token `index`.
    /// (Static, as the hashed form below: a mutating rule calling an instance method handed it
    /// a copy of the whole extraction.)
    static func startsPhrase(_ sentence: Sentence, _ index: Int, _ phrases: [[String]]) -> Bool {
        phrases.contains { phrase in
            index + phrase.count <= sentence.range.upperBound && phrase.indices.allSatisfy { sentence.tokens[index + $0].key == phrase[$0] }
        }
    }

    /// `startsPhrase(sentence, index, phrases)` for a lexicon list whose first words were hashed
    /// once (`starts` is `PhraseStarts(phrases)`): a token is compared by its key's hash first,
    /// and most open no phrase of the list.
    static func startsPhrase(_ sentence: Sentence, _ index: Int, _ phrases: [[String]], _ starts: PhraseStarts) -> Bool {
        // Past the sentence only an empty phrase could start (as in the plain test).
        guard index >= 0, index < sentence.range.upperBound else { return startsPhrase(sentence, index, phrases) }
        let hash = sentence.tokens[index].keyHash
        guard starts.mask & maskBit(hash) != 0 else { return false }
        if starts.hasEmpty { return startsPhrase(sentence, index, phrases) }
        let bit = Int(hash & 63)
        return (Int(starts.groupStarts[bit])..<Int(starts.groupStarts[bit + 1])).contains { slot in
            let position = Int(starts.groupPositions[slot])
            return starts.hashes[position] == hash && index + phrases[position].count <= sentence.range.upperBound
                && phrases[position].indices.allSatisfy { sentence.tokens[index + $0].key == phrases[position][$0] }
        }
    }

    /// The index of the first token of the first occurrence of one of `phrases` (token keys) in
    /// `sentence` at or after `start`, or nil.
    func firstPhrase(_ sentence: Sentence, _ phrases: [[String]], from start: Int? = nil) -> Int? {
        // Each token is first compared by the hash of its key with the phrases' first words
        // (hashed once per call, on the stack): most tokens open no phrase. One bit per first
        // word's hash (`firstWordMask`) turns most tokens away before the phrases are looked at.
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: phrases.count) { firstHashes in
            let mask = Self.firstWordMask(phrases, into: firstHashes)
            return Self.firstPhrase(sentence, phrases, UnsafeBufferPointer(firstHashes), mask, from: start)
        }
    }

    /// `firstPhrase(sentence, phrases, from: start)` for a lexicon list whose first words were
    /// hashed once (`starts` is `PhraseStarts(phrases)`).
    func firstPhrase(_ sentence: Sentence, _ phrases: [[String]], _ starts: PhraseStarts, from start: Int? = nil) -> Int? {
        if starts.hasEmpty { return starts.hashes.withUnsafeBufferPointer { Self.firstPhrase(sentence, phrases, $0, starts.mask, from: start) } }
        let upper = sentence.range.upperBound
        // A token passing the mask is compared with the phrases of its bit only.
        return sentence.tokens.withUnsafeBufferPointer { tokens in
            for index in (start ?? sentence.range.lowerBound)..<upper where starts.mask & Self.maskBit(tokens[index].keyHash) != 0 {
                let hash = tokens[index].keyHash
                let bit = Int(hash & 63)
                for slot in Int(starts.groupStarts[bit])..<Int(starts.groupStarts[bit + 1]) {
                    let position = Int(starts.groupPositions[slot])
                    guard starts.hashes[position] == hash, index + phrases[position].count <= upper else { continue }
                    if phrases[position].indices.allSatisfy({ tokens[index + $0].key == phrases[position][$0] }) { return index }
                }
            }
            return nil
        }
    }

    private static func firstPhrase(
        _ sentence: Sentence, _ phrases: [[String]], _ firstHashes: UnsafeBufferPointer<UInt32>, _ mask: UInt64, from start: Int?
    ) -> Int? {
        let upper = sentence.range.upperBound
        return sentence.tokens.withUnsafeBufferPointer { tokens in
            for index in (start ?? sentence.range.lowerBound)..<upper where mask & maskBit(tokens[index].keyHash) != 0 {
                for (position, phrase) in phrases.enumerated() where index + phrase.count <= upper {
                    guard phrase.isEmpty || tokens[index].keyHash == firstHashes[position] else { continue }
                    if phrase.indices.allSatisfy({ tokens[index + $0].key == phrase[$0] }) { return index }
                }
            }
            return nil
        }
    }

    /// Writes the hash of each phrase's first word into `firstHashes`; returns their bits
    /// (`maskBit`), every bit when a phrase is empty (it opens anywhere).
    static func firstWordMask(_ phrases: [[String]], into firstHashes: UnsafeMutableBufferPointer<UInt32>) -> UInt64 {
        var mask: UInt64 = 0
        for (position, phrase) in phrases.enumerated() {
            guard let first = phrase.first else {
                firstHashes[position] = 0
                mask = ~0
                continue
            }
            let hash = KeyHash.of(first)
            firstHashes[position] = hash
            mask |= maskBit(hash)
        }
        return mask
    }

    /// The bit of a key's hash in a `firstWordMask`.
    @inline(__always)
    static func maskBit(_ hash: UInt32) -> UInt64 { 1 << UInt64(hash & 63) }

    /// Signature dates for undated agreements put at an event ("deux contrats …, en marge de la
    /// réunion … tenue à Ajaccio les 15 et 16 mai 2008"): the event's date, or over a range of
    /// days what its ends share (2008-05), since the text does not say which day.
    func occasionDates(_ sentence: Sentence, _ datesByMention: [Int: [DatedRole]]) -> [Int: [DatedRole]] {
        var found: [Int: [DatedRole]] = [:]
        let opensWithOccasion = startsPhrase(sentence, sentence.range.lowerBound, vocabulary.occasionPhrases, vocabulary.occasionStarts)
        for (position, mention) in sentence.mentions.enumerated() where mention.kind == .agreement && datesByMention[position] == nil {
            // "Au cours de cette visite, … ont signé quatre accords": the event of the line before.
            if let date = anaphoricOccasion(sentence, before: mention) {
                found[position] = [DatedRole(.signed, date)]
                continue
            }
            // "Lors du forum d'affaires … le 9 mai 2019, la CACI et la VCCI ont signé un accord":
            // an occasion opening the sentence, its event and date before the agreement.
            if opensWithOccasion, case let marker = sentence.range.lowerBound,
                let event = sentence.mentions.firstIndex(where: { $0.kind == .event && $0.first > marker && $0.first - marker <= 4 }),
                sentence.mentions[event].end <= mention.first,
                let date = sentence.dates.first(where: { $0.first >= sentence.mentions[event].end && $0.end <= mention.first })
            {
                found[position] = [DatedRole(.signed, date.until.map { Self.shared(date.date, $0) } ?? date.date)]
                continue
            }
            // "ont signé en marge de la session un protocole": the event the document told, in
            // the same clause of a sentence that tells a signature.
            if namesSigning(sentence),
                let marker = firstPhrase(sentence, vocabulary.occasionPhrases, vocabulary.occasionStarts, from: sentence.range.lowerBound),
                let date = toldEventDate(sentence, marker: marker),
                !(min(marker, mention.first)..<max(marker, mention.end)).contains(where: { sentence.key($0, is: ";") })
            {
                found[position] = [DatedRole(.signed, date)]
                continue
            }
            guard let marker = firstPhrase(sentence, vocabulary.occasionPhrases, vocabulary.occasionStarts, from: mention.end),
                !sentence.mentions.contains(where: { $0.kind == .agreement && $0.first >= mention.end && $0.first < marker }),
                let event = sentence.mentions.firstIndex(where: { $0.kind == .event && $0.first > marker && $0.first - marker <= 6 })
            else { continue }
            let eventEnd = sentence.mentions[event].end
            let nextEvent = sentence.mentions[(event + 1)...].first { $0.kind == .event }?.first ?? sentence.range.upperBound
            guard let date = sentence.dates.first(where: { $0.first >= eventEnd && $0.first < nextEvent }) else { continue }
            found[position] = [DatedRole(.signed, date.until.map { Self.shared(date.date, $0) } ?? date.date)]
        }
        return found
    }

    /// The signing date given by "au cours de / lors de cette visite" opening the sentence of
    /// `agreement`, when an event was proposed on this line or the one before: its held date
    /// (over several days, what the days share).
    private func anaphoricOccasion(_ sentence: Sentence, before agreement: Mention) -> PartialDate? {
        guard let lastEvent, lastEvent.line >= sentence.lineNumber - 1, let date = Self.signingDate(at: lastEvent.dates) else { return nil }
        // "Les deux parties ont signé à cette occasion onze accords …", "Un protocole … a été
        // signé à cette occasion par …": the event itself. After the agreement, only right after
        // a participle, with no other agreement between, and none right after the phrase (that
        // one is what was signed: "ont rappelé la convention … et ont signé à cette occasion un
        // protocole").
        if sentence.range.contains(where: { phrase in
            // ("A cette occasion", the capital written without its accent.)
            guard sentence.key(phrase, isOneOf: ["à", "a"]) && sentence.key(phrase + 1, is: "cette") && sentence.key(phrase + 2, is: "occasion")
            else { return false }
            if phrase < agreement.first { return true }
            return phrase >= agreement.end && sentence.key(phrase - 1, in: Self.signingParticiples)
                && !sentence.mentions.contains { $0.kind == .agreement && $0.first >= agreement.end && $0.first <= phrase + 5 }
        }) {
            return date
        }
        // "… a tenu à Yaoundé sa cinquième session ; un protocole d'accord … y a été signé": there,
        // at the event just told.
        if let there = (agreement.end..<sentence.range.upperBound).first(where: { sentence.key($0, is: "y") && sentence.key($0 + 1, in: Self.auxiliaries) }),
            (there + 2..<min(sentence.range.upperBound, there + 4)).contains(where: { sentence.key($0, in: Self.signingParticiples) })
        {
            return date
        }
        // "A l'issue des travaux, les deux coprésidents ont signé …": the end of the event just told.
        if closesLastEvent(sentence), sentence.range.lowerBound < agreement.first {
            return date
        }
        guard let marker = firstPhrase(sentence, vocabulary.occasionPhrases, vocabulary.occasionStarts), marker < agreement.first else { return nil }
        let phrase = vocabulary.occasionPhrases.first { startsPhrase(sentence, marker, [$0]) }?.count ?? 1
        guard ClosedWords.isDemonstrative(sentence.key(marker + phrase)) && !sentence.key(marker + phrase, is: "ces"),
            sentence.matches[marker + phrase + 1]?.contains(where: { if case .event = $0.payload { return true } else { return false } }) ?? false
        else { return nil }
        return date
    }

    /// Whether the sentence opens with "À l'issue des travaux" or "À l'issue de cette session/visite …".
    private func closesLastEvent(_ sentence: Sentence) -> Bool {
        let start = sentence.range.lowerBound
        guard sentence.key(start, isOneOf: ["à", "a", "au"]) else { return false }
        var cursor = start + 1
        if !sentence.key(start, is: "au") {
            guard sentence.key(cursor, is: "l"), sentence.key(cursor + 1, is: "'") else { return false }
            cursor += 2
        }
        guard sentence.key(cursor, isOneOf: ["issue", "terme", "cours"]) else { return false }
        cursor += 1
        if sentence.key(cursor, is: "des") && sentence.key(cursor + 1, is: "travaux") { return true }
        guard ClosedWords.isDe(sentence.key(cursor)) || sentence.key(cursor, is: "du"), ClosedWords.isDemonstrative(sentence.key(cursor + 1)) else { return false }
        return sentence.matches[cursor + 2]?.contains(where: { if case .event = $0.payload { return true } else { return false } }) ?? false
    }

    /// Whether two partial dates fall in one month of one year ("les 28 et 29 juin 2022").
    static func inOneMonth(_ first: PartialDate, _ second: PartialDate) -> Bool {
        first.year == second.year && first.month != nil && first.month == second.month
    }

    /// The date of a signature at an event of `dates`: its held date, or over several days what
    /// the days share (2008-05 for "les 15 et 16 mai 2008").
    static func signingDate(at dates: [DatedRole]) -> PartialDate? {
        guard let held = dates.first(where: { $0.role == .held }) else { return nil }
        let until = dates.first { $0.role == .until }?.date
        return until.map { shared(held.date, $0) } ?? held.date
    }

    /// What two partial dates share: the year, and the month when it is the same.
    static func shared(_ first: PartialDate, _ second: PartialDate) -> PartialDate {
        let year = PartialDate(year: first.year) ?? first
        guard first.year == second.year, first.month == second.month, let month = first.month else { return year }
        if first.day == second.day { return first }
        return PartialDate(year: first.year, month: month) ?? year
    }

    /// "… à la neuvième édition de la TICAD ; en marge des travaux, la CACI et la JETRO ont signé
    /// un mémorandum", "A cette occasion, le CREA a conclu avec l'UIA …", "un protocole y a été
    /// signé par la CACI et la KADIN", "en marge du forum, … ont signé": the signers of an
    /// agreement signed at the occasion took part in the event told last (events are read before
    /// agreements, so one in this sentence), on this line or the one before.
    mutating func signedAtLastEvent(_ sentence: Sentence, _ agreement: Mention, parties: [EntityID], evidence: EvidenceDraft) {
        guard !parties.isEmpty, let lastEvent, lastEvent.line >= sentence.lineNumber - 1,
            sentence.contains(anyOf: Self.occasionCues)
        else { return }
        let start = sentence.range.lowerBound
        let atOccasion = (start..<agreement.first).contains { index in
            // ("Cette visite devrait être l'occasion de signer …" is what a visit is for, not where.)
            sentence.key(index, is: "occasion") && sentence.key(index - 1, is: "cette") && sentence.key(index - 2, isOneOf: ["à", "a"])
                || sentence.key(index, is: "marge") && sentence.key(index - 1, is: "en")
        } || (start..<sentence.range.upperBound).contains {
            // ("il y a lieu de mentionner la signature …" is no "there".)
            sentence.key($0, is: "y") && sentence.key($0 + 1, in: Self.auxiliaries) && !sentence.key($0 - 1, isOneOf: ["il", "'"])
        }
        guard atOccasion else { return }
        for party in parties where party != lastEvent.id {
            store.add(Relation(type: .tookPartIn, from: party, to: lastEvent.id, properties: RoleProperties.participant, dates: lastEvent.dates),
                      symmetric: false, confidence: 0.55, rule: "event.signed-at", evidence: evidence)
        }
    }

    /// Words of "à cette occasion", "en marge des travaux" and "y a été signé".
    static let occasionCues: CueSet = ["occasion", "marge", "y"]
}
