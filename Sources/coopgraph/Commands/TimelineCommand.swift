import ArgumentParser
import CoopModel
import CoopQuery

/// `coopgraph timeline`: an entity's dated facts in order.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List an entity's dated facts in order: its own dates, its relations' and its agreements', events', programmes'.")

    @Argument(help: "The entity: id, name, alias or acronym.") var entity: String
    @OptionGroup var time: TimeOptions
    @OptionGroup var input: GraphInput
    @OptionGroup var answer: AnswerOptions

    func run() throws {
        let text = try reportingErrors { try respond(to: try input.load()) }
        print(text, terminator: "")
    }

    /// The answer as text, for a graph already loaded.
    func respond(to graph: KnowledgeGraph) throws -> String {
        let answered = timeline(of: try resolveEntity(entity, in: graph), in: graph, time: time.filter)
        return try answer.emit(answered.resultSet(in: graph, language: answer.language, time: time.filter), graph: graph, data: input.knowledgeBase.directory)
    }
}
