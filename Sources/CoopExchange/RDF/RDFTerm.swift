/// An RDF term as coopgraph writes it: an IRI or a literal (plain, language-tagged or typed).
enum RDFTerm: Hashable, Sendable {
    case iri(String)
    case literal(String, language: String? = nil, datatype: String? = nil)

    /// The term in N-Triples syntax (also valid Turtle).
    var nTriples: String {
        switch self {
        case .iri(let iri):
            return "<" + iri + ">"
        case .literal(let text, let language, let datatype):
            var result = Self.quoted(text)
            if let language { result += "@" + language }
            if let datatype { result += "^^<" + datatype + ">" }
            return result
        }
    }

    /// `text` as an N-Triples/Turtle string literal; the escapes are JSON's, which both grammars accept.
    static func quoted(_ text: String) -> String { JSONText.quoted(text) }

    /// `text` percent-encoded as one IRI path segment: only `A-Z a-z 0-9 - . _ ~` stay as they are.
    static func percentEncoded(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

/// The standard namespaces coopgraph's RDF uses.
enum RDFNamespace {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"
    static let skos = "http://www.w3.org/2004/02/skos/core#"
}
