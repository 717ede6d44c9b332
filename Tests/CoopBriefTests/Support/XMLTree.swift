import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A parsed XML element, for inspecting writer output in tests.
final class ParsedXML: @unchecked Sendable {
    let name: String
    let attributes: [String: String]
    /// The child elements and text runs, in document order.
    private var content: [Content] = []

    private enum Content {
        case element(ParsedXML)
        case text(String)
    }

    /// The child elements, in document order.
    var children: [ParsedXML] {
        content.compactMap { if case .element(let child) = $0 { return child } else { return nil } }
    }

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every descendant (self included) named `name`, in document order.
    func all(_ name: String) -> [ParsedXML] {
        (self.name == name ? [self] : []) + children.flatMap { $0.all(name) }
    }

    /// The text of this element and its descendants, concatenated.
    var allText: String {
        content.map {
            switch $0 {
            case .element(let child): return child.allText
            case .text(let text): return text
            }
        }.joined()
    }

    fileprivate func append(_ child: ParsedXML) { content.append(.element(child)) }

    fileprivate func append(text: String) { content.append(.text(text)) }

    /// Parses `data`; throws with the parser's message when it is not well-formed.
    static func parse(_ data: Data) throws -> ParsedXML {
        let delegate = TreeBuilder()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        guard parser.parse(), let root = delegate.root else {
            throw MissingFixture(
                description: "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?") "
                    + "at line \(parser.lineNumber), column \(parser.columnNumber)")
        }
        return root
    }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: ParsedXML?
    var stack: [ParsedXML] = []

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:])
    {
        let element = ParsedXML(name: elementName, attributes: attributeDict)
        stack.last?.append(element)
        if root == nil { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.append(text: string) }
}
