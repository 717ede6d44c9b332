/// Why a knowledge base could not be loaded: every error found, each with its place and a fix hint.
public struct KnowledgeBaseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The errors, sorted by file, line and column.
    public let errors: [Diagnostic]
    /// The warnings found along the way.
    public let warnings: [Diagnostic]

    /// Wraps the diagnostics of a failed load.
    public init(errors: [Diagnostic], warnings: [Diagnostic] = []) {
        self.errors = errors.sorted()
        self.warnings = warnings.sorted()
    }

    /// One line per error, then a count.
    public var description: String {
        let count = errors.count == 1 ? "1 error" : "\(errors.count) errors"
        return (errors.map(\.description) + ["the knowledge base has \(count); fix them and run again"])
            .joined(separator: "\n")
    }
}
