import CoopModel

/// Merging a repeat into a candidate: its review (confidence, rule, evidence), names, dates,
/// properties and citations.
extension CandidateStore {
    static func merge(
        _ known: inout CandidateEntity, _ entity: Entity, confidence: Double, rule: String, source: SourceRef, evidence: Evidence?
    ) {
        merge(&known.review, confidence: confidence, rule: rule, evidence: evidence)
        if entity.names.fr != known.entity.names.fr || !entity.aliases.isEmpty {
            // Checked one by one against the names as they grow, without building the lists
            // (`names.all + aliases`) once per alias.
            for alias in entity.aliases where !Self.hasName(known.entity, alias) { known.entity.aliases.append(alias) }
            if !Self.hasName(known.entity, entity.names.fr) { known.entity.aliases.append(entity.names.fr) }
        }
        for acronym in entity.acronyms where !known.entity.acronyms.contains(acronym) {
            known.entity.acronyms.append(acronym)
        }
        for date in entity.dates where !known.entity.dates.contains(where: { $0.role == date.role }) {
            known.entity.dates.append(date)
        }
        for (key, value) in entity.properties where known.entity.properties[key] == nil {
            known.entity.properties[key] = value
        }
        addSource(source, to: &known.entity.sources)
    }

    static func merge(
        _ known: inout CandidateRelation, _ relation: Relation, confidence: Double, rule: String, source: SourceRef, evidence: Evidence?
    ) {
        merge(&known.review, confidence: confidence, rule: rule, evidence: evidence)
        // (The same dictionary as the candidate's, the usual repeat: nothing to add.)
        let shared = sharesStorage(relation.properties, known.relation.properties)
        for (name, value) in relation.properties where !shared {
            if name == "sectors", case .list(let new) = value, case .list(let old)? = known.relation.properties[name] {
                // Nothing new (the usual repeat): the stored list is left alone, not rebuilt.
                if new.contains(where: { !old.contains($0) }) {
                    known.relation.properties[name] = .list(old + new.filter { !old.contains($0) })
                }
            } else if known.relation.properties[name] == nil {
                known.relation.properties[name] = value
            }
        }
        for date in relation.dates where !known.relation.dates.contains(where: { $0.role == date.role }) {
            known.relation.dates.append(date)
        }
        addSource(source, to: &known.relation.sources)
    }

    /// Whether `name` is one of `entity`'s names (any language) or aliases.
    static func hasName(_ entity: Entity, _ name: String) -> Bool {
        entity.names.fr == name || entity.names.en == name || entity.names.ar == name || entity.aliases.contains(name)
    }

    /// `evidence` is made by the caller only while the review takes more (`evidenceLimit`).
    static func merge(_ review: inout Review, confidence: Double, rule: String, evidence: Evidence?) {
        if confidence > review.confidence {
            review.confidence = confidence
            review.rule = rule
        }
        if let made = evidence, review.evidence.count < evidenceLimit, !review.evidence.contains(made) { review.evidence.append(made) }
    }

    static func addSource(_ source: SourceRef, to sources: inout [SourceRef]) {
        // The cheap test first: a full list is never searched.
        if sources.count < citationLimit && !cites(sources, source) { sources.append(source) }
    }

    /// `sources.contains(source)`, searched from the end and by line before document: a repeat
    /// mostly comes from the line or the document cited last, and comparing two line numbers is
    /// cheaper than comparing two document names.
    /// (Through the buffer, without a bounds check per citation: a candidate has up to 50.)
    @inline(__always)
    static func cites(_ sources: [SourceRef], _ source: SourceRef) -> Bool {
        sources.withUnsafeBufferPointer { cited in
            var index = cited.count
            while index > 0 {
                index -= 1
                if cited[index].line == source.line && cited[index].document == source.document { return true }
            }
            return false
        }
    }

    /// Whether two property dictionaries share their storage, and so hold the same properties:
    /// the rules hand the store the same few dictionaries again and again (`RoleProperties`,
    /// `CooperationProperties`), which a candidate keeps until a merge changes them, so a repeat
    /// is mostly answered without looking its properties up one by one. (A dictionary is one
    /// reference to its storage; a different storage only means the properties are compared.)
    @inline(__always)
    static func sharesStorage(_ first: [String: PropertyValue], _ second: [String: PropertyValue]) -> Bool {
        unsafeBitCast(first, to: UInt.self) == unsafeBitCast(second, to: UInt.self)
    }
}
