import Foundation
import GraphvizKit

/// Why a diagram could not be made: what is wrong, where, and how to fix it.
public enum DiagramError: Error, Hashable, Sendable {
    /// A view or style file has a problem at `file:line:column`.
    case invalidInput(file: String, line: Int, column: Int, message: String, hint: String)
    /// A name given on the command line or in a view matches no entity.
    case unknownEntity(name: String, suggestions: [String])
    /// A name matches several entities; one must be chosen by id.
    case ambiguousEntity(name: String, candidates: [String])
    /// No view of that name exists in the views folder.
    case unknownView(name: String, available: [String])
    /// The output file's extension names no format this tool writes.
    case unsupportedFormat(name: String)
    /// A file could not be read or written.
    case io(path: String, reason: String)
    /// Graphviz refused the layout or the rendering.
    case graphviz(GraphvizError)
}

extension DiagramError: CustomStringConvertible {
    /// The message shown to the user.
    public var description: String {
        switch self {
        case .invalidInput(let file, let line, let column, let message, let hint):
            return "\(file):\(line):\(column): error: \(message)" + (hint.isEmpty ? "" : "\n  hint: \(hint)")
        case .unknownEntity(let name, let suggestions):
            let near = suggestions.isEmpty
                ? "check the spelling, or use an entity id (see Data/kb)"
                : "did you mean: " + suggestions.joined(separator: "; ")
            return "no entity is named '\(name)'; \(near)"
        case .ambiguousEntity(let name, let candidates):
            return "'\(name)' names \(candidates.count) entities; give one of these ids instead: "
                + candidates.joined(separator: "; ")
        case .unknownView(let name, let available):
            return "no view '\(name)' in Graphs/; available views: "
                + (available.isEmpty ? "none" : available.joined(separator: ", "))
        case .unsupportedFormat(let name):
            return "cannot write format '\(name)'; use a file ending in .svg, .png, .pdf or .dot"
        case .io(let path, let reason):
            return "cannot access '\(path)': \(reason); check that the path exists and is writable"
        case .graphviz(let error):
            return error.description
        }
    }
}

extension DiagramError {
    /// Turns the reason a write to `url` failed into an ``io(path:reason:)`` error.
    static func writing(_ url: URL) -> (String) -> DiagramError {
        { reason in .io(path: url.path, reason: reason) }
    }
}
