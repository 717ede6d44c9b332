import CoopModel

/// A shortest path by bidirectional breadth-first search, expanding the smaller frontier one full
/// level at a time; each entity's leaving relations are walked, then its arriving ones, in
/// insertion order. Reached entities are stamped in reused marks (no hashing, no allocation per
/// entity), each with the relation that reached it.
func shortestPath(from start: EntityIndex, to goal: EntityIndex, _ graph: KnowledgeGraph, _ scope: TimeScope)
    -> [PathHop]?
{
    if start == goal { return [] }
    return SearchMarks.with { (marks: inout SearchMarks) -> [PathHop]? in
        // One stamp per side; `values` holds the relation that reached an entity, + 1 (0 at a root).
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
            // The other side's relation into the meeting entity is the one it recorded there.
            let recorded = Int(marks.values[meeting.entity])
            let startCode = forward ? meeting.relation + 1 : recorded
            let goalCode = forward ? recorded : meeting.relation + 1
            var hops = walkBack(from: meeting.entity, code: startCode, marks, graph).reversed().map { $0 }
            hops += walkBack(from: meeting.entity, code: goalCode, marks, graph).map(\.reversed)
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
    /// the other side reached, returning it with the relation that got there.
    mutating func expand(
        against theirs: UInt32, _ marks: inout SearchMarks, _ graph: KnowledgeGraph, _ scope: TimeScope
    ) -> (entity: EntityIndex, relation: RelationIndex)? {
        let filtered = !scope.filter.isEmpty
        /// Reaches `end.other` unless already reached; true when the other side had reached it.
        func visit(_ end: RelationEnd) -> Bool {
            let mark = marks.stamps[end.other]
            if mark == stamp || filtered && !scope.admits(relation: end.relation) { return false }
            if mark == theirs { return true }
            marks.mark(end.other, stamp)
            marks.values[end.other] = Int32(end.relation + 1)
            queue.append(Int32(end.other))
            return false
        }
        for position in level {
            let current = Int(queue[position])
            for end in graph.outgoingEnds(current) where visit(end) { return (end.other, end.relation) }
            for end in graph.incomingEnds(current) where visit(end) { return (end.other, end.relation) }
        }
        level = level.upperBound..<queue.count
        return nil
    }
}

/// The hops from a root to `entity`, nearest to `entity` first; `code` is the relation (+ 1) that
/// reached `entity` on that side, and each earlier entity's is in `marks`.
private func walkBack(from entity: EntityIndex, code first: Int, _ marks: SearchMarks, _ graph: KnowledgeGraph)
    -> [PathHop]
{
    var hops: [PathHop] = []
    var current = entity
    var code = first
    while code > 0 {
        let relation = code - 1
        let forward = graph.target(of: relation) == current
        let previous = forward ? graph.source(of: relation) : graph.target(of: relation)
        hops.append(PathHop(from: previous, to: current, relation: relation, direction: forward ? .forward : .backward))
        current = previous
        code = Int(marks.values[current])
    }
    return hops
}

extension PathHop {
    /// The same hop walked the other way.
    var reversed: PathHop {
        PathHop(from: to, to: from, relation: relation, direction: direction == .forward ? .backward : .forward)
    }
}
