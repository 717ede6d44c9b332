import CoopModel

/// Plural agreements with a partner list ("des accords de sécurité avec l'Italie, le Yémen, …"):
/// one agreement per partner, and the sectors of later sentences about "ces accords".
extension DocumentExtraction {
    static let backReferences: CueSet = ["ces", "lesdits", "lesdites", "ceux"]

    /// Proposes one agreement per partner country named after the plural agreement at `position`;
    /// returns false when no country follows it.
    mutating func settlePerPartner(_ sentence: inout Sentence, mention position: Int, sectors: [EntityID]) -> Bool {
        let mention = sentence.mentions[position]
        guard let draftIndex = mention.draft else { return false }
        let draft = sentence.agreements[draftIndex]
        let partners = sentence.mentions.filter {
            $0.kind == .country && $0.first >= mention.end && !$0.adjective && !sentence.key($0.first - 1, is: "en")
        }
        guard draft.plural, draft.count == nil, !partners.isEmpty else { return false }
        let actor = sentence.mentions.last { $0.kind == .institution && $0.end <= mention.first }?.id ?? paragraphSubject ?? documentSubject
        let singular = Self.singular(draft.name)
        let evidence = evidence(sentence, mention.first, mention.end)
        let named = namedSectors(sentence, mention)
        var group: [EntityID] = []
        for partner in partners where partner.id != home {
            let partnerName = vocabulary.knowledge?.names(of: partner.id)?.fr ?? vocabulary.countryNames[partner.id] ?? partner.id.rawValue
            let id = EntityID("agr." + [home, partner.id].compactMap { $0?.rawValue.lowercased() }.joined(separator: "-") + "." + memo.slug(singular))
            // (The same dictionary for each agreement of a kind: see `RelationMemos`.)
            let entity = Entity(id: id, type: .agreement, names: Names(fr: "\(singular) (\(partnerName))"),
                                properties: relationMemos.agreementProperties(kind: draft.kind, bilateral: true))
            store.add(entity, confidence: 0.6, rule: "agreement.per-partner", existing: false, evidence: evidence)
            for party in [actor, home, partner.id].compactMap({ $0 }) {
                store.add(Relation(type: .partyTo, from: party, to: id, properties: RoleProperties.party),
                          symmetric: false, confidence: 0.6, rule: "agreement.per-partner", evidence: evidence)
            }
            for sector in named + sectors {
                addCovers(id, sector, confidence: 0.6,
                          rule: "agreement.sector", evidence: evidence)
            }
            group.append(id)
        }
        agreementGroup = group
        return true
    }

    /// Whether the sentence speaks of agreements already named ("ces accords prévoient …").
    func refersBack(_ sentence: Sentence) -> Bool {
        // (By position: `contains(where:)` handed the closure a copy of each mention.)
        sentence.mentions.indices.contains {
            sentence.mentions[$0].kind == .agreement && sentence.key(sentence.mentions[$0].first - 1, in: Self.backReferences)
        }
    }

    /// Adds the sectors of a sentence about "ces accords" (and of the list that follows) to the last group.
    mutating func coverGroup(_ sentence: Sentence) {
        for mention in sentence.mentions where mention.kind == .sector {
            for agreement in agreementGroup {
                addCovers(agreement, mention.id, confidence: 0.55,
                          rule: "agreement.sector-back-reference", evidence: evidence(sentence, mention.first, mention.end))
            }
        }
    }

    /// "accords de sécurité" → "Accord de sécurité".
    ///
    /// Only the first word changes, so the rest is copied as it is from the first space on:
    /// splitting the whole name into words and joining them again walked it character by
    /// character (about 36,000 instructions for a long name).
    static func singular(_ name: String) -> String {
        let space = name.firstIndex(of: " ") ?? name.endIndex
        var singular = String(name[..<space])
        if singular.count > 3, singular.hasSuffix("s") { singular = String(singular.dropLast()) }
        singular.append(contentsOf: name[space...])
        return capitalisedFirst(singular)
    }

    /// `singular` word by word, as it was written first.
    static func plainSingular(_ name: String) -> String {
        var words = name.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if let first = words.first, first.count > 3, first.hasSuffix("s") { words[0] = String(first.dropLast()) }
        return capitalisedFirst(words.joined(separator: " "))
    }
}
