/// Collects entities and relations, then freezes them into a ``KnowledgeGraph``.
///
/// The builder checks only what the graph's integrity needs (unique ids, known endpoints);
/// the schema rules are the validator's job, which reports every problem with its place.
public struct KnowledgeGraphBuilder: Sendable {
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
    private var typeCodes: [RelationType: UInt16] = [:]
    private var payloadTable: [RelationPayload] = []
    private var payloadCodes: [RelationPayload: UInt32] = [:]
    private var relationTypeCodes: [UInt16] = []
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
    public mutating func add(_ entity: Entity) throws(Failure) -> EntityIndex {
        guard entities.count < Int32.max else { throw .tooLarge("more than \(Int32.max) entities") }
        let position = Int32(entities.count)
        guard idIndex[entity.id] == nil else { throw .duplicateID(entity.id) }
        idIndex[entity.id] = position
        entities.append(entity)
        return Int(position)
    }

    /// The position of an entity added earlier.
    public func index(of id: EntityID) -> EntityIndex? { idIndex[id].map(Int.init) }

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
        precondition(entities.indices.contains(from) && entities.indices.contains(to), "endpoint out of range")
        let typeCode: UInt16
        if let known = typeCodes[type] {
            typeCode = known
        } else {
            typeCode = UInt16(typeTable.count)
            typeTable.append(type)
            typeCodes[type] = typeCode
        }
        let payloadCode: UInt32
        if let known = payloadCodes[payload] {
            payloadCode = known
        } else {
            payloadCode = UInt32(payloadTable.count)
            payloadTable.append(payload)
            payloadCodes[payload] = payloadCode
        }
        relationTypeCodes.append(typeCode)
        relationFrom.append(Int32(from))
        relationTo.append(Int32(to))
        relationPayloadCodes.append(payloadCode)
    }

    /// Freezes the graph: builds the type and name indexes and the adjacency lists.
    /// - Complexity: O(n + m) for n entities and m relations, plus the names' length.
    public consuming func build() -> KnowledgeGraph {
        var typeIndex: [NodeType: [Int32]] = [:]
        var nameIndex: [String: [Int32]] = [:]
        for (position, entity) in entities.enumerated() {
            let index = Int32(position)
            typeIndex[entity.type, default: []].append(index)
            var keys: [String] = []
            for text in entity.names.all + entity.aliases + entity.acronyms {
                let key = NameKey.make(text)
                if !key.isEmpty && !keys.contains(key) { keys.append(key) }
            }
            for key in keys { nameIndex[key, default: []].append(index) }
        }
        let (outOffsets, outRelations) = Self.adjacency(count: entities.count, keys: relationFrom)
        let (inOffsets, inRelations) = Self.adjacency(count: entities.count, keys: relationTo)
        return KnowledgeGraph(
            schema: schema, entityStore: entities, idIndex: idIndex, typeIndex: typeIndex,
            nameIndex: nameIndex, relationTypeTable: typeTable, relationTypeCodes: relationTypeCodes,
            relationFrom: relationFrom, relationTo: relationTo, relationPayloadCodes: relationPayloadCodes,
            payloadTable: payloadTable, outOffsets: outOffsets, outRelations: outRelations,
            inOffsets: inOffsets, inRelations: inRelations)
    }

    /// Compressed adjacency: relations grouped by endpoint, each group in insertion order.
    private static func adjacency(count: Int, keys: [Int32]) -> (offsets: [Int32], relations: [Int32]) {
        var offsets = [Int32](repeating: 0, count: count + 1)
        for key in keys { offsets[Int(key) + 1] += 1 }
        for position in 0..<count { offsets[position + 1] += offsets[position] }
        var cursor = offsets
        var relations = [Int32](repeating: 0, count: keys.count)
        for (relation, key) in keys.enumerated() {
            relations[Int(cursor[Int(key)])] = Int32(relation)
            cursor[Int(key)] += 1
        }
        return (offsets, relations)
    }
}
