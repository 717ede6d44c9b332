import ArgumentParser
import CoopModel
import CoopQuery


/// `coopgraph rank`: the key entities by degree or betweenness.
struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank entities by degree (distinct neighbours), relations (relation count) or betweenness.",
        discussion: """
            degree: distinct neighbours in the simple undirected view, no self-loops (NetworkX Graph.degree). \
            relations: relations touching the entity, both ways (MultiDiGraph.degree). betweenness: Brandes \
            on the simple undirected view, normalised by (n-1)(n-2) as NetworkX betweenness_centrality. \
            --type only narrows the list; the measure is taken on the whole graph.
            """)

    @Option(help: "The measure: degree, relations or betweenness.") var by: RankMeasure = .degree
    @Option(parsing: .upToNextOption, help: "List only entities of these node types.") var type: [String] = []
    @Option(parsing: .unconditional, help: "How many entities to list.") var top = 10
    @OptionGroup var time: TimeOptions
    @OptionGroup var input: GraphInput
    @OptionGroup var answer: AnswerOptions

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be 1 or more, not \(top)") }
    }

    func run() throws {
        let text = try reportingErrors { try respond(to: try input.load()) }
        print(text, terminator: "")
    }

    /// The answer as text, for a graph already loaded.
    func respond(to graph: KnowledgeGraph) throws -> String {
        let query = RankQuery(measure: by, types: Set(type.map { NodeType(rawValue: $0) }), top: top, time: time.filter)
        let result = try rank(query, in: graph).resultSet(in: graph, language: answer.language, query: query)
        return try answer.emit(result, graph: graph, data: input.knowledgeBase.directory)
    }
}
