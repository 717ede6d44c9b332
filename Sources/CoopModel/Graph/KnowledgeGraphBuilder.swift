/// Collects entities and relations, then freezes them into a ``KnowledgeGraph``.
///
/// The builder checks only what the graph's integrity needs (unique ids, known endpoints);
/// the schema rules are the validator's job, which reports every problem with its place.
public struct KnowledgeGraphBuilder: Sendable {
    /// A payload stored in the builder, from ``internPayload(_:)``.
    public typealias PayloadCode = UInt32
    /// A relation type known to the builder, from ``internRelationType(_:)``.
    public typealias RelationTypeCode = UInt16

    /// Why a graph could not be built.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case duplicateID(EntityID)
        case unknownEndpoint(EntityID, relation: RelationType)
        case tooLarge(String)

        public var description: String {
            switch self {
            case .duplicateID(let id):
                return "the id '\(id)' is used by two entities; give one of them another id"
            case .unknownEndpoint(let id, let type):
                return "a '\(type)' relation names '\(id)', which no entity has as id; add the entity or fix the id"
            case .tooLarge(let what):
                return "the graph is too large: \(what)"
            }
        }
    }

    public let schema: Schema
    private var entities: [Entity] = []
    private var idIndex: [EntityID: Int32] = [:]
    private var typeTable: [RelationType] = []
    private var typeCodes: [RelationType: RelationTypeCode] = [:]
    private var payloadTable: [RelationPayload] = []
    private var payloadCodes: [RelationPayload: UInt32] = [:]
    // The last relation type seen: bulk imports repeat a handful of types.
    private var lastType: (type: RelationType, code: RelationTypeCode)?
    private var relationTypeCodes: [RelationTypeCode] = []
    private var relationFrom: [Int32] = []
    private var relationTo: [Int32] = []
    private var relationPayloadCodes: [UInt32] = []

    public init(schema: Schema) {
        self.schema = schema
    }

    /// The number of entities added so far.
    public var entityCount: Int { entities.count }

    /// Reserves room for the expected numbers of entities and relations.
    public mutating func reserve(entities entityCount: Int, relations relationCount: Int) {
        entities.reserveCapacity(entityCount)
        idIndex.reserveCapacity(entityCount)
        relationTypeCodes.reserveCapacity(relationCount)
        relationFrom.reserveCapacity(relationCount)
        relationTo.reserveCapacity(relationCount)
        relationPayloadCodes.reserveCapacity(relationCount)
    }

    /// Adds an entity and returns its position.
    @discardableResult
    public mutating func add(_ entity: consuming Entity) throws(Failure) -> EntityIndex {
        guard entities.count < Int32.max else { throw .tooLarge("more than \(Int32.max) entities") }
        let position = Int32(entities.count)
        // One hash of the id, not two; the rare duplicate puts the first entity's position back.
        if let first = idIndex.updateValue(position, forKey: entity.id) {
            idIndex[entity.id] = first
            throw .duplicateID(entity.id)
        }
        entities.append(entity)
        return Int(position)
    }

    /// The position of an entity added earlier.
    public func index(of id: EntityID) -> EntityIndex? { idIndex[id].map(Int.init) }

    /// The entities added so far, by id: a value another thread can read while this builder
    /// goes on adding relations.
    public var entityPositions: EntityPositions { EntityPositions(index: idIndex, count: entities.count) }

    /// Where the builder stands: ``rollBack(to:)`` undoes the relations added after it, with the
    /// relation types and payloads they brought.
    public struct Checkpoint: Sendable {
        fileprivate let relations: Int, types: Int, payloads: Int
    }

    /// The current ``Checkpoint``.
    public var checkpoint: Checkpoint {
        Checkpoint(relations: relationFrom.count, types: typeTable.count, payloads: payloadTable.count)
    }

    /// Undoes every relation added since `mark` (entities stay), so a reader that gives up on a
    /// way of reading can start again from there.
    /// - Complexity: O(relations, types and payloads removed).
    public mutating func rollBack(to mark: Checkpoint) {
        for type in typeTable[mark.types...] { typeCodes[type] = nil }
        for (offset, payload) in payloadTable[mark.payloads...].enumerated()
        where payloadCodes[payload] == PayloadCode(mark.payloads + offset) {
            payloadCodes[payload] = nil
        }
        typeTable.removeSubrange(mark.types...)
        payloadTable.removeSubrange(mark.payloads...)
        relationTypeCodes.removeSubrange(mark.relations...)
        relationFrom.removeSubrange(mark.relations...)
        relationTo.removeSubrange(mark.relations...)
        relationPayloadCodes.removeSubrange(mark.relations...)
        lastType = nil
    }

    /// Adds a relation between entities added earlier, named by id.
    public mutating func add(_ relation: Relation) throws(Failure) {
        guard let from = idIndex[relation.from] else { throw .unknownEndpoint(relation.from, relation: relation.type) }
        guard let to = idIndex[relation.to] else { throw .unknownEndpoint(relation.to, relation: relation.type) }
        addRelation(
            type: relation.type, from: Int(from), to: Int(to),
            payload: RelationPayload(
                properties: relation.properties, dates: relation.dates, sources: relation.sources,
                note: relation.note))
    }

    /// Adds a relation between two entity positions; the fast path for bulk imports.
    /// - Complexity: O(1) amortised; equal payloads are stored once.
    public mutating func addRelation(type: RelationType, from: EntityIndex, to: EntityIndex, payload: RelationPayload) {
        addRelation(type: type, from: from, to: to, payloadCode: internPayload(payload))
    }

    /// Stores `payload` once and returns its code, for ``addRelation(type:from:to:payloadCode:)``:
    /// a bulk reader that recognises a payload it has seen (by its text) can skip hashing it again.
    /// - Complexity: O(size of the payload) on average; equal payloads get the same code.
    public mutating func internPayload(_ payload: RelationPayload) -> PayloadCode {
        if let known = payloadCodes[payload] { return known }
        let code = PayloadCode(payloadTable.count)
        payloadTable.append(payload)
        payloadCodes[payload] = code
        return code
    }

    /// Stores `payload` without looking for an equal one and returns its code, for readers that
    /// recognise repeated payloads themselves (by their text) and call this once per distinct one.
    /// - Complexity: O(1) amortised.
    public mutating func storePayload(_ payload: consuming RelationPayload) -> PayloadCode {
        payloadTable.append(payload)
        return PayloadCode(payloadTable.count - 1)
    }

    /// Stores `payloads` in order, without looking for equal ones, and returns the code of the
    /// first (the others follow it): ``storePayload(_:)`` for each, with one growth of the table.
    /// - Complexity: O(count) amortised.
    public mutating func storePayloads(_ payloads: [RelationPayload]) -> PayloadCode {
        let first = PayloadCode(payloadTable.count)
        payloadTable.append(contentsOf: payloads)
        return first
    }

    /// Adds a relation between two entity positions with a payload stored by ``internPayload(_:)``
    /// or ``storePayload(_:)``.
    /// - Complexity: O(1) amortised.
    public mutating func addRelation(type: RelationType, from: EntityIndex, to: EntityIndex, payloadCode: PayloadCode) {
        let typeCode: RelationTypeCode
        if let last = lastType, last.type == type {
            typeCode = last.code
        } else {
            typeCode = internRelationType(type)
        }
        lastType = (type, typeCode)
        addRelation(typeCode: typeCode, from: from, to: to, payloadCode: payloadCode)
    }

    /// The code of `type`, for ``addRelation(typeCode:from:to:payloadCode:)``: a bulk reader that
    /// recognises a type by its bytes need not make and hash a `String` for each relation.
    /// - Complexity: O(length of the type) on average.
    public mutating func internRelationType(_ type: RelationType) -> RelationTypeCode {
        if let known = typeCodes[type] { return known }
        precondition(typeTable.count < Int(RelationTypeCode.max), "more than 65,535 relation types")
        let code = RelationTypeCode(typeTable.count)
        typeTable.append(type)
        typeCodes[type] = code
        return code
    }

    /// Adds a relation between two entity positions, with a type from ``internRelationType(_:)``
    /// and a payload from ``internPayload(_:)`` or ``storePayload(_:)``.
    /// - Complexity: O(1) amortised.
    public mutating func addRelation(typeCode: RelationTypeCode, from: EntityIndex, to: EntityIndex, payloadCode: PayloadCode) {
        precondition(entities.indices.contains(from) && entities.indices.contains(to), "endpoint out of range")
        precondition(Int(payloadCode) < payloadTable.count, "payload code not from internPayload")
        precondition(Int(typeCode) < typeTable.count, "type code not from internRelationType")
        relationTypeCodes.append(typeCode)
        relationFrom.append(Int32(from))
        relationTo.append(Int32(to))
        relationPayloadCodes.append(payloadCode)
    }

    /// Appends relations given column by column (the same count in each), with types from
    /// ``internRelationType(_:)`` and payloads from ``internPayload(_:)`` or ``storePayload(_:)``:
    /// what ``addRelation(typeCode:from:to:payloadCode:)`` does for each, in one pass per column.
    /// - Complexity: O(count) amortised.
    public mutating func addRelations(typeCodes: [RelationTypeCode], from: [Int32], to: [Int32], payloadCodes: [PayloadCode]) {
        precondition(from.count == typeCodes.count && to.count == typeCodes.count && payloadCodes.count == typeCodes.count,
            "columns of different lengths")
        precondition(from.allSatisfy { 0 <= $0 && Int($0) < entities.count } && to.allSatisfy { 0 <= $0 && Int($0) < entities.count },
            "endpoint out of range")
        precondition(payloadCodes.allSatisfy { Int($0) < payloadTable.count }, "payload code not from internPayload")
        precondition(typeCodes.allSatisfy { Int($0) < typeTable.count }, "type code not from internRelationType")
        relationTypeCodes.append(contentsOf: typeCodes)
        relationFrom.append(contentsOf: from)
        relationTo.append(contentsOf: to)
        relationPayloadCodes.append(contentsOf: payloadCodes)
    }

    /// Freezes the graph: builds the type and name indexes and the adjacency lists.
    /// - Complexity: O(n + m) for n entities and m relations, plus the names' length.
    public consuming func build() -> KnowledgeGraph {
        // The payload dictionary is only needed while adding; free it before the adjacency is built.
        payloadCodes = [:]
        var typeIndex: [NodeType: [Int32]] = [:]
        var nameIndex: [String: [Int32]] = [:]
        var nodeTypeTable: [NodeType] = []
        var nodeTypeCodes = [UInt32](repeating: 0, count: entities.count)
        var nodeTypeCodeOf: [NodeType: UInt32] = [:]
        var entitiesByCode: [[Int32]] = []
        var keys: [String] = []
        func addKey(_ text: String) {
            let key = NameKey.make(text)
            if !key.isEmpty && !keys.contains(key) { keys.append(key) }
        }
        // Read in place: copying each entity would retain and release every one of its fields.
        entities.withUnsafeBufferPointer { entities in
            // Room for every name at once (names are mostly distinct): no rehashing as the index grows.
            var names = 0
            for position in entities.indices {
                names += 1 + (entities[position].names.en == nil ? 0 : 1) + (entities[position].names.ar == nil ? 0 : 1)
                names += entities[position].aliases.count + entities[position].acronyms.count
            }
            nameIndex.reserveCapacity(names)
            for position in entities.indices {
                let index = Int32(position)
                let type = entities[position].type
                // Files list entities of one type together: the previous entity's code usually fits.
                let code: UInt32
                if position > 0, type == nodeTypeTable[Int(nodeTypeCodes[position - 1])] {
                    code = nodeTypeCodes[position - 1]
                } else if let known = nodeTypeCodeOf[type] {
                    code = known
                } else {
                    code = UInt32(nodeTypeTable.count)
                    nodeTypeCodeOf[type] = code
                    nodeTypeTable.append(type)
                    entitiesByCode.append([])
                }
                nodeTypeCodes[position] = code
                entitiesByCode[Int(code)].append(index)
                // Names in the order `names.all`, aliases, acronyms, without building that list.
                keys.removeAll(keepingCapacity: true)
                addKey(entities[position].names.fr)
                if let en = entities[position].names.en { addKey(en) }
                if let ar = entities[position].names.ar { addKey(ar) }
                for alias in entities[position].aliases { addKey(alias) }
                for acronym in entities[position].acronyms { addKey(acronym) }
                for key in keys { nameIndex[key, default: []].append(index) }
            }
        }
        for (code, members) in entitiesByCode.enumerated() { typeIndex[nodeTypeTable[code]] = members }
        let outgoing = Self.adjacency(count: entities.count, keys: relationFrom, others: relationTo, types: relationTypeCodes)
        let incoming = Self.adjacency(count: entities.count, keys: relationTo, others: relationFrom, types: relationTypeCodes)
        return KnowledgeGraph(
            schema: schema, entityStore: entities, idIndex: idIndex, typeIndex: typeIndex,
            nodeTypeTable: nodeTypeTable, nodeTypeCodes: nodeTypeCodes,
            nameIndex: nameIndex, relationTypeTable: typeTable, relationTypeCodes: relationTypeCodes,
            relationFrom: relationFrom, relationTo: relationTo, relationPayloadCodes: relationPayloadCodes,
            payloadTable: payloadTable, outOffsets: outgoing.offsets, outRelations: outgoing.relations,
            outOthers: outgoing.others, outTypes: outgoing.types, inOffsets: incoming.offsets,
            inRelations: incoming.relations, inOthers: incoming.others, inTypes: incoming.types)
    }

    /// Compressed adjacency: relations grouped by endpoint, each group in insertion order, with
    /// each relation's other end and type side by side, so walks need not look them up.
    private static func adjacency(count: Int, keys: [Int32], others: [Int32], types: [RelationTypeCode])
        -> (offsets: [Int32], relations: [Int32], others: [Int32], types: [RelationTypeCode])
    {
        var offsets = [Int32](repeating: 0, count: count + 1)
        for key in keys { offsets[Int(key) + 1] += 1 }
        for position in 0..<count { offsets[position + 1] += offsets[position] }
        var cursor = offsets
        var relations = [Int32](repeating: 0, count: keys.count)
        var placedOthers = [Int32](repeating: 0, count: keys.count)
        var placedTypes = [RelationTypeCode](repeating: 0, count: keys.count)
        for (relation, key) in keys.enumerated() {
            relations[Int(cursor[Int(key)])] = Int32(relation)
            cursor[Int(key)] += 1
        }
        // Gathered, not scattered: independent reads overlap better than scattered writes.
        for (position, relation) in relations.enumerated() {
            placedOthers[position] = others[Int(relation)]
            placedTypes[position] = types[Int(relation)]
        }
        return (offsets, relations, placedOthers, placedTypes)
    }
}

/// The positions of a builder's entities by id, as they were when taken.
public struct EntityPositions: Sendable {
    fileprivate let index: [EntityID: Int32]
    /// The number of entities.
    public let count: Int

    /// The position of the entity with this id.
    /// - Complexity: O(1) on average.
    public func index(of id: EntityID) -> EntityIndex? { index[id].map(Int.init) }
}
