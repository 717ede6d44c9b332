import CoopModel

@testable import coopgraph

/// Runs a query command's arguments through the real parser and answers on a given graph.
enum QueryAnswer {
    static func respond(_ arguments: [String], on graph: KnowledgeGraph) throws -> String {
        switch try CoopGraph.parseAsRoot(arguments) {
        case let command as PartnersCommand: return try command.respond(to: graph)
        case let command as NeighborsCommand: return try command.respond(to: graph)
        case let command as PathCommand: return try command.respond(to: graph)
        case let command as AgreementsCommand: return try command.respond(to: graph)
        case let command as TimelineCommand: return try command.respond(to: graph)
        case let command as RankCommand: return try command.respond(to: graph)
        case let command as FindCommand: return try command.respond(to: graph)
        case let command: throw CommandFailure("not a query command: \(type(of: command))")
        }
    }
}
