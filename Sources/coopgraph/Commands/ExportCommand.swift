import ArgumentParser
import CoopExchange
import CoopModel
import Foundation

/// `coopgraph export`: writes the knowledge base as GraphML, GEXF, JSON Graph or RDF.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the knowledge base for other tools: GraphML, GEXF (Gephi), JSON Graph, N-Triples, Turtle, Neo4j CSV.",
        discussion: """
            graphml: NetworkX, yEd, igraph. gexf: Gephi, dynamic (timeline from the dates). jgf: JSON Graph \
            Format, lossless (coopgraph import reads it back). nt, ttl: RDF in the vocabulary of \
            Docs/rdf-vocabulary.md. csv: Neo4j CSV, nodes.csv and relationships.csv in the folder -o DIR \
            (coopgraph import and --csv read it back). Without -o, or with -o -, the file goes to standard output.
            """)

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Option(help: "Format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat

    @Option(name: [.short, .customLong("output")], help: "The file (the folder for csv) to write, whole or not at all; - or no -o for standard output.")
    var output: String?

    func validate() throws {
        if format.isFolder, output == nil || output == "-" {
            throw ValidationError("--format \(format.rawValue) writes two files; give the folder to write them in with -o DIR")
        }
    }

    func run() throws {
        let graph = try reportingErrors { try knowledgeBase.load().graph }
        try reportingErrors {
            if let output, output != "-" {
                try format.write(graph, to: URL(fileURLWithPath: output))
            } else {
                var stream = StandardOutputStream()
                try format.write(graph, to: &stream)
                stream.flush()
            }
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
