import CoopModel

/// An entity offered to the user as a possible meaning of what they typed.
public struct Candidate: Hashable, Sendable, CustomStringConvertible {
    public let id: EntityID
    public let type: NodeType
    public let name: String

    /// A candidate naming an entity of the graph.
    public init(_ entity: EntityIndex, in graph: KnowledgeGraph) {
        let value = graph.entity(at: entity)
        self.id = value.id
        self.type = value.type
        self.name = value.names.fr
    }

    /// `fr.anru (agency) Agence nationale pour la rénovation urbaine`.
    public var description: String { "\(id) (\(type)) \(name)" }
}

/// Why a query could not be answered; the text says what is wrong and how to fix it.
public enum QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No entity has this id, name, alias or acronym.
    case unknownEntity(String, suggestions: [Candidate])
    /// Several entities answer to this name.
    case ambiguousEntity(String, candidates: [Candidate])
    /// The entity exists but is not of the type the argument needs.
    case wrongType(String, expected: NodeType, found: Candidate)
    /// A numeric or other argument is out of range.
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .unknownEntity(let text, let suggestions):
            var message = "no entity is named '\(text)' (by id, name, alias or acronym)"
            if suggestions.isEmpty {
                message += "; try `coopgraph find \(text)` with a shorter part of the name"
            } else {
                message += "; did you mean:" + suggestions.map { "\n  \($0)" }.joined()
            }
            return message
        case .ambiguousEntity(let text, let candidates):
            return "'\(text)' names \(candidates.count) entities; give one of their ids instead:"
                + candidates.map { "\n  \($0)" }.joined()
        case .wrongType(let text, let expected, let found):
            return "'\(text)' is \(found), not a \(expected); give the id or name of a \(expected)"
        case .invalidArgument(let message):
            return message
        }
    }
}
