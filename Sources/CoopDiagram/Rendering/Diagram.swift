import CoopModel
import Foundation
import GraphvizKit

/// Draws parts of a knowledge graph: the library's entry point for views, ego networks and
/// query results (`coopgraph query … --render FILE`).
public enum Diagram {
    /// The styled Graphviz graph of `subgraph`, ready for DOT or rendering.
    /// - Complexity: O((entities + relations) × log) of the subgraph.
    public static func graph(of subgraph: Subgraph, in graph: KnowledgeGraph, options: DiagramOptions) -> GraphvizKit.Graph {
        DiagramBuilder(graph: graph, subgraph: subgraph, options: options).build()
    }

    /// The bytes of `subgraph` drawn in `format` (DOT text for `.dot`).
    public static func render(
        _ subgraph: Subgraph, of graph: KnowledgeGraph, options: DiagramOptions, format: DiagramFormat
    ) throws(DiagramError) -> Data {
        let drawing = self.graph(of: subgraph, in: graph, options: options)
        guard let output = format.graphvizFormat else { return Data(DOTWriter.write(drawing).utf8) }
        do {
            let data = try Graphviz.render(drawing, engine: options.engine, format: output, options: options.renderOptions)
            return format == .pdf ? PDFMetadata.pinningCreationDate(data) : data
        } catch {
            throw .graphviz(error)
        }
    }

    /// Draws the given entities and relations (e.g. a query's result) in `format`, with the
    /// relations whose ends are not both among `entities` left out; `dpi` sets a bitmap's resolution.
    public static func render(
        subgraph entities: Set<EntityIndex>, relations: [RelationIndex], of graph: KnowledgeGraph,
        style: StyleTable, language: Language = .fr, format: DiagramFormat, title: String? = nil, dpi: Double? = nil
    ) throws(DiagramError) -> Data {
        var options = DiagramOptions(style: style, language: language, dpi: dpi)
        options.presentation.rankdir = "LR"
        options.title = title.map { LocalizedText(fr: $0) }
        return try render(Subgraph(entities: entities, relations: relations, of: graph), of: graph, options: options, format: format)
    }

    /// Draws `subgraph` into the file at `url`, in the format its extension names; the file is
    /// replaced only once the drawing succeeded.
    public static func render(
        _ subgraph: Subgraph, of graph: KnowledgeGraph, options: DiagramOptions, to url: URL
    ) throws(DiagramError) {
        let format = try DiagramFormat(url: url)
        try AtomicFile.write(render(subgraph, of: graph, options: options, format: format), to: url, failure: DiagramError.writing(url))
    }

    /// Like ``render(subgraph:relations:of:style:language:format:title:)``, into the file at `url`.
    public static func render(
        subgraph entities: Set<EntityIndex>, relations: [RelationIndex], of graph: KnowledgeGraph,
        style: StyleTable, language: Language = .fr, title: String? = nil, to url: URL
    ) throws(DiagramError) {
        let format = try DiagramFormat(url: url)
        let data = try render(
            subgraph: entities, relations: relations, of: graph, style: style, language: language, format: format, title: title)
        try AtomicFile.write(data, to: url, failure: DiagramError.writing(url))
    }
}

extension DiagramFormat {
    /// The format named by `url`'s extension.
    public init(url: URL) throws(DiagramError) {
        guard let format = DiagramFormat(fileExtension: url.pathExtension) else {
            throw .unsupportedFormat(name: url.pathExtension.isEmpty ? url.lastPathComponent : url.pathExtension)
        }
        self = format
    }

    /// GraphvizKit's format; nil for coopgraph's own DOT text.
    var graphvizFormat: OutputFormat? {
        switch self {
        case .svg: .svg
        case .png: .png
        case .pdf: .pdf
        case .dot: nil
        }
    }
}
