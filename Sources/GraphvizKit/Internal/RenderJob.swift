import CGraphviz
import Foundation

/// Where a job's graph comes from.
enum GraphSource {
    case graph(Graph)
    case dot(String)
}

extension GraphvizRuntime {
    /// One job: build → options → layout → render → copy, freeing each step with `defer`.
    func render(_ source: GraphSource, engine: String, format: String, options: RenderOptions) throws(GraphvizError) -> Data {
        try withContext { gvc throws(GraphvizError) in
            let graph = try makeCGraph(source)
            defer { _ = agclose(graph) }
            apply(options, to: graph, format: format)

            guard gvLayout(gvc, graph, engine) == 0 else {
                let engines = pluginNames(.layout, gvc: gvc)
                if !engines.contains(engine) { throw GraphvizError.unknownEngine(name: engine, available: engines) }
                throw GraphvizError.layoutFailed(engine: engine, messages: GraphvizMessages.shared.lines)
            }
            defer { _ = gvFreeLayout(gvc, graph) }
            try checkErrors { .layoutFailed(engine: engine, messages: $0) }

            var bytes: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = gvRenderData(gvc, graph, format, &bytes, &length)
            defer { gvFreeRenderData(bytes) }
            guard status == 0 else {
                let formats = pluginNames(.device, gvc: gvc)
                let base = format.split(separator: ":").first.map(String.init) ?? format
                if !formats.contains(base) { throw GraphvizError.unknownFormat(name: format, available: formats) }
                throw GraphvizError.renderFailed(format: format, messages: GraphvizMessages.shared.lines)
            }
            try checkErrors { .renderFailed(format: format, messages: $0) }
            guard let bytes else { return Data() }
            return Data(bytes: bytes, count: Int(length))
        }
    }

    /// Parses DOT text and reports what Graphviz read.
    func summarize(dot: String) throws(GraphvizError) -> DOTSummary {
        try withContext { _ throws(GraphvizError) in
            let graph = try makeCGraph(.dot(dot))
            defer { _ = agclose(graph) }
            return DOTSummary(
                name: String(cString: agnameof(UnsafeMutableRawPointer(graph))),
                isDirected: agisdirected(graph) != 0,
                isStrict: agisstrict(graph) != 0,
                nodeCount: Int(agnnodes(graph)),
                edgeCount: Int(agnedges(graph))
            )
        }
    }

    /// The names of the installed plugins of `kind`, sorted as Graphviz lists them.
    func plugins(_ kind: PluginKind) -> [String] {
        (try? withContext { gvc in pluginNames(kind, gvc: gvc) }) ?? []
    }

    /// Graphviz's version string.
    func version() -> String {
        (try? withContext { gvc in gvcVersion(gvc).map { String(cString: $0) } ?? "" }) ?? ""
    }
}

// Helpers that must run inside `withContext`.
extension GraphvizRuntime {
    private func makeCGraph(_ source: GraphSource) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
        switch source {
        case .graph(let graph):
            guard let cGraph = CGraphBuilder.build(graph) else {
                throw GraphvizError.layoutFailed(engine: "", messages: GraphvizMessages.shared.lines)
            }
            return cGraph
        case .dot(let text):
            guard let cGraph = agmemread(text) else {
                throw GraphvizError.invalidDOT(messages: GraphvizMessages.shared.lines)
            }
            if agerrors() > 0 {
                _ = agclose(cGraph)
                throw GraphvizError.invalidDOT(messages: GraphvizMessages.shared.lines)
            }
            return cGraph
        }
    }

    private func apply(_ options: RenderOptions, to graph: UnsafeMutablePointer<Agraph_t>, format: String) {
        let object = UnsafeMutableRawPointer(graph)
        if let dpi = options.dpi, OutputFormat.isRaster(formatName: format) {
            _ = cg_agsafeset(object, "dpi", graphvizNumber(dpi), "")
        }
        if options.transparentBackground {
            _ = cg_agsafeset(object, "bgcolor", "transparent", "")
        }
    }

    /// Graphviz returns success after some errors (a malformed HTML label), so its error level decides.
    private func checkErrors(_ failure: ([String]) -> GraphvizError) throws(GraphvizError) {
        guard agerrors() > 0 else { return }
        let messages = GraphvizMessages.shared.lines
        if messages.contains(where: { $0.hasPrefix("in label of") }) {
            throw GraphvizError.malformedHTMLLabel(messages: messages)
        }
        throw failure(messages)
    }

    private func pluginNames(_ kind: PluginKind, gvc: OpaquePointer) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, kind.rawValue, &count, nil) else { return [] }
        defer { free(list) }
        var names: [String] = []
        for index in 0..<Int(count) {
            guard let name = list[index] else { continue }
            names.append(String(cString: name))
            free(name)
        }
        return names
    }
}
