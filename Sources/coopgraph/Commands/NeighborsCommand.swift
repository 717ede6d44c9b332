import ArgumentParser
import CoopModel
import CoopQuery

/// `coopgraph neighbors`: the ego network of an entity.
struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List the entities within a few hops of an entity, following relations both ways.")

    @Argument(help: "The entity: id, name, alias or acronym.") var entity: String
    @Option(parsing: .unconditional, help: "How many hops to go.") var depth = 1
    @Option(parsing: .upToNextOption, help: "Walk only through entities of these node types.") var type: [String] = []
    @OptionGroup var time: TimeOptions
    @OptionGroup var input: GraphInput
    @OptionGroup var answer: AnswerOptions

    func validate() throws {
        guard depth >= 0 else { throw ValidationError("--depth must be 0 or more, not \(depth)") }
    }

    func run() throws {
        let text = try reportingErrors { try respond(to: try input.load()) }
        print(text, terminator: "")
    }

    /// The answer as text, for a graph already loaded.
    func respond(to graph: KnowledgeGraph) throws -> String {
        let query = NeighborsQuery(
            entity: try resolveEntity(entity, in: graph), depth: depth, types: Set(type.map { NodeType(rawValue: $0) }),
            time: time.filter)
        let result = try neighbors(query, in: graph).resultSet(in: graph, language: answer.language, query: query)
        return try answer.emit(result, graph: graph, data: input.knowledgeBase.directory)
    }
}
