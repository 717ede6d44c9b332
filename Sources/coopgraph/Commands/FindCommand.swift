import ArgumentParser
import CoopModel
import CoopQuery

/// `coopgraph find`: entities by name, alias, acronym or id.
struct FindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find entities by name, alias, acronym or id, ignoring case and accents.",
        discussion: "Exact folded matches come first, then names starting with the text, containing it, and near spellings.")

    @Argument(help: "The text to look for.") var text: String
    @Option(parsing: .unconditional, help: "How many entities to list.") var limit = 20
    @OptionGroup var input: GraphInput
    @OptionGroup var answer: AnswerOptions

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be 1 or more, not \(limit)") }
    }

    func run() throws {
        let text = try reportingErrors { try respond(to: try input.load()) }
        print(text, terminator: "")
    }

    /// The answer as text, for a graph already loaded.
    func respond(to graph: KnowledgeGraph) throws -> String {
        try answer.emit(findEntities(text, in: graph, limit: limit).resultSet(in: graph, language: answer.language), graph: graph, data: input.knowledgeBase.directory)
    }
}
