import CoopModel

/// Cooperation between the bodies and countries a sentence names: the line's country, a compound
/// ("algéro-française"), the partners after "avec" and those listed with them. Read by
/// `buildSettledRelations`.
extension DocumentExtraction {
    /// Whether partners open right before token `first`: "avec" within three words ("avec
    /// l'UNESCO"), or the colon after "avec … partenaires" ("travaille avec trois partenaires :
    /// la société italienne Irritec, …").
    private func opensPartners(_ sentence: Sentence, before first: Int) -> Bool {
        let window = max(sentence.range.lowerBound, first - 3)..<first
        if window.contains(where: { sentence.key($0, is: "avec") }) { return true }
        guard let colon = window.last(where: { sentence.key($0, is: ":") }),
            let noun = (max(sentence.range.lowerBound, colon - 3)..<colon).last(where: { sentence.key($0, is: "partenaires", or: "partenaire") })
        else { return false }
        return (max(sentence.range.lowerBound, noun - 4)..<noun).contains { sentence.key($0, is: "avec") }
    }

    /// Whether the body at `position` follows, joined by "et" or a comma and articles only, a
    /// body or country that "avec" introduces ("ainsi qu'avec l'UNESCO et l'UNICEF").
    private func listedPartner(_ sentence: Sentence, _ position: Int) -> Bool {
        var current = position
        while current > 0 {
            let mention = sentence.mentions[current]
            // The item before, past what its description names ("spécialisée dans l'irrigation").
            guard let before = sentence.mentions[..<current].lastIndex(where: { $0.kind == .institution || $0.kind == .country }) else { return false }
            let previous = sentence.mentions[before]
            guard !previous.adjective else { return false }
            // "la société italienne Irritec, spécialisée dans …, le groupe qatari …": a description
            // set off by commas after an item; its closing comma separates the items.
            let described = apposition(after: previous, in: sentence, before: mention.first)
            let gap = described.isEmpty ? previous.end..<mention.first : described.upperBound - 1..<mention.first
            guard !gap.isEmpty, gap.count <= 3, gap.contains(where: { sentence.key($0, is: "et") || sentence.key($0, is: ",") }),
                gap.allSatisfy({ sentence.key($0, is: "et") || sentence.key($0, is: ",") || ClosedWords.isDefiniteArticle(sentence.key($0)) || sentence.key($0, is: "'") })
            else { return false }
            if opensPartners(sentence, before: previous.first) { return true }
            current = before
        }
        return false
    }

    /// Whether the adjective country mention at `position` qualifies people ("magistrats
    /// tunisiens", and "mauritaniens" after "tunisiens et").
    private func isPeopleOf(_ sentence: Sentence, _ position: Int) -> Bool {
        var current = position
        while true {
            let mention = sentence.mentions[current]
            if vocabulary.participantKeys.contains(sentence.key(mention.first - 1)) { return true }
            guard current > 0, sentence.key(mention.first - 1, is: "et") || sentence.key(mention.first - 1, is: ",") else { return false }
            let previous = sentence.mentions[current - 1]
            guard previous.kind == .country, previous.adjective, previous.end == mention.first - 1 else { return false }
            current -= 1
        }
    }

    /// Whether a body is no body of the home country: an organisation, or a body of another country.
    func isForeign(_ id: EntityID) -> Bool {
        store.type(of: id) == .organisation || (countryOfBody(id).map { $0 != home } ?? false)
    }

    /// Words before the countries of an embassy's jurisdiction.
    static let accreditationWords: CueSet = ["accredite", "accreditee", "accredites", "accreditees", "juridiction"]

    mutating func buildCooperation(
        _ sentence: Sentence, sectors: [EntityID], excluded: Set<Int>, datesByMention: [Int: [DatedRole]]
    ) {
        // (Mentions searched and read by position here: the standard library's searches handed
        // each closure a copy of each mention, its ids retained and released.)
        let mentions = sentence.mentions
        // Most sentences have neither a compound ("algéro-française") nor a cue word: the
        // properties (a dictionary and a list) are built only when a relation may need them.
        // "- Arabie Saoudite : échange de visites …": the line reports cooperation with its country.
        if let label = labelCountry, let home, label != home,
            let labelPosition = mentions.indices.first(where: { mentions[$0].kind == .country && mentions[$0].id == label }),
            mentions[labelPosition].first <= sentence.range.lowerBound + 1
        {
            let labelMention = mentions[labelPosition]
            var relation = Relation(type: .cooperatesWith, from: home, to: label)
            if !sectors.isEmpty { relation.properties["sectors"] = .list(sectors.map { .string($0.rawValue) }) }
            store.add(relation, symmetric: true, confidence: 0.7, rule: "cooperation.label",
                      evidence: evidence(sentence, labelMention.first, labelMention.end))
        }
        reciprocalCooperation(sentence)
        if sentence.key(sentence.range.lowerBound, is: "ses", or: "leurs"), possessivePartners(sentence, sectors: sectors) { return }
        let cued = relationCues.has(.cooperation, in: sentence)
        guard cued || mentions.indices.contains(where: { mentions[$0].kind == .country && mentions[$0].pairedWith != nil }) else { return }
        let properties = cooperationProperties.of(sectors: sectors, area: sectionArea)
        // (One array for the sentence's partners, not one per partner.)
        let started = sentence.dates.first { $0.role == .started }.map { [DatedRole(.started, $0.date)] } ?? []
        // (By position: iterating the mentions copied each one, a retain and release of its ids.)
        for position in sentence.mentions.indices where sentence.mentions[position].kind == .country {
            if let other = sentence.mentions[position].pairedWith {
                let mention = sentence.mentions[position]
                store.add(.cooperatesWith, from: mention.id, to: other, properties: properties,
                          symmetric: true, confidence: 0.8, rule: "cooperation.compound",
                          evidence: evidence(sentence, mention.first, mention.end))
            }
        }
        guard cued else { return }
        // By position: only a country or a body may be a partner, and only those are copied.
        for position in sentence.mentions.indices {
            let kind = sentence.mentions[position].kind
            guard kind == .country || kind == .institution, !excluded.contains(position), sentence.mentions[position].pairedWith == nil
            else { continue }
            // (The fields read, not the whole mention copied.)
            let id = mentions[position].id
            let first = mentions[position].first
            let partner: Bool
            switch kind {
            case .country where mentions[position].adjective:
                // "des magistrats tunisiens et mauritaniens": people of a country, not a mere qualifier.
                partner = id != home && isPeopleOf(sentence, position)
            case .country:
                // The home country is a partner only of a foreign body or organisation right
                // before "avec" ("Le Fonds … coopère avec l'Algérie").
                let foreignWithHome = id == home && !sentence.key(first - 1, is: "en")
                    && (first - 3..<first).contains { sentence.key($0, is: "avec") }
                    && mentions.indices.last(where: { mentions[$0].kind == .institution && mentions[$0].end <= first }).map({ isForeign(mentions[$0].id) }) ?? false
                partner = (id != home || foreignWithHome) && !sentence.key(first - 1, is: "en")
                    && !(sentence.key(first - 1, is: "'") && sentence.key(first - 2, is: "d"))
            case .institution:
                // "… avec l'UNESCO et l'UNICEF": a body joined to a partner right before it is one too.
                partner = opensPartners(sentence, before: first) || position > 0 && listedPartner(sentence, position)
            default:
                partner = false
            }
            // "L'Ambassade, également accréditée auprès de la République de Djibouti, …": where an
            // embassy is accredited is its jurisdiction, not a partner.
            guard partner, !(max(sentence.range.lowerBound, first - 5)..<first).contains(where: {
                sentence.key($0, in: Self.accreditationWords)
            }) else { continue }
            // A bare acronym not yet resolved ("Dans le cadre du NEPAD, l'Algérie …") may be dropped
            // at the end; it does not stand for the actor.
            // "La DGF coopère avec l'Organisation … (FAO), la République de Turquie …": a body
            // listed after "avec" is a partner too, not the actor of the partners after it; the
            // actor is the body before "avec".
            let with = (max(sentence.range.lowerBound, first - 40)..<first).last { sentence.key($0, is: "avec") }
            let named = mentions.indices.last {
                mentions[$0].kind == .institution && mentions[$0].end <= (with ?? first) && unresolvedAcronymCounts[mentions[$0].id] == nil
            }.map { mentions[$0].id }
            // The issuer of a letterhead speaks for its country; a document without one for its main body.
            let actor = named ?? paragraphSubject ?? homeCountry ?? formalHome ?? documentSubject ?? home
            guard let actor, actor != id else { continue }
            // "JICA … au Japon", "Daimler Truck AG … l'Allemagne": a body does not cooperate with its own
            // country, nor a country with its own body.
            if kind == .country, countryOfBody(actor) == id { continue }
            // (A country's id is its two-letter code: the body's country is read only then.)
            if kind == .institution, actor.rawValue.utf8.count == 2, countryOfBody(id) == actor { continue }
            store.add(.cooperatesWith, from: actor, to: id, properties: properties, dates: started,
                      symmetric: true, confidence: kind == .country ? 0.8 : 0.65,
                      rule: "cooperation.partner", evidence: evidence(sentence, first, mentions[position].end))
        }
    }

    /// "Ses principaux partenaires étrangers sont l'INSEE, Eurostat et l'INS", "Leurs partenaires :
    /// …": the bodies and countries listed cooperate with the body the possessive stands for, the
    /// subject of the sentence before (`paragraphSubject`). Returns whether the sentence opens so
    /// (its list is read here alone).
    private mutating func possessivePartners(_ sentence: Sentence, sectors: [EntityID]) -> Bool {
        let start = sentence.range.lowerBound
        guard let noun = (start + 1..<min(sentence.range.upperBound, start + 3)).first(where: { sentence.key($0, is: "partenaires") }),
            let verb = (noun + 1..<min(sentence.range.upperBound, noun + 4)).first(where: { sentence.key($0, is: "sont", or: ":") }),
            let subject = paragraphSubject
        else { return false }
        let properties = cooperationProperties.of(sectors: sectors, area: sectionArea)
        for mention in sentence.mentions where mention.first > verb && (mention.kind == .institution || mention.kind == .country && !mention.adjective) {
            guard !mention.id.rawValue.isEmpty, mention.id != subject, unresolvedAcronymCounts[mention.id] == nil else { continue }
            if mention.kind == .country, countryOfBody(subject) == mention.id { continue }
            // "Statistics Korea (KOSTAT)": a country inside a capitalised name is the name's.
            if mention.kind == .country, sentence.tokens[mention.first - 1].kind == .word, sentence.tokens[mention.first - 1].capitalized { continue }
            store.add(.cooperatesWith, from: subject, to: mention.id, properties: properties, symmetric: true, confidence: 0.7,
                      rule: "cooperation.possessive-partners", evidence: evidence(sentence, mention.first, mention.end))
        }
        return true
    }
}
