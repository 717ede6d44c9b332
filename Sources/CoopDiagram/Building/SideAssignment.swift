import CoopModel

/// Which of two countries' sides each entity is on, so lines can keep the first side to the left.
struct SideAssignment {
    private let first: Set<EntityIndex>
    private let second: Set<EntityIndex>

    init(graph: KnowledgeGraph, sides: Sides?) {
        let chain = AuthorityChain(graph: graph)
        first = sides.flatMap { graph.index(of: $0.first) }.map(chain.members(of:)) ?? []
        second = sides.flatMap { graph.index(of: $0.second) }.map(chain.members(of:)) ?? []
    }

    /// Whether a line of `type` from `tail` to `head` should be drawn head-first: it leaves the
    /// second side or enters the first, which would pull the sides across each other in `dot`, or
    /// it climbs the first side's authority chain. The countries then stand at the outer edges,
    /// their institutions inside, and what links the two sides in the middle.
    func pointsBackwards(_ type: RelationType, from tail: EntityIndex, to head: EntityIndex) -> Bool {
        if first.contains(tail), first.contains(head) { return AuthorityChain.climbs(type) }
        return (second.contains(tail) && !second.contains(head)) || (first.contains(head) && !first.contains(tail))
    }
}
