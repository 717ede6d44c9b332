import CoopModel
import Foundation

/// A throw-away `Data/`-like folder: the shipped schema and sources plus the given kb files.
struct TemporaryKnowledgeBase {
    let directory: URL

    /// The repository's `Data/` folder, found from this file's path.
    static let shippedData = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data")

    /// A valid base: a country, an agency under its authority.
    static let base = """
        entities:
          - id: FR
            type: country
            name: {fr: France}
            sources: [ISO-3166-1]
          - id: fr.anru
            type: agency
            name: {fr: Agence nationale pour la rénovation urbaine}
            acronyms: [ANRU]
            sources: ["000_b6d4eff8678c418b.txt:23"]
        relations:
          - type: under_authority_of
            from: fr.anru
            to: FR
            sources: ["000_b6d4eff8678c418b.txt:23"]

        """

    /// Creates the folder with `kb/a.yaml` = ``base`` and the given extra files (path → bytes).
    init(files: [String: [UInt8]] = [:], includeBase: Bool = true) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("coopgraph-kb-\(UUID().uuidString)")
        let kb = directory.appendingPathComponent("kb")
        try FileManager.default.createDirectory(at: kb, withIntermediateDirectories: true)
        for name in ["schema.yaml", "sources.yaml"] {
            try FileManager.default.copyItem(
                at: Self.shippedData.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
        if includeBase { try Data(Self.base.utf8).write(to: kb.appendingPathComponent("a.yaml")) }
        for (path, bytes) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
    }

    /// Creates the folder with `kb/b.yaml` holding `text`.
    init(b text: String) throws {
        try self.init(files: ["kb/b.yaml": Array(text.utf8)])
    }

    /// The path a diagnostic gives for `kb/NAME`.
    func path(_ name: String) -> String { directory.appendingPathComponent("kb/\(name)").relativePath }

    /// Validates the folder.
    func validate(limits: LoadLimits = .default) -> ValidationReport {
        KnowledgeBase.validate(directory: directory, limits: limits)
    }

    /// Deletes the folder.
    func remove() { try? FileManager.default.removeItem(at: directory) }
}

/// A diagnostic reduced to what tests compare: code, file name, line and column.
struct Found: Hashable, CustomStringConvertible {
    let code: Diagnostic.Code
    let file: String
    let line: Int
    let column: Int

    init(_ code: Diagnostic.Code, _ file: String, _ line: Int, _ column: Int) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
    }

    init(_ diagnostic: Diagnostic) {
        self.init(diagnostic.code, URL(fileURLWithPath: diagnostic.file).lastPathComponent, diagnostic.line, diagnostic.column)
    }

    var description: String { "\(code.rawValue)@\(file):\(line):\(column)" }
}
