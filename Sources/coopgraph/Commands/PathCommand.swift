import ArgumentParser
import CoopModel
import CoopQuery

/// `coopgraph path`: how two entities are connected.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show a shortest path between two entities (relations walked either way), or all simple paths.")

    @Argument(help: "The first entity: id, name, alias or acronym.") var from: String
    @Argument(help: "The second entity.") var to: String
    @Flag(help: "List every simple path up to --max-length hops, shortest first.") var all = false
    @Option(parsing: .unconditional, help: "The longest path to list with --all, in hops.") var maxLength = 4
    @Option(parsing: .unconditional, help: "The most paths to list with --all.") var limit = 100
    @OptionGroup var time: TimeOptions
    @OptionGroup var input: GraphInput
    @OptionGroup var answer: AnswerOptions

    func validate() throws {
        guard maxLength >= 1 else { throw ValidationError("--max-length must be 1 or more, not \(maxLength)") }
        guard limit >= 1 else { throw ValidationError("--limit must be 1 or more, not \(limit)") }
    }

    func run() throws {
        let text = try reportingErrors { try respond(to: try input.load()) }
        print(text, terminator: "")
    }

    /// The answer as text, for a graph already loaded.
    func respond(to graph: KnowledgeGraph) throws -> String {
        let query = PathQuery(
            from: try resolveEntity(from, in: graph), to: try resolveEntity(to, in: graph), all: all,
            maxLength: maxLength, limit: limit, time: time.filter)
        let result = try paths(query, in: graph).resultSet(in: graph, language: answer.language, query: query)
        return try answer.emit(result, graph: graph, data: input.knowledgeBase.directory)
    }
}
