import CoopModel
import Foundation

/// Turtle (W3C RDF 1.1): the same triples as ``NTriples``, grouped by subject with prefixes.
public enum Turtle {
    private static let prefixes: [(prefix: String, namespace: String)] = [
        ("cg", RDFVocabulary.namespace),
        ("id", RDFVocabulary.entityNamespace),
        ("st", RDFVocabulary.statementNamespace),
        ("rdf", RDFNamespace.rdf),
        ("rdfs", RDFNamespace.rdfs),
        ("skos", RDFNamespace.skos),
        ("xsd", RDFNamespace.xsd),
    ]

    /// Writes `graph` as Turtle and returns the number of triples written (all distinct).
    /// Throws only when the schema's names cannot form a vocabulary (see ``RDFVocabulary``).
    /// - Complexity: O(n log n + m) plus the text written.
    @discardableResult
    public static func write(_ graph: KnowledgeGraph, to output: inout some TextOutputStream) throws(ExchangeError) -> Int {
        let blocks = try RDFBlocks(graph: graph)
        for entry in prefixes { output.write("@prefix \(entry.prefix): <\(entry.namespace)> .\n") }
        var count = 0
        blocks.forEach { block in
            guard !block.pairs.isEmpty else { return }
            output.write("\n" + term(block.subject))
            var previous: RDFTerm?
            for pair in block.pairs {
                if pair.predicate == previous {
                    output.write(",\n        " + term(pair.object))
                } else {
                    output.write((previous == nil ? "\n    " : " ;\n    ") + term(pair.predicate) + " " + term(pair.object))
                }
                previous = pair.predicate
            }
            output.write(" .\n")
            count += block.pairs.count
        }
        return count
    }

    /// Writes `graph` as Turtle to `url`, atomically; returns the number of triples.
    @discardableResult
    public static func write(_ graph: KnowledgeGraph, to url: URL) throws(ExchangeError) -> Int {
        var count = 0
        try AtomicFile.write(to: url, failure: ExchangeError.writing(url)) { (stream: inout FileTextStream) throws(ExchangeError) in count = try write(graph, to: &stream) }
        return count
    }

    /// A term in Turtle: a prefixed name when its local part is safe, `a` for `rdf:type`, else as in N-Triples.
    static func term(_ term: RDFTerm) -> String {
        switch term {
        case .iri(let iri):
            if iri == RDFNamespace.rdf + "type" { return "a" }
            for entry in prefixes where iri.hasPrefix(entry.namespace) {
                let local = iri.dropFirst(entry.namespace.count)
                if isSafeLocalName(local) { return entry.prefix + ":" + local }
            }
            return term.nTriples
        case .literal(let text, _, let datatype):
            if let datatype, datatype.hasPrefix(RDFNamespace.xsd) {
                let local = datatype.dropFirst(RDFNamespace.xsd.count)
                if isSafeLocalName(local) { return RDFTerm.quoted(text) + "^^xsd:" + local }
            }
            return term.nTriples
        }
    }

    /// Whether `local` can follow a prefix as is: letters, digits, `_`, `-`, `.` and `%XX`,
    /// not starting with `-` or `.` and not ending with `.` (Turtle's PN_LOCAL, kept simple).
    static func isSafeLocalName(_ local: Substring) -> Bool {
        guard let first = local.first, let last = local.last, first != "-", first != ".", last != "." else { return false }
        var scalars = local.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", "_", "-", ".": continue
            case "%":
                guard let high = scalars.next(), let low = scalars.next(), high.properties.isASCIIHexDigit,
                    low.properties.isASCIIHexDigit
                else { return false }
            default: return false
            }
        }
        return true
    }
}
