import CoopModel

/// Authority stated between two bodies of one sentence.
extension DocumentExtraction {
    /// "A, placé sous la tutelle du B" and "A, relevant de B" give A `under_authority_of` B;
    /// "B … à travers la Direction A" gives A `under_authority_of` B (B: the first body of the sentence).
    /// The marker must stand between the two bodies, at most five tokens before the second.
    /// Tokens joining two coordinated bodies ("A et la B", "A, B").
    static let coordination: CueSet = ["et", ",", "la", "le", "les", "l", "'", "ainsi", "que", "ou"]
    /// Possessives before an authority marker ("placés sous sa tutelle").
    static let authorityPossessives: CueSet = ["sa", "son", "leur"]

    mutating func buildAuthority(_ sentence: Sentence) {
        guard Self.mayStateAuthority(sentence.mentions) else { return }
        let mentions = sentence.mentions
        // The bodies' positions among the mentions: a body is read in place, and copied only
        // where a rule holds (filtering copied each mention twice, and the loops each body again).
        let bodies = mentions.indices.filter { mentions[$0].kind == .institution && !mentions[$0].id.rawValue.isEmpty }
        openingAuthority(sentence, bodies)
        // "des responsables français de l'Agence …": people of a country from a body of that country.
        for position in bodies {
            var index = mentions[position].first - 1
            while ClosedWords.isDefiniteArticle(sentence.key(index)) { index -= 1 }
            guard ClosedWords.isOf(sentence.key(index)),
                let country = mentions.indices.last(where: { mentions[$0].kind == .country && mentions[$0].adjective && mentions[$0].end == index })
            else { continue }
            let body = mentions[position]
            guard store.type(of: body.id) != .jointBody, mentions[country].id != body.id else { continue }
            store.add(Relation(type: .underAuthorityOf, from: body.id, to: mentions[country].id), symmetric: false, confidence: 0.55,
                      rule: "org.country-demonym", evidence: evidence(sentence, mentions[country].first, body.end))
        }
        guard bodies.count >= 2 else { return }
        var throughBody: EntityID?
        // The marker sets read once, not at each token of each window.
        let authorityMarkers = authorityMarkers
        let throughMarkers = throughMarkers
        let firstBody = mentions[bodies[0]].id
        for position in 1..<bodies.count {
            guard mentions[bodies[position - 1]].end < mentions[bodies[position]].first else { continue }
            // (Each body's fields read in place: copying the two mentions retained their ids.)
            let body = (id: mentions[bodies[position]].id, first: mentions[bodies[position]].first, end: mentions[bodies[position]].end)
            let previous = (id: mentions[bodies[position - 1]].id, first: mentions[bodies[position - 1]].first,
                            end: mentions[bodies[position - 1]].end)
            // The words between, tested by their tokens' hashes (hashing each key into the
            // vocabulary's sets, from an array of the keys, cost more than the rest of the rule).
            let window = max(previous.end, body.first - 5)..<body.first
            let evidence = evidence(sentence, previous.first, body.end)
            // "la Direction générale des archives (DGA) du Ministère italien de la Culture": a body
            // named with its acronym, then "du" and a ministry, is that ministry's.
            if sentence.key(previous.end - 1, is: ")"), Self.isOfGap(sentence, previous.end..<body.first),
                store.type(of: body.id) == .ministry, previous.id != body.id
            {
                store.add(Relation(type: .underAuthorityOf, from: previous.id, to: body.id), symmetric: false,
                          confidence: 0.7, rule: "org.organ-of", evidence: evidence)
                continue
            }
            if let marker = window.first(where: { sentence.key($0, in: authorityMarkers) }), previous.id != body.id {
                // "Le Ministère s'appuie sur deux établissements placés sous sa tutelle : le Centre
                // …": a possessive before the marker is the first body's; the second is under it.
                let possessive = sentence.key(marker - 1, in: Self.authorityPossessives)
                store.add(Relation(type: .underAuthorityOf, from: possessive ? body.id : previous.id, to: possessive ? previous.id : body.id,
                                   dates: Self.authorityDates(sentence, in: previous.end..<body.first)),
                          symmetric: false, confidence: 0.75, rule: "org.authority", evidence: evidence)
            } else if window.contains(where: { sentence.key($0, in: throughMarkers) }), firstBody != body.id {
                store.add(Relation(type: .underAuthorityOf, from: body.id, to: firstBody), symmetric: false,
                          confidence: 0.65, rule: "org.through", evidence: evidence)
                throughBody = previous.id
            } else if throughBody != nil, firstBody != body.id, body.id != previous.id,
                (previous.end..<body.first).allSatisfy({ sentence.key($0, in: Self.coordination) })
            {
                // "à travers la Direction A et la Délégation B": B as A.
                store.add(Relation(type: .underAuthorityOf, from: body.id, to: firstBody), symmetric: false,
                          confidence: 0.6, rule: "org.through", evidence: evidence)
            } else {
                throughBody = nil
            }
        }
    }

    /// Whether `mentions` name two bodies, or a body and a country by its adjective: what each
    /// of `buildAuthority`'s rules needs before it reads a word.
    ///
    /// Why: four sentences in five name fewer (one body, or none), and the rule copied their
    /// bodies into an array of their own first (an allocation and a copy of each body): the
    /// rule cost 24.9 million instructions per 2 MB of text, 16.4 with this test. Counted in
    /// place, without copying a mention.
    static func mayStateAuthority(_ mentions: [Mention]) -> Bool {
        mentions.withUnsafeBufferPointer { mentions in
            var bodies = 0
            var demonym = false
            for index in mentions.indices {
                switch mentions[index].kind {
                case .institution where !mentions[index].id.rawValue.isEmpty: bodies += 1
                case .country where mentions[index].adjective: demonym = true
                default: break
                }
            }
            return bodies >= 2 || bodies == 1 && demonym
        }
    }

    /// "Placée sous la tutelle du Ministère de l'Energie et des Mines, l'Agence coopère …",
    /// "Rattaché au Ministère …, l'Office …": an opening phrase with an authority marker names
    /// the authority (its first body) of the sentence's subject (the first body after its comma,
    /// an article at most between).
    private mutating func openingAuthority(_ sentence: Sentence, _ bodies: [Int]) {
        guard bodies.count >= 2, let comma = Self.openingPhraseComma(sentence) else { return }
        let mentions = sentence.mentions
        guard (sentence.range.lowerBound..<comma).contains(where: { sentence.key($0, in: authorityMarkers) || sentence.key($0, is: "au") }),
            let authority = bodies.first(where: { mentions[$0].first > sentence.range.lowerBound && mentions[$0].end <= comma }).map({ mentions[$0] }),
            let subject = bodies.first(where: { mentions[$0].first > comma }).map({ mentions[$0] }),
            (comma + 1..<subject.first).allSatisfy({ ClosedWords.isDefiniteArticle(sentence.key($0)) }),
            authority.id != subject.id
        else { return }
        store.add(Relation(type: .underAuthorityOf, from: subject.id, to: authority.id,
                           dates: Self.authorityDates(sentence, in: sentence.range.lowerBound..<authority.first)),
                  symmetric: false, confidence: 0.75, rule: "org.authority.opening", evidence: evidence(sentence, sentence.range.lowerBound, subject.end))
    }

    /// The dates of an authority, read between its two bodies: "placé depuis juillet 2021 sous la
    /// tutelle de" starts it; "rattaché de juin 2020 à juillet 2021 au" starts and ends it.
    static func authorityDates(_ sentence: Sentence, in range: Range<Int>) -> [DatedRole] {
        guard !range.isEmpty, let date = sentence.dates.first(where: { range.contains($0.first) && $0.end <= range.upperBound }) else { return [] }
        if let until = date.until { return [DatedRole(.started, date.date), DatedRole(.until, until)] }
        return date.role == .started ? [DatedRole(.started, date.date)] : []
    }

    /// Whether `gap` is "du", "de la" or "de l'" alone.
    static func isOfGap(_ sentence: Sentence, _ gap: Range<Int>) -> Bool {
        switch gap.count {
        case 1: return sentence.key(gap.lowerBound, is: "du")
        case 2: return sentence.key(gap.lowerBound, is: "de") && sentence.key(gap.lowerBound + 1, is: "la")
        case 3: return sentence.key(gap.lowerBound, is: "de") && sentence.key(gap.lowerBound + 1, is: "l") && sentence.key(gap.lowerBound + 2, is: "'")
        default: return false
        }
    }

    /// The comma closing an opening phrase of authority ("Placée sous la tutelle du Ministère …,",
    /// "Rattaché … au Ministère …,"): within twenty tokens of a sentence that opens on one of
    /// `openingParticiples`; nil for any other sentence.
    static func openingPhraseComma(_ sentence: Sentence) -> Int? {
        guard sentence.key(sentence.range.lowerBound, in: openingParticiples) else { return nil }
        return (sentence.range.lowerBound..<min(sentence.range.upperBound, sentence.range.lowerBound + 20)).first { sentence.key($0, is: ",") }
    }

    /// Participles opening a sentence with its subject's place in the administration.
    static let openingParticiples: CueSet = [
        "place", "placee", "places", "placees", "rattache", "rattachee", "rattaches", "rattachees", "relevant",
    ]
}
