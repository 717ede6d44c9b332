import CoopModel

/// A shortest path by bidirectional breadth-first search, expanding the smaller frontier one full
/// level at a time; each entity's leaving relations are walked, then its arriving ones, in
/// insertion order. Reached entities are stamped in reused marks (no hashing, no allocation per
/// entity), each with the entity it was reached from; the relation crossed between two entities
/// is found again when the path is put together: the first admitted one in the adjacency order of
/// the entity it was reached from, the one the search met first.
func shortestPath(from start: EntityIndex, to goal: EntityIndex, _ graph: KnowledgeGraph, _ scope: TimeScope)
    -> [PathHop]?
{
    if start == goal { return [] }
    return SearchMarks.with { (marks: inout SearchMarks) -> [PathHop]? in
        // One stamp per side; `values` holds the entity an entity was reached from, + 1 (0 at a root).
        let fromStart = marks.begin(count: graph.entityCount, width: 2), fromGoal = fromStart + 1
        marks.mark(start, fromStart)
        marks.values[start] = 0
        marks.mark(goal, fromGoal)
        marks.values[goal] = 0
        var sides = (Frontier(root: start, stamp: fromStart), Frontier(root: goal, stamp: fromGoal))
        while !sides.0.isEmpty && !sides.1.isEmpty {
            let forward = sides.0.count <= sides.1.count
            let meeting =
                forward
                ? sides.0.expand(against: fromGoal, &marks, graph, scope)
                : sides.1.expand(against: fromStart, &marks, graph, scope)
            guard let meeting else { continue }
            // Any meeting found while expanding one full level is at the shortest total distance.
            // The met entity keeps the parent its own side recorded; the expanding side reached it
            // from `meeting.from`.
            let (toStart, toGoal) =
                forward
                ? (meeting.from + 1, Int(marks.values[meeting.entity]))
                : (Int(marks.values[meeting.entity]), meeting.from + 1)
            var hops = walkBack(from: meeting.entity, parent: toStart, marks, graph, scope).reversed().map { $0 }
            hops += walkBack(from: meeting.entity, parent: toGoal, marks, graph, scope).map(\.reversed)
            return hops
        }
        return nil
    }
}

/// The entities one side reached at its last level, in the order it reached them.
private struct Frontier {
    var queue: [Int32]
    var level: Range<Int>
    let stamp: UInt32

    init(root: EntityIndex, stamp: UInt32) {
        queue = [Int32(root)]
        level = 0..<1
        self.stamp = stamp
    }

    var isEmpty: Bool { level.isEmpty }
    var count: Int { level.count }

    /// Moves one level further, stamping the entities not reached yet; stops at the first entity
    /// the other side reached, returning it with the entity it was reached from.
    mutating func expand(
        against theirs: UInt32, _ marks: inout SearchMarks, _ graph: KnowledgeGraph, _ scope: TimeScope
    ) -> (entity: EntityIndex, from: EntityIndex)? {
        let stamp = self.stamp
        /// Reaches `other` from `current` unless already reached; true when the other side had reached it.
        func visit(_ other: Int, _ current: Int) -> Bool {
            let mark = marks.stamps[other]
            if mark == stamp { return false }
            if mark == theirs { return true }
            marks.mark(other, stamp)
            marks.values[other] = Int32(truncatingIfNeeded: current + 1)
            queue.append(Int32(truncatingIfNeeded: other))
            return false
        }
        if scope.filter.isEmpty {
            // Without a filter only the other ends matter: one array each way, no relation columns.
            for position in level {
                let current = Int(queue[position])
                for other in graph.outgoingTargets(current) where visit(Int(other), current) { return (Int(other), current) }
                for other in graph.incomingSources(current) where visit(Int(other), current) { return (Int(other), current) }
            }
        } else {
            // The filter reads the relation's dates: only for entities this side has not reached.
            func admitted(_ end: RelationEnd) -> Bool { marks.stamps[end.other] != stamp && scope.admits(relation: end.relation) }
            for position in level {
                let current = Int(queue[position])
                for end in graph.outgoingEnds(current) where admitted(end) && visit(end.other, current) {
                    return (end.other, current)
                }
                for end in graph.incomingEnds(current) where admitted(end) && visit(end.other, current) {
                    return (end.other, current)
                }
            }
        }
        level = level.upperBound..<queue.count
        return nil
    }
}

/// The hops from a root to `entity`, nearest to `entity` first; `parent` is the entity (+ 1) that
/// reached `entity` on that side (0 at the root), and each earlier entity's is in `marks`.
private func walkBack(
    from entity: EntityIndex, parent first: Int, _ marks: SearchMarks, _ graph: KnowledgeGraph, _ scope: TimeScope
) -> [PathHop] {
    var hops: [PathHop] = []
    var current = entity
    var parent = first
    while parent > 0 {
        let previous = parent - 1
        hops.append(firstHop(from: previous, to: current, graph, scope))
        current = previous
        parent = Int(marks.values[current])
    }
    return hops
}

/// The hop across the first admitted relation between two linked entities, in the adjacency order
/// of `from` (leaving relations first): the one a search from `from` meets first.
private func firstHop(from: EntityIndex, to: EntityIndex, _ graph: KnowledgeGraph, _ scope: TimeScope) -> PathHop {
    for end in graph.outgoingEnds(from) where end.other == to && scope.admits(relation: end.relation) {
        return PathHop(from: from, to: to, relation: end.relation, direction: .forward)
    }
    for end in graph.incomingEnds(from) where end.other == to && scope.admits(relation: end.relation) {
        return PathHop(from: from, to: to, relation: end.relation, direction: .backward)
    }
    preconditionFailure("the search reached \(to) from \(from) across no relation")
}

extension PathHop {
    /// The same hop walked the other way.
    var reversed: PathHop {
        PathHop(from: to, to: from, relation: relation, direction: direction == .forward ? .backward : .forward)
    }
}
