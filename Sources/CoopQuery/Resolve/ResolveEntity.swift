import CoopModel

/// The one entity that `text` names: an id, or a name, alias or acronym ignoring case and accents
/// (``CoopModel/KnowledgeGraph/resolve(_:maxSuggestions:)``), or else an id typed in another case.
///
/// Throws ``QueryError/ambiguousEntity(_:candidates:)`` listing every candidate when several
/// entities answer, and ``QueryError/unknownEntity(_:suggestions:)`` with near matches when none does.
/// - Complexity: O(length of `text`) on a hit; O(n) more for an id in another case; a miss also
///   pays for the model's suggestions.
public func resolveEntity(_ text: String, in graph: KnowledgeGraph) throws(QueryError) -> EntityIndex {
    switch graph.resolve(text) {
    case .found(let entity):
        return entity
    case .ambiguous(let entities):
        throw .ambiguousEntity(text, candidates: entities.map { Candidate($0, in: graph) })
    case .notFound(let suggestions):
        let lowered = text.lowercased()
        let byID = graph.entityIndices.filter { graph.id(of: $0).rawValue.lowercased() == lowered }
        if byID.count == 1 { return byID[0] }
        throw .unknownEntity(text, suggestions: suggestions.map { Candidate($0, in: graph) })
    }
}

/// The entity `text` names, which must be of `type`.
/// - Complexity: as ``resolveEntity(_:in:)``.
public func resolveEntity(_ text: String, ofType type: NodeType, in graph: KnowledgeGraph) throws(QueryError)
    -> EntityIndex
{
    let entity = try resolveEntity(text, in: graph)
    guard graph.type(of: entity) == type else {
        throw .wrongType(text, expected: type, found: Candidate(entity, in: graph))
    }
    return entity
}
