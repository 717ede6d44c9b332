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
    /// Neo4j-style CSV: `nodes.csv` and `relationships.csv` in a folder (see ``Neo4jCSV``).
    case csv

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .graphml: return "graphml"
        case .gexf: return "gexf"
        case .jgf: return "json"
        case .nt: return "nt"
        case .ttl: return "ttl"
        case .csv: return ""
        }
    }

    /// Whether the format is a folder of files rather than one file (CSV).
    public var isFolder: Bool { self == .csv }

    /// Streams `graph` in this format into `output`; CSV, being two files, cannot be streamed.
    public func write(_ graph: KnowledgeGraph, to output: inout some TextOutputStream) throws(ExchangeError) {
        switch self {
        case .graphml: GraphML.write(graph, to: &output)
        case .gexf: GEXF.write(graph, to: &output)
        case .jgf: JSONGraph.write(graph, to: &output)
        case .nt: try NTriples.write(graph, to: &output)
        case .ttl: try Turtle.write(graph, to: &output)
        case .csv: throw .unwritable(reason: "Neo4j CSV is two files (nodes.csv, relationships.csv); give a folder to write them in")
        }
    }

    /// Writes `graph` in this format to `url` (a folder for CSV), each file atomically.
    public func write(_ graph: KnowledgeGraph, to url: URL) throws(ExchangeError) {
        if self == .csv { return try Neo4jCSV.write(graph, to: url) }
        try AtomicFile.write(to: url, failure: ExchangeError.writing(url)) { (stream: inout FileTextStream) throws(ExchangeError) in try write(graph, to: &stream) }
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

    /// Reads the Neo4j CSV folder `source` (`nodes.csv`, `relationships.csv`) against `schema` and
    /// writes it as a knowledge-base YAML file at `destination` (atomically); returns the graph read.
    public static func neo4jCSV(from source: URL, schema: Schema, to destination: URL) throws(ExchangeError) -> KnowledgeGraph {
        let graph = try Neo4jCSV.read(from: source, schema: schema)
        let header = [
            "Imported by coopgraph from the Neo4j CSV folder \(source.lastPathComponent).",
            "Check it with `coopgraph validate` before relying on it.",
        ]
        try KnowledgeBaseYAML.write(graph, header: header, to: destination)
        return graph
    }
}
