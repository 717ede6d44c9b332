/// What Graphviz's own parser read from DOT text.
public struct DOTSummary: Sendable, Hashable {
    /// The graph's name.
    public let name: String
    /// Whether it is a `digraph`.
    public let isDirected: Bool
    /// Whether it is `strict`.
    public let isStrict: Bool
    /// The number of nodes.
    public let nodeCount: Int
    /// The number of edges.
    public let edgeCount: Int
}
