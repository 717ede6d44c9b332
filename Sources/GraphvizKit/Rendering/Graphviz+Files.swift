import Foundation

extension Graphviz {
    /// Renders `graph` into the file at `url`, replacing it only once the render succeeded.
    public static func render(
        _ graph: Graph, engine: LayoutEngine = .dot, format: OutputFormat,
        options: RenderOptions = RenderOptions(), to url: URL
    ) throws(GraphvizError) {
        try writeAtomically(render(graph, engine: engine, format: format, options: options), to: url)
    }

    /// Renders DOT text into the file at `url`, replacing it only once the render succeeded.
    public static func render(
        dot: String, engine: LayoutEngine = .dot, format: OutputFormat,
        options: RenderOptions = RenderOptions(), to url: URL
    ) throws(GraphvizError) {
        try writeAtomically(render(dot: dot, engine: engine, format: format, options: options), to: url)
    }

    /// Writes into a temporary file beside `url`, then renames it over `url`, so readers never
    /// see a partial file and a failure leaves nothing behind.
    static func writeAtomically(_ data: Data, to url: URL) throws(GraphvizError) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .ioFailure(path: url.path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .ioFailure(path: url.path, reason: reason)
        }
    }
}
