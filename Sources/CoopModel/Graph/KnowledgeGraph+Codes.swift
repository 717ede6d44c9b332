/// Compact type codes and relation ends, for queries that walk many relations: they compare small
/// integers instead of type names, and read each relation's other end and type from the
/// adjacency list itself instead of jumping to the relation columns.
extension KnowledgeGraph {
    /// The relation types of the graph, each once, indexed by ``relationTypeCode(at:)``.
    public var relationTypesByCode: [RelationType] { storage.relationTypeTable }

    /// The code of the type of the relation at `index`: its position in ``relationTypesByCode``.
    /// - Complexity: O(1).
    @inlinable
    public func relationTypeCode(at index: RelationIndex) -> Int { Int(storage.relationTypeCodes[index]) }

    /// The node types of the graph, each once, indexed by ``nodeTypeCode(at:)``.
    public var nodeTypesByCode: [NodeType] { storage.nodeTypeTable }

    /// The code of the type of the entity at `index`: its position in ``nodeTypesByCode``.
    /// - Complexity: O(1).
    @inlinable
    public func nodeTypeCode(at index: EntityIndex) -> Int { Int(storage.nodeTypeCodes[index]) }

    /// The relations leaving `entity`, in insertion order (as ``outgoing(_:)``), each with its target.
    /// - Complexity: O(1) to get; O(out-degree) to walk.
    @inlinable
    public func outgoingEnds(_ entity: EntityIndex) -> some RandomAccessCollection<RelationEnd> {
        (Int(storage.outOffsets[entity])..<Int(storage.outOffsets[entity + 1])).lazy.map {
            RelationEnd(relation: Int(storage.outRelations[$0]), other: Int(storage.outOthers[$0]), typeCode: Int(storage.outTypes[$0]))
        }
    }

    /// The relations arriving at `entity`, in insertion order (as ``incoming(_:)``), each with its source.
    /// - Complexity: O(1) to get; O(in-degree) to walk.
    @inlinable
    public func incomingEnds(_ entity: EntityIndex) -> some RandomAccessCollection<RelationEnd> {
        (Int(storage.inOffsets[entity])..<Int(storage.inOffsets[entity + 1])).lazy.map {
            RelationEnd(relation: Int(storage.inRelations[$0]), other: Int(storage.inOthers[$0]), typeCode: Int(storage.inTypes[$0]))
        }
    }

    /// The targets of the relations leaving `entity`, in insertion order (as ``outgoingEnds(_:)``,
    /// without the relations and types): a search that only needs who is reached reads one array.
    /// - Complexity: O(1) to get; O(out-degree) to walk.
    @inlinable
    public func outgoingTargets(_ entity: EntityIndex) -> ArraySlice<Int32> {
        storage.outOthers[Int(storage.outOffsets[entity])..<Int(storage.outOffsets[entity + 1])]
    }

    /// The sources of the relations arriving at `entity`, in insertion order (as ``incomingEnds(_:)``).
    /// - Complexity: O(1) to get; O(in-degree) to walk.
    @inlinable
    public func incomingSources(_ entity: EntityIndex) -> ArraySlice<Int32> {
        storage.inOthers[Int(storage.inOffsets[entity])..<Int(storage.inOffsets[entity + 1])]
    }
}

/// A relation seen from one of its endpoints: the entity at its other end, and its type code.
public struct RelationEnd: Hashable, Sendable {
    public let relation: RelationIndex
    /// The target of a leaving relation, the source of an arriving one.
    public let other: EntityIndex
    /// The relation's ``KnowledgeGraph/relationTypeCode(at:)``.
    public let typeCode: Int

    @inlinable
    public init(relation: RelationIndex, other: EntityIndex, typeCode: Int) {
        self.relation = relation
        self.other = other
        self.typeCode = typeCode
    }
}
