import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML element with its attributes, children and text, for checking SVG structure.
final class XMLTree {
    let name: String
    let attributes: [String: String]
    private(set) var children: [XMLTree] = []
    fileprivate(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Parses `data`; nil when it is not well-formed XML.
    static func parse(_ data: Data) -> XMLTree? {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else { return nil }
        return builder.root
    }

    /// This element and all below it, depth first.
    var all: [XMLTree] { [self] + children.flatMap(\.all) }

    /// The `<g>` elements whose class is `kind` (`node`, `edge`, `cluster`).
    func groups(_ kind: String) -> [XMLTree] { all.filter { $0.name == "g" && $0.attributes["class"] == kind } }

    /// The texts of all `<text>` elements below.
    var texts: [String] { all.filter { $0.name == "text" }.map(\.text) }

    /// The `xlink:title` (tooltip) of the first link below.
    var tooltip: String? { all.first { $0.name == "a" && $0.attributes["xlink:title"] != nil }?.attributes["xlink:title"] }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let element = XMLTree(name: name, attributes: attributes)
            stack.last?.children.append(element)
            if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            _ = stack.popLast()
        }
    }
}
