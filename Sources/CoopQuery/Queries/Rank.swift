import CoopModel

/// What ``rank(_:in:)`` measures.
public enum RankMeasure: String, CaseIterable, Sendable {
    /// Distinct neighbours in the simple undirected view, self-loops excluded (NetworkX `Graph.degree`).
    case degree
    /// Relations touching the entity, both directions, parallel ones counted (NetworkX `MultiDiGraph.degree`).
    case relations
    /// Brandes betweenness on the simple undirected view, normalised by (n − 1)(n − 2)
    /// (NetworkX `betweenness_centrality` defaults).
    case betweenness
}

/// What to ask of ``rank(_:in:)``.
public struct RankQuery: Hashable, Sendable {
    public var measure: RankMeasure
    /// List only entities of these types (the measure is taken on the whole graph); empty lists all.
    public var types: Set<NodeType>
    /// How many entities to list, at least 1.
    public var top: Int
    /// Use only the relations and entities that pass this filter.
    public var time: TimeFilter

    /// A ranking by `measure`.
    public init(measure: RankMeasure = .degree, types: Set<NodeType> = [], top: Int = 10, time: TimeFilter = .none) {
        self.measure = measure
        self.types = types
        self.top = top
        self.time = time
    }
}

/// One ranked entity.
public struct RankedEntity: Hashable, Sendable {
    public let entity: EntityIndex
    public let score: Double
    /// 1 for the best; tied scores share the rank of the first of them.
    public let rank: Int
}

/// The best entities by a measure, score descending then id.
public struct RankAnswer: Sendable {
    public let measure: RankMeasure
    public let ranked: [RankedEntity]
    /// The ranked entities and the relations among them.
    public let subgraph: AnswerSubgraph
}

/// The key entities by degree, relation count or betweenness.
/// - Complexity: degree and relations O(n + m); betweenness O(n·m).
public func rank(_ query: RankQuery, in graph: KnowledgeGraph) throws(QueryError) -> RankAnswer {
    guard query.top >= 1 else { throw .invalidArgument("--top must be 1 or more, not \(query.top)") }
    let scope = TimeScope(graph: graph, filter: query.time)
    let scores: [Double]
    switch query.measure {
    case .degree:
        let view = UndirectedView(scope)
        scores = graph.entityIndices.map { Double(view.neighbors(of: $0).count) }
    case .relations:
        scores = graph.entityIndices.map { entity in
            Double(graph.incident(entity).filter { scope.admits(relation: $0.relation) }.count)
        }
    case .betweenness:
        scores = UndirectedView(scope).betweenness()
    }
    let candidates = graph.entityIndices.filter { query.types.isEmpty || query.types.contains(graph.type(of: $0)) }
    let sorted = candidates.sorted(byKey: { (-scores[$0], graph.id(of: $0)) }, <)
    var ranked: [RankedEntity] = []
    for (position, entity) in sorted.prefix(query.top).enumerated() {
        let tied = position > 0 && ranked[position - 1].score == scores[entity]
        ranked.append(RankedEntity(entity: entity, score: scores[entity], rank: tied ? ranked[position - 1].rank : position + 1))
    }
    let chosen = Set(ranked.map(\.entity))
    var relations: [RelationIndex] = []
    for entity in chosen {
        for relation in graph.outgoing(entity) where chosen.contains(graph.target(of: relation)) {
            if scope.admits(relation: relation) { relations.append(relation) }
        }
    }
    return RankAnswer(measure: query.measure, ranked: ranked, subgraph: AnswerSubgraph(entities: chosen, relations: relations))
}

extension RankAnswer {
    /// One row per ranked entity.
    public func resultSet(in graph: KnowledgeGraph, language: Language = .fr, query: RankQuery) -> ResultSet {
        let rows: [[JSONValue]] = ranked.map {
            [.int($0.rank), Cells.id($0.entity, graph), Cells.name($0.entity, graph, language), Cells.type($0.entity, graph),
             measure == .betweenness ? .double(($0.score * 1e6).rounded() / 1e6) : .int(Int($0.score))]
        }
        return ResultSet(
            command: "rank",
            query: [
                JSONField("by", .string(measure.rawValue)),
                JSONField("types", .array(query.types.sorted().map { .string($0.rawValue) })),
                JSONField("top", .int(query.top)), JSONField("time", .string(query.time.summary)),
            ],
            columns: ["rank", "id", "name", "type", measure.rawValue], rows: rows, subgraph: subgraph)
    }
}
