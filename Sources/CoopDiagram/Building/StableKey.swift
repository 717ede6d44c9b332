import CoopModel

/// Names that stay the same from run to run and between views, for SVG ids and DOT edge keys.
public enum StableKey {
    /// `TYPE--FROM--TO`, with `#N` (N ≥ 2) for the N-th relation of that type between the same
    /// two entities, counted in knowledge-base order.
    /// - Complexity: O(out-degree of the relation's source).
    public static func relation(_ relation: RelationIndex, in graph: KnowledgeGraph) -> String {
        let source = graph.source(of: relation)
        let target = graph.target(of: relation)
        let type = graph.relationType(at: relation)
        let base = "\(type.rawValue)--\(graph.entity(at: source).id.rawValue)--\(graph.entity(at: target).id.rawValue)"
        let siblings = graph.outgoing(source).filter { graph.target(of: $0) == target && graph.relationType(at: $0) == type }
        let ordinal = (siblings.sorted().firstIndex(of: relation) ?? 0) + 1
        return ordinal == 1 ? base : base + "#\(ordinal)"
    }
}
