import Foundation

/// Layout and rendering through Graphviz's C library; safe to call from many tasks at once
/// (calls are serialised, one job at a time).
public enum Graphviz {
    /// Lays out `graph` with `engine` and renders it to `format`.
    public static func render(
        _ graph: Graph, engine: LayoutEngine = .dot, format: OutputFormat, options: RenderOptions = RenderOptions()
    ) throws(GraphvizError) -> Data {
        try GraphvizRuntime.shared.render(.graph(graph), engine: engine.rawValue, format: format.rawValue, options: options)
    }

    /// Like ``render(_:engine:format:options:)`` with Graphviz's names, e.g. from a command line;
    /// unknown names throw ``GraphvizError/unknownEngine(name:available:)`` or
    /// ``GraphvizError/unknownFormat(name:available:)``. A format may name its renderer (`png:cairo`).
    public static func render(
        _ graph: Graph, engineName: String, formatName: String, options: RenderOptions = RenderOptions()
    ) throws(GraphvizError) -> Data {
        try GraphvizRuntime.shared.render(.graph(graph), engine: engineName, format: formatName, options: options)
    }

    /// Parses DOT text with Graphviz, lays it out and renders it.
    public static func render(
        dot: String, engine: LayoutEngine = .dot, format: OutputFormat, options: RenderOptions = RenderOptions()
    ) throws(GraphvizError) -> Data {
        try GraphvizRuntime.shared.render(.dot(dot), engine: engine.rawValue, format: format.rawValue, options: options)
    }

    /// Like ``render(dot:engine:format:options:)`` with Graphviz's names.
    public static func render(
        dot: String, engineName: String, formatName: String, options: RenderOptions = RenderOptions()
    ) throws(GraphvizError) -> Data {
        try GraphvizRuntime.shared.render(.dot(dot), engine: engineName, format: formatName, options: options)
    }

    /// Reads DOT text with Graphviz's own parser and reports what it found.
    public static func validateDOT(_ text: String) throws(GraphvizError) -> DOTSummary {
        try GraphvizRuntime.shared.summarize(dot: text)
    }

    /// The installed Graphviz's version, e.g. `2.43.0`.
    public static var version: String {
        GraphvizRuntime.shared.version()
    }
}
