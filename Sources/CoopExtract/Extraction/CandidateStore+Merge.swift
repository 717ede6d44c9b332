import CoopModel

/// Merging a repeat into a candidate: its review (confidence, rule, evidence), names, dates,
/// properties and citations.
extension CandidateStore {
    /// An entity's new id, type and kind (`renamed(_:)`).
    struct Renaming: Sendable {
        var id: EntityID
        var type: NodeType
        var kind: String
    }

    /// This store with some entities under another id, type and kind, and the relations that
    /// name them following: a body first proposed by its bare acronym as a home agency, which
    /// the text later defines as an international organisation.
    func renamed(_ renamings: [EntityID: Renaming]) -> CandidateStore {
        var store = CandidateStore()
        store.reAdd(self, renaming: renamings)
        return store
    }

    static func merge(
        _ known: inout CandidateEntity, _ entity: Entity, confidence: Double, rule: String, source: SourceRef, evidence: Evidence?,
        citedInOrder: inout Bool
    ) {
        merge(&known.review, confidence: confidence, rule: rule, evidence: evidence)
        if entity.names.fr != known.entity.names.fr || !entity.aliases.isEmpty {
            // "l'action du CNL", then "Le Commissariat national du littoral (CNL)": a body first
            // named by its bare acronym takes the long name once the text defines it.
            if known.entity.acronyms.contains(known.entity.names.fr), entity.acronyms.contains(known.entity.names.fr),
                !entity.acronyms.contains(entity.names.fr), entity.names.fr.count > known.entity.names.fr.count
            {
                known.entity.names.fr = entity.names.fr
            }
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
        // (The same dictionary as the candidate's, as `RelationMemos` hands it again: nothing to add.)
        if !sharesStorage(entity.properties, known.entity.properties) {
            for (key, value) in entity.properties where known.entity.properties[key] == nil { known.entity.properties[key] = value }
        }
        addSource(source, to: &known.entity.sources, inOrder: &citedInOrder)
    }

    /// Merges a repeat of a relation given by what it brings besides its type and ends (its
    /// properties and dates): no `Relation` is built for a repeat.
    static func merge(
        _ known: inout CandidateRelation, properties: [String: PropertyValue], dates: [DatedRole], confidence: Double, rule: String,
        source: SourceRef, evidence: Evidence?, citedInOrder: inout Bool
    ) {
        merge(&known.review, confidence: confidence, rule: rule, evidence: evidence)
        // (The same dictionary as the candidate's, the usual repeat: nothing to add.)
        let shared = sharesStorage(properties, known.relation.properties)
        for (name, value) in properties where !shared {
            if name == "sectors", case .list(let new) = value, case .list(let old)? = known.relation.properties[name] {
                // Nothing new (the usual repeat): the stored list is left alone, not rebuilt.
                if new.contains(where: { !old.contains($0) }) {
                    known.relation.properties[name] = .list(old + new.filter { !old.contains($0) })
                }
            } else if known.relation.properties[name] == nil {
                known.relation.properties[name] = value
            }
        }
        for date in dates where !known.relation.dates.contains(where: { $0.role == date.role }) {
            known.relation.dates.append(date)
        }
        addSource(source, to: &known.relation.sources, inOrder: &citedInOrder)
    }

    /// What a repeat of `candidate` could change without reading it (`Saturation`).
    static func saturation(_ candidate: CandidateEntity, citedInOrder: Bool) -> Saturation {
        Saturation(
            confidence: candidate.review.confidence,
            full: candidate.review.evidence.count >= evidenceLimit && candidate.entity.sources.count >= citationLimit,
            name: candidate.entity.names.fr, citedInOrder: citedInOrder)
    }

    static func saturation(_ candidate: CandidateRelation, citedInOrder: Bool) -> Saturation {
        Saturation(
            confidence: candidate.review.confidence,
            full: candidate.review.evidence.count >= evidenceLimit && candidate.relation.sources.count >= citationLimit,
            citedInOrder: citedInOrder)
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
        if let made = evidence, review.evidence.count < evidenceLimit, !review.evidence.contains(made) {
            append(made, to: &review.evidence, limit: evidenceLimit)
        }
    }

    /// Appends `item` to a list capped at `limit`, growing it four times over (at most to the
    /// cap) rather than doubling it: a candidate's citations reach their cap of 50 in three
    /// reallocations (1, 4, 16, 50) rather than six (…, 32, 64), and then hold 50 places rather
    /// than 64; its evidence (cap 5) in two (1, 4, 5) rather than three (…, 8).
    @inline(__always)
    static func append<Item>(_ item: Item, to items: inout [Item], limit: Int) {
        if items.count == items.capacity { items.reserveCapacity(min(limit, max(4, items.count * 4))) }
        items.append(item)
    }

    static func addSource(_ source: SourceRef, to sources: inout [SourceRef]) {
        // The cheap test first: a full list is never searched.
        if sources.count < citationLimit && !cites(sources, source) { append(source, to: &sources, limit: citationLimit) }
    }

    /// `addSource(source, to: &sources)`, told whether `sources` are in order (one document,
    /// strictly ascending lines, `Saturation.citedInOrder`) and keeping that up to date.
    ///
    /// Why: a fact's repeats mostly come from later lines of the same document, and each repeat
    /// searched all the citations (up to 50) to find it was not there, about 450 instructions a
    /// repeat; in order, the last citation tells.
    @inline(__always)
    static func addSource(_ source: SourceRef, to sources: inout [SourceRef], inOrder: inout Bool) {
        guard sources.count < citationLimit else { return }
        if inOrder, let line = source.line, let last = sources.last, let lastLine = last.line, last.document == source.document {
            // After the last line: new, and still in order. At the last line: cited already.
            if line > lastLine { append(source, to: &sources, limit: citationLimit) }
            if line >= lastLine { return }
        }
        guard !cites(sources, source) else { return }
        append(source, to: &sources, limit: citationLimit)
        // (Only a first citation with a line starts an order; any other one found by the search breaks it.)
        inOrder = sources.count == 1 && source.line != nil
    }

    /// Whether `sources` are in order, as `Saturation.citedInOrder` says: one document, each
    /// with a line, lines strictly ascending (an empty list is).
    static func citedInOrder(_ sources: [SourceRef]) -> Bool {
        guard let first = sources.first else { return true }
        var previous = first.line
        for source in sources.dropFirst() {
            guard let line = source.line, let before = previous, line > before, source.document == first.document else { return false }
            previous = line
        }
        return previous != nil
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
