import ArgumentParser

/// The `coopgraph` command: builds the cooperation graph, answers questions on it, draws it.
///
/// Synchronous on purpose: every command then runs on the process's main thread, with its full
/// stack and the main malloc arena, as Graphviz's own tools do (an async root ran them on a
/// cooperative-pool thread, and sfdp's allocation-heavy layout was measurably slower there).
@main
struct CoopGraph: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "coopgraph",
        abstract: "Map international cooperation: a typed knowledge graph with Graphviz diagrams.",
        version: "coopgraph \(version)",
        subcommands: [
            // Each subcommand lives in its own file under Commands/.
            ValidateCommand.self,
            StatsCommand.self,
            RenderCommand.self,
            PartnersCommand.self,
            NeighborsCommand.self,
            PathCommand.self,
            AgreementsCommand.self,
            TimelineCommand.self,
            RankCommand.self,
            FindCommand.self,
            BriefCommand.self,
            ExportCommand.self,
            ImportCommand.self,
            ExtractCommand.self,
            ReviewCommand.self,
            MergeCommand.self,
            ScoreExtractionCommand.self,
            SynthCommand.self,
            GraphvizCommand.self,
        ]
    )
}
