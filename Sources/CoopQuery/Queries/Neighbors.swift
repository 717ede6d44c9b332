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
    public init(entity: EntityIndex, depth: Int = 1, types: Set<NodeType> = [], time: TimeFilter = .all) {
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
    /// The entities and every kept relation between two of them (the induced subgraph).
    public let subgraph: AnswerSubgraph
}

/// The entities within `depth` hops of an entity, both directions, as NetworkX's `ego_graph`
/// on the undirected view: breadth-first, then sorted by distance and position in the graph.
/// - Complexity: O(Σ degree of the entities reached) plus sorting them.
public func neighbors(_ query: NeighborsQuery, in graph: KnowledgeGraph) throws(QueryError) -> NeighborsAnswer {
    guard query.depth >= 0 else { throw .invalidArgument("--depth must be 0 or more, not \(query.depth)") }
    let scope = TimeScope(graph: graph, filter: query.time)
    var found: [EntityIndex: Neighbor] = [
        query.entity: Neighbor(entity: query.entity, distance: 0, parent: nil, relation: nil, direction: nil)
    ]
    var frontier = [query.entity]
    var order = [query.entity]
    var level = 0
    while level < query.depth && !frontier.isEmpty {
        level += 1
        var next: [EntityIndex] = []
        for current in frontier {
            for (relation, other, forward) in graph.incident(current) where found[other] == nil {
                if !query.types.isEmpty && !query.types.contains(graph.type(of: other)) { continue }
                guard scope.admits(relation: relation) else { continue }
                found[other] = Neighbor(
                    entity: other, distance: level, parent: current, relation: relation,
                    direction: forward ? .forward : .backward)
                next.append(other)
                order.append(other)
            }
        }
        frontier = next
    }
    var relations: [RelationIndex] = []
    for entity in order {
        for relation in graph.outgoing(entity) where found[graph.target(of: relation)] != nil {
            if scope.admits(relation: relation) { relations.append(relation) }
        }
    }
    // Breadth-first order already groups by distance; positions make ties deterministic.
    let rows = order.compactMap { found[$0] }.sorted { ($0.distance, $0.entity) < ($1.distance, $1.entity) }
    return NeighborsAnswer(
        center: query.entity, neighbors: rows,
        subgraph: AnswerSubgraph(entities: Set(order), relations: relations))
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
                JSONField("time", .string(query.time.description)),
            ],
            columns: ["id", "name", "type", "distance", "reached_from", "relation", "direction", "sources"],
            rows: rows, subgraph: subgraph)
    }
}
