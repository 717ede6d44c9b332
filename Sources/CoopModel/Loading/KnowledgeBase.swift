import Foundation

/// The knowledge base of a `Data/` folder: its graph, loaded from `schema.yaml`, `sources.yaml`
/// and every `kb/**/*.yaml`, validated as one.
public struct KnowledgeBase: Sendable {
    /// The validated graph.
    public let graph: KnowledgeGraph
    /// What looked wrong without stopping the load (isolated entities, repeated relations).
    public let warnings: [Diagnostic]
    /// The files read, in the order they were read.
    public let files: [URL]
    /// The documents that citations may name.
    public let sources: SourceCatalog

    /// The schema of the graph.
    public var schema: Schema { graph.schema }

    /// Loads and validates `directory`; throws every error found at once.
    public static func load(directory: URL, limits: LoadLimits = .default) throws(KnowledgeBaseError) -> KnowledgeBase {
        let assembly = Assembly.read(directory: directory, limits: limits)
        let report = assembly.report()
        guard report.isValid, let schema = assembly.schema, let catalog = assembly.catalog else {
            throw KnowledgeBaseError(errors: report.errors, warnings: report.warnings)
        }
        var builder = KnowledgeGraphBuilder(schema: schema)
        builder.reserve(entities: assembly.entities.count, relations: assembly.relations.count)
        do {
            for record in assembly.entities { try builder.add(record.entity) }
            for record in assembly.relations { try builder.add(record.relation) }
        } catch {
            // The validator reports these first; this is a second line of defence.
            let diagnostic = Diagnostic(.error, .duplicateID, file: directory.relativePath, line: 0, column: 0, message: "\(error)")
            throw KnowledgeBaseError(errors: [diagnostic], warnings: report.warnings)
        }
        return KnowledgeBase(graph: builder.build(), warnings: report.warnings, files: assembly.files, sources: catalog)
    }

    /// Every error and warning of `directory`, sorted by file, line and column; never throws.
    public static func validate(directory: URL, limits: LoadLimits = .default) -> ValidationReport {
        Assembly.read(directory: directory, limits: limits).report()
    }

    /// Every error and warning of the chosen knowledge-base files (folders are searched for `*.yaml`),
    /// validated together against `schema`; citations are checked against `sources` when given.
    public static func validate(
        files: [URL], schema: Schema, sources: SourceCatalog? = nil, limits: LoadLimits = .default
    ) -> ValidationReport {
        var urls: [URL] = []
        for url in files {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                urls += yamlFiles(under: url)
            } else {
                urls.append(url)
            }
        }
        var assembly = Assembly(schema: schema, catalog: sources)
        assembly.readKnowledgeFiles(urls, limits: limits)
        return assembly.report()
    }

    /// The `*.yaml` files under `directory`, at any depth, in path order.
    public static func yamlFiles(under directory: URL) -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var found: [(path: String, url: URL)] = []
        let base = directory.standardizedFileURL.path
        for case let url as URL in enumerator where url.pathExtension == "yaml" || url.pathExtension == "yml" {
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(base) ? String(full.dropFirst(base.count)) : full
            found.append((relative, directory.appendingPathComponent(relative.trimmingPrefix("/").description)))
        }
        return found.sorted { $0.path < $1.path }.map(\.url)
    }
}
