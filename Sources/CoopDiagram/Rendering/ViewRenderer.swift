import CoopModel
import Foundation

/// Renders the views of a folder (`Graphs/`) beside their definitions.
public struct ViewRenderer: Sendable {
    /// The knowledge graph the views draw.
    public let graph: KnowledgeGraph
    /// The style table.
    public let style: StyleTable
    /// Options applied to every view: language, DPI, width, transparency.
    public var language: Language
    public var dpi: Double?
    public var widthInches: Double?
    public var transparent: Bool

    /// A renderer for `graph` with `style`, in French, at Graphviz's default resolution.
    public init(graph: KnowledgeGraph, style: StyleTable, language: Language = .fr) {
        self.graph = graph
        self.style = style
        self.language = language
        self.transparent = false
    }

    /// The view files of `directory` (`*.yaml`), in name order.
    public static func viewFiles(in directory: URL) throws(DiagramError) -> [URL] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw .io(path: directory.path, reason: error.localizedDescription)
        }
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// The view file of `directory` named `name` (with or without `.yaml`).
    public static func viewFile(named name: String, in directory: URL) throws(DiagramError) -> URL {
        let files = try viewFiles(in: directory)
        let base = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name
        guard let file = files.first(where: { $0.deletingPathExtension().lastPathComponent == base }) else {
            throw .unknownView(name: name, available: files.map { $0.deletingPathExtension().lastPathComponent })
        }
        return file
    }

    /// The diagram options of `view` under this renderer's settings.
    public func options(for view: ViewDefinition) -> DiagramOptions {
        DiagramOptions(
            style: style, language: language, presentation: view.presentation, engine: view.engine, title: view.title,
            name: view.name, widthInches: widthInches, dpi: dpi, transparent: transparent)
    }

    /// Renders `view` into each of its formats beside `directory/NAME`, suffixed `.en`/`.ar` for
    /// languages other than French; returns the files written.
    public func render(_ view: ViewDefinition, into directory: URL) throws(DiagramError) -> [URL] {
        let subgraph = try view.selection.apply(to: graph)
        let suffix = language == .fr ? "" : ".\(language.rawValue)"
        var written: [URL] = []
        for format in view.formats {
            let url = directory.appendingPathComponent("\(view.name)\(suffix).\(format.rawValue)")
            try Diagram.render(subgraph, of: graph, options: options(for: view), to: url)
            written.append(url)
        }
        return written
    }
}
