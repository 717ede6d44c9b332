import CoopModel

/// Which way a relation is walked: along its direction, or against it.
public enum HopDirection: String, Sendable {
    /// From the relation's source to its target.
    case forward
    /// From the relation's target to its source.
    case backward
}

/// What to ask of ``neighbors(_:in:)``.
public struct NeighborsQuery: Hashable, Sendable {
    /// The centre of the ego network.
    public var entity: EntityIndex
    /// How many hops to go, at least 0.
    public var depth: Int
    /// Walk only through entities of these types (the centre always counts); empty walks everywhere.
    public var types: Set<NodeType>
    /// Use only the relations and entities that pass this filter.
    public var time: TimeFilter

    /// A query for the entities within `depth` hops of `entity`.
    public init(entity: EntityIndex, depth: Int = 1, types: Set<NodeType> = [], time: TimeFilter = .none) {
        self.entity = entity
        self.depth = depth
        self.types = types
        self.time = time
    }
}

/// One entity of an ego network, with the hop that first reached it.
public struct Neighbor: Hashable, Sendable {
    public let entity: EntityIndex
    /// Hops from the centre (0 for the centre).
    public let distance: Int
    /// The entity it was reached from; nil for the centre.
    public let parent: EntityIndex?
    /// The relation walked from the parent; nil for the centre.
    public let relation: RelationIndex?
    /// Whether that relation was walked along or against its direction.
    public let direction: HopDirection?
}

/// The ego network: entities by distance, and the relations among them.
public struct NeighborsAnswer: Sendable {
    public let center: EntityIndex
    /// The entities, centre first, then by distance and position in the graph.
    public let neighbors: [Neighbor]
    let time: TimeFilter
    let graph: KnowledgeGraph

    /// The entities and every relation between two of them that passes the time filter (the
    /// induced subgraph, as `ego_graph` returns it); computed on demand.
    /// - Complexity: O(Σ out-degree of the entities).
    public var subgraph: AnswerSubgraph {
        let scope = TimeScope(graph: graph, filter: time)
        var members = SparseMap(capacity: neighbors.count)
        for neighbor in neighbors { members.insert(neighbor.entity, 0) }
        var relations: [RelationIndex] = []
        // Each entity is listed once, and each relation leaves one entity: no relation twice.
        for neighbor in neighbors {
            for relation in graph.outgoing(neighbor.entity) where members[graph.target(of: relation)] != nil {
                if scope.admits(relation: relation) { relations.append(relation) }
            }
        }
        return AnswerSubgraph(entities: Set(neighbors.map(\.entity)), distinctRelations: relations)
    }
}

extension NeighborsAnswer {
    /// One row per entity: distance, and the hop that reached it.
    public func resultSet(in graph: KnowledgeGraph, language: Language = .fr, query: NeighborsQuery) -> ResultSet {
        let rows: [[JSONValue]] = neighbors.map { neighbor in
            [
                Cells.id(neighbor.entity, graph), Cells.name(neighbor.entity, graph, language),
                Cells.type(neighbor.entity, graph), .int(neighbor.distance),
                neighbor.parent.map { Cells.id($0, graph) } ?? .null,
                neighbor.relation.map { .string(graph.relationType(at: $0).rawValue) } ?? .null,
                .optional(neighbor.direction?.rawValue),
                neighbor.relation.map { Cells.sources(graph.payload(of: $0).sources) } ?? .array([]),
            ]
        }
        return ResultSet(
            command: "neighbors",
            query: [
                JSONField("entity", Cells.id(center, graph)), JSONField("depth", .int(query.depth)),
                JSONField("types", .array(query.types.sorted().map { .string($0.rawValue) })),
                JSONField("time", .string(query.time.summary)),
            ],
            columns: ["id", "name", "type", "distance", "reached_from", "relation", "direction", "sources"],
            rows: rows, subgraph: subgraph)
    }
}
