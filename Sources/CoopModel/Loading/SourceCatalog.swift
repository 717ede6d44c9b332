import Foundation
import Yams

/// A document the knowledge base may cite, as declared in `sources.yaml`.
public struct SourceDocument: Hashable, Sendable {
    public var file: String
    public var title: LocalizedText
    public var language: String?
    /// The number of lines, which bounds `FILE:LINE` citations; nil for a whole reference work.
    public var lines: Int?
    /// `reference` for a reference work (a standard, a list) rather than a text.
    public var kind: String?

    public init(file: String, title: LocalizedText, language: String? = nil, lines: Int? = nil, kind: String? = nil) {
        self.file = file
        self.title = title
        self.language = language
        self.lines = lines
        self.kind = kind
    }
}

/// The documents that citations may name, read from `sources.yaml`.
public struct SourceCatalog: Hashable, Sendable {
    /// The documents in file order.
    public let documents: [SourceDocument]
    private let byFile: [String: Int]

    /// A catalog of these documents; a later duplicate file name is ignored.
    public init(documents: [SourceDocument]) {
        self.documents = documents
        var byFile: [String: Int] = [:]
        for (index, document) in documents.enumerated() where byFile[document.file] == nil {
            byFile[document.file] = index
        }
        self.byFile = byFile
    }

    /// The document named `file`.
    /// - Complexity: O(1) on average.
    public func document(named file: String) -> SourceDocument? { byFile[file].map { documents[$0] } }

    /// Reads `url`, appending its problems to `diagnostics`.
    static func read(_ url: URL, limits: LoadLimits, diagnostics: inout [Diagnostic]) -> SourceCatalog? {
        YAMLFile.parse(url, limits: limits, diagnostics: &diagnostics) { root, reader in read(root, reader: &reader) }
    }

    static func read(_ root: Node, reader: inout NodeReader) -> SourceCatalog? {
        guard let top = reader.mapping(root, "sources.yaml", allowed: ["documents"]),
            let section = top.first(where: { $0.key == "documents" }),
            let items = reader.list(section.value, "'documents'")
        else { return nil }
        var documents: [SourceDocument] = []
        var seen: [String: Place] = [:]
        for item in items {
            let allowed = ["file", "title", "language", "lines", "kind"]
            guard let fields = reader.mapping(item, "a document", allowed: allowed) else { continue }
            func field(_ key: String) -> Node? { fields.first { $0.key == key }?.value }
            guard let fileNode = field("file"), let file = reader.text(fileNode, "'file'"), !file.isEmpty else {
                reader.error(.sourcesInvalid, at: item, "a document has no 'file'", hint: "add 'file: NAME'")
                continue
            }
            if let first = seen[file] {
                reader.error(
                    .sourcesInvalid, at: fileNode, "the document '\(file)' is declared twice (first at \(first))",
                    hint: "keep one entry")
                continue
            }
            seen[file] = reader.place(fileNode)
            var title = LocalizedText(fr: file)
            if let node = field("title"), let pairs = reader.mapping(node, "the title of '\(file)'", allowed: ["fr", "en", "ar"]) {
                var texts: [String: String] = [:]
                for pair in pairs { texts[pair.key] = reader.text(pair.value, "'\(pair.key)'") }
                title = LocalizedText(fr: texts["fr"] ?? file, en: texts["en"], ar: texts["ar"])
            }
            var lines: Int?
            if let node = field("lines"), let text = reader.text(node, "'lines'") {
                if let count = Int(text), count > 0 {
                    lines = count
                } else {
                    reader.error(
                        .sourcesInvalid, at: node, "'lines' must be a positive whole number, not '\(text)'",
                        hint: "write the document's line count")
                }
            }
            let language = field("language").flatMap { reader.text($0, "'language'") }
            let kind = field("kind").flatMap { reader.text($0, "'kind'") }
            documents.append(SourceDocument(file: file, title: title, language: language, lines: lines, kind: kind))
        }
        return SourceCatalog(documents: documents)
    }
}

extension SourceCatalog {
    /// Reads `sources.yaml`.
    public static func load(from url: URL, limits: LoadLimits = .default) throws(KnowledgeBaseError) -> SourceCatalog {
        var diagnostics: [Diagnostic] = []
        let catalog = read(url, limits: limits, diagnostics: &diagnostics)
        guard let catalog, diagnostics.isEmpty else { throw KnowledgeBaseError(errors: diagnostics) }
        return catalog
    }
}
