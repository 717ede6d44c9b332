/// What the installed Graphviz offers.
public struct GraphvizCapabilities: Sendable, Hashable, Codable {
    /// Graphviz's version string.
    public let version: String
    /// Layout engine names.
    public let layoutEngines: [String]
    /// Output format names.
    public let outputFormats: [String]
    /// Text layout plugins (empty means no pango: bitmaps without proper text).
    public let textLayouts: [String]
}

extension Graphviz {
    /// The installed plugin names of `kind`, sorted.
    public static func availablePlugins(_ kind: PluginKind) -> [String] {
        GraphvizRuntime.shared.plugins(kind)
    }

    /// Version, layout engines, output formats and text layouts of the installed Graphviz.
    public static func capabilities() -> GraphvizCapabilities {
        GraphvizCapabilities(
            version: version,
            layoutEngines: availablePlugins(.layout),
            outputFormats: availablePlugins(.device),
            textLayouts: availablePlugins(.textlayout)
        )
    }

    /// Throws ``GraphvizError/missingPlugins(kind:names:available:)`` naming the Debian package to
    /// install when any requested plugin is absent; by default also requires a text layout plugin.
    public static func requirePlugins(
        engineNames: [String] = [], formatNames: [String] = [], textLayout: Bool = true
    ) throws(GraphvizError) {
        try require(.layout, engineNames)
        try require(.device, formatNames.map { $0.split(separator: ":").first.map(String.init) ?? $0 })
        if textLayout {
            let layouts = availablePlugins(.textlayout)
            if layouts.isEmpty { throw .missingPlugins(kind: .textlayout, names: ["textlayout"], available: []) }
        }
    }

    /// ``requirePlugins(engineNames:formatNames:textLayout:)`` for typed engines and formats.
    public static func requirePlugins(
        engines: [LayoutEngine] = LayoutEngine.allCases, formats: [OutputFormat] = [], textLayout: Bool = true
    ) throws(GraphvizError) {
        try requirePlugins(
            engineNames: engines.map(\.rawValue), formatNames: formats.map(\.rawValue), textLayout: textLayout
        )
    }

    private static func require(_ kind: PluginKind, _ names: [String]) throws(GraphvizError) {
        guard !names.isEmpty else { return }
        let available = availablePlugins(kind)
        let missing = names.filter { !available.contains($0) }
        if !missing.isEmpty { throw .missingPlugins(kind: kind, names: missing, available: available) }
    }
}
