import CoopModel

/// The entities within `depth` hops of an entity, both directions, as NetworkX's `ego_graph`
/// on the undirected view: breadth-first, then sorted by distance and position in the graph.
/// - Complexity: O(Σ degree of the entities reached) plus sorting them.
public func neighbors(_ query: NeighborsQuery, in graph: KnowledgeGraph) throws(QueryError) -> NeighborsAnswer {
    guard query.depth >= 0 else { throw .invalidArgument("--depth must be 0 or more, not \(query.depth)") }
    let scope = TimeScope(graph: graph, filter: query.time)
    var seen = SparseMap()
    seen.insert(query.entity, 0)
    var rows = [Neighbor(entity: query.entity, distance: 0, parent: nil, relation: nil, direction: nil)]
    var start = 0
    var level = 0
    while level < query.depth && start < rows.count {
        level += 1
        let end = rows.count
        for position in start..<end {
            let current = rows[position].entity
            for relation in graph.outgoing(current) {
                visit(relation, graph.target(of: relation), from: current, .forward)
            }
            for relation in graph.incoming(current) {
                visit(relation, graph.source(of: relation), from: current, .backward)
            }
        }
        start = end
    }
    func visit(_ relation: RelationIndex, _ other: EntityIndex, from current: EntityIndex, _ direction: HopDirection) {
        guard seen[other] == nil else { return }
        if !query.types.isEmpty && !query.types.contains(graph.type(of: other)) { return }
        guard scope.admits(relation: relation) else { return }
        seen.insert(other, Int32(level))
        rows.append(Neighbor(entity: other, distance: level, parent: current, relation: relation, direction: direction))
    }
    // Breadth-first order already groups by distance; positions make ties deterministic.
    rows.sort { ($0.distance, $0.entity) < ($1.distance, $1.entity) }
    return NeighborsAnswer(center: query.entity, neighbors: rows, time: query.time, graph: graph)
}
