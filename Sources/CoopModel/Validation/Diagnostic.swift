/// One problem found in the knowledge base, with its place and a hint to fix it.
public struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Whether the problem stops the knowledge base from loading.
    public enum Severity: String, Hashable, Sendable {
        case error, warning
    }

    public let severity: Severity
    /// The file, as its path was given (relative paths stay relative).
    public let file: String
    /// The 1-based line, or 0 when the problem concerns the whole file.
    public let line: Int
    /// The 1-based column, or 0 when the problem concerns the whole file.
    public let column: Int
    public let code: Code
    public let message: String
    public let hint: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, _ code: Code, file: String, line: Int, column: Int, message: String,
        hint: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: error: message (hint: …)`, the form editors and compilers use.
    public var description: String {
        let place = line > 0 ? "\(file):\(line):\(column)" : file
        let tail = hint.map { " (hint: \($0))" } ?? ""
        return "\(place): \(severity.rawValue): \(message)\(tail)"
    }

    /// `file:line:column`, or just the file for a whole-file problem.
    public var location: String { line > 0 ? "\(file):\(line):\(column)" : file }

    /// Orders by file, line, column, then code and message, so reports are stable.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.code.rawValue, lhs.message)
            < (rhs.file, rhs.line, rhs.column, rhs.code.rawValue, rhs.message)
    }
}
