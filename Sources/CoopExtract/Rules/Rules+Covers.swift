import CoopModel

/// `covers` links, with the broader sectors the KB puts above the sector named.
extension DocumentExtraction {
    /// Proposes `fact` covers `sector`; when the KB gives the sector a `parent` ("Transport
    /// aérien" under "Transports"), the fact covers the parent too, with less confidence.
    mutating func addCovers(_ fact: EntityID, _ sector: EntityID, confidence: Double, rule: String, evidence: EvidenceDraft) {
        store.add(.covers, from: fact, to: sector, symmetric: false, confidence: confidence, rule: rule, evidence: evidence)
        let parents = relationMemos.parents(of: sector, in: vocabulary)
        // (By index, each parent read where it lies: iterating copied each one, its entity's
        // strings and arrays retained and released.)
        for index in parents.indices {
            // (A lexicon sector's parent may be the lexicon's too, not yet in the KB.)
            store.add(parents[index].entity, confidence: confidence * 0.8, rule: "sector.parent", existing: parents[index].known, evidence: evidence)
            store.add(.covers, from: fact, to: parents[index].entity.id, symmetric: false, confidence: confidence * 0.8,
                      rule: "sector.parent", evidence: evidence)
        }
    }

    /// Proposes the lexicon's sector `id` as an entity, for a rule that tells a sector with no
    /// word of the sentence naming it (training told by its verb, scholarships).
    mutating func proposeSector(_ id: EntityID, confidence: Double, rule: String, evidence: EvidenceDraft) {
        guard let index = vocabulary.sectorIDs.firstIndex(of: id) else { return }
        proposeSector(at: index, confidence: confidence, rule: rule, evidence: evidence)
    }

    /// Proposes sector `index` of the lexicon, under the KB's id and name when the KB has it
    /// (then with no English name of the lexicon's).
    mutating func proposeSector(at index: Int, confidence: Double, rule: String, evidence: EvidenceDraft) {
        let id = vocabulary.sectorIDs[index]
        // (Asked by index: `entity(_:)` copied the whole KB entity to test it.)
        let existing = vocabulary.knowledge?.index(of: id) != nil
        store.add(Entity(id: id, type: .sector, names: Names(fr: vocabulary.sectorNames[index], en: existing ? nil : vocabulary.lexicon.sectors[index].en)),
                  confidence: confidence, rule: rule, existing: existing, evidence: evidence)
    }
}
