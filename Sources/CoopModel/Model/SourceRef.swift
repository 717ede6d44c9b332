/// Where a fact comes from: a document and, for a text, the line that states it.
public struct SourceRef: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let document: String
    public let line: Int?

    public init(document: String, line: Int? = nil) {
        self.document = document
        self.line = line
    }

    /// Parses `FILE:LINE` or `FILE`; returns nil when the line part is not a positive number.
    public init?(parsing text: String) {
        if let colon = text.lastIndex(of: ":") {
            let file = String(text[..<colon])
            guard !file.isEmpty, let line = Int(text[text.index(after: colon)...]), line > 0 else {
                return nil
            }
            self.init(document: file, line: line)
        } else {
            guard !text.isEmpty else { return nil }
            self.init(document: text)
        }
    }

    /// The citation as written in the knowledge base: `FILE:LINE` or `FILE`.
    public var description: String { line.map { "\(document):\($0)" } ?? document }

    public static func < (lhs: SourceRef, rhs: SourceRef) -> Bool {
        (lhs.document, lhs.line ?? 0) < (rhs.document, rhs.line ?? 0)
    }
}
