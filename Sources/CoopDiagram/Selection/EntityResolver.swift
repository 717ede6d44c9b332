import CoopModel

/// Turns a name a user typed (id, name in any language, alias or acronym) into one entity,
/// through the model's resolver ``CoopModel/KnowledgeGraph/resolve(_:maxSuggestions:)``.
public enum EntityResolver {
    /// The one entity `text` designates; an unknown or ambiguous name throws with candidates
    /// (the model's suggestions: prefixes, substrings, typos, shared words).
    /// - Complexity: O(1) on average when the name matches; O(K × L²) for K name keys otherwise.
    public static func resolve(_ text: String, in graph: KnowledgeGraph) throws(DiagramError) -> EntityIndex {
        switch graph.resolve(text) {
        case .found(let entity):
            return entity
        case .ambiguous(let candidates):
            throw .ambiguousEntity(name: text, candidates: candidates.map { describe($0, graph) })
        case .notFound(let suggestions):
            throw .unknownEntity(name: text, suggestions: suggestions.map { describe($0, graph) })
        }
    }

    /// `id (name)` for messages.
    static func describe(_ index: EntityIndex, _ graph: KnowledgeGraph) -> String {
        let entity = graph.entity(at: index)
        return "\(entity.id) (\(entity.names.fr))"
    }
}
