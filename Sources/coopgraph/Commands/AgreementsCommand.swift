import ArgumentParser
import CoopModel
import CoopQuery

/// `coopgraph agreements`: the agreements, with dates, parties and sectors.
struct AgreementsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreements",
        abstract: "List agreements with their dates (signed, in force, until), parties, sectors and sources.",
        discussion: """
            An agreement holds from `in_force` if present, else from `signed`, until `until`: one signed \
            in 2004 and in force from 2009 is not listed --as-of 2006. --from/--to keep agreements whose \
            span overlaps the window. Undated agreements are kept and flagged.
            """)

    @Option(parsing: .upToNextOption, help: "Keep agreements to which all of these are parties.") var party: [String] = []
    @Option(help: "Keep agreements covering this sector (or a sub-sector).") var sector: String?
    @OptionGroup var time: TimeOptions
    @OptionGroup var input: GraphInput
    @OptionGroup var answer: AnswerOptions

    func run() throws {
        let text = try reportingErrors { try respond(to: try input.load()) }
        print(text, terminator: "")
    }

    /// The answer as text, for a graph already loaded.
    func respond(to graph: KnowledgeGraph) throws -> String {
        var parties: [EntityIndex] = []
        for name in party { parties.append(try resolveEntity(name, in: graph)) }
        let query = AgreementsQuery(
            parties: parties, sectors: try sector.map { [try resolveEntity($0, ofType: .sector, in: graph)] } ?? [],
            time: time.filter)
        let result = agreements(query, in: graph).resultSet(in: graph, language: answer.language, query: query)
        return try answer.emit(result, graph: graph, data: input.knowledgeBase.directory)
    }
}
