import ArgumentParser
import CoopDiagram
import CoopModel
import Foundation

/// `coopgraph render`: draws the views of `Graphs/`, one view, an ad-hoc ego network, or a synthetic graph.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the partnership diagrams of Graphs/ (or one view, or an ego network) as SVG, PNG, PDF or DOT.",
        discussion: """
            Without arguments, renders every view of Graphs/ beside its definition (NAME.svg, NAME.png).
            Examples:
              coopgraph render
              coopgraph render 04-dgpc-interventions --lang ar
              coopgraph render --ego DGPC --depth 2 -o dgpc.png --dpi 200
              coopgraph render --synthetic 5000 -o big.png
            """)

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Argument(help: "A view of Graphs/ to render (its file name without .yaml); all views when omitted.")
    var view: String?

    @Option(help: "The folder of view files.")
    var views: String = "Graphs"

    @Option(help: "Draw the ego network of this entity (id, name, alias or acronym) instead of a view.")
    var ego: String?

    @Option(parsing: .unconditional, help: "How many relations away from --ego to go.")
    var depth: Int = 1

    @Option(parsing: .unconditional, help: "Draw a synthetic cooperation graph of this many nodes (for benchmarks).")
    var synthetic: Int?

    @Option(name: [.short, .customLong("output")], help: "The output file; its extension picks the format: .svg, .png, .pdf or .dot.")
    var output: String?

    @Option(help: "Label language: fr, en or ar.")
    var lang: Language = .fr

    @Option(parsing: .unconditional, help: "Dots per inch for PNG output.")
    var dpi: Double?

    @Flag(help: "Transparent background.")
    var transparent = false

    @Option(help: "Fit the drawing to this width, e.g. 6in, 15cm or 160mm.")
    var size: String?

    @Option(help: "A style file read over Data/style.yaml.")
    var style: String?

    func validate() throws {
        if ego != nil || synthetic != nil, output == nil { throw ValidationError("--ego and --synthetic need -o FILE") }
        if ego != nil, synthetic != nil { throw ValidationError("use either --ego or --synthetic, not both") }
        if view != nil, ego != nil || synthetic != nil { throw ValidationError("give a view name or --ego/--synthetic, not both") }
        if !(0...10).contains(depth) { throw ValidationError("--depth must be from 0 to 10") }
        if let synthetic, !(1...1_000_000).contains(synthetic) { throw ValidationError("--synthetic must be from 1 to 1000000") }
        if let dpi, !(10...2400).contains(dpi) { throw ValidationError("--dpi must be from 10 to 2400") }
        if let size, PrintWidth.inches(size) == nil { throw ValidationError("--size must be a width like 6in, 15cm or 160mm") }
    }

    func run() throws {
        try reportingErrors {
            if let synthetic {
                let graph = try SyntheticGraph.make(nodes: synthetic, schema: loadSchema())
                let styleTable = try StyleTable.load(dataDirectory: knowledgeBase.directory, override: styleURL, schema: graph.schema)
                var diagramOptions = options(styleTable)
                diagramOptions.engine = .sfdp
                let subgraph = Subgraph(entities: Set(graph.entityIndices), relations: Array(graph.relationIndices), of: graph)
                try Diagram.render(subgraph, of: graph, options: diagramOptions, to: URL(fileURLWithPath: output ?? "big.png"))
                return
            }
            let base = try knowledgeBase.load()
            let styleTable = try StyleTable.load(dataDirectory: knowledgeBase.directory, override: styleURL, schema: base.schema)
            if let ego {
                let center = try EntityResolver.resolve(ego, in: base.graph)
                let subgraph = try Selection(scope: .ego(base.graph.entity(at: center).id, depth: depth)).apply(to: base.graph)
                var diagramOptions = options(styleTable)
                diagramOptions.presentation.rankdir = "LR"
                diagramOptions.title = LocalizedText(fr: base.graph.entity(at: center).names.fr)
                try Diagram.render(subgraph, of: base.graph, options: diagramOptions, to: URL(fileURLWithPath: output ?? ""))
                return
            }
            var renderer = ViewRenderer(graph: base.graph, style: styleTable, language: lang)
            renderer.dpi = dpi
            renderer.transparent = transparent
            renderer.widthInches = size.flatMap(PrintWidth.inches)
            let folder = URL(fileURLWithPath: views)
            let files = try view.map { [try ViewRenderer.viewFile(named: $0, in: folder)] } ?? ViewRenderer.viewFiles(in: folder)
            for file in files {
                let definition = try ViewDefinition.load(file, graph: base.graph)
                if let output, view != nil {
                    let subgraph = try definition.selection.apply(to: base.graph)
                    try Diagram.render(subgraph, of: base.graph, options: renderer.options(for: definition), to: URL(fileURLWithPath: output))
                    print(output)
                } else {
                    for url in try renderer.render(definition, into: folder) { print(url.relativePath) }
                }
            }
        }
    }

    private var styleURL: URL? { style.map { URL(fileURLWithPath: $0) } }

    private func options(_ styleTable: StyleTable) -> DiagramOptions {
        DiagramOptions(
            style: styleTable, language: lang, widthInches: size.flatMap(PrintWidth.inches), dpi: dpi, transparent: transparent)
    }

    private func loadSchema() throws -> Schema {
        try Schema.load(from: knowledgeBase.directory.appendingPathComponent("schema.yaml"))
    }
}
