/// The position of an entity in a built graph: dense, from 0 to `entityCount - 1`.
public typealias EntityIndex = Int
/// The position of a relation in a built graph: dense, from 0 to `relationCount - 1`.
public typealias RelationIndex = Int

/// An immutable, typed cooperation graph with O(1) look-ups by id and name and O(degree) neighbours.
///
/// Build one with ``KnowledgeGraphBuilder``. Relations are stored column-wise and interned,
/// so a million edges cost tens of bytes each; ``relation(at:)`` materialises one on demand.
public struct KnowledgeGraph: Sendable {
    /// The schema the graph was built with.
    public let schema: Schema
    /// All the columns, in one immutable object: copying a graph (into an answer, a view) costs
    /// one reference count for them, not one per column.
    @usableFromInline let storage: Storage

    @usableFromInline
    final class Storage: Sendable {
        @usableFromInline let entityStore: [Entity]
        @usableFromInline let idIndex: [EntityID: Int32]
        @usableFromInline let typeIndex: [NodeType: [Int32]]
        @usableFromInline let nodeTypeTable: [NodeType]
        @usableFromInline let nodeTypeCodes: [UInt32]
        @usableFromInline let nameIndex: [String: [Int32]]
        @usableFromInline let relationTypeTable: [RelationType]
        @usableFromInline let relationTypeCodes: [UInt16]
        @usableFromInline let relationFrom: [Int32]
        @usableFromInline let relationTo: [Int32]
        @usableFromInline let relationPayloadCodes: [UInt32]
        @usableFromInline let payloadTable: [RelationPayload]
        // Relations by endpoint (`out…`, `in…`) keep each relation's other end and type side by
        // side (10 bytes a relation each way), so walks read one stream, not the relation columns.
        @usableFromInline let outOffsets: [Int32]
        @usableFromInline let outRelations: [Int32]
        @usableFromInline let outOthers: [Int32]
        @usableFromInline let outTypes: [UInt16]
        @usableFromInline let inOffsets: [Int32]
        @usableFromInline let inRelations: [Int32]
        @usableFromInline let inOthers: [Int32]
        @usableFromInline let inTypes: [UInt16]

        init(
            entityStore: [Entity], idIndex: [EntityID: Int32], typeIndex: [NodeType: [Int32]],
            nodeTypeTable: [NodeType], nodeTypeCodes: [UInt32], nameIndex: [String: [Int32]],
            relationTypeTable: [RelationType], relationTypeCodes: [UInt16], relationFrom: [Int32],
            relationTo: [Int32], relationPayloadCodes: [UInt32], payloadTable: [RelationPayload],
            outOffsets: [Int32], outRelations: [Int32], outOthers: [Int32], outTypes: [UInt16], inOffsets: [Int32],
            inRelations: [Int32], inOthers: [Int32], inTypes: [UInt16]
        ) {
            self.entityStore = entityStore
            self.idIndex = idIndex
            self.typeIndex = typeIndex
            self.nodeTypeTable = nodeTypeTable
            self.nodeTypeCodes = nodeTypeCodes
            self.nameIndex = nameIndex
            self.relationTypeTable = relationTypeTable
            self.relationTypeCodes = relationTypeCodes
            self.relationFrom = relationFrom
            self.relationTo = relationTo
            self.relationPayloadCodes = relationPayloadCodes
            self.payloadTable = payloadTable
            self.outOffsets = outOffsets
            self.outRelations = outRelations
            self.outOthers = outOthers
            self.outTypes = outTypes
            self.inOffsets = inOffsets
            self.inRelations = inRelations
            self.inOthers = inOthers
            self.inTypes = inTypes
        }
    }

    init(
        schema: Schema, entityStore: [Entity], idIndex: [EntityID: Int32], typeIndex: [NodeType: [Int32]],
        nodeTypeTable: [NodeType], nodeTypeCodes: [UInt32], nameIndex: [String: [Int32]],
        relationTypeTable: [RelationType], relationTypeCodes: [UInt16], relationFrom: [Int32], relationTo: [Int32],
        relationPayloadCodes: [UInt32], payloadTable: [RelationPayload], outOffsets: [Int32],
        outRelations: [Int32], outOthers: [Int32], outTypes: [UInt16], inOffsets: [Int32], inRelations: [Int32],
        inOthers: [Int32], inTypes: [UInt16]
    ) {
        self.schema = schema
        storage = Storage(
            entityStore: entityStore, idIndex: idIndex, typeIndex: typeIndex, nodeTypeTable: nodeTypeTable,
            nodeTypeCodes: nodeTypeCodes, nameIndex: nameIndex, relationTypeTable: relationTypeTable,
            relationTypeCodes: relationTypeCodes, relationFrom: relationFrom, relationTo: relationTo,
            relationPayloadCodes: relationPayloadCodes, payloadTable: payloadTable, outOffsets: outOffsets,
            outRelations: outRelations, outOthers: outOthers, outTypes: outTypes, inOffsets: inOffsets,
            inRelations: inRelations, inOthers: inOthers, inTypes: inTypes
        )
    }

    /// The number of entities.
    public var entityCount: Int { storage.entityStore.count }
    /// The number of relations.
    public var relationCount: Int { storage.relationFrom.count }
    /// The positions of all entities.
    public var entityIndices: Range<EntityIndex> { 0..<storage.entityStore.count }
    /// The positions of all relations.
    public var relationIndices: Range<RelationIndex> { 0..<storage.relationFrom.count }

    // MARK: Entities

    /// The entity at `index`.
    /// - Complexity: O(1).
    public func entity(at index: EntityIndex) -> Entity { storage.entityStore[index] }

    /// The id of the entity at `index`, without copying the rest of the entity.
    /// - Complexity: O(1).
    public func id(at index: EntityIndex) -> EntityID { storage.entityStore[index].id }

    /// The names of the entity at `index`, without copying the rest of the entity.
    /// - Complexity: O(1).
    public func names(at index: EntityIndex) -> Names { storage.entityStore[index].names }

    /// The names of the entity with this id, without copying the rest of the entity.
    /// - Complexity: O(1) on average.
    public func names(of id: EntityID) -> Names? { index(of: id).map { storage.entityStore[$0].names } }

    /// The type of the entity at `index`, read from a compact column.
    /// - Complexity: O(1).
    @inlinable
    public func type(at index: EntityIndex) -> NodeType { storage.nodeTypeTable[Int(storage.nodeTypeCodes[index])] }

    /// The position of the entity with this id.
    /// - Complexity: O(1) on average.
    public func index(of id: EntityID) -> EntityIndex? { storage.idIndex[id].map(Int.init) }

    /// The entity with this id.
    /// - Complexity: O(1) on average.
    public func entity(_ id: EntityID) -> Entity? { index(of: id).map { storage.entityStore[$0] } }

    /// The positions of the entities of `type`, in insertion order.
    /// - Complexity: O(k) for k results.
    public func indices(ofType type: NodeType) -> [EntityIndex] {
        (storage.typeIndex[type] ?? []).map(Int.init)
    }

    /// The entities of `type`, in insertion order.
    /// - Complexity: O(k) for k results.
    public func entities(ofType type: NodeType) -> [Entity] {
        (storage.typeIndex[type] ?? []).map { storage.entityStore[Int($0)] }
    }

    /// The node types that have at least one entity, in name order.
    public var presentNodeTypes: [NodeType] { storage.typeIndex.keys.sorted() }

    /// Entities whose id, name (any language), alias or acronym matches `text`, ignoring case,
    /// accents and punctuation. An exact id wins alone.
    /// - Complexity: O(length of `text` + k) on average.
    public func lookup(_ text: String) -> [EntityIndex] {
        if let exact = storage.idIndex[EntityID(text)] { return [Int(exact)] }
        return (storage.nameIndex[NameKey.make(text)] ?? []).map(Int.init)
    }

    /// Every folded name key with the entities it names, for fuzzy matching.
    public var nameKeys: [String: [Int32]] { storage.nameIndex }

    // MARK: Relations

    /// The relation at `index`, materialised with its properties, dates and sources.
    /// - Complexity: O(1).
    public func relation(at index: RelationIndex) -> Relation {
        let payload = storage.payloadTable[Int(storage.relationPayloadCodes[index])]
        return Relation(
            type: storage.relationTypeTable[Int(storage.relationTypeCodes[index])],
            from: id(at: Int(storage.relationFrom[index])), to: id(at: Int(storage.relationTo[index])),
            properties: payload.properties, dates: payload.dates, sources: payload.sources,
            note: payload.note)
    }

    /// The type of the relation at `index`, without materialising it.
    /// - Complexity: O(1).
    @inlinable
    public func relationType(at index: RelationIndex) -> RelationType {
        storage.relationTypeTable[Int(storage.relationTypeCodes[index])]
    }

    /// The source endpoint of the relation at `index`.
    /// - Complexity: O(1).
    @inlinable
    public func source(of index: RelationIndex) -> EntityIndex { Int(storage.relationFrom[index]) }

    /// The target endpoint of the relation at `index`.
    /// - Complexity: O(1).
    @inlinable
    public func target(of index: RelationIndex) -> EntityIndex { Int(storage.relationTo[index]) }

    /// The properties, dates, sources and note of the relation at `index`.
    /// - Complexity: O(1).
    public func payload(of index: RelationIndex) -> RelationPayload {
        storage.payloadTable[Int(storage.relationPayloadCodes[index])]
    }

    /// The relations leaving `entity`, in insertion order.
    /// - Complexity: O(1) to get; O(out-degree) to walk.
    @inlinable
    public func outgoing(_ entity: EntityIndex) -> some RandomAccessCollection<RelationIndex> {
        storage.outRelations[Int(storage.outOffsets[entity])..<Int(storage.outOffsets[entity + 1])].lazy.map(Int.init)
    }

    /// The relations arriving at `entity`, in insertion order.
    /// - Complexity: O(1) to get; O(in-degree) to walk.
    @inlinable
    public func incoming(_ entity: EntityIndex) -> some RandomAccessCollection<RelationIndex> {
        storage.inRelations[Int(storage.inOffsets[entity])..<Int(storage.inOffsets[entity + 1])].lazy.map(Int.init)
    }

    /// The number of relations touching `entity`, both directions.
    /// - Complexity: O(1).
    @inlinable
    public func degree(_ entity: EntityIndex) -> Int {
        Int(
            storage.outOffsets[entity + 1] - storage.outOffsets[entity] + storage.inOffsets[entity + 1]
                - storage.inOffsets[entity])
    }

    /// The entities linked to `entity` by a relation in either direction, each once, in first-seen order
    /// (itself included when a relation loops on it).
    /// - Complexity: O(degree).
    public func neighbors(of entity: EntityIndex) -> [EntityIndex] {
        var seen = Set<EntityIndex>()
        var result: [EntityIndex] = []
        for relation in outgoing(entity) where seen.insert(target(of: relation)).inserted {
            result.append(target(of: relation))
        }
        for relation in incoming(entity) where seen.insert(source(of: relation)).inserted {
            result.append(source(of: relation))
        }
        return result
    }

    /// The number of relations of each type, in type-name order.
    public var relationCountsByType: [(type: RelationType, count: Int)] {
        var counts = [Int](repeating: 0, count: storage.relationTypeTable.count)
        for code in storage.relationTypeCodes { counts[Int(code)] += 1 }
        return zip(storage.relationTypeTable, counts).filter { $0.1 > 0 }.sorted { $0.0 < $1.0 }
            .map { (type: $0.0, count: $0.1) }
    }
}

/// What a relation says beyond its type and endpoints; shared between relations that say the same.
public struct RelationPayload: Hashable, Sendable, Fact {
    public var properties: [String: PropertyValue]
    public var dates: [DatedRole]
    public var sources: [SourceRef]
    public var note: String?

    public init(
        properties: [String: PropertyValue] = [:], dates: [DatedRole] = [], sources: [SourceRef] = [],
        note: String? = nil
    ) {
        self.properties = properties
        self.dates = dates
        self.sources = sources
        self.note = note
    }
}
