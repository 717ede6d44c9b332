/// Writes a ``Graph`` as DOT text, deterministically and without Graphviz.
///
/// Statement order: graph attributes, node and edge defaults, clusters (with their defaults and
/// members, so cluster defaults apply), nodes with their attributes, edges. Edge keys are
/// written as the `key` attribute, which Graphviz's parser takes as the edge's name.
/// Values carry the same escaping the renderer applies, so the text renders like the value.
public enum DOTWriter {
    /// The DOT text of `graph`, ending with a newline.
    public static func write(_ graph: Graph) -> String {
        var out = DOTOutput()
        let keyword = (graph.isStrict ? "strict " : "") + (graph.isDirected ? "digraph" : "graph")
        out.line("\(keyword) \(dotID(graph.name)) {", depth: 0)
        writeBody(
            attributes: graph.attributes, nodeDefaults: graph.nodeDefaults,
            edgeDefaults: graph.edgeDefaults, clusters: graph.clusters, into: &out, depth: 1
        )
        let arrow = graph.isDirected ? "->" : "--"
        for node in graph.nodes {
            out.line(dotID(node.id) + attributeList(node.effectiveAttributes), depth: 1)
        }
        for edge in graph.edges {
            var attributes = Attributes()
            if let key = edge.key { attributes["key"] = .raw(key) }
            attributes = attributes.merging(edge.attributes)
            out.line("\(dotID(edge.tail)) \(arrow) \(dotID(edge.head))" + attributeList(attributes), depth: 1)
        }
        out.line("}", depth: 0)
        return out.text
    }

    private static func writeBody(
        attributes: Attributes, nodeDefaults: Attributes, edgeDefaults: Attributes,
        clusters: [Cluster], into out: inout DOTOutput, depth: Int
    ) {
        for entry in attributes.entries {
            out.line("\(dotID(entry.name))=\(dotValue(entry.value))", depth: depth)
        }
        if !nodeDefaults.isEmpty { out.line("node" + attributeList(nodeDefaults), depth: depth) }
        if !edgeDefaults.isEmpty { out.line("edge" + attributeList(edgeDefaults), depth: depth) }
        for cluster in clusters {
            out.line("subgraph \(dotID(cluster.name)) {", depth: depth)
            writeBody(
                attributes: cluster.attributes, nodeDefaults: cluster.nodeDefaults,
                edgeDefaults: cluster.edgeDefaults, clusters: cluster.clusters, into: &out, depth: depth + 1
            )
            for id in cluster.nodeIDs { out.line(dotID(id), depth: depth + 1) }
            out.line("}", depth: depth)
        }
    }

    private static func attributeList(_ attributes: Attributes) -> String {
        guard !attributes.isEmpty else { return "" }
        let items = attributes.entries.map { "\(dotID($0.name))=\(dotValue($0.value))" }
        return " [" + items.joined(separator: ", ") + "]"
    }
}

private struct DOTOutput {
    var text = ""
    /// A line at `depth` tabs; statements end with `;`, braces do not.
    mutating func line(_ content: String, depth: Int) {
        let isBrace = content.hasSuffix("{") || content == "}"
        text += String(repeating: "\t", count: depth) + content + (isBrace ? "\n" : ";\n")
    }
}

/// An attribute value in DOT: HTML as `<…>`, everything else as an ID.
private func dotValue(_ value: AttributeValue) -> String {
    value.isHTML ? "<\(value.graphvizString)>" : dotID(value.graphvizString)
}

private let dotKeywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

/// `text` as a DOT ID: bare when it is a plain identifier or number, else double-quoted.
///
/// Graphviz 2.42's scanner keeps `\\` as two backslashes, reads `\"` as a quote and drops
/// `\` + newline, so an odd run of backslashes right before a quote, a newline or the end of
/// the string cannot be written; there the run gets one more backslash so the text still parses.
/// Labels never hit this: their backslashes are already doubled.
func dotID(_ text: String) -> String {
    if isBareIdentifier(text) || isNumeral(text) { return text }
    var result = "\""
    var backslashes = 0
    func flushBackslashes(beforeSpecial: Bool) {
        let count = beforeSpecial && backslashes % 2 == 1 ? backslashes + 1 : backslashes
        result += String(repeating: "\\", count: count)
        backslashes = 0
    }
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\":
            backslashes += 1
        case "\"":
            flushBackslashes(beforeSpecial: true)
            result += "\\\""
        default:
            flushBackslashes(beforeSpecial: scalar == "\n")
            result.unicodeScalars.append(scalar)
        }
    }
    flushBackslashes(beforeSpecial: true)
    return result + "\""
}

private func isBareIdentifier(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, !dotKeywords.contains(text.lowercased()) else { return false }
    func isLetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) || s == "_" }
    return isLetter(first) && text.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) }
}

private func isNumeral(_ text: String) -> Bool {
    let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
    guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return false }
    return body.filter { $0 == "." }.count <= 1 && body != "."
}
