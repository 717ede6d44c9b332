import CoopModel

/// What to ask of ``paths(_:in:)``.
public struct PathQuery: Hashable, Sendable {
    public var from: EntityIndex
    public var to: EntityIndex
    /// All simple paths up to `maxLength` hops instead of one shortest path.
    public var all: Bool
    /// The longest path to list with `all`, in hops (at least 1).
    public var maxLength: Int
    /// The most paths to list with `all`.
    public var limit: Int
    /// Use only the relations and entities that pass this filter.
    public var time: TimeFilter

    /// A query for the paths between two entities.
    public init(
        from: EntityIndex, to: EntityIndex, all: Bool = false, maxLength: Int = 4, limit: Int = 100,
        time: TimeFilter = .none
    ) {
        self.from = from
        self.to = to
        self.all = all
        self.maxLength = maxLength
        self.limit = limit
        self.time = time
    }
}

/// One step of a path: a relation walked along or against its direction.
public struct PathHop: Hashable, Sendable {
    public let from: EntityIndex
    public let to: EntityIndex
    public let relation: RelationIndex
    public let direction: HopDirection
}

/// The paths found, shortest first.
public struct PathAnswer: Sendable {
    public let from: EntityIndex
    public let to: EntityIndex
    /// The paths; empty when the entities are not connected (within `maxLength` with `all`).
    public let paths: [[PathHop]]
    /// Whether more paths existed than `limit` allowed.
    public let truncated: Bool
    /// The entities and relations of every path listed.
    public let subgraph: AnswerSubgraph
}

/// A shortest path in the undirected view (bidirectional breadth-first search, as NetworkX's
/// `shortest_path`), or with `all` every simple path of at most `maxLength` hops, sorted by length
/// then by the ids along the way. Each pair of adjacent entities is crossed by its first relation
/// in adjacency order (leaving relations first).
/// - Complexity: shortest: O(n + m) at worst, usually far less; all: O(paths · maxLength) after
///   an O(degree^maxLength) search, cut at 10,000 paths.
public func paths(_ query: PathQuery, in graph: KnowledgeGraph) throws(QueryError) -> PathAnswer {
    let scope = TimeScope(graph: graph, filter: query.time)
    var found: [[PathHop]]
    var truncated = false
    if query.all {
        guard query.maxLength >= 1 else { throw .invalidArgument("--max-length must be 1 or more") }
        guard query.limit >= 1 else { throw .invalidArgument("--limit must be 1 or more") }
        (found, truncated) = allSimplePaths(query, graph, scope)
    } else {
        found = shortestPath(from: query.from, to: query.to, graph, scope).map { [$0] } ?? []
    }
    let relations = found.flatMap { $0.map(\.relation) }
    return PathAnswer(
        from: query.from, to: query.to, paths: found, truncated: truncated,
        subgraph: AnswerSubgraph(entities: [query.from, query.to], relations: relations, in: graph))
}

private func allSimplePaths(_ query: PathQuery, _ graph: KnowledgeGraph, _ scope: TimeScope)
    -> (paths: [[PathHop]], truncated: Bool)
{
    let cap = 10_000
    var results: [[PathHop]] = []
    var stack: [PathHop] = []
    var onPath: Set<EntityIndex> = [query.from]
    var capped = false
    func visit(_ current: EntityIndex) {
        if results.count >= cap {
            capped = true
            return
        }
        if current == query.to {
            if !stack.isEmpty { results.append(stack) }
            return
        }
        guard stack.count < query.maxLength else { return }
        var crossed: Set<EntityIndex> = []
        for (relation, other, forward) in graph.incident(current) where !onPath.contains(other) {
            guard scope.admits(relation: relation), crossed.insert(other).inserted else { continue }
            onPath.insert(other)
            stack.append(PathHop(from: current, to: other, relation: relation, direction: forward ? .forward : .backward))
            visit(other)
            stack.removeLast()
            onPath.remove(other)
        }
    }
    if query.from != query.to { visit(query.from) }
    results = results.sorted(byKey: { path in (path.count, path.map { graph.id(of: $0.to).rawValue }) }) { lhs, rhs in
        lhs.0 != rhs.0 ? lhs.0 < rhs.0 : lhs.1.lexicographicallyPrecedes(rhs.1)
    }
    return (Array(results.prefix(query.limit)), capped || results.count > query.limit)
}
