import CoopModel
import Foundation

/// Why a file could not be read or written; the text says where (file:line:column) and how to fix it.
public enum ExchangeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A file could not be opened, read or written.
    case io(path: String, reason: String)
    /// The content of a file is wrong at this place.
    case malformed(file: String, line: Int, column: Int, reason: String)
    /// A value cannot be written in this format.
    case unwritable(reason: String)

    public var description: String {
        switch self {
        case .io(let path, let reason):
            return "\(path): \(reason)"
        case .malformed(let file, let line, let column, let reason):
            return "\(file):\(line):\(column): \(reason)"
        case .unwritable(let reason):
            return "cannot write the graph: \(reason)"
        }
    }
}

extension ExchangeError {
    /// Turns the reason a write to `url` failed into an ``io(path:reason:)`` error.
    static func writing(_ url: URL) -> (String) -> ExchangeError {
        { reason in .io(path: url.path, reason: reason) }
    }
}
