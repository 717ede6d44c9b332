import ArgumentParser
import CoopDiagram
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

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Wrap table cells to fit N characters (default: the terminal's width on a terminal, else no wrapping; 0: no wrapping).",
        valueName: "N"))
    var width: Int?

    mutating func validate() throws {
        if let render, !["svg", "png"].contains(URL(fileURLWithPath: render).pathExtension.lowercased()) {
            throw ValidationError("--render needs a file ending in .svg or .png, not '\(render)'")
        }
        if let width, width != 0, width < 20 {
            throw ValidationError("--width must be 0 (no wrapping) or at least 20, not \(width)")
        }
    }

    /// The answer as text, after drawing it when asked in the style of `data`'s `style.yaml`.
    func emit(_ result: ResultSet, graph: KnowledgeGraph, data: URL) throws -> String {
        if let render {
            try AnswerRendering.draw(
                result.subgraph, of: graph, language: language, data: data, to: URL(fileURLWithPath: render))
        }
        let tableWidth = width.map { $0 == 0 ? nil : $0 } ?? Terminal.columns
        return result.rendered(as: format, graph: graph, width: tableWidth)
    }
}

/// Draws an answer's subgraph with CoopDiagram.
enum AnswerRendering {
    /// Draws exactly `subgraph` (its entities and relations) in the diagram style of `data`, with
    /// names in `language`, into `url` (SVG or PNG by its extension), atomically.
    static func draw(
        _ subgraph: AnswerSubgraph, of graph: KnowledgeGraph, language: Language, data: URL, to url: URL
    ) throws {
        // A graph read from CSV has no schema of its own: its types are not checked against the style.
        let schema = graph.schema.nodeTypes.isEmpty ? nil : graph.schema
        let style = try StyleTable.load(dataDirectory: data, schema: schema)
        try Diagram.render(
            subgraph: subgraph.entities, relations: subgraph.relations, of: graph, style: style, language: language,
            to: url)
    }
}
