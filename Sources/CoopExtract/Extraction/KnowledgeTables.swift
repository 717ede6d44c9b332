import CoopModel

// Answers the rules need from the knowledge base, computed once when the vocabulary is built.

/// The broader sectors the KB puts above each of its entities (`parent`, then the parent's
/// parent …), walked once when the vocabulary is built.
///
/// Why: `addCovers` walked the hierarchy for every `covers` proposed, copying each KB entity out
/// and allocating a set against cycles, though the answer only depends on the sector.
struct SectorParents: Sendable {
    /// For each entity with a sector above it: those sectors, nearest first, as proposed.
    private let chains: [EntityID: [Entity]]

    init(_ knowledge: KnowledgeGraph?, lexicon sectors: [Lexicon.Sector] = []) {
        var chains: [EntityID: [Entity]] = [:]
        for index in knowledge?.entityIndices ?? 0..<0 {
            guard let knowledge else { break }
            let start = knowledge.entity(at: index).id
            var chain: [Entity] = []
            var current = start
            var seen: Set<EntityID> = [start]
            // A short walk up the hierarchy; the set guards against a cycle in hand-edited data.
            while let parentName = knowledge.entity(current)?.properties["parent"]?.stringValue,
                let parent = knowledge.entity(EntityID(parentName)), parent.type == .sector, seen.insert(parent.id).inserted
            {
                chain.append(Entity(id: parent.id, type: .sector, names: parent.names))
                current = parent.id
            }
            if !chain.isEmpty { chains[start] = chain }
        }
        // A lexicon sector's parents up the lexicon (the KB's names when it holds one), until
        // one the KB places: then the KB's chain above it. The KB's own hierarchy wins for a
        // sector it places. The walk does not depend on the order of the lexicon's entries.
        let lexicon = Dictionary(sectors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let placedByKB = chains
        for sector in sectors where placedByKB[sector.id] == nil {
            var chain: [Entity] = []
            var seen: Set<EntityID> = [sector.id]
            var next = sector.parent
            while let parentID = next, seen.insert(parentID).inserted {
                let known = knowledge?.entity(parentID)
                guard let names = known?.names ?? lexicon[parentID].map({ Names(fr: $0.fr, en: $0.en) }) else { break }
                chain.append(Entity(id: parentID, type: .sector, names: names))
                if let above = placedByKB[parentID] {
                    chain += above
                    break
                }
                // (A sector the KB holds but places under none ends the chain: its hierarchy wins.)
                next = known == nil ? lexicon[parentID]?.parent : nil
            }
            if !chain.isEmpty { chains[sector.id] = chain }
        }
        self.chains = chains
    }

    /// The sectors above `id`, nearest first; empty when the KB gives it no parent.
    subscript(id: EntityID) -> [Entity] { chains.isEmpty ? [] : chains[id] ?? [] }
}

/// The KB's agreements as kind, dates and id, in the KB's order: finding one by kind and date
/// no longer copies every agreement entity out of the graph for each new agreement read.
struct KnownAgreements: Sendable {
    private let entries: [(kind: String?, dates: [DatedRole], id: EntityID)]

    init(_ knowledge: KnowledgeGraph?) {
        entries = knowledge?.entities(ofType: .agreement).map { ($0.properties["kind"]?.stringValue, $0.dates, $0.id) } ?? []
    }

    /// The first KB agreement of `kind` with `date` among its dates.
    func first(kind: String, date: DatedRole) -> EntityID? {
        entries.first { $0.kind == kind && $0.dates.contains(date) }?.id
    }
}
