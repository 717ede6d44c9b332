/// What went wrong in GraphvizKit, with Graphviz's own messages where it gave any.
public enum GraphvizError: Error, Sendable, Hashable {
    /// The layout engine name is not one Graphviz offers.
    case unknownEngine(name: String, available: [String])
    /// The output format name is not one Graphviz offers.
    case unknownFormat(name: String, available: [String])
    /// An HTML-like label did not parse (Graphviz reports it yet returns success).
    case malformedHTMLLabel(messages: [String])
    /// DOT text did not parse.
    case invalidDOT(messages: [String])
    /// Graphviz failed while laying out.
    case layoutFailed(engine: String, messages: [String])
    /// Graphviz failed while rendering.
    case renderFailed(format: String, messages: [String])
    /// Plugins needed are not installed or not registered.
    case missingPlugins(kind: PluginKind, names: [String], available: [String])
    /// Graphviz could not create its context.
    case contextUnavailable
    /// Writing the output file failed; nothing was left at `path`.
    case ioFailure(path: String, reason: String)
}

extension GraphvizError: CustomStringConvertible {
    /// What is wrong and how to fix it.
    public var description: String {
        switch self {
        case .unknownEngine(let name, let available):
            "Unknown Graphviz layout engine '\(name)'. Use one of: \(available.joined(separator: ", "))."
        case .unknownFormat(let name, let available):
            "Unknown Graphviz output format '\(name)'. Use one of: \(available.joined(separator: ", "))."
        case .malformedHTMLLabel(let messages):
            "Malformed HTML-like label; build it with HTMLLabel's elements, or fix the trusted markup."
                + detail(messages)
        case .invalidDOT(let messages):
            "The DOT text does not parse; fix it at the line Graphviz names." + detail(messages)
        case .layoutFailed(let engine, let messages):
            "Graphviz layout with '\(engine)' failed." + detail(messages)
        case .renderFailed(let format, let messages):
            "Graphviz rendering to '\(format)' failed." + detail(messages)
        case .missingPlugins(let kind, let names, let available):
            "Graphviz has no \(kind.rawValue) plugin for \(names.map { "'\($0)'" }.joined(separator: ", "))"
                + " (available: \(available.isEmpty ? "none" : available.joined(separator: ", "))). "
                + kind.installHint
        case .contextUnavailable:
            "Graphviz could not create its context. " + PluginKind.layout.installHint
        case .ioFailure(let path, let reason):
            "Could not write '\(path)': \(reason). Check that the folder exists and is writable."
        }
    }

    private func detail(_ messages: [String]) -> String {
        messages.isEmpty ? "" : " Graphviz said:\n  " + messages.joined(separator: "\n  ")
    }
}
