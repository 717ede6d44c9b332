import ArgumentParser
import CoopModel
import Foundation

/// The `--data DIR` option shared by every command that reads the knowledge base.
struct KnowledgeBaseOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: "The knowledge-base folder (schema.yaml, sources.yaml, kb/).")
    var data: String = "Data"

    /// The knowledge-base folder as a URL.
    var directory: URL { URL(fileURLWithPath: data) }

    /// Loads and validates the knowledge base; throws every error found.
    func load() throws -> KnowledgeBase {
        try KnowledgeBase.load(directory: directory)
    }
}
