import ArgumentParser
import CoopExchange
import CoopModel
import Foundation

/// Where a query command reads its graph from: the knowledge base (`--data`), or Neo4j-style CSV.
struct GraphInput: ParsableArguments {
    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Option(
        name: .customLong("csv"),
        help: ArgumentHelp(
            "Read the graph from DIR/nodes.csv and DIR/relationships.csv (Neo4j-style CSV) instead of --data.",
            valueName: "DIR"))
    var csv: String?

    /// The graph to query.
    func load() throws -> KnowledgeGraph {
        guard let csv else { return try knowledgeBase.load().graph }
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
