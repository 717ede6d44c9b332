import CoopModel

/// Where ``RelationshipRows`` puts the relations it reads: the graph builder itself, or a
/// ``RelationRun`` for a part of the file read on another thread.
protocol RelationSink {
    func index(of id: EntityID) -> EntityIndex?
    mutating func internRelationType(_ type: RelationType) -> KnowledgeGraphBuilder.RelationTypeCode
    mutating func internPayload(_ payload: RelationPayload) -> KnowledgeGraphBuilder.PayloadCode
    mutating func storePayload(_ payload: consuming RelationPayload) -> KnowledgeGraphBuilder.PayloadCode
    mutating func addRelation(
        typeCode: KnowledgeGraphBuilder.RelationTypeCode, from: EntityIndex, to: EntityIndex,
        payloadCode: KnowledgeGraphBuilder.PayloadCode)
}

extension KnowledgeGraphBuilder: RelationSink {}

/// Relations read apart from the builder (the second half of a file, on another thread), with
/// type and payload codes of their own; ``add(to:)`` appends them to the builder afterwards, in
/// order, with its codes.
struct RelationRun: RelationSink {
    private let entities: EntityPositions
    private var types: [RelationType] = []
    private var typeCodes: [RelationType: KnowledgeGraphBuilder.RelationTypeCode] = [:]
    private var payloads: [RelationPayload] = []
    private var payloadCodes: [RelationPayload: KnowledgeGraphBuilder.PayloadCode] = [:]
    private var relationTypes: [KnowledgeGraphBuilder.RelationTypeCode] = []
    private var from: [Int32] = []
    private var to: [Int32] = []
    private var relationPayloads: [KnowledgeGraphBuilder.PayloadCode] = []

    /// A run with room for about `expected` relations (no regrowing of its columns).
    init(entities: EntityPositions, expected: Int = 0) {
        self.entities = entities
        relationTypes.reserveCapacity(expected)
        from.reserveCapacity(expected)
        to.reserveCapacity(expected)
        relationPayloads.reserveCapacity(expected)
    }

    /// The number of relations read.
    var count: Int { from.count }

    func index(of id: EntityID) -> EntityIndex? { entities.index(of: id) }

    mutating func internRelationType(_ type: RelationType) -> KnowledgeGraphBuilder.RelationTypeCode {
        if let known = typeCodes[type] { return known }
        let code = KnowledgeGraphBuilder.RelationTypeCode(types.count)
        types.append(type)
        typeCodes[type] = code
        return code
    }

    mutating func internPayload(_ payload: RelationPayload) -> KnowledgeGraphBuilder.PayloadCode {
        if let known = payloadCodes[payload] { return known }
        let code = storePayload(payload)
        payloadCodes[payload] = code
        return code
    }

    mutating func storePayload(_ payload: consuming RelationPayload) -> KnowledgeGraphBuilder.PayloadCode {
        payloads.append(payload)
        return KnowledgeGraphBuilder.PayloadCode(payloads.count - 1)
    }

    mutating func addRelation(
        typeCode: KnowledgeGraphBuilder.RelationTypeCode, from: EntityIndex, to: EntityIndex,
        payloadCode: KnowledgeGraphBuilder.PayloadCode
    ) {
        relationTypes.append(typeCode)
        self.from.append(Int32(from))
        self.to.append(Int32(to))
        relationPayloads.append(payloadCode)
    }

    /// Adds the relations to `builder`, after those it has: types it knows keep their codes, new
    /// ones are numbered in the order the run met them, and the payloads follow its own.
    consuming func add(to builder: inout KnowledgeGraphBuilder) {
        let typeMap = types.map { builder.internRelationType($0) }
        let firstPayload = builder.storePayloads(payloads)
        payloads = []
        // Recoded in place, then appended column by column: no copy of the columns, no call per relation.
        for position in relationTypes.indices {
            relationTypes[position] = typeMap[Int(relationTypes[position])]
            relationPayloads[position] += firstPayload
        }
        builder.addRelations(typeCodes: relationTypes, from: from, to: to, payloadCodes: relationPayloads)
    }
}
