import CoopModel

/// How well an extraction finds the facts a curated KB states about the same documents.
///
/// Matching: an extracted entity matches a gold entity with the same id, or sharing a folded
/// name, alias or acronym (``NameKey``); an agreement or event whose name differs matches a gold
/// one of the same `kind` sharing a dated role (same role, same date), and an agreement also one
/// of the same `kind` between the same countries (its `party_to` countries). A relation matches when
/// its type is the same and both endpoints match (either direction for `cooperates_with`).
/// Equivalence for cooperation: an institution stands for its country, so `cooperates_with(A, B)`
/// also matches gold `cooperates_with(country(A), B)`, where country(A) is the country A is
/// `under_authority_of` in the gold KB, else the country of its id prefix (`dz.` → `DZ`).
/// A date is right when the matched fact carries the same role with the same partial date.
///
/// Programme alignment (opt-in, `alignProgrammes`): programmes named after an activity have no
/// canonical name, so a fourth pass links a still-unlinked extracted programme to a still-unlinked
/// gold programme citing a document the extracted one cites, when the Dice coefficient
/// 2·|A ∩ B| / (|A| + |B|) of their folded content words (``contentWords(_:)``: `NameKey` words,
/// French function words out, a final "s" dropped) is at least ``programmeAlignmentThreshold``
/// (0.6); all pairs over it are taken best first, one to one. "Coopération du MICLAT" and
/// "Coopération bilatérale du MICLAT" align (2·2/5 = 0.8); "Renforcement des capacités de
/// formation" and "Renforcement des capacités des services de l'aménagement du territoire" do not
/// (2·2/8 = 0.5). Limit: two short names differing in one word of three ("Formation des cadres de
/// la santé" / "… du tourisme", 0.67) would align when only one of the two is extracted.
/// Callers report the score with and without it.
public struct ExtractionScore: Hashable, Sendable {
    public var goldEntities = 0
    public var extractedEntities = 0
    public var matchedGoldEntities = 0
    public var matchedExtractedEntities = 0
    public var goldRelations = 0
    public var extractedRelations = 0
    public var matchedGoldRelations = 0
    public var matchedExtractedRelations = 0
    public var goldDates = 0
    public var rightDates = 0
    /// Gold facts not found, and extracted facts matching nothing, for inspection.
    public var missedEntities: [String] = []
    public var spuriousEntities: [String] = []
    public var missedRelations: [String] = []
    /// Extracted relations that match no gold relation, with the rule that proposed them.
    public var spuriousRelations: [String] = []
    public var wrongDates: [String] = []

    /// Matched gold entities over gold entities.
    public var entityRecall: Double { ratio(matchedGoldEntities, goldEntities) }
    /// Matched extracted entities over extracted entities.
    public var entityPrecision: Double { ratio(matchedExtractedEntities, extractedEntities) }
    /// Matched gold relations over gold relations.
    public var relationRecall: Double { ratio(matchedGoldRelations, goldRelations) }
    /// Matched extracted relations over extracted relations.
    public var relationPrecision: Double { ratio(matchedExtractedRelations, extractedRelations) }
    /// Right dates over the gold dates of matched facts.
    public var dateAccuracy: Double { ratio(rightDates, goldDates) }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }

    /// The relation types the rules are designed to read from text. The others (`supports`,
    /// `beneficiary_of`) are curator paraphrase or inference; the scoped score leaves them out of
    /// the gold set.
    public static let producedRelationTypes: Set<RelationType> = [
        .partyTo, .covers, .underAuthorityOf, .cooperatesWith, .intervenedIn, .tookPartIn, .heldIn, .locatedIn,
        .runs, .implements, .partOf, .memberOf, .monitors,
    ]

    /// Whether the curator marked a fact as inferred rather than stated (`basis: inferred`).
    public static func isInferred(_ properties: [String: PropertyValue]) -> Bool {
        properties["basis"]?.stringValue == "inferred"
    }

    /// Scores `extraction` against the gold facts citing one of `documents` (file names); with
    /// `relationTypes`, only gold relations of those types count (the scoped score); with
    /// `statedOnly`, facts marked `basis: inferred`, and relations touching one, do not count
    /// as gold (they still count as matches for precision); with `alignProgrammes`, a programme
    /// still unlinked after the three passes also matches a gold programme citing a scored
    /// document when their folded content words (function words out, a final "s" dropped) have a
    /// Dice coefficient 2·|A ∩ B| / (|A| + |B|) of at least 0.6, pairs taken best first, one to one
    /// (``alignProgrammes(_:gold:link:)``).
    /// - Complexity: O((n + m) · k) for n extracted and m gold facts with k names each.
    public static func score(
        _ extraction: Extraction, gold: [Entity], goldRelations: [Relation], documents: Set<String>,
        relationTypes: Set<RelationType>? = nil, statedOnly: Bool = false, alignProgrammes: Bool = false
    ) -> ExtractionScore {
        var score = ExtractionScore()
        let cites: ([SourceRef]) -> Bool = { $0.contains { documents.contains($0.document) } }
        let inferred = statedOnly ? Set(gold.filter { isInferred($0.properties) }.map(\.id)) : []
        let goldEntities = gold.filter { cites($0.sources) && !inferred.contains($0.id) }
        let goldFacts = goldRelations.filter { relation in
            cites(relation.sources) && (relationTypes?.contains(relation.type) ?? true)
                && !(statedOnly && (isInferred(relation.properties) || inferred.contains(relation.from) || inferred.contains(relation.to)))
        }
        var byKey: [String: [EntityID]] = [:]
        for entity in gold {
            for name in entity.names.all + entity.aliases + entity.acronyms + [entity.id.rawValue] {
                byKey[NameKey.make(name), default: []].append(entity.id)
            }
        }
        let goldIDs = Set(gold.map(\.id))
        let goldTypes = Dictionary(gold.map { ($0.id, $0.type) }, uniquingKeysWith: { first, _ in first })
        // Parties of each agreement: its countries, and separately all its parties (bodies too),
        // so that a contract between two bodies matches as well as a treaty between two states.
        let countries = Set(gold.filter { $0.type == .country }.map(\.id))
        var goldParties: [EntityID: Set<EntityID>] = [:]
        var goldAllParties: [EntityID: Set<EntityID>] = [:]
        for relation in goldRelations where relation.type == .partyTo {
            goldAllParties[relation.to, default: []].insert(relation.from)
            if countries.contains(relation.from) { goldParties[relation.to, default: []].insert(relation.from) }
        }
        var extractedParties: [EntityID: Set<EntityID>] = [:]
        var extractedAllParties: [EntityID: Set<EntityID>] = [:]
        for candidate in extraction.relations where candidate.relation.type == .partyTo {
            extractedAllParties[candidate.relation.to, default: []].insert(candidate.relation.from)
            if countries.contains(candidate.relation.from) { extractedParties[candidate.relation.to, default: []].insert(candidate.relation.from) }
        }
        // Extracted id → gold id. A name shared by gold facts ("Protocole d'accord") goes to the
        // one citing a document the extracted fact cites, else to one citing none of the scored
        // documents (a KB fact from elsewhere); a gold fact of another scored document is left to
        // the kind-and-date pass below.
        var goldDocuments: [EntityID: Set<String>] = [:]
        for entity in gold { goldDocuments[entity.id, default: []].formUnion(entity.sources.map(\.document)) }
        var link: [EntityID: EntityID] = [:]
        for candidate in extraction.entities {
            let entity = candidate.entity
            if goldIDs.contains(entity.id) {
                link[entity.id] = entity.id
                continue
            }
            let cited = Set(entity.sources.map(\.document))
            for name in entity.names.all + entity.aliases + entity.acronyms {
                // A name shared across kinds of fact ("Bourses d'études universitaires", a sector's
                // alias and a programme's name) links only facts of a compatible type.
                guard let found = byKey[NameKey.make(name)]?.filter({ Self.compatible(goldTypes[$0], entity.type) }), !found.isEmpty else { continue }
                let sameDocument = found.first { !(goldDocuments[$0] ?? []).isDisjoint(with: cited) }
                if let chosen = sameDocument ?? found.first(where: { (goldDocuments[$0] ?? []).isDisjoint(with: documents) }) {
                    link[entity.id] = chosen
                    break
                }
            }
        }
        // Second pass, once names are linked: agreements and events by kind and date (events
        // preferring the same places), agreements by kind and parties.
        var goldPlaces: [EntityID: Set<EntityID>] = [:]
        for relation in goldRelations where relation.type == .heldIn { goldPlaces[relation.from, default: []].insert(relation.to) }
        var extractedPlaces: [EntityID: Set<EntityID>] = [:]
        for candidate in extraction.relations where candidate.relation.type == .heldIn {
            extractedPlaces[candidate.relation.from, default: []].insert(link[candidate.relation.to] ?? candidate.relation.to)
        }
        for candidate in extraction.entities where link[candidate.entity.id] == nil {
            let entity = candidate.entity
            if entity.type == .agreement || entity.type == .event {
                let places = extractedPlaces[entity.id] ?? []
                link[entity.id] = gold.filter {
                    $0.type == entity.type && $0.properties["kind"] == entity.properties["kind"]
                        && !Set($0.dates).isDisjoint(with: entity.dates) && !link.values.contains($0.id)
                }.max { (goldPlaces[$0.id] ?? []).intersection(places).count < (goldPlaces[$1.id] ?? []).intersection(places).count }?.id
            }
            if link[entity.id] == nil, entity.type == .agreement {
                // Among agreements of that kind between those countries (else between those bodies,
                // as linked), the one whose name shares most words.
                let words = Set(NameKey.make(entity.names.fr).split(separator: " "))
                let isBody: (EntityID) -> Bool = { !countries.contains($0) && !Self.looksLikeCountry($0) }
                let bodies = Set((extractedAllParties[entity.id] ?? []).map { link[$0] ?? $0 }.filter(isBody))
                let sameParties: (Entity) -> Bool = { goldEntity in
                    if let parties = extractedParties[entity.id], parties.count >= 2, goldParties[goldEntity.id] == parties { return true }
                    return bodies.count >= 2 && (goldAllParties[goldEntity.id] ?? []).filter(isBody) == bodies
                }
                link[entity.id] = gold.filter {
                    $0.type == .agreement && $0.properties["kind"] == entity.properties["kind"]
                        && sameParties($0) && !link.values.contains($0.id)
                }.max { Set(NameKey.make($0.names.fr).split(separator: " ")).intersection(words).count
                    < Set(NameKey.make($1.names.fr).split(separator: " ")).intersection(words).count }?.id
            }
        }
        // Third pass, for what is still unlinked (undated events, bodies worded otherwise): a gold
        // fact of the same type and kind, cited on a line the extracted fact cites, whose name
        // shares words with the extracted name (most shared wins).
        let citedGold = goldEntities.filter { $0.type != .country }
        for candidate in extraction.entities where link[candidate.entity.id] == nil && candidate.entity.type != .country {
            let entity = candidate.entity
            let lines = Set(entity.sources)
            let words = Self.nameWords(entity.names.fr)
            var best: (id: EntityID, shared: Int)?
            for goldEntity in citedGold where goldEntity.type == entity.type && goldEntity.properties["kind"] == entity.properties["kind"]
                && !link.values.contains(goldEntity.id) && !lines.isDisjoint(with: goldEntity.sources)
            {
                let shared = Self.nameWords(goldEntity.names.fr).intersection(words).count
                if shared > 0, shared > (best?.shared ?? 0) { best = (goldEntity.id, shared) }
            }
            if let best { link[entity.id] = best.id }
        }
        // Optional fourth pass: programmes by the overlap of their content words (+Alignment).
        if alignProgrammes { Self.alignProgrammes(extraction, gold: gold.filter { cites($0.sources) }, link: &link) }
        let goldCountries = Set(gold.filter { $0.type == .country }.map(\.id))
        var authority: [EntityID: EntityID] = [:]
        for relation in goldRelations where relation.type == .underAuthorityOf { authority[relation.from] = relation.to }
        func country(of id: EntityID) -> EntityID? {
            var current = id
            for _ in 0..<4 {
                if goldCountries.contains(current) { return current }
                guard let next = authority[current] else { break }
                current = next
            }
            let prefix = EntityID(id.rawValue.split(separator: ".").first.map { $0.uppercased() } ?? "")
            return goldCountries.contains(prefix) ? prefix : nil
        }
        let goldCited = Set(goldEntities.map(\.id))
        let linked = Set(link.values)
        score.goldEntities = goldEntities.count
        score.matchedGoldEntities = goldEntities.filter { linked.contains($0.id) }.count
        score.missedEntities = goldEntities.filter { !linked.contains($0.id) }.map { "\($0.type) \($0.id) “\($0.names.fr)”" }
        score.extractedEntities = extraction.entities.count
        score.matchedExtractedEntities = extraction.entities.filter { link[$0.entity.id].map(goldIDs.contains) ?? false }.count
        score.spuriousEntities = extraction.entities.filter { link[$0.entity.id] == nil }.map { "\($0.entity.type) \($0.entity.id) “\($0.entity.names.fr)”" }

        func key(_ relation: Relation) -> [RelationKey] {
            let from = link[relation.from] ?? relation.from
            let to = link[relation.to] ?? relation.to
            var keys = [RelationKey(type: relation.type, from: from, to: to)]
            if relation.type == .cooperatesWith {
                let froms = [from] + (country(of: from).map { [$0] } ?? [])
                let tos = [to] + (country(of: to).map { [$0] } ?? [])
                for one in froms {
                    for other in tos where one != other {
                        keys.append(RelationKey(type: relation.type, from: one, to: other))
                        keys.append(RelationKey(type: relation.type, from: other, to: one))
                    }
                }
            }
            return keys
        }
        var extractedByKey: [RelationKey: Relation] = [:]
        for candidate in extraction.relations {
            for relationKey in key(candidate.relation) where extractedByKey[relationKey] == nil {
                extractedByKey[relationKey] = candidate.relation
            }
        }
        let goldKeys = Set(goldFacts.map { RelationKey(type: $0.type, from: $0.from, to: $0.to) })
        score.goldRelations = goldFacts.count
        for relation in goldFacts {
            let relationKey = RelationKey(type: relation.type, from: relation.from, to: relation.to)
            if let found = extractedByKey[relationKey] {
                score.matchedGoldRelations += 1
                score.checkDates(gold: relation.dates, found: found.dates, fact: "\(relation.type) \(relation.from) → \(relation.to)")
            } else {
                score.missedRelations.append("\(relation.type) \(relation.from) → \(relation.to)")
            }
        }
        score.extractedRelations = extraction.relations.count
        for candidate in extraction.relations {
            if key(candidate.relation).contains(where: goldKeys.contains) {
                score.matchedExtractedRelations += 1
            } else {
                let relation = candidate.relation
                score.spuriousRelations.append("\(relation.type) \(relation.from) → \(relation.to) (\(candidate.review.rule))")
            }
        }
        let extractedByGold = Dictionary(extraction.entities.compactMap { candidate in link[candidate.entity.id].map { ($0, candidate.entity) } },
                                         uniquingKeysWith: { first, _ in first })
        for entity in goldEntities where goldCited.contains(entity.id) {
            guard let found = extractedByGold[entity.id] else { continue }
            score.checkDates(gold: entity.dates, found: found.dates, fact: "\(entity.id)")
        }
        return score
    }

    /// Bodies whose type a curator and the extractor may tell apart differently (an office read
    /// as an agency, a council as an organisation).
    public static let institutionTypes: Set<NodeType> = [.ministry, .agency, .organisation, .jointBody]

    /// Whether an extracted fact of type `found` may stand for a gold fact of type `gold`: the same
    /// type, or two kinds of body. A programme is not a sector, nor an event an agreement.
    public static func compatible(_ gold: NodeType?, _ found: NodeType) -> Bool {
        guard let gold else { return true }
        return gold == found || (institutionTypes.contains(gold) && institutionTypes.contains(found))
    }

    /// Whether an id reads as an ISO country code (two capital letters), as the KB writes countries.
    static func looksLikeCountry(_ id: EntityID) -> Bool {
        id.rawValue.count == 2 && id.rawValue.allSatisfy { $0.isUppercase }
    }

    /// The words of a name that carry meaning (four letters or more), a final "s" dropped.
    static func nameWords(_ name: String) -> Set<String> {
        Set(NameKey.make(name).split(separator: " ").filter { $0.count >= 4 }.map { $0.hasSuffix("s") ? String($0.dropLast()) : String($0) })
    }

    private mutating func checkDates(gold: [DatedRole], found: [DatedRole], fact: String) {
        for date in gold {
            goldDates += 1
            if found.contains(date) { rightDates += 1 } else {
                let seen = found.filter { $0.role == date.role }.map(\.date.description).joined(separator: ", ")
                wrongDates.append("\(fact): \(date.role) \(date.date), found \(seen.isEmpty ? "none" : seen)")
            }
        }
    }
}
