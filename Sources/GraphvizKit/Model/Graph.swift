/// A Graphviz graph as a pure Swift value, turned into a C graph only inside the renderer.
///
/// Nodes, edges and clusters keep their insertion order, so DOT text and renders are
/// deterministic.
public struct Graph: Sendable, Hashable {
    /// The graph's name (`digraph NAME { … }`).
    public let name: String
    /// Whether edges have a direction.
    public let isDirected: Bool
    /// Whether Graphviz merges parallel edges and drops self-loops' duplicates.
    public let isStrict: Bool
    /// Attributes of the graph itself (rankdir, label, bgcolor, splines, …).
    public var attributes: Attributes
    /// Defaults for all nodes.
    public var nodeDefaults: Attributes
    /// Defaults for all edges.
    public var edgeDefaults: Attributes
    /// The nodes in insertion order.
    public private(set) var nodes: [Node] = []
    /// The edges in insertion order.
    public private(set) var edges: [Edge] = []
    /// The top-level clusters in insertion order.
    public private(set) var clusters: [Cluster] = []
    private var nodeIndex: [String: Int] = [:]

    /// An empty graph.
    public init(
        name: String = "G",
        directed: Bool = true,
        strict: Bool = false,
        attributes: Attributes = [:],
        nodeDefaults: Attributes = [:],
        edgeDefaults: Attributes = [:]
    ) {
        self.name = name
        self.isDirected = directed
        self.isStrict = strict
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
    }

    /// The node named `id`, if any.
    ///
    /// - Complexity: O(1).
    public func node(id: String) -> Node? {
        nodeIndex[id].map { nodes[$0] }
    }

    /// Adds the node `id`, or merges `attributes` into it when it exists.
    ///
    /// - Complexity: O(1) amortised.
    public mutating func addNode(_ id: String, attributes: Attributes = [:]) {
        if let index = nodeIndex[id] {
            nodes[index].attributes = nodes[index].attributes.merging(attributes)
        } else {
            nodeIndex[id] = nodes.count
            nodes.append(Node(id, attributes: attributes))
        }
    }

    /// Adds `node`, or merges its attributes into the node with the same id.
    public mutating func addNode(_ node: Node) {
        addNode(node.id, attributes: node.attributes)
    }

    /// Adds an edge, adding either end that is not yet a node.
    ///
    /// - Complexity: O(1) amortised.
    public mutating func addEdge(from tail: String, to head: String, key: String? = nil, attributes: Attributes = [:]) {
        addEdge(Edge(from: tail, to: head, key: key, attributes: attributes))
    }

    /// Adds `edge`, adding either end that is not yet a node.
    public mutating func addEdge(_ edge: Edge) {
        if nodeIndex[edge.tail] == nil { addNode(edge.tail) }
        if nodeIndex[edge.head] == nil { addNode(edge.head) }
        edges.append(edge)
    }

    /// Adds a top-level cluster; its member nodes not yet in the graph are added without attributes.
    public mutating func addCluster(_ cluster: Cluster) {
        for id in cluster.allNodeIDs where nodeIndex[id] == nil { addNode(id) }
        clusters.append(cluster)
    }
}

extension Cluster {
    /// Member ids of this cluster and all nested ones, depth first.
    var allNodeIDs: [String] {
        nodeIDs + clusters.flatMap(\.allNodeIDs)
    }
}
