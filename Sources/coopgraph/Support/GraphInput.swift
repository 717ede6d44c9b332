import ArgumentParser
import CoopExchange
import CoopModel
import Foundation

/// Where a query command reads its graph from.
struct GraphInput: ParsableArguments {
    @Option(
        name: .customLong("csv"),
        help: ArgumentHelp(
            "Read the graph from DIR/nodes.csv and DIR/relationships.csv (Neo4j-style CSV).", valueName: "DIR"))
    var csv: String?

    /// The graph to query.
    // When the knowledge-base loader lands, fall back to `KnowledgeBaseOptions.load().graph` here.
    func load() throws -> KnowledgeGraph {
        guard let csv else {
            throw CommandFailure("give the graph to query with --csv DIR (a folder with nodes.csv and relationships.csv)")
        }
        return try Neo4jCSV.read(from: URL(fileURLWithPath: csv), schema: .exchange)
    }
}

extension Schema {
    /// The schema given to graphs read from CSV, which carries no schema of its own.
    static let exchange = Schema(nodeTypes: [:], relationTypes: [:], dateRoles: [:])
}

/// A failure the CLI reports as one line on stderr, exiting with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
