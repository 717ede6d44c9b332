import ArgumentParser
import CoopModel
import CoopQuery

/// `coopgraph partners`: who cooperates with an entity, on what, since when.
struct PartnersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partners",
        abstract: "List who cooperates with an entity: through agreements, events, programmes, joint bodies, or asserted.",
        discussion: """
            A link is kept when the shared agreement/event/programme and both participation relations \
            pass the time filter. A fact holds from `in_force` if present, else `signed`, `adopted`, \
            `started`, `created` or `held`, until `until`: an agreement signed in 2004 and in force from \
            2009 is not a link --as-of 2006. Undated links are kept and flagged. Superiors and \
            subordinates of the entity are never its partners.
            """)

    enum Via: String, CaseIterable, ExpressibleByArgument {
        case agreement, event, programme
        case jointBody = "joint_body"
        case asserted, any
    }

    @Argument(help: "The entity: id, name, alias or acronym.") var entity: String
    @Option(help: "Keep links covering this sector (or a sub-sector).") var sector: String?
    @Option(help: "Which links to follow (repeatable): agreement, event, programme, joint_body, asserted or any.")
    var via: [Via] = [.any]
    @Flag(help: "Also list the partners of the bodies under the entity's authority.") var includeSubordinates = false
    @OptionGroup var time: TimeOptions
    @OptionGroup var input: GraphInput
    @OptionGroup var answer: AnswerOptions

    func run() throws {
        let text = try reportingErrors { try respond(to: try input.load()) }
        print(text, terminator: "")
    }

    /// The answer as text, for a graph already loaded.
    func respond(to graph: KnowledgeGraph) throws -> String {
        let kinds: Set<PartnerLinkKind> =
            via.contains(.any)
            ? Set(PartnerLinkKind.allCases) : Set(via.compactMap { PartnerLinkKind(rawValue: $0.rawValue) })
        let query = PartnersQuery(
            entity: try resolveEntity(entity, in: graph), kinds: kinds,
            sectors: try sector.map { [try resolveEntity($0, ofType: .sector, in: graph)] } ?? [], time: time.filter,
            includeSubordinates: includeSubordinates)
        let result = partners(query, in: graph).resultSet(in: graph, language: answer.language, query: query)
        return try answer.emit(result, graph: graph, data: input.knowledgeBase.directory)
    }
}
