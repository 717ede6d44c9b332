/// What a name or id given by a user designates in a graph.
public enum Resolution: Hashable, Sendable {
    /// Exactly one entity: by id, or by a name, alias or acronym only it has.
    case found(EntityIndex)
    /// Several entities share this name; the candidates, ordered by id.
    case ambiguous([EntityIndex])
    /// Nothing matches; the nearest entities, best first (possibly none).
    case notFound(suggestions: [EntityIndex])
}

extension KnowledgeGraph {
    /// Resolves `text` as an id or a folded name; when nothing matches, suggests the best matches
    /// of ``search(_:limit:)`` (names starting with it, containing it, a few typos away, sharing its words).
    /// - Complexity: O(1) on average when it matches; O(K × L²) for K name keys of length L otherwise.
    public func resolve(_ text: String, maxSuggestions: Int = 5) -> Resolution {
        let matches = lookup(text)
        if matches.count == 1 { return .found(matches[0]) }
        if matches.count > 1 {
            return .ambiguous(matches.sorted { entity(at: $0).id < entity(at: $1).id })
        }
        return .notFound(suggestions: search(text, limit: maxSuggestions).map(\.entity))
    }
}
