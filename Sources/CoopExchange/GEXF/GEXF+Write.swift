import CoopModel
import Foundation

/// GEXF 1.3 (gexf.net): Gephi's format, written as a dynamic graph so its timeline can play it.
///
/// Nodes and edges carry `start`/`end` ISO dates from ``FactPeriod``: the first day the fact may
/// hold and the last (an open-ended fact has no `end`; an undated one has neither and is always
/// shown). Entities of type `event` and relations ending at an event are events: they end on
/// the day they were held. Attributes are the same columns as GraphML (``FlatAttributes``).
public enum GEXF {
    /// The GEXF 1.3 namespace.
    static let namespace = "http://gexf.net/1.3"

    /// Writes `graph` as GEXF 1.3: nodes in entity-id order, edges in relation order.
    /// - Complexity: O(n log n + m) for n entities and m relations, plus the text written.
    public static func write(_ graph: KnowledgeGraph, to output: inout some TextOutputStream) {
        let attributes = FlatAttributes(graph: graph)
        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        output.write("<gexf xmlns=\"\(namespace)\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        output.write(" xsi:schemaLocation=\"\(namespace) \(namespace)/gexf.xsd\" version=\"1.3\">\n")
        output.write("  <meta>\n    <creator>coopgraph</creator>\n")
        output.write("    <description>International cooperation knowledge graph</description>\n  </meta>\n")
        output.write("  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" timerepresentation=\"interval\">\n")
        writeDeclarations(attributes.nodeColumns, class: "node", to: &output)
        writeDeclarations(attributes.edgeColumns, class: "edge", to: &output)
        output.write("    <nodes>\n")
        for index in graph.sortedEntityIndices {
            let entity = graph.entity(at: index)
            let period = FactPeriod(dates: entity.dates, isEvent: entity.type == .event)
            output.write("      <node id=\"\(XMLText.escaped(entity.id.rawValue))\" label=\"\(XMLText.escaped(entity.names.fr))\"\(spell(period))>\n")
            writeValues(attributes.nodeCells(entity), columns: attributes.nodeColumns, to: &output)
            output.write("      </node>\n")
        }
        output.write("    </nodes>\n    <edges>\n")
        for index in graph.relationIndices {
            let target = graph.target(of: index)
            let type = graph.relationType(at: index)
            let payload = graph.payload(of: index)
            let period = FactPeriod(dates: payload.dates, isEvent: graph.entity(at: target).type == .event)
            let source = XMLText.escaped(graph.entity(at: graph.source(of: index)).id.rawValue)
            output.write("      <edge id=\"e\(index)\" source=\"\(source)\" target=\"\(XMLText.escaped(graph.entity(at: target).id.rawValue))\"")
            output.write(" label=\"\(XMLText.escaped(type.rawValue))\"\(spell(period))>\n")
            writeValues(attributes.edgeCells(type: type, payload: payload), columns: attributes.edgeColumns, to: &output)
            output.write("      </edge>\n")
        }
        output.write("    </edges>\n  </graph>\n</gexf>\n")
    }

    /// Writes `graph` as GEXF 1.3 to `url`, atomically.
    public static func write(_ graph: KnowledgeGraph, to url: URL) throws(ExchangeError) {
        try AtomicFile.write(to: url, failure: ExchangeError.writing(url)) { (stream: inout FileTextStream) throws(ExchangeError) in write(graph, to: &stream) }
    }

    /// The ` start="…" end="…"` attributes of a period; empty for an undated fact.
    static func spell(_ period: FactPeriod) -> String {
        var text = ""
        if let start = period.start { text += " start=\"\(isoDay(start))\"" }
        if let end = period.end { text += " end=\"\(isoDay(end))\"" }
        return text
    }

    /// A `yyyymmdd` day as `YYYY-MM-DD`.
    static func isoDay(_ day: Int) -> String {
        String(day / 10_000).leftPadded(to: 4) + "-" + String(day / 100 % 100).leftPadded(to: 2) + "-"
            + String(day % 100).leftPadded(to: 2)
    }

    private static func writeDeclarations(_ columns: [FlatColumn], class name: String, to output: inout some TextOutputStream) {
        output.write("    <attributes class=\"\(name)\" mode=\"static\">\n")
        for column in columns {
            let title = XMLText.escaped(column.name)
            output.write("      <attribute id=\"\(title)\" title=\"\(title)\" type=\"\(column.kind.xmlType)\"/>\n")
        }
        output.write("    </attributes>\n")
    }

    private static func writeValues(_ cells: [(column: Int, text: String)], columns: [FlatColumn], to output: inout some TextOutputStream) {
        guard !cells.isEmpty else { return }
        output.write("        <attvalues>\n")
        for cell in cells {
            output.write("          <attvalue for=\"\(XMLText.escaped(columns[cell.column].name))\" value=\"\(XMLText.escaped(cell.text))\"/>\n")
        }
        output.write("        </attvalues>\n")
    }
}
