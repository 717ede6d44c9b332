import ArgumentParser
import CoopExtract
import Foundation

/// `coopgraph merge`: adds the accepted candidates of a review file to the knowledge base.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Add the accepted candidates of a review file to Data/kb (extracted-<doc>.yaml), reusing existing ids.")

    @Argument(help: "The review file (YAML or JSON).")
    var file: String

    @Option(help: "The knowledge-base folder.")
    var data: String = "Data"

    func run() throws {
        let document = try ReviewDocument.read(URL(fileURLWithPath: file))
        let report = try Merger.merge(document, into: URL(fileURLWithPath: data))
        print("\(report.newEntities) new entities, \(report.newRelations) new relations, \(report.additions) additions to existing facts")
        for path in report.written { print("wrote \(data)/\(path)") }
        for reason in report.skipped { FileHandle.standardError.write(Data("skipped \(reason)\n".utf8)) }
        for document in report.unlistedDocuments {
            FileHandle.standardError.write(Data("warning: \(document) is cited but not listed in \(data)/sources.yaml; add it there\n".utf8))
        }
    }
}
