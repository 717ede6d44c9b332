import ArgumentParser
import CoopExchange
import CoopModel
import Foundation

/// `coopgraph import`: turns a graph from another tool into a knowledge-base YAML file.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a JSON Graph Format file or a Neo4j CSV folder into a knowledge-base YAML file.",
        discussion: """
            The node and relation types are those of --data's schema.yaml. The output is a plain kb \
            file: review it, then run `coopgraph validate` with it in Data/kb/.
            """)

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Argument(help: "What to import: a JSON Graph Format file (.json), or a folder with nodes.csv and relationships.csv.")
    var input: String

    @Option(name: [.short, .customLong("output")], help: "The knowledge-base file to write, e.g. Data/kb/imported.yaml.")
    var output: String

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            throw ValidationError("\(input): no such file or folder; give a .json file or a Neo4j CSV folder")
        }
        if isDirectory.boolValue {
            for file in [Neo4jCSV.nodesFile, Neo4jCSV.relationshipsFile] {
                let path = URL(fileURLWithPath: input).appendingPathComponent(file).path
                guard FileManager.default.fileExists(atPath: path) else {
                    throw ValidationError("\(input) has no \(file); a Neo4j CSV folder holds nodes.csv and relationships.csv")
                }
            }
        } else if !input.lowercased().hasSuffix(".json") {
            throw ValidationError("\(input): only JSON Graph Format files (.json) and Neo4j CSV folders can be imported")
        }
        if !force, FileManager.default.fileExists(atPath: output) {
            throw ValidationError("\(output) exists; choose another name or pass --force to replace it")
        }
    }

    func run() throws {
        let graph = try reportingErrors { () throws -> KnowledgeGraph in
            let schema = try Schema.load(from: knowledgeBase.directory.appendingPathComponent("schema.yaml"))
            let source = URL(fileURLWithPath: input), destination = URL(fileURLWithPath: output)
            if FileManager.default.isFolder(atPath: input) {
                return try GraphImport.neo4jCSV(from: source, schema: schema, to: destination)
            }
            return try GraphImport.jsonGraph(from: source, schema: schema, to: destination)
        }
        StandardError.write("wrote \(graph.entityCount) entities and \(graph.relationCount) relations to \(output); check them with `coopgraph validate`")
    }
}

extension FileManager {
    /// Whether `path` names an existing folder.
    func isFolder(atPath path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
