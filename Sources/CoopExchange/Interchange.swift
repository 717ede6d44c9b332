import CoopModel
import Foundation

/// The file formats `coopgraph export` writes, by the name the command line uses.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// GraphML, for NetworkX, yEd and igraph.
    case graphml
    /// GEXF 1.3, dynamic, for Gephi.
    case gexf
    /// JSON Graph Format v2, lossless.
    case jgf
    /// RDF as N-Triples.
    case nt
    /// RDF as Turtle.
    case ttl

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .graphml: return "graphml"
        case .gexf: return "gexf"
        case .jgf: return "json"
        case .nt: return "nt"
        case .ttl: return "ttl"
        }
    }

    /// Streams `graph` in this format into `output`.
    public func write(_ graph: KnowledgeGraph, to output: inout some TextOutputStream) throws(ExchangeError) {
        switch self {
        case .graphml: GraphML.write(graph, to: &output)
        case .gexf: GEXF.write(graph, to: &output)
        case .jgf: JSONGraph.write(graph, to: &output)
        case .nt: try NTriples.write(graph, to: &output)
        case .ttl: try Turtle.write(graph, to: &output)
        }
    }

    /// Writes `graph` in this format to `url`, atomically.
    public func write(_ graph: KnowledgeGraph, to url: URL) throws(ExchangeError) {
        try AtomicFile.write(to: url) { (stream: inout FileTextStream) throws(ExchangeError) in try write(graph, to: &stream) }
    }
}

/// Bringing graphs from other tools into the knowledge base.
public enum GraphImport {
    /// Reads the JGF file at `source` against `schema` and writes it as a knowledge-base YAML file
    /// at `destination` (atomically); returns the graph read.
    public static func jsonGraph(from source: URL, schema: Schema, to destination: URL) throws(ExchangeError) -> KnowledgeGraph {
        let graph = try JSONGraph.read(contentsOf: source, schema: schema)
        let header = [
            "Imported by coopgraph from \(source.lastPathComponent) (JSON Graph Format).",
            "Check it with `coopgraph validate` before relying on it.",
        ]
        try KnowledgeBaseYAML.write(graph, header: header, to: destination)
        return graph
    }
}
