import ArgumentParser
import CoopExchange
import Foundation

/// `coopgraph synth`: writes a synthetic graph as Neo4j-style CSV, for benchmarks.
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a deterministic synthetic cooperation graph as nodes.csv and relationships.csv.")

    @Option(parsing: .unconditional, help: "About how many entities.") var nodes = 1_000
    @Option(parsing: .unconditional, help: "How many relations.") var edges = 5_000
    @Option(help: "The seed; the same seed gives the same files.") var seed: UInt64 = 1
    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write.", valueName: "DIR")) var output: String

    func validate() throws {
        guard nodes >= 12 else { throw ValidationError("--nodes must be 12 or more, not \(nodes)") }
        guard edges >= 0 else { throw ValidationError("--edges must be 0 or more, not \(edges)") }
    }

    func run() throws {
        let graph = SyntheticGraph.make(nodes: nodes, edges: edges, seed: seed, schema: .exchange)
        try reportingErrors { try Neo4jCSV.write(graph, to: URL(fileURLWithPath: output)) }
    }
}
