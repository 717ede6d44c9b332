import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG parsed with XMLParser: the text of each `<text>` element and each element's attributes.
struct SVGDocument {
    private(set) var texts: [String] = []
    private(set) var elements: [(name: String, attributes: [String: String])] = []

    /// Parses `data`, or returns nil when it is not well-formed XML.
    init?(_ data: Data) {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        // The SVG names a DTD we must not fetch.
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else { return nil }
        texts = collector.texts
        elements = collector.elements
    }

    /// Values of the attribute `name` on elements called `element`.
    func attribute(_ name: String, of element: String) -> [String] {
        elements.filter { $0.name == element }.compactMap { $0.attributes[name] }
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var texts: [String] = []
        var elements: [(name: String, attributes: [String: String])] = []
        private var current: String?

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            elements.append((name, attributes))
            if name == "text" { current = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            current? += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text", let text = current {
                texts.append(text)
                current = nil
            }
        }
    }
}
