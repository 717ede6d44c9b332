import CGraphviz

/// Builds a cgraph graph from a ``Graph``; call only inside ``GraphvizRuntime/withContext(_:)``.
/// The caller owns the result and must `agclose` it.
struct CGraphBuilder {
    let root: UnsafeMutablePointer<Agraph_t>

    static func build(_ graph: Graph) -> UnsafeMutablePointer<Agraph_t>? {
        let descriptor = switch (graph.isDirected, graph.isStrict) {
        case (true, false): cg_directed()
        case (true, true): cg_strict_directed()
        case (false, false): cg_undirected()
        case (false, true): cg_strict_undirected()
        }
        guard let root = cg_agopen(graph.name, descriptor) else { return nil }
        let builder = CGraphBuilder(root: root)
        // A node label default of "" would blank labels; Graphviz's own default is the name.
        _ = cg_agattr(root, AGNODE, "label", "\\N")
        builder.setDefaults(in: root, graph: graph.attributes, node: graph.nodeDefaults, edge: graph.edgeDefaults)
        for cluster in graph.clusters { builder.add(cluster, to: root) }
        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        for node in graph.nodes {
            guard let cNode = cg_agnode(root, node.id) else { continue }
            nodes[node.id] = cNode
            builder.set(node.effectiveAttributes, on: UnsafeMutableRawPointer(cNode), kind: AGNODE)
        }
        for edge in graph.edges {
            guard let tail = nodes[edge.tail], let head = nodes[edge.head],
                  let cEdge = cg_agedge(root, tail, head, edge.key)
            else { continue }
            builder.set(edge.attributes, on: UnsafeMutableRawPointer(cEdge), kind: AGEDGE)
        }
        return root
    }

    private func add(_ cluster: Cluster, to parent: UnsafeMutablePointer<Agraph_t>) {
        guard let subgraph = cg_agsubg(parent, cluster.name) else { return }
        setDefaults(in: subgraph, graph: cluster.attributes, node: cluster.nodeDefaults, edge: cluster.edgeDefaults)
        for id in cluster.nodeIDs { _ = cg_agnode(subgraph, id) }
        for child in cluster.clusters { add(child, to: subgraph) }
    }

    private func setDefaults(
        in graph: UnsafeMutablePointer<Agraph_t>, graph graphAttributes: Attributes,
        node: Attributes, edge: Attributes
    ) {
        set(graphAttributes, on: UnsafeMutableRawPointer(graph), kind: AGRAPH)
        for entry in node.entries { setDefault(entry, kind: AGNODE, in: graph) }
        for entry in edge.entries { setDefault(entry, kind: AGEDGE, in: graph) }
    }

    /// Sets each attribute on one object, declaring it on the root first when new.
    func set(_ attributes: Attributes, on object: UnsafeMutableRawPointer, kind: Int32) {
        for entry in attributes.entries {
            let symbol = cg_agattr(root, kind, entry.name, nil) ?? cg_agattr(root, kind, entry.name, "")
            guard let symbol else { continue }
            withGraphvizString(entry.value) { _ = cg_agxset(object, symbol, $0) }
        }
    }

    /// Sets the default of `kind` objects created later in `graph`.
    private func setDefault(_ entry: Attributes.Entry, kind: Int32, in graph: UnsafeMutablePointer<Agraph_t>) {
        if cg_agattr(root, kind, entry.name, nil) == nil { _ = cg_agattr(root, kind, entry.name, "") }
        withGraphvizString(entry.value) { _ = cg_agattr(graph, kind, entry.name, $0) }
    }

    /// Passes the value's C string, registered as HTML when it is one so Graphviz parses it.
    private func withGraphvizString(_ value: AttributeValue, _ body: (UnsafePointer<CChar>) -> Void) {
        let string = value.graphvizString
        guard value.isHTML else { return string.withCString(body) }
        guard let html = cg_agstrdup_html(root, string) else { return }
        defer { _ = agstrfree(root, html) }
        body(html)
    }
}
