import CoopModel

/// A broader sector of a sector, and whether the KB holds it (`RelationMemos.parents`).
struct SectorParent: Sendable, Equatable {
    let entity: Entity
    let known: Bool
}

/// Answers the relation pass gave last, for the next call with the same inputs: the rules ask
/// for the same few things again and again (the section's sectors, one event kind, one agreement
/// kind), and each answer cost a `String` hash or a dictionary built anew.
///
/// Every entry is compared with its inputs before use, so a stale one only costs a miss.
struct RelationMemos {
    /// The broader sectors of the sectors `addCovers` asked for, each with whether the KB holds
    /// it, by the identity of the sector's id (`IdentityCache`): `SectorParents` hashed the id,
    /// about 500 instructions a call, and the KB hashed each parent's.
    private var sectorParents = IdentityCache<[SectorParent]>()
    /// The event properties built last, by the event's kind and hazard (the few most recent
    /// pairs: a repeat of an event then hands the store the dictionary its candidate holds,
    /// which the store recognises without reading it, `CandidateStore.sharesStorage`).
    private var eventProperties: [(kind: String, hazard: String?, properties: [String: PropertyValue])] = []
    /// The agreement properties built last, by kind and scope, as `eventProperties`.
    private var agreementProperties: [(kind: String, bilateral: Bool, properties: [String: PropertyValue])] = []
    /// The slugs of the places named last in event ids (`placeSlug`).
    private var placeSlugs: [(place: EntityID, slug: String)] = []
    /// The most entries each of those lists keeps.
    private static let recentLimit = 8
    /// The last agreement noted under its kind and kind family (`settleAgreement`).
    private var agreementByKind: (kind: String, id: EntityID)?
    /// Whether the KB holds each lexicon sector: 0 not asked yet, 1 no, 2 yes (`sectors(_:in:)`
    /// asked the KB's id table, a `String` hash, for every sector named in a body's name).
    private var sectorsKnown: [UInt8] = []
    /// What the store was seen to absorb of a sector named in a name (`sectors(_:in:)`), by
    /// lexicon sector, then by KB entity: the same entity each time, at the same confidence.
    private var absorbedSectors: [AbsorbedRepeat] = []
    private var absorbedKnownSectors: [AbsorbedRepeat] = []
    /// The ids and names of the events written so far (`eventIDAndName`).
    var eventIDs = EventIDs()

    /// Whether the KB holds lexicon sector `index`, asked once per sector.
    mutating func knowsSector(at index: Int, in vocabulary: Vocabulary) -> Bool {
        if sectorsKnown.count <= index {
            sectorsKnown += [UInt8](repeating: 0, count: max(vocabulary.sectorIDs.count, index + 1) - sectorsKnown.count)
        }
        if sectorsKnown[index] == 0 { sectorsKnown[index] = vocabulary.knowledge?.index(of: vocabulary.sectorIDs[index]) != nil ? 2 : 1 }
        return sectorsKnown[index] == 2
    }

    /// `vocabulary.sectorParents[sector]`, each with whether the vocabulary's KB holds it, kept
    /// for the next call with the same id value. (Given the vocabulary, a class, rather than its
    /// table and KB: those are structs, each copied into the call.)
    mutating func parents(of sector: EntityID, in vocabulary: Vocabulary) -> [SectorParent] {
        if let known = sectorParents.value(for: sector.rawValue) { return known }
        // (The KB asked by index: `entity(_:)` copied the whole entity to test it.)
        let parents = vocabulary.sectorParents[sector].map { SectorParent(entity: $0, known: vocabulary.knowledge?.index(of: $0.id) != nil) }
        sectorParents.set(parents, for: sector.rawValue)
        return parents
    }

    /// Whether the store was seen to absorb sector `index` (of the lexicon, else of the KB when
    /// `known`) named in a name at `confidence`, and no candidate was removed since.
    func absorbsSector(_ index: Int, known: Bool, confidence: Double, removals: Int) -> Bool {
        let absorbed = known ? absorbedKnownSectors : absorbedSectors
        return index < absorbed.count && absorbed[index].absorbs(confidence: confidence, removals: removals)
    }

    /// Notes that the store absorbed sector `index` (as `absorbsSector`) at `confidence`.
    mutating func noteAbsorbedSector(_ index: Int, known: Bool, confidence: Double, removals: Int) {
        if known {
            Self.note(index, in: &absorbedKnownSectors, confidence: confidence, removals: removals)
        } else {
            Self.note(index, in: &absorbedSectors, confidence: confidence, removals: removals)
        }
    }

    private static func note(_ index: Int, in absorbed: inout [AbsorbedRepeat], confidence: Double, removals: Int) {
        if absorbed.count <= index { absorbed += [AbsorbedRepeat](repeating: AbsorbedRepeat(), count: index + 1 - absorbed.count) }
        absorbed[index].note(confidence: confidence, removals: removals)
    }

    /// `["kind": kind, "hazard": hazard (if any)]`, the same dictionary as before for a kind and
    /// hazard asked recently.
    mutating func eventProperties(kind: String, hazard: String?) -> [String: PropertyValue] {
        for entry in eventProperties where entry.kind == kind && entry.hazard == hazard { return entry.properties }
        var properties: [String: PropertyValue] = [:]
        properties["kind"] = .string(kind)
        if let hazard { properties["hazard"] = .string(hazard) }
        if eventProperties.count == Self.recentLimit { eventProperties.removeFirst() }
        eventProperties.append((kind, hazard, properties))
        return properties
    }

    /// `["kind": kind]`, with `"scope": "bilateral"` when `bilateral`, the same dictionary as
    /// before for a kind and scope asked recently.
    mutating func agreementProperties(kind: String, bilateral: Bool) -> [String: PropertyValue] {
        for entry in agreementProperties where entry.bilateral == bilateral && entry.kind == kind { return entry.properties }
        var properties: [String: PropertyValue] = [:]
        properties["kind"] = .string(kind)
        if bilateral { properties["scope"] = .string("bilateral") }
        if agreementProperties.count == Self.recentLimit { agreementProperties.removeFirst() }
        agreementProperties.append((kind, bilateral, properties))
        return properties
    }

    /// The slug of `place` noted recently, if any.
    func placeSlug(of place: EntityID) -> String? {
        for entry in placeSlugs where entry.place == place { return entry.slug }
        return nil
    }

    /// Notes `slug` as the slug of `place`, for the next calls.
    mutating func notePlaceSlug(_ slug: String, of place: EntityID) {
        if placeSlugs.count == Self.recentLimit { placeSlugs.removeFirst() }
        placeSlugs.append((place, slug))
    }

    /// Whether `id` is the agreement noted last under `kind`: then noting it again under the
    /// kind and its family changes nothing (no other agreement was noted since). Records it
    /// as the last one otherwise.
    mutating func isNotedLast(_ id: EntityID, kind: String) -> Bool {
        if let agreementByKind, agreementByKind.id == id, agreementByKind.kind == kind { return true }
        agreementByKind = (kind, id)
        return false
    }
}
