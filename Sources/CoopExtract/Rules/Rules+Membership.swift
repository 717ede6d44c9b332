import CoopModel

/// Membership stated in so many words: "l'Algérie est membre de l'OACI depuis 1963",
/// "le pays a adhéré à l'Union …", "participe aux travaux de l'OMS".
extension DocumentExtraction {
    /// Phrases that state a weaker tie than membership: the relation gets a lower confidence.
    private static let workWords: CueSet = ["travaux"]

    mutating func buildMembership(_ sentence: Sentence) {
        countedMembers(sentence)
        relativeMembership(sentence)
        guard !vocabulary.membershipPhrases.isEmpty else { return }
        if sentence.key(sentence.range.lowerBound, is: "membre", or: "membres") { frontedMembership(sentence) }
        let mentions = sentence.mentions
        // The organisation joined last, its member and where the phrase began: "membre de l'OPEP
        // et du FPEG" makes the same member of the next one.
        var joined: (position: Int, member: EntityID, from: Int)?
        // By position: only an organisation's or joint body's mention is copied.
        for position in mentions.indices where mentions[position].kind == .institution && !mentions[position].id.rawValue.isEmpty {
            guard let type = store.type(of: mentions[position].id), type == .organisation || type == .jointBody else { continue }
            let body = mentions[position]
            if let last = joined, last.position == position - 1, last.member != body.id,
                (mentions[last.position].end..<body.first).allSatisfy({ sentence.key($0, in: Self.joining) }),
                (mentions[last.position].end..<body.first).contains(where: { sentence.key($0, is: "et") || sentence.key($0, is: ",") })
            {
                store.add(Relation(type: .memberOf, from: last.member, to: body.id), symmetric: false, confidence: 0.65,
                          rule: "membership.stated", evidence: evidence(sentence, last.from, body.end))
                joined = (position, last.member, last.from)
                continue
            }
            // The member is the mention right before, a country or a body, with the phrase between;
            // "Elle a adhéré au …" opening a sentence: the subject of the sentence before.
            let previous = position > 0 ? mentions[position - 1] : nil
            let pronoun = sentence.key(sentence.range.lowerBound, in: Self.subjectPronouns) && (previous == nil || previous!.end <= sentence.range.lowerBound)
            let memberID: EntityID
            let start: Int
            if let previous, !pronoun {
                guard previous.kind == .country || previous.kind == .institution, !previous.adjective, !previous.id.rawValue.isEmpty else { continue }
                (memberID, start) = (previous.id, previous.end)
            } else if pronoun, let subject = pronounReferent(sentence) {
                (memberID, start) = (subject, sentence.range.lowerBound + 1)
            } else if previous == nil, let (home, partner) = documentPair, namesBothCountries(sentence, at: sentence.range.lowerBound),
                let marker = (sentence.range.lowerBound + 3..<body.first).first(where: { startsPhrase(sentence, $0, vocabulary.membershipPhrases, vocabulary.membershipStarts) }),
                body.first - marker <= 6
            {
                // "Les deux pays sont membres du Groupe des Quinze (G15)": the document's two countries.
                for country in [home, partner] {
                    store.add(Relation(type: .memberOf, from: country, to: body.id), symmetric: false, confidence: 0.6,
                              rule: "membership.both-countries", evidence: evidence(sentence, sentence.range.lowerBound, body.end))
                }
                continue
            } else {
                continue
            }
            guard memberID != body.id, body.first - start <= 9,
                let marker = (start..<body.first).first(where: { startsPhrase(sentence, $0, vocabulary.membershipPhrases, vocabulary.membershipStarts) || takesASeat(sentence, at: $0)
                    || datedMember(sentence, at: $0) })
            else { continue }
            let weak = (marker..<body.first).contains { sentence.key($0, in: Self.workWords) }
            // "membre de la Banque mondiale depuis le 26 septembre 1963", "siège depuis 2002 au
            // Comité …": a start date between the phrase and just after the body; a later body
            // of the same list has its own.
            let nextBody = position + 1 < mentions.count ? mentions[position + 1].first : sentence.range.upperBound
            let since = sentence.dates.first { $0.role == .started && $0.first >= marker && $0.first < min(body.end + 3, nextBody) }
            store.add(Relation(type: .memberOf, from: memberID, to: body.id, dates: since.map { [DatedRole(.started, $0.date)] } ?? []),
                      symmetric: false, confidence: weak ? 0.5 : 0.7,
                      rule: weak ? "membership.work" : "membership.stated", evidence: evidence(sentence, min(start, marker), body.end))
            // "L'Algérie, l'Argentine et le Paraguay sont membres du …": the whole list before a plural phrase.
            if !weak, !pronoun, position >= 2, sentence.key(marker, is: "membres") || (start..<marker).contains(where: { sentence.key($0, is: "sont") }) {
                for earlier in listBefore(sentence, position - 1) where earlier != memberID && earlier != body.id {
                    store.add(Relation(type: .memberOf, from: earlier, to: body.id, dates: since.map { [DatedRole(.started, $0.date)] } ?? []),
                              symmetric: false, confidence: 0.65, rule: "membership.stated-list", evidence: evidence(sentence, min(start, marker), body.end))
                }
            }
            if !weak { joined = (position, memberID, min(start, marker)) }
        }
    }

    static let memberWords: CueSet = ["membre", "membres"]
    /// The verbs and adverbs between a member and "membre" ("est également membre").
    private static let memberCopulas: CueSet = ["est", "sont", "etait", "etaient", "devenue", "devenu"]
    private static let memberAdverbs: CueSet = ["egalement", "aussi", "deja", "desormais"]
    /// Verbs between "en" and "membre" ("en est membre", "en est devenue membre").
    private static let beingMember: CueSet = ["est", "sont", "etait", "etaient", "devenu", "devenue", "devenus", "reste", "demeure"]

    /// "… (AFRIPOL) coordonne … . Pays du siège, l'Algérie en est membre": "en" before the verb
    /// stands for the organisation named last, in this sentence or the one before on the line;
    /// the country or body right before "en" is its member.
    mutating func cliticMembership(_ sentence: Sentence) {
        let mentions = sentence.mentions
        for index in sentence.range where sentence.key(index, is: "en") {
            var verb = index + 1
            while sentence.key(verb, in: Self.beingMember) { verb += 1 }
            guard verb > index + 1, sentence.key(verb, in: Self.memberWords),
                let member = mentions.last(where: { $0.end == index && ($0.kind == .country || $0.kind == .institution) && !$0.adjective }),
                !member.id.rawValue.isEmpty
            else { continue }
            var earlier = mentions.filter { $0.end <= member.first && $0.kind == .institution }.map(\.id)
            if earlier.isEmpty, previousSentenceNamed.line == sentence.lineNumber { earlier = previousSentenceNamed.ids }
            guard let organisation = earlier.last(where: { store.type(of: $0) == .organisation || internationalBodies.contains($0) }),
                organisation != member.id
            else { continue }
            // "l'Algérie en est membre depuis 1988": the date right after.
            let since = sentence.dates.first { $0.role == .started && $0.first > verb && $0.first <= verb + 2 }
            store.add(Relation(type: .memberOf, from: member.id, to: organisation, dates: since.map { [DatedRole(.started, $0.date)] } ?? []),
                      symmetric: false, confidence: 0.6, rule: "membership.clitic", evidence: evidence(sentence, member.first, verb + 1))
        }
    }

    /// "l'Algérie siège depuis 2002 au Comité …": the verb "siéger" (not the noun "le siège"),
    /// then, past a date, "au", "à la" or "aux".
    private func takesASeat(_ sentence: Sentence, at index: Int) -> Bool {
        guard Self.seatVerbs.contains(sentence.tokens[index]), !sentence.key(index - 1, in: Self.articles) else { return false }
        var next = index + 1
        while let date = sentence.dates.first(where: { $0.first <= next && next < $0.end }) { next = date.end }
        if sentence.key(next, is: "depuis") || sentence.key(next, is: "en"), let date = sentence.dates.first(where: { $0.first == next + 1 }) { next = date.end }
        return sentence.key(next, is: "au", or: "aux", or: "à")
    }

    /// "membre depuis 1999 du Centre …", "membre depuis le 26 septembre 1963 de l'OACI": "membre"
    /// with its date between it and "de".
    private func datedMember(_ sentence: Sentence, at index: Int) -> Bool {
        guard sentence.key(index, in: Self.memberWords), !sentence.key(index - 1, in: Self.articles),
            sentence.key(index + 1, is: "depuis") || sentence.key(index + 1, is: "en"),
            let date = sentence.dates.first(where: { $0.first == index + 1 || $0.first == index + 2 })
        else { return false }
        return ClosedWords.isOf(sentence.key(date.end))
    }

    static let seatVerbs: CueSet = ["siege", "siegent", "siegeait", "siegeaient", "siegera"]
    static let countingVerbs: CueSet = ["compte", "comptent"]

    /// Whether "les deux pays" (or "nos deux pays") comes at token `start`.
    private func namesBothCountries(_ sentence: Sentence, at start: Int) -> Bool {
        sentence.key(start, is: "les", or: "nos") && sentence.key(start + 1, is: "deux") && sentence.key(start + 2, is: "pays")
    }

    /// "Membre de l'OCI dès sa création, l'Algérie prend part …": the subject after the comma
    /// of a fronted "Membre (fondateur) de X" is a member of X; "Membre de l'OACI depuis le 7
    /// mai 1963, …" from that date; "Membres tous deux du MNA, l'Algérie et le Viet Nam …": each
    /// of the subjects joined after the comma.
    private mutating func frontedMembership(_ sentence: Sentence) {
        let start = sentence.range.lowerBound
        // ("Membre depuis 2021 du Forum …": the date may come before the organisation.)
        guard let body = sentence.mentions.first, body.kind == .institution, !body.id.rawValue.isEmpty, body.first <= start + 11,
            let type = store.type(of: body.id), type == .organisation || type == .jointBody,
            (start + 1..<body.first).allSatisfy({ sentence.key($0, in: Self.frontedWords) || sentence.key($0, is: "depuis") || sentence.isInDate($0) })
        else { return }
        // The member opens the main clause: after the first comma that opens no relative clause
        // ("Membre du Forum …, que l'OCDE accueille en son sein, l'Algérie a …").
        var member: Mention?
        var comma: Int?
        for index in body.end..<min(sentence.range.upperBound, body.end + 30) where sentence.key(index, is: ",") {
            if sentence.key(index + 1, in: Self.relativeOpeners) { continue }
            comma = index
            member = sentence.mentions.first { $0.first > index }
            break
        }
        // "Membres l'un et l'autre de la LEA et de l'OCI, les deux pays …": the two countries of
        // the document.
        let plural = sentence.key(start, is: "membres")
        var bothMembers: [EntityID] = []
        if plural, let comma, namesBothCountries(sentence, at: comma + 1), let (home, partner) = documentPair {
            member = Mention(kind: .country, id: home, first: comma + 1, end: comma + 4)
            bothMembers = [home, partner]
        }
        guard let comma, let member, member.first <= comma + 3, member.kind == .country || member.kind == .institution,
            !member.adjective, !member.id.rawValue.isEmpty, member.id != body.id
        else { return }
        // "Membre de l'OPEP depuis 1969 et du FPEG, l'Algérie …": organisations joined to the
        // first by "et" before the comma; the date before the second is the first's.
        var organisations = [body]
        for other in sentence.mentions where other.first >= body.end && other.end <= comma && other.kind == .institution && !other.id.rawValue.isEmpty {
            guard let type = store.type(of: other.id), type == .organisation || type == .jointBody,
                let last = organisations.last, !organisations.contains(where: { $0.id == other.id })
            else { continue }
            let gap = last.end..<other.first
            guard gap.contains(where: { sentence.key($0, is: "et") || sentence.key($0, is: ",") }),
                gap.allSatisfy({ sentence.key($0, in: Self.frontedWords) || sentence.key($0, is: "et", or: ",", or: "depuis") || sentence.isInDate($0) })
            else { break }
            organisations.append(other)
        }
        let firstEnd = organisations.count > 1 ? organisations[1].first : comma
        let since = sentence.dates.first { $0.role == .started && $0.first > start && $0.first < firstEnd }
        let members = !bothMembers.isEmpty ? bothMembers : plural
            ? joinedMentions(sentence, from: member.first) { ($0.kind == .country || $0.kind == .institution) && !$0.adjective && !$0.id.rawValue.isEmpty }.map(\.id)
            : [member.id]
        for (order, organisation) in organisations.enumerated() {
            let dates = order == 0 ? since.map { [DatedRole(.started, $0.date)] } ?? [] : []
            for id in members where id != organisation.id {
                store.add(Relation(type: .memberOf, from: id, to: organisation.id, dates: dates), symmetric: false, confidence: 0.65,
                          rule: "membership.fronted", evidence: evidence(sentence, start, member.end))
            }
        }
    }

    /// Words that open a relative clause after a comma ("…, que l'OCDE accueille …").
    private static let relativeOpeners: CueSet = ["que", "qu", "qui", "dont", "ou", "lequel", "laquelle", "auquel", "auxquels"]

    /// Words between a fronted "Membre(s)" and its organisation.
    private static let frontedWords: CueSet = [
        "fondateur", "fondatrice", "fondateurs", "fondatrices", "de", "du", "des", "d", "'", "la", "l", "le", "tous", "toutes", "deux", "les", "actif", "active", "actifs",
        // "Membres l'un et l'autre de …".
        "un", "et", "autre",
        // "Membre affilié de l'AISS depuis 1967, la CNAS …", "Membre associé de …".
        "affilie", "affiliee", "affilies", "affiliees", "associe", "associee", "associes", "associees", "titulaire", "titulaires",
    ]

    /// The countries and bodies listed before mention `position`, it included, joined by commas,
    /// "et" and articles ("L'Algérie, l'Argentine, l'Uruguay et le Paraguay").
    func listBefore(_ sentence: Sentence, _ position: Int) -> [EntityID] {
        var ids: [EntityID] = []
        var current = position
        while current >= 0 {
            let mention = sentence.mentions[current]
            guard mention.kind == .country || mention.kind == .institution, !mention.adjective, !mention.id.rawValue.isEmpty else { break }
            ids.insert(mention.id, at: 0)
            guard current > 0 else { break }
            let gap = sentence.mentions[current - 1].end..<mention.first
            guard !gap.isEmpty, gap.count <= 4, gap.allSatisfy({ sentence.key($0, in: Self.joining) }),
                gap.contains(where: { sentence.key($0, is: ",") || sentence.key($0, is: "et") })
            else { break }
            current -= 1
        }
        return ids
    }

    /// "L'Algérie et le Nigeria … sont tous deux membres :" ending a line, then "- de l'OPEP ;",
    /// "- du FPEG." on the bullet lines after it: the countries or bodies joined at the start of
    /// the first line are members of the organisation opening each bullet.
    mutating func buildMembershipList(_ sentence: Sentence) {
        let tokens = sentence.line.tokens
        let bullet = tokens.first.map { ClosedWords.isBullet($0.key) } ?? false
        if bullet, !pendingMembers.isEmpty, sentence.range.lowerBound <= 1,
            let body = sentence.mentions.first(where: { $0.kind == .institution && !$0.id.rawValue.isEmpty }), body.first <= 5,
            let type = store.type(of: body.id), type == .organisation || type == .jointBody
        {
            for member in pendingMembers where member != body.id {
                store.add(Relation(type: .memberOf, from: member, to: body.id), symmetric: false, confidence: 0.6,
                          rule: "membership.list", evidence: evidence(sentence, body.first, body.end))
            }
        }
        // The line announcing the list: "membre(s) :" ends it.
        let last = sentence.range.upperBound - 1
        guard last == tokens.count - 1, sentence.key(last, is: ":"), sentence.key(last - 1, in: Self.memberNouns),
            let first = sentence.mentions.first(where: { ($0.kind == .country || $0.kind == .institution) && !$0.adjective }),
            first.first <= sentence.range.lowerBound + 2
        else { return }
        pendingMembers = joinedMentions(sentence, from: first.first) { ($0.kind == .country || $0.kind == .institution) && !$0.adjective }
            .map(\.id).filter { !$0.rawValue.isEmpty }
    }

    private static let memberNouns: CueSet = ["membre", "membres", "adherents", "adherent"]

    /// "Le FMA (…), créé en 1976, compte l'Algérie parmi ses membres fondateurs": the organisation
    /// or joint body the sentence opens with has the countries and bodies between "compte" and
    /// "parmi ses membres" as members.
    private mutating func countedMembers(_ sentence: Sentence) {
        guard sentence.contains(anyOf: Self.countingVerbs),
            let verb = sentence.range.first(where: { Self.countingVerbs.contains(sentence.tokens[$0]) }),
            let among = (verb + 1..<sentence.range.upperBound).first(where: { sentence.key($0, is: "parmi") }),
            sentence.key(among + 1, is: "ses") || sentence.key(among + 1, is: "leurs"), sentence.key(among + 2).hasPrefix("membre"),
            let body = sentence.mentions.first, body.kind == .institution, !body.id.rawValue.isEmpty, body.end <= verb,
            body.first <= sentence.range.lowerBound + 2, let type = store.type(of: body.id), type == .organisation || type == .jointBody
        else { return }
        for member in sentence.mentions where member.first > verb && member.end <= among
            && (member.kind == .country || member.kind == .institution) && !member.adjective && !member.id.rawValue.isEmpty
        {
            store.add(Relation(type: .memberOf, from: member.id, to: body.id), symmetric: false, confidence: 0.6,
                      rule: "membership.counted", evidence: evidence(sentence, body.first, among + 3))
        }
    }

    static let relativeWords: CueSet = ["dont"]

    /// "l'Organisation internationale de normalisation (ISO), dont l'Algérie est membre depuis
    /// 1976": a country or body in a "dont" clause right after an organisation is a member of it,
    /// from the clause's "depuis" date.
    private mutating func relativeMembership(_ sentence: Sentence) {
        guard sentence.contains(anyOf: Self.relativeWords) else { return }
        for (position, body) in sentence.mentions.enumerated() where body.kind == .institution && !body.id.rawValue.isEmpty {
            guard let type = store.type(of: body.id), type == .organisation || type == .jointBody else { continue }
            var cursor = body.end
            if sentence.key(cursor, is: ",") { cursor += 1 }
            guard sentence.key(cursor, is: "dont"), position + 1 < sentence.mentions.count else { continue }
            let member = sentence.mentions[position + 1]
            guard member.kind == .country || member.kind == .institution, !member.adjective, !member.id.rawValue.isEmpty, member.first > cursor,
                (cursor + 1..<member.first).allSatisfy({ ClosedWords.isDefiniteArticle(sentence.key($0)) || sentence.key($0, is: "'") })
            else { continue }
            var verb = member.end
            guard sentence.key(verb, in: Self.memberCopulas) else { continue }
            verb += 1
            while sentence.key(verb, in: Self.memberAdverbs) { verb += 1 }
            guard sentence.key(verb, is: "membre", or: "membres") else { continue }
            // "depuis 1976" right after (", fondateur" allowed between).
            let since = sentence.dates.first { $0.role == .started && $0.first > verb && $0.first <= verb + 3 }
            store.add(Relation(type: .memberOf, from: member.id, to: body.id, dates: since.map { [DatedRole(.started, $0.date)] } ?? []),
                      symmetric: false, confidence: 0.7, rule: "membership.relative", evidence: evidence(sentence, body.first, verb + 1))
        }
    }
}
