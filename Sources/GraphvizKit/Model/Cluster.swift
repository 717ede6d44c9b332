/// A cluster subgraph: a boxed group of nodes, nestable to any depth.
///
/// Graphviz draws a subgraph as a cluster only when its name starts with `cluster`, so the
/// initializer adds the prefix `cluster_` when it is missing. `dot` and `fdp` draw clusters;
/// `neato`, `circo` and `twopi` ignore them.
public struct Cluster: Sendable, Hashable {
    /// The subgraph's name, always starting with `cluster`.
    public let name: String
    /// Attributes of the cluster itself (label, style, colours, …).
    public var attributes: Attributes
    /// Defaults for nodes first mentioned in this cluster.
    public var nodeDefaults: Attributes
    /// Defaults for edges of this cluster.
    public var edgeDefaults: Attributes
    /// Ids of the member nodes, in insertion order, without repeats.
    public private(set) var nodeIDs: [String] = []
    /// Nested clusters, in insertion order.
    public private(set) var clusters: [Cluster] = []
    private var memberSet: Set<String> = []

    /// A cluster named `name`, prefixed with `cluster_` unless it already starts with `cluster`.
    public init(
        _ name: String,
        attributes: Attributes = [:],
        nodeDefaults: Attributes = [:],
        edgeDefaults: Attributes = [:]
    ) {
        self.name = name.hasPrefix("cluster") ? name : "cluster_" + name
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
    }

    /// Adds the node `id` to this cluster; declare its attributes on the graph.
    ///
    /// - Complexity: O(1) amortised.
    public mutating func addNode(_ id: String) {
        if memberSet.insert(id).inserted { nodeIDs.append(id) }
    }

    /// Nests `cluster` inside this one.
    public mutating func addCluster(_ cluster: Cluster) {
        clusters.append(cluster)
    }
}
