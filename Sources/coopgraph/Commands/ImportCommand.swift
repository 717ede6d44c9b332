import ArgumentParser
import CoopExchange
import CoopModel
import Foundation

/// `coopgraph import`: turns a graph from another tool into a knowledge-base YAML file.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a JSON Graph Format file into a knowledge-base YAML file.",
        discussion: """
            The node and relation types are those of --data's schema.yaml. The output is a plain kb \
            file: review it, then run `coopgraph validate` with it in Data/kb/.
            """)

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Argument(help: "The file to import: a JSON Graph Format file (.json).")
    var input: String

    @Option(name: [.short, .customLong("output")], help: "The knowledge-base file to write, e.g. Data/kb/imported.yaml.")
    var output: String

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            throw ValidationError("\(input): no such file; give the path of a .json file")
        }
        if isDirectory.boolValue {
            throw ValidationError("\(input) is a folder: importing Neo4j CSV folders is not available yet; export the graph as JSON Graph Format instead")
        }
        guard input.lowercased().hasSuffix(".json") else {
            throw ValidationError("\(input): only JSON Graph Format (.json) files can be imported")
        }
        if !force, FileManager.default.fileExists(atPath: output) {
            throw ValidationError("\(output) exists; choose another name or pass --force to replace it")
        }
    }

    func run() throws {
        let graph = try reportingErrors { () throws -> KnowledgeGraph in
            let schema = try Schema.load(from: knowledgeBase.directory.appendingPathComponent("schema.yaml"))
            return try GraphImport.jsonGraph(
                from: URL(fileURLWithPath: input), schema: schema, to: URL(fileURLWithPath: output))
        }
        StandardError.write("wrote \(graph.entityCount) entities and \(graph.relationCount) relations to \(output); check them with `coopgraph validate`")
    }
}
