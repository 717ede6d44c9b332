import CoopModel

/// Collects candidates across sentences and documents, merging repeats of the same fact.
struct CandidateStore: Sendable {
    /// The most evidence kept per candidate, so memory stays bounded on huge inputs.
    static let evidenceLimit = 5
    /// The most citations (`FILE:LINE`) kept per candidate.
    static let citationLimit = 50

    /// The entity candidates, by id: `store.entities[id]` reads one in place.
    private(set) var entities = EntityCandidates()
    private var relationTable = CandidateTable<CandidateRelation>()

    /// The key of the entity with this id.
    private mutating func key(of id: EntityID) -> CandidateKey { CandidateKey(entity: entities.numbers.number(id.rawValue)) }

    /// The position of the entity with this id, if proposed (numbering nothing new).
    private func position(of id: EntityID) -> Int? {
        guard let number = entities.numbers.existingNumber(id.rawValue) else { return nil }
        return entities.table.position(of: CandidateKey(entity: number))
    }

    /// Adds an entity or merges it into the one with the same id.
    mutating func add(_ entity: Entity, confidence: Double, rule: String, existing: Bool, evidence: EvidenceDraft) {
        add(entity, confidence: confidence, rule: rule, existing: existing, maker: evidence)
    }

    /// Adds an entity cited as `source`; `evidence` is only built when the candidate keeps it.
    mutating func add(
        _ entity: Entity, confidence: Double, rule: String, existing: Bool, source: SourceRef,
        evidence: @autoclosure () -> Evidence
    ) {
        withoutActuallyEscaping(evidence) { build in
            _ = add(entity, confidence: confidence, rule: rule, existing: existing, maker: GivenEvidence(source: source, build: build))
        }
    }

    /// Adds an entity proposed before (or removed since), and tells whether the same repeat at
    /// `confidence` would now change nothing: `absorbs(entity, confidence:)` after the add, read at
    /// the position just merged rather than looked up again by the id.
    mutating func addRepeat(_ entity: Entity, confidence: Double, rule: String, existing: Bool, evidence: EvidenceDraft) -> Bool {
        let position = add(entity, confidence: confidence, rule: rule, existing: existing, maker: evidence)
        return absorbs(entity, at: position, confidence: confidence)
    }

    /// Adds an entity; its evidence is only built, and its citation only read, when the candidate
    /// keeps them (`EvidenceMaker`). Returns the candidate's position.
    @discardableResult
    private mutating func add<Maker: EvidenceMaker>(_ entity: Entity, confidence: Double, rule: String, existing: Bool, maker evidence: Maker) -> Int {
        // Merged in place in the table's storage: copying the candidate out and back copied its
        // arrays (sources, evidence) on every repeat.
        let key = self.key(of: entity.id)
        if let position = entities.table.position(of: key) {
            // A repeat that brings nothing but its evidence and citation, to a candidate whose
            // evidence and citations are full: nothing to do, and the candidate is not read (only
            // its acronyms, dates and properties when the repeat has some, `addsNothing`).
            if absorbs(entity, at: position, confidence: confidence) { return position }
            let citedInOrder = entities.table.saturation[position].citedInOrder
            // The evidence made only while the candidate takes more (`merge` then adds it).
            let made = entities.table.values[position].review.evidence.count < Self.evidenceLimit ? make(evidence) : nil
            entities.table.update(at: position) { known in
                var inOrder = citedInOrder
                Self.merge(&known, entity, confidence: confidence, rule: rule, source: evidence.source, evidence: made, citedInOrder: &inOrder)
                return Self.saturation(known, citedInOrder: inOrder)
            }
            return position
        } else {
            var entity = entity
            entity.sources = [evidence.source]
            let candidate = CandidateEntity(
                entity: entity,
                review: Review(confidence: confidence, rule: rule, existing: existing, evidence: [make(evidence)]))
            // The state first: the candidate is then moved into the table, not copied.
            let state = Self.saturation(candidate, citedInOrder: evidence.source.line != nil)
            entities.table.append(key, candidate, state)
            return entities.table.count - 1
        }
    }

    /// Whether adding `entity` at `confidence` would change nothing (the test `add` makes first).
    /// It stays true for the same repeat until `removals` changes: candidates only grow, and a
    /// removed one may come back empty (`AbsorbedRepeat`).
    func absorbs(_ entity: Entity, confidence: Double) -> Bool {
        guard let position = position(of: entity.id) else { return false }
        return absorbs(entity, at: position, confidence: confidence)
    }

    @inline(__always)
    private func absorbs(_ entity: Entity, at position: Int, confidence: Double) -> Bool {
        let state = entities.table.saturation[position]
        return state.absorbs(confidence: confidence) && entity.aliases.isEmpty && entity.names.fr == state.name
            && (entity.acronyms.isEmpty && entity.dates.isEmpty && entity.properties.isEmpty || addsNothing(entity, at: position))
    }

    /// How many times `removeEntities` dropped candidates.
    private(set) var removals = 0

    /// Whether merging `entity`'s acronyms, dates and properties into the candidate at `position`
    /// would leave them as they are (each acronym known, each date's role dated, each property
    /// set): a repeat of a body with its kind, or of an event with its dates, then changes
    /// nothing of a full candidate, like a bare repeat. Read in place, as `merge` would.
    private func addsNothing(_ entity: Entity, at position: Int) -> Bool {
        entity.acronyms.allSatisfy { entities.table.values[position].entity.acronyms.contains($0) }
            && entity.dates.allSatisfy { date in entities.table.values[position].entity.dates.contains { $0.role == date.role } }
            && (Self.sharesStorage(entity.properties, entities.table.values[position].entity.properties)
                || entity.properties.keys.allSatisfy { entities.table.values[position].entity.properties[$0] != nil })
    }

    /// Whether merging `relation`'s properties and dates into the candidate at `position` would
    /// leave them as they are (`merge`'s tests: a sector list adds only sectors not listed, another
    /// property only when unset, a date only for a role not dated).
    private func addsNothing(properties: [String: PropertyValue], dates: [DatedRole], at position: Int) -> Bool {
        dates.allSatisfy { date in relationTable.values[position].relation.dates.contains { $0.role == date.role } }
            && (Self.sharesStorage(properties, relationTable.values[position].relation.properties)
                || properties.allSatisfy { name, value in
                let known = relationTable.values[position].relation.properties[name]
                if name == "sectors", case .list(let new) = value, case .list(let old)? = known { return new.allSatisfy(old.contains) }
                return known != nil
            })
    }

    /// The relation candidates, by key (ends in the order stored): `store.relations[key]` copies one out.
    var relations: RelationCandidates { RelationCandidates(store: self) }

    /// The entity table, with the numbering of the strings both tables' keys are made of (ids
    /// and relation types), in one stored property so that `store.entities[id]` copies nothing
    /// but the candidate.
    struct EntityCandidates: Sendable {
        fileprivate var table = CandidateTable<CandidateEntity>()
        fileprivate var numbers = StringNumbers()

        /// The candidate with this id, copied out.
        subscript(id: EntityID) -> CandidateEntity? {
            guard let number = numbers.existingNumber(id.rawValue), let position = table.position(of: CandidateKey(entity: number))
            else { return nil }
            return table.values[position]
        }
    }

    struct RelationCandidates {
        fileprivate let store: CandidateStore

        var isEmpty: Bool { store.relationTable.isEmpty }

        /// The key of the candidate at `position`, as strings.
        fileprivate func key(at position: Int) -> RelationKey {
            let key = store.relationTable.keys[position]
            let numbers = store.entities.numbers
            return RelationKey(
                type: RelationType(rawValue: numbers.string(Int32(bitPattern: key.type))),
                from: EntityID(numbers.string(Int32(bitPattern: UInt32(truncatingIfNeeded: key.ends >> 32)))),
                to: EntityID(numbers.string(Int32(bitPattern: UInt32(truncatingIfNeeded: key.ends)))))
        }

        subscript(key: RelationKey) -> CandidateRelation? {
            guard let type = store.entities.numbers.existingNumber(key.type.rawValue), let from = store.entities.numbers.existingNumber(key.from.rawValue),
                let to = store.entities.numbers.existingNumber(key.to.rawValue),
                let position = store.relationTable.position(of: CandidateKey(type: type, from: from, to: to))
            else { return nil }
            return store.relationTable.values[position]
        }
    }

    /// Whether an entity with this id has been proposed.
    func has(_ id: EntityID) -> Bool { position(of: id) != nil }

    /// The French name of the entity proposed with this id, read in place.
    func name(of id: EntityID) -> String? {
        guard let position = position(of: id) else { return nil }
        return entities.table.values.withUnsafeBufferPointer { $0[position].entity.names.fr }
    }

    /// The type of the entity proposed with this id, read in place (`entities[id]?.entity.type`
    /// copied the whole candidate, retaining each of its arrays, to read one field).
    func type(of id: EntityID) -> NodeType? {
        guard let position = position(of: id) else { return nil }
        // Through the buffer: the subscript copied the whole candidate out first.
        return entities.table.values.withUnsafeBufferPointer { $0[position].entity.type }
    }

    /// Adds a date to an entity already proposed (the first date of each role wins).
    mutating func addDate(_ date: DatedRole, to id: EntityID) {
        guard let position = position(of: id),
            !entities.table.values[position].entity.dates.contains(where: { $0.role == date.role })
        else { return }
        let inOrder = entities.table.saturation[position].citedInOrder
        entities.table.update(at: position) { known in
            known.entity.dates.append(date)
            return Self.saturation(known, citedInOrder: inOrder)
        }
    }

    /// Adds a relation or merges it into the one with the same type and endpoints.
    ///
    /// `relation` is taken rather than borrowed: the rules build it for this call, and a new
    /// candidate then keeps it without copying it (a retain of each of its strings and arrays).
    /// (Entities are borrowed: the rules often use theirs again after adding it.)
    mutating func add(_ relation: consuming Relation, symmetric: Bool, confidence: Double, rule: String, evidence: EvidenceDraft) {
        add(relation, symmetric: symmetric, confidence: confidence, rule: rule, maker: evidence)
    }

    /// Adds a relation given by its parts, as `add(Relation(…), …)` does; a repeat is merged
    /// from its parts, and a `Relation` built only for a new candidate.
    mutating func add(
        _ type: RelationType, from: EntityID, to: EntityID, properties: [String: PropertyValue] = [:], dates: [DatedRole] = [],
        symmetric: Bool, confidence: Double, rule: String, evidence: EvidenceDraft
    ) {
        guard let key = key(type, from: from, to: to, symmetric: symmetric) else { return }
        noteAuthority(key, from: from, to: to)
        if let position = relationTable.position(of: key) {
            merge(at: position, properties: properties, dates: dates, confidence: confidence, rule: rule, maker: evidence)
        } else {
            append(Relation(type: type, from: from, to: to, properties: properties, dates: dates), key: key, confidence: confidence,
                   rule: rule, maker: evidence)
        }
    }

    /// Notes `from` as answering to a body when the relation (of key `key`) puts it under one:
    /// country ids are ISO codes, every other id has a dot ("dz.mf"), looked for among the UTF-8
    /// bytes; the type compared by its number (a `RelationType` compared was copied first).
    @inline(__always)
    private mutating func noteAuthority(_ key: CandidateKey, from: EntityID, to: EntityID) {
        if authorityType < 0 { authorityType = Int64(entities.numbers.number(RelationType.underAuthorityOf.rawValue)) }
        if Int64(key.type) == authorityType, to.rawValue.utf8.contains(0x2E) { answering.insert(from) }
    }

    /// The number of `RelationType.underAuthorityOf` among the store's strings, -1 until asked.
    private var authorityType: Int64 = -1
    /// The last evidence made, whose strings the next evidence of the same sentence shares.
    private var lastEvidence = EvidenceMemo()
    /// `maker`'s evidence, sharing the strings of the last one made when it is of the same sentence.
    private mutating func make<Maker: EvidenceMaker>(_ maker: Maker) -> Evidence { maker.make(after: &lastEvidence) }

    /// The bodies proposed as under the authority of another body (a ministry, an agency), not
    /// only of a country.
    private var answering = Set<EntityID>()
    /// Whether `id` was proposed as under the authority of a ministry or an agency.
    func answersToABody(_ id: EntityID) -> Bool { answering.contains(id) }

    /// Adds a relation cited as `source`; `evidence` is only built when the candidate keeps it.
    mutating func add(
        _ relation: consuming Relation, symmetric: Bool, confidence: Double, rule: String, source: SourceRef,
        evidence: @autoclosure () -> Evidence
    ) {
        // (Taken out of the parameter first: a closure may not consume it. A copy when handed on,
        // on this path only, which absorbing another store and the tests take.)
        let relation = consume relation
        withoutActuallyEscaping(evidence) { build in
            add(relation, symmetric: symmetric, confidence: confidence, rule: rule, maker: GivenEvidence(source: source, build: build))
        }
    }

    /// Adds a relation; its evidence is only built, and its citation only read, when the
    /// candidate keeps them (`EvidenceMaker`).
    private mutating func add<Maker: EvidenceMaker>(
        _ relation: consuming Relation, symmetric: Bool, confidence: Double, rule: String, maker evidence: Maker
    ) {
        guard let key = self.key(relation.type, from: relation.from, to: relation.to, symmetric: symmetric) else { return }
        noteAuthority(key, from: relation.from, to: relation.to)
        if let position = relationTable.position(of: key) {
            merge(at: position, properties: relation.properties, dates: relation.dates, confidence: confidence, rule: rule, maker: evidence)
        } else {
            append(relation, key: key, confidence: confidence, rule: rule, maker: evidence)
        }
    }

    /// Merges a repeat of the relation candidate at `position`, given what it brings.
    private mutating func merge<Maker: EvidenceMaker>(
        at position: Int, properties: [String: PropertyValue], dates: [DatedRole], confidence: Double, rule: String, maker evidence: Maker
    ) {
        // As for entities: a repeat of a full candidate that adds no property or date changes nothing.
        let state = relationTable.saturation[position]
        if state.absorbs(confidence: confidence), properties.isEmpty && dates.isEmpty || addsNothing(properties: properties, dates: dates, at: position) {
            return
        }
        let made = relationTable.values[position].review.evidence.count < Self.evidenceLimit ? make(evidence) : nil
        relationTable.update(at: position) { known in
            var inOrder = state.citedInOrder
            Self.merge(&known, properties: properties, dates: dates, confidence: confidence, rule: rule, source: evidence.source,
                       evidence: made, citedInOrder: &inOrder)
            return Self.saturation(known, citedInOrder: inOrder)
        }
    }

    /// Adds a new relation candidate under `key`, taking `relation`.
    private mutating func append<Maker: EvidenceMaker>(
        _ relation: consuming Relation, key: CandidateKey, confidence: Double, rule: String, maker evidence: Maker
    ) {
        relation.sources = [evidence.source]
        let candidate = CandidateRelation(relation: relation, review: Review(confidence: confidence, rule: rule, evidence: [make(evidence)]))
        let state = Self.saturation(candidate, citedInOrder: evidence.source.line != nil)
        relationTable.append(key, candidate, state)
    }

    /// Who runs or supports each programme, and who took part in each event: each such relation's
    /// ends, their ids' numbers (equal ids, equal numbers) and its position (its evidence read by
    /// `firstEvidence(ofRelationAt:)` only for links that make a fact), in the order proposed.
    func sharedWorkLinks() -> [(work: EntityID, workNumber: Int32, backer: EntityID, backerNumber: Int32, position: Int)] {
        var found: [(work: EntityID, workNumber: Int32, backer: EntityID, backerNumber: Int32, position: Int)] = []
        for position in relationTable.values.indices {
            // The type read in place first: most relations are of other types.
            let type = relationTable.values[position].relation.type
            guard type == .runs || type == .supports || type == .tookPartIn, !relationTable.values[position].review.evidence.isEmpty,
                let work = entities.numbers.existingNumber(relationTable.values[position].relation.to.rawValue),
                let backer = entities.numbers.existingNumber(relationTable.values[position].relation.from.rawValue)
            else { continue }
            found.append((relationTable.values[position].relation.to, work, relationTable.values[position].relation.from, backer, position))
        }
        return found
    }

    /// The first evidence of the relation candidate at `position` (one `sharedWorkLinks` names).
    func firstEvidence(ofRelationAt position: Int) -> Evidence { relationTable.values[position].review.evidence[0] }

    /// Removes entities that fail `keep`, and the relations that name them.
    mutating func removeEntities(where drop: (CandidateEntity) -> Bool) {
        let dropped = Set(entities.table.values.filter(drop).map(\.entity.id))
        guard !dropped.isEmpty else { return }
        removals += 1
        entities.table.filter { !dropped.contains($0.entity.id) }
        relationTable.filter { !dropped.contains($0.relation.from) && !dropped.contains($0.relation.to) }
    }

    /// Merges another store into this one.
    mutating func absorb(_ other: CandidateStore) {
        if entities.table.isEmpty && relationTable.isEmpty, let taken = Self.absorbedIntoEmpty(other) {
            self = taken
            return
        }
        reAdd(other)
    }

    /// Merges another store by adding each of its candidates once per piece of evidence, then
    /// citing every source it cites (evidence is capped at five pieces, citations at 50);
    /// `renamings` gives some of its entities another id, type and kind (`renamed(_:)`).
    mutating func reAdd(_ other: CandidateStore, renaming renamings: [EntityID: Renaming] = [:]) {
        for var candidate in other.entities.table.values.sorted(by: { $0.entity.id < $1.entity.id }) {
            if let renaming = renamings[candidate.entity.id] {
                candidate.entity.id = renaming.id
                candidate.entity.type = renaming.type
                candidate.entity.properties["kind"] = .string(renaming.kind)
            }
            for evidence in candidate.review.evidence {
                add(candidate.entity, confidence: candidate.review.confidence, rule: candidate.review.rule,
                    existing: candidate.review.existing, source: evidence.source, evidence: evidence)
            }
            guard let position = position(of: candidate.entity.id) else { continue }
            entities.table.update(at: position) { known in
                for source in candidate.entity.sources { Self.addSource(source, to: &known.entity.sources) }
                return Self.saturation(known, citedInOrder: Self.citedInOrder(known.entity.sources))
            }
        }
        for var candidate in other.relationTable.values.sorted(by: { ($0.relation.from, $0.relation.to) < ($1.relation.from, $1.relation.to) }) {
            if !renamings.isEmpty {
                candidate.relation.from = renamings[candidate.relation.from]?.id ?? candidate.relation.from
                candidate.relation.to = renamings[candidate.relation.to]?.id ?? candidate.relation.to
            }
            let symmetric = candidate.relation.type == .cooperatesWith
            for evidence in candidate.review.evidence {
                add(candidate.relation, symmetric: symmetric, confidence: candidate.review.confidence,
                    rule: candidate.review.rule, source: evidence.source, evidence: evidence)
            }
            guard let key = self.key(candidate.relation.type, from: candidate.relation.from, to: candidate.relation.to, symmetric: symmetric),
                let position = relationTable.position(of: key)
            else {
                continue
            }
            relationTable.update(at: position) { known in
                for source in candidate.relation.sources { Self.addSource(source, to: &known.relation.sources) }
                return Self.saturation(known, citedInOrder: Self.citedInOrder(known.relation.sources))
            }
        }
    }

    /// `other` itself when absorbing it into an empty store changes nothing but its keys' owner;
    /// nil when two of its relations would merge under `absorb`'s symmetry rule, which only
    /// re-adding handles.
    private static func absorbedIntoEmpty(_ other: CandidateStore) -> CandidateStore? {
        // Read in place: iterating the candidates copied each one.
        for position in other.relationTable.values.indices {
            let type = other.relationTable.values[position].relation.type
            let from = other.relationTable.values[position].relation.from
            let to = other.relationTable.values[position].relation.to
            let ordered = type != .cooperatesWith || from < to
            guard from != to, let typeNumber = other.entities.numbers.existingNumber(type.rawValue),
                let fromNumber = other.entities.numbers.existingNumber(from.rawValue), let toNumber = other.entities.numbers.existingNumber(to.rawValue),
                other.relationTable.keys[position]
                    == CandidateKey(type: typeNumber, from: ordered ? fromNumber : toNumber, to: ordered ? toNumber : fromNumber)
            else { return nil }
        }
        return other
    }

    /// The key a relation is stored under: its ends in order when `symmetric`; nil for a
    /// relation from an entity to itself.
    private mutating func key(_ type: RelationType, from fromID: EntityID, to toID: EntityID, symmetric: Bool) -> CandidateKey? {
        let from = entities.numbers.number(fromID.rawValue)
        let to = entities.numbers.number(toID.rawValue)
        guard from != to else { return nil }
        // The order of the texts, not of the numbers: a symmetric and a directed proposal of the
        // same pair meet under the same key exactly when they did with string keys.
        let ordered = !symmetric || fromID < toID
        return CandidateKey(type: entities.numbers.number(type.rawValue), from: ordered ? from : to, to: ordered ? to : from)
    }

    /// The candidates in a stable order (entities by type then id, relations by type then ends), numbered.
    ///
    /// Consuming: the candidates are sorted in the store's own arrays when nothing else holds
    /// them, rather than copied (a retain of each of their strings and arrays) and the store's
    /// copies then freed (as many releases).
    consuming func sorted() -> (entities: [CandidateEntity], relations: [CandidateRelation]) {
        var entityList = entities.table.takeValues()
        var relationList = relationTable.takeValues()
        // Taken out too, so that numbering the entity types does not copy the whole table.
        var numbers = entities.numbers
        entities = EntityCandidates()
        // Sorted by the ranks of their strings (the same order): comparing the strings
        // themselves, three per pair of relations, was most of the sorting.
        // Read by index, in place: `map` copied each candidate into its closure.
        var entityKeys: [(Int32, Int32)] = []
        entityKeys.reserveCapacity(entityList.count)
        for index in entityList.indices {
            entityKeys.append((numbers.number(entityList[index].entity.type.rawValue), numbers.number(entityList[index].entity.id.rawValue)))
        }
        var relationKeys: [(Int32, Int32, Int32)] = []
        relationKeys.reserveCapacity(relationList.count)
        for index in relationList.indices {
            relationKeys.append((
                numbers.number(relationList[index].relation.type.rawValue), numbers.number(relationList[index].relation.from.rawValue),
                numbers.number(relationList[index].relation.to.rawValue)))
        }
        let ranks = numbers.ranks()
        if ranks.count <= 1 << 21 {
            // Each candidate's ranks packed into one number (as many bits each as the largest
            // rank needs, at most 21), ties kept in order: the same order as comparing the tuples
            // of ranks, which read three arrays per side and was most of the sorting. Narrow
            // fields leave fewer bytes to sort by (a few thousand ids: 5 passes, not 7).
            let width = UInt64(Int.bitWidth - max(ranks.count - 1, 1).leadingZeroBitCount)
            @inline(__always) func rank(_ number: Int32) -> UInt64 { UInt64(ranks[Int(number)]) }
            Self.permute(&entityList, into: Self.order(entityKeys.map { rank($0.0) << width | rank($0.1) }))
            Self.permute(&relationList, into: Self.order(relationKeys.map { rank($0.0) << (2 * width) | rank($0.1) << width | rank($0.2) }))
        } else {
            Self.permute(&entityList, into: entityKeys.indices.sorted {
                (ranks[Int(entityKeys[$0].0)], ranks[Int(entityKeys[$0].1)]) < (ranks[Int(entityKeys[$1].0)], ranks[Int(entityKeys[$1].1)])
            })
            Self.permute(&relationList, into: relationKeys.indices.sorted {
                let (left, right) = (relationKeys[$0], relationKeys[$1])
                return (ranks[Int(left.0)], ranks[Int(left.1)], ranks[Int(left.2)], $0) < (ranks[Int(right.0)], ranks[Int(right.1)], ranks[Int(right.2)], $1)
            })
        }
        var number = 0
        func nextID() -> String {
            number += 1
            return Self.candidateID(number)
        }
        // Canonical form: what the review file can hold (two-decimal confidences, sorted dates).
        func canonical(_ confidence: Double) -> Double { (confidence * 100).rounded() / 100 }
        for index in entityList.indices {
            entityList[index].review.id = nextID()
            entityList[index].review.confidence = canonical(entityList[index].review.confidence)
            Self.sortIfNeeded(&entityList[index].entity.dates)
            Self.sortIfNeeded(&entityList[index].review.evidence)
            Self.sortIfNeeded(&entityList[index].entity.sources)
        }
        for index in relationList.indices {
            relationList[index].review.id = nextID()
            relationList[index].review.confidence = canonical(relationList[index].review.confidence)
            Self.sortIfNeeded(&relationList[index].relation.dates)
            Self.sortIfNeeded(&relationList[index].review.evidence)
            Self.sortIfNeeded(&relationList[index].relation.sources)
        }
        return (entityList, relationList)
    }
}

/// The same ids with the same candidates, whatever the order they were proposed in.
extension CandidateStore.EntityCandidates: Equatable {
    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.table.count == rhs.table.count && lhs.table.values.allSatisfy { rhs[$0.entity.id] == $0 }
    }
}

/// The same keys with the same candidates, whatever the order they were proposed in and the
/// numbers their strings were given.
extension CandidateStore.RelationCandidates: Equatable {
    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.store.relationTable.count == rhs.store.relationTable.count
            && lhs.store.relationTable.values.indices.allSatisfy { rhs[lhs.key(at: $0)] == lhs.store.relationTable.values[$0] }
    }
}
