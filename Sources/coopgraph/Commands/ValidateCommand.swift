import ArgumentParser
import CoopModel
import Foundation

/// `coopgraph validate [PATH…]`: checks the knowledge base and lists every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the knowledge base: list every error and warning with file:line:column.",
        discussion: "With no PATH, checks the whole --data folder (or the one folder given). With PATHs (files or folders of *.yaml), checks those knowledge-base files together against the schema and sources of --data.")

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Argument(help: "Knowledge-base files or folders to check (default: all of --data).")
    var paths: [String] = []

    func run() throws {
        let report = try reportingErrors { () throws -> ValidationReport in
            if paths.isEmpty { return KnowledgeBase.validate(directory: knowledgeBase.directory) }
            // A whole knowledge-base folder (one holding schema.yaml) is checked as such.
            if paths.count == 1, FileManager.default.fileExists(atPath: paths[0] + "/schema.yaml") {
                return KnowledgeBase.validate(directory: URL(fileURLWithPath: paths[0]))
            }
            let directory = knowledgeBase.directory
            let schema = try Schema.load(from: directory.appendingPathComponent("schema.yaml"))
            let sources = try SourceCatalog.load(from: directory.appendingPathComponent("sources.yaml"))
            return KnowledgeBase.validate(files: paths.map { URL(fileURLWithPath: $0) }, schema: schema, sources: sources)
        }
        switch format {
        case .text:
            for diagnostic in report.errors + report.warnings { print(diagnostic.description) }
            print("\(report.errors.count) error(s), \(report.warnings.count) warning(s) in \(report.files.count) file(s)")
        case .json:
            print(try ValidationReportJSON.encode(report))
        }
        if !report.isValid { throw ExitCode.failure }
    }
}
