import Yams

/// A place in a file, 1-based.
struct Place: Hashable, Sendable, CustomStringConvertible {
    var file: String
    var line: Int
    var column: Int

    var description: String { "\(file):\(line):\(column)" }
}

/// Reads typed values out of a Yams node tree, collecting a diagnostic for each value of the wrong shape.
struct NodeReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// The place of `node` in this file.
    func place(_ node: Node) -> Place {
        Place(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    /// Records an error at `node`.
    mutating func error(_ code: Diagnostic.Code, at node: Node, _ message: String, hint: String? = nil) {
        error(code, at: place(node), message, hint: hint)
    }

    /// Records an error at `place`.
    mutating func error(_ code: Diagnostic.Code, at place: Place, _ message: String, hint: String? = nil) {
        diagnostics.append(
            Diagnostic(.error, code, file: place.file, line: place.line, column: place.column, message: message, hint: hint))
    }

    /// Adds diagnostics found elsewhere.
    mutating func append(_ more: [Diagnostic]) { diagnostics += more }

    /// The text of a scalar, or nil (with an error) for a list or mapping.
    mutating func text(_ node: Node, _ what: String) -> String? {
        if case .scalar(let scalar) = node { return scalar.string }
        error(.wrongShape, at: node, "\(what) must be a single value, not a \(shape(node))", hint: "write it as plain text")
        return nil
    }

    /// The items of a list, or nil (with an error) for anything else.
    mutating func list(_ node: Node, _ what: String) -> [Node]? {
        if case .sequence(let sequence) = node { return Array(sequence) }
        error(
            .wrongShape, at: node, "\(what) must be a list, not a \(shape(node))",
            hint: "write it as [a, b] or as lines starting with '- '")
        return nil
    }

    /// The key/value pairs of a mapping with text keys, or nil (with an error) for anything else.
    /// Keys outside `allowed` (when given) are reported, with the nearest allowed key.
    mutating func mapping(_ node: Node, _ what: String, allowed: [String]? = nil) -> [(key: String, keyNode: Node, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            error(
                .wrongShape, at: node, "\(what) must be a mapping of 'key: value' lines, not a \(shape(node))",
                hint: "write it as {key: value, …} or as indented 'key: value' lines")
            return nil
        }
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else {
                error(
                    .wrongShape, at: keyNode, "a key in \(what) must be plain text, not a \(shape(keyNode))",
                    hint: "write the key as a plain word")
                continue
            }
            if let allowed, !allowed.contains(key.string) {
                let suggestion = Suggest.nearest(to: key.string, among: allowed).map { "did you mean '\($0)'? " } ?? ""
                error(
                    .unknownKey, at: keyNode, "unknown key '\(key.string)' in \(what)",
                    hint: "\(suggestion)allowed keys: \(allowed.joined(separator: ", "))")
                continue
            }
            pairs.append((key.string, keyNode, value))
        }
        return pairs
    }

    /// A one-word description of a node's shape, for messages.
    func shape(_ node: Node) -> String {
        switch node {
        case .scalar: return "single value"
        case .sequence: return "list"
        case .mapping: return "mapping"
        case .alias: return "alias"
        }
    }
}
