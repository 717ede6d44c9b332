/// Every problem found in a knowledge base: errors (which stop loading) and warnings.
public struct ValidationReport: Hashable, Sendable {
    /// The errors, sorted by file, line and column.
    public let errors: [Diagnostic]
    /// The warnings, sorted by file, line and column.
    public let warnings: [Diagnostic]
    /// The files that were read, in the order they were read.
    public let files: [String]

    /// Sorts the diagnostics and splits them by severity.
    public init(diagnostics: [Diagnostic], files: [String] = []) {
        errors = diagnostics.filter { $0.severity == .error }.sorted()
        warnings = diagnostics.filter { $0.severity == .warning }.sorted()
        self.files = files
    }

    /// True when nothing stops the knowledge base from loading.
    public var isValid: Bool { errors.isEmpty }
}
