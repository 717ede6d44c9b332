import CoopModel

/// The graph as a simple undirected graph: one edge per pair of distinct linked entities, no
/// self-loops, directions and parallel relations forgotten (NetworkX's `nx.Graph` of the edges).
struct UndirectedView {
    /// Neighbours of entity `e` are `neighbors[offsets[e]..<offsets[e + 1]]`, in increasing order.
    let offsets: [Int]
    let neighbors: [Int32]

    /// The simple view of the relations that pass `scope`.
    /// - Complexity: O(n + m log d) for degrees of about d.
    init(_ scope: TimeScope) {
        let graph = scope.graph
        var offsets = [0]
        offsets.reserveCapacity(graph.entityCount + 1)
        var neighbors: [Int32] = []
        var seen = [Bool](repeating: false, count: graph.entityCount)
        var current: [Int32] = []
        for entity in graph.entityIndices {
            current.removeAll(keepingCapacity: true)
            for (relation, other, _) in graph.incident(entity) where other != entity && !seen[other] {
                guard scope.admits(relation: relation) else { continue }
                seen[other] = true
                current.append(Int32(other))
            }
            for other in current { seen[Int(other)] = false }
            neighbors += current.sorted()
            offsets.append(neighbors.count)
        }
        self.offsets = offsets
        self.neighbors = neighbors
    }

    /// The number of entities.
    var count: Int { offsets.count - 1 }

    /// The distinct neighbours of `entity`.
    func neighbors(of entity: Int) -> ArraySlice<Int32> { neighbors[offsets[entity]..<offsets[entity + 1]] }

    /// Brandes' betweenness, normalised as NetworkX does by default for undirected graphs:
    /// the sum over ordered pairs divided by (n − 1)(n − 2).
    /// - Complexity: O(n·m) time, O(n + m) space.
    func betweenness() -> [Double] {
        let n = count
        var centrality = [Double](repeating: 0, count: n)
        var sigma = [Double](repeating: 0, count: n)
        var distance = [Int](repeating: -1, count: n)
        var delta = [Double](repeating: 0, count: n)
        var order: [Int] = []
        order.reserveCapacity(n)
        for source in 0..<n {
            order.removeAll(keepingCapacity: true)
            sigma[source] = 1
            distance[source] = 0
            order.append(source)
            var head = 0
            while head < order.count {
                let v = order[head]
                head += 1
                for w32 in neighbors(of: v) {
                    let w = Int(w32)
                    if distance[w] < 0 {
                        distance[w] = distance[v] + 1
                        order.append(w)
                    }
                    if distance[w] == distance[v] + 1 { sigma[w] += sigma[v] }
                }
            }
            for w in order.reversed() {
                for v32 in neighbors(of: w) {
                    let v = Int(v32)
                    if distance[v] == distance[w] - 1 { delta[v] += sigma[v] / sigma[w] * (1 + delta[w]) }
                }
                if w != source { centrality[w] += delta[w] }
            }
            for w in order {
                sigma[w] = 0
                distance[w] = -1
                delta[w] = 0
            }
        }
        let scale = n > 2 ? 1 / Double((n - 1) * (n - 2)) : 1
        return centrality.map { $0 * scale }
    }
}
