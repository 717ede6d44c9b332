import ArgumentParser
import CoopModel
import CoopQuery
import Foundation


/// How a query command writes its answer.
struct AnswerOptions: ParsableArguments {
    @Option(help: "Output: table (aligned columns), json (see Docs/query-json.md) or csv.")
    var format: ResultFormat = .table

    @Option(name: .customLong("lang"), help: "Language of the names shown: fr, en or ar (falls back to French).")
    var language: Language = .fr

    @Option(help: ArgumentHelp("Also draw the answer's subgraph to FILE.svg or FILE.png.", valueName: "FILE"))
    var render: String?

    mutating func validate() throws {
        if let render, !["svg", "png"].contains(URL(fileURLWithPath: render).pathExtension.lowercased()) {
            throw ValidationError("--render needs a file ending in .svg or .png, not '\(render)'")
        }
    }

    /// The answer as text, after drawing it when asked.
    func emit(_ result: ResultSet, graph: KnowledgeGraph) throws -> String {
        if let render { try AnswerRendering.draw(result.subgraph, of: graph, to: URL(fileURLWithPath: render)) }
        return result.rendered(as: format, graph: graph)
    }
}

/// Draws an answer's subgraph; the place where the diagram module plugs in.
enum AnswerRendering {
    static func draw(_ subgraph: AnswerSubgraph, of graph: KnowledgeGraph, to url: URL) throws {
        throw CommandFailure(
            "--render is not available in this build yet: the diagram module is not wired in; run without --render")
    }
}
