import CoopModel

/// How a `find` result matched the text: CoopModel's one ranking of name matches.
public typealias MatchKind = NameMatchKind

/// The entities `find` returned, best first.
public struct FindAnswer: Sendable {
    /// The text searched for.
    public let text: String
    /// The matches, best first (``CoopModel/KnowledgeGraph/search(_:limit:)``'s order).
    public let matches: [NameMatch]
    /// The found entities, with no relations.
    public var subgraph: AnswerSubgraph { AnswerSubgraph(entities: Set(matches.map(\.entity)), relations: []) }
}

extension NameMatch {
    /// How the match was made (the `match` column of `find`).
    public var match: MatchKind { kind }
}

/// Entities by name, alias, acronym or id, ignoring case and accents, ranked as the model's
/// resolver ranks its suggestions: id, exact folded name, prefix, substring, typos, shared words.
/// - Complexity: O(K·L²) for K distinct name keys of length about L.
public func findEntities(_ text: String, in graph: KnowledgeGraph, limit: Int = 20) -> FindAnswer {
    FindAnswer(text: text, matches: graph.search(text, limit: max(0, limit)))
}
