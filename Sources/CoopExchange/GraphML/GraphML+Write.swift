import CoopModel
import Foundation

/// GraphML (graphml.graphdrawing.org): the XML graph format of NetworkX, yEd, Gephi and igraph.
///
/// Node ids are entity ids, edge ids are `e<relation index>`, and every attribute has a
/// declared `<key>` (see ``FlatAttributes`` for the columns). List columns hold JSON arrays and
/// say so in their key's `<desc>`, which ``read(_:file:schema:)`` relies on.
public enum GraphML {
    /// The GraphML namespace.
    static let namespace = "http://graphml.graphdrawing.org/xmlns"

    /// Writes `graph` as GraphML: nodes in entity-id order, edges in relation order.
    /// - Complexity: O(n log n + m) for n entities and m relations, plus the text written.
    public static func write(_ graph: KnowledgeGraph, to output: inout some TextOutputStream) {
        let attributes = FlatAttributes(graph: graph)
        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        output.write("<graphml xmlns=\"\(namespace)\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        output.write(" xsi:schemaLocation=\"\(namespace) \(namespace)/1.0/graphml.xsd\">\n")
        writeKeys(attributes.nodeColumns, for: "node", prefix: "n", to: &output)
        writeKeys(attributes.edgeColumns, for: "edge", prefix: "e", to: &output)
        output.write("  <graph id=\"coopgraph\" edgedefault=\"directed\">\n")
        for index in graph.sortedEntityIndices {
            let entity = graph.entity(at: index)
            output.write("    <node id=\"\(XMLText.escaped(entity.id.rawValue))\">\n")
            writeCells(attributes.nodeCells(entity), columns: attributes.nodeColumns, prefix: "n", to: &output)
            output.write("    </node>\n")
        }
        for index in graph.relationIndices {
            let source = XMLText.escaped(graph.entity(at: graph.source(of: index)).id.rawValue)
            let target = XMLText.escaped(graph.entity(at: graph.target(of: index)).id.rawValue)
            output.write("    <edge id=\"e\(index)\" source=\"\(source)\" target=\"\(target)\">\n")
            let cells = attributes.edgeCells(type: graph.relationType(at: index), payload: graph.payload(of: index))
            writeCells(cells, columns: attributes.edgeColumns, prefix: "e", to: &output)
            output.write("    </edge>\n")
        }
        output.write("  </graph>\n</graphml>\n")
    }

    /// Writes `graph` as GraphML to `url`, atomically.
    public static func write(_ graph: KnowledgeGraph, to url: URL) throws(ExchangeError) {
        try AtomicFile.write(to: url, failure: ExchangeError.writing(url)) { (stream: inout FileTextStream) throws(ExchangeError) in write(graph, to: &stream) }
    }

    private static func keyID(prefix: String, _ position: Int) -> String { "\(prefix)\(position)" }

    private static func writeKeys(_ columns: [FlatColumn], for domain: String, prefix: String, to output: inout some TextOutputStream) {
        for (position, column) in columns.enumerated() {
            let head = "  <key id=\"\(keyID(prefix: prefix, position))\" for=\"\(domain)\" attr.name=\"\(XMLText.escaped(column.name))\" attr.type=\"\(column.kind.xmlType)\""
            if let marker = column.kind.marker {
                output.write(head + ">\n    <desc>\(marker)</desc>\n  </key>\n")
            } else {
                output.write(head + "/>\n")
            }
        }
    }

    private static func writeCells(
        _ cells: [(column: Int, text: String)], columns: [FlatColumn], prefix: String, to output: inout some TextOutputStream
    ) {
        for cell in cells {
            output.write("      <data key=\"\(keyID(prefix: prefix, cell.column))\">\(XMLText.escaped(cell.text))</data>\n")
        }
    }
}

extension KnowledgeGraph {
    /// The entity positions in id order, the order every exchange format writes nodes in.
    /// - Complexity: O(n log n).
    var sortedEntityIndices: [EntityIndex] {
        entityIndices.sorted { entity(at: $0).id < entity(at: $1).id }
    }
}
