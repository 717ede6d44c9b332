import Foundation
import Yams

extension KnowledgeBase {
    /// Everything read from the files, before the graph is built.
    struct Assembly {
        var schema: Schema?
        var catalog: SourceCatalog?
        var diagnostics: [Diagnostic] = []
        var entities: [EntityRecord] = []
        var relations: [RelationRecord] = []
        var additions: [AdditionRecord] = []
        var files: [URL] = []

        /// Reads `schema.yaml`, `sources.yaml` and `kb/**/*.yaml` of `directory`.
        static func read(directory: URL, limits: LoadLimits) -> Assembly {
            var assembly = Assembly()
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
            else {
                assembly.diagnostics.append(
                    Diagnostic(
                        .error, .missingDirectory, file: directory.relativePath, line: 0, column: 0,
                        message: "no knowledge-base folder here",
                        hint: "pass --data DIR, the folder holding schema.yaml, sources.yaml and kb/"))
                return assembly
            }
            let schemaURL = directory.appendingPathComponent("schema.yaml")
            let sourcesURL = directory.appendingPathComponent("sources.yaml")
            assembly.files = [schemaURL, sourcesURL]
            assembly.schema = Schema.read(schemaURL, limits: limits, diagnostics: &assembly.diagnostics)
            assembly.catalog = SourceCatalog.read(sourcesURL, limits: limits, diagnostics: &assembly.diagnostics)
            guard assembly.schema != nil else { return assembly }
            assembly.readKnowledgeFiles(yamlFiles(under: directory.appendingPathComponent("kb")), limits: limits)
            return assembly
        }

        /// Reads knowledge-base files: all entities first, then all relations and additions, then
        /// applies the additions.
        mutating func readKnowledgeFiles(_ urls: [URL], limits: LoadLimits) {
            guard let schema else { return }
            let reader = KnowledgeBaseFileReader(fields: FactFieldReader(schema: schema, catalog: catalog))
            var pendingRelations: [(nodes: [Yams.Node], additions: [Yams.Node], reader: NodeReader)] = []
            for url in urls {
                files.append(url)
                switch YAMLFile.read(url, limits: limits) {
                case .failure(let diagnostic):
                    diagnostics.append(diagnostic)
                case .success(let root):
                    var nodeReader = NodeReader(file: url.relativePath)
                    guard let sections = reader.sections(root, &nodeReader) else {
                        diagnostics += nodeReader.diagnostics
                        continue
                    }
                    for node in sections.entities {
                        if let record = reader.entity(node, &nodeReader) { entities.append(record) }
                    }
                    pendingRelations.append((sections.relations, sections.additions, nodeReader))
                }
            }
            for (nodes, additionNodes, var nodeReader) in pendingRelations {
                for node in nodes {
                    if let record = reader.relation(node, &nodeReader) { relations.append(record) }
                }
                for node in additionNodes {
                    if let record = reader.addition(node, &nodeReader) { additions.append(record) }
                }
                diagnostics += nodeReader.diagnostics
            }
            applyAdditions()
        }

        /// The problems of each file plus those that need all files.
        func report() -> ValidationReport {
            var all = diagnostics
            if let schema {
                all += CrossChecks(schema: schema, entities: entities, relations: relations).run()
            }
            return ValidationReport(diagnostics: all, files: files.map(\.relativePath))
        }
    }
}
