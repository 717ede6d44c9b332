import ArgumentParser
import CoopModel
import Foundation

/// `coopgraph stats`: how many entities of each node type and relations of each relation type.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Count the entities per node type and the relations per relation type.")

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let base = try reportingErrors { try knowledgeBase.load() }
        let stats = GraphStatistics(graph: base.graph)
        switch format {
        case .text: print(stats.table(), terminator: "")
        case .json: print(try stats.json())
        }
    }
}
