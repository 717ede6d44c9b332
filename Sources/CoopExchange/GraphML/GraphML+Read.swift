import CoopModel
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

extension GraphML {
    /// Reads a GraphML document written by ``write(_:to:)-(_,inout some TextOutputStream)`` (or by
    /// another tool using the same attribute names) back into a graph of `schema`.
    ///
    /// Keys are matched by `attr.name`; a key whose `<desc>` is `JSON array` or `JSON value`
    /// holds JSON text. Errors name `file`, the line and the column.
    /// - Complexity: O(size of the document).
    public static func read(_ data: Data, file: String, schema: Schema) throws(ExchangeError) -> KnowledgeGraph {
        let collector = GraphMLCollector()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = collector
        let parsed = parser.parse()
        if let failure = collector.failure {
            throw .malformed(file: file, line: failure.line, column: failure.column, reason: failure.reason)
        }
        guard parsed else {
            let reason = parser.parserError.map { "the XML is not well-formed (\($0.localizedDescription))" } ?? "the XML is not well-formed"
            throw .malformed(file: file, line: parser.lineNumber, column: parser.columnNumber, reason: reason)
        }
        return try build(collector, file: file, schema: schema)
    }

    /// Reads the GraphML file at `url`.
    public static func read(contentsOf url: URL, schema: Schema) throws(ExchangeError) -> KnowledgeGraph {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .io(path: url.path, reason: "cannot read the file: \(error.localizedDescription)")
        }
        return try read(data, file: url.path, schema: schema)
    }

    private static func build(_ collector: GraphMLCollector, file: String, schema: Schema) throws(ExchangeError) -> KnowledgeGraph {
        let decoder = FlatDecoder(file: file)
        var builder = KnowledgeGraphBuilder(schema: schema)
        func cells(_ element: GraphMLCollector.Element, domain: String) throws(ExchangeError) -> [String: FlatCell] {
            var result: [String: FlatCell] = [:]
            for (key, text) in element.data {
                guard let declared = collector.keys[key], declared.domain == domain || declared.domain == "all" else {
                    throw .malformed(
                        file: file, line: element.line, column: element.column,
                        reason: "data key '\(key)' is not declared for \(domain)s; add a <key> for it")
                }
                result[declared.name] = FlatCell(kind: declared.kind, text: text)
            }
            return result
        }
        for node in collector.nodes {
            let entity = try decoder.entity(id: node.id, cells: try cells(node, domain: "node"), line: node.line, column: node.column)
            do {
                try builder.add(entity)
            } catch {
                throw .malformed(file: file, line: node.line, column: node.column, reason: "\(error)")
            }
        }
        for edge in collector.edges {
            let relation = try decoder.relation(
                id: edge.id, from: edge.source, to: edge.target, cells: try cells(edge, domain: "edge"),
                line: edge.line, column: edge.column)
            do {
                try builder.add(relation)
            } catch {
                throw .malformed(file: file, line: edge.line, column: edge.column, reason: "\(error)")
            }
        }
        return builder.build()
    }
}

/// Collects the keys, nodes and edges of a GraphML document as the parser walks it.
private final class GraphMLCollector: NSObject, XMLParserDelegate {
    struct Key {
        var name: String
        var domain: String
        var kind: FlatKind
    }

    struct Element {
        var id: String
        var source = ""
        var target = ""
        var line: Int
        var column: Int
        var data: [(key: String, text: String)] = []
    }

    struct Failure {
        let line: Int
        let column: Int
        let reason: String
    }

    var keys: [String: Key] = [:]
    var nodes: [Element] = []
    var edges: [Element] = []
    var failure: Failure?

    private var currentKey: (id: String, key: Key, type: String)?
    private var current: Element?
    private var currentIsNode = false
    private var dataKey: String?
    private var text = ""
    private var inDesc = false

    private func fail(_ parser: XMLParser, _ reason: String) {
        guard failure == nil else { return }
        failure = Failure(line: parser.lineNumber, column: parser.columnNumber, reason: reason)
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "key":
            guard let id = attributes["id"] else { return fail(parser, "a <key> has no 'id'") }
            let name = attributes["attr.name"] ?? id
            let type = attributes["attr.type"] ?? "string"
            let kind: FlatKind
            switch type {
            case "int", "long": kind = .integer
            case "boolean": kind = .boolean
            default: kind = .string
            }
            currentKey = (id, Key(name: name, domain: attributes["for"] ?? "all", kind: kind), type)
        case "desc":
            inDesc = currentKey != nil
            text = ""
        case "node":
            guard let id = attributes["id"] else { return fail(parser, "a <node> has no 'id'; give it the entity id") }
            current = Element(id: id, line: parser.lineNumber, column: parser.columnNumber)
            currentIsNode = true
        case "edge":
            guard let source = attributes["source"], let target = attributes["target"] else {
                return fail(parser, "an <edge> needs both 'source' and 'target'")
            }
            current = Element(
                id: attributes["id"] ?? "e\(edges.count)", source: source, target: target, line: parser.lineNumber,
                column: parser.columnNumber)
            currentIsNode = false
        case "data":
            guard current != nil else { return }
            guard let key = attributes["key"] else { return fail(parser, "a <data> has no 'key'") }
            dataKey = key
            text = ""
        case "graph":
            if attributes["edgedefault"] == "undirected" {
                fail(parser, "the graph is undirected; coopgraph relations are directed (from → to)")
            }
        default:
            return
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if dataKey != nil || inDesc { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "desc" where inDesc:
            inDesc = false
            guard var declared = currentKey, declared.type == "string" else { return }
            let description = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if description == FlatKind.jsonArray.marker { declared.key.kind = .jsonArray }
            if description == FlatKind.jsonValue.marker { declared.key.kind = .jsonValue }
            currentKey = declared
        case "key":
            if let declared = currentKey { keys[declared.id] = declared.key }
            currentKey = nil
        case "data":
            if let key = dataKey { current?.data.append((key, text)) }
            dataKey = nil
        case "node", "edge":
            guard let element = current else { return }
            if currentIsNode { nodes.append(element) } else { edges.append(element) }
            current = nil
        default:
            return
        }
    }
}
