import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The element names of a well-formed XML (or XHTML) document, in document order.
final class ElementCounter: NSObject, XMLParserDelegate {
    /// Every element's name, in the order they open.
    private(set) var names: [String] = []

    /// How many elements are named `name`.
    func count(_ name: String) -> Int { names.filter { $0 == name }.count }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        names.append(elementName)
    }

    /// Parses `data`; throws with the parser's position when it is not well-formed.
    static func parse(_ data: Data) throws -> ElementCounter {
        let counter = ElementCounter()
        let parser = XMLParser(data: data)
        parser.delegate = counter
        guard parser.parse() else {
            throw ParseFailure(
                description: "not well-formed: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)")
        }
        return counter
    }

    struct ParseFailure: Error, CustomStringConvertible { let description: String }
}
