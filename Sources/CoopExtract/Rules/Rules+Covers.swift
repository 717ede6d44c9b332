import CoopModel

/// `covers` links, with the broader sectors the KB puts above the sector named.
extension DocumentExtraction {
    /// Proposes `fact` covers `sector`; when the KB gives the sector a `parent` ("Transport
    /// aérien" under "Transports"), the fact covers the parent too, with less confidence.
    mutating func addCovers(_ fact: EntityID, _ sector: EntityID, confidence: Double, rule: String, evidence: EvidenceDraft) {
        store.add(Relation(type: .covers, from: fact, to: sector), symmetric: false, confidence: confidence, rule: rule, evidence: evidence)
        var current = sector
        var seen: Set<EntityID> = [sector]
        // A short walk up the hierarchy; the set guards against a cycle in hand-edited data.
        while let parentName = vocabulary.knowledge?.entity(current)?.properties["parent"]?.stringValue,
            let parent = vocabulary.knowledge?.entity(EntityID(parentName)), parent.type == .sector, seen.insert(parent.id).inserted
        {
            store.add(Entity(id: parent.id, type: .sector, names: parent.names), confidence: confidence * 0.8, rule: "sector.parent",
                      existing: true, evidence: evidence)
            store.add(Relation(type: .covers, from: fact, to: parent.id), symmetric: false, confidence: confidence * 0.8,
                      rule: "sector.parent", evidence: evidence)
            current = parent.id
        }
    }
}
