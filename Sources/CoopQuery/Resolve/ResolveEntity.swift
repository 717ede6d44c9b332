import CoopModel

/// The one entity that `text` names: an id (exact, then ignoring case), or a name, alias or
/// acronym ignoring case and accents.
///
/// Throws ``QueryError/ambiguousEntity(_:candidates:)`` listing every candidate when several
/// entities answer, and ``QueryError/unknownEntity(_:suggestions:)`` with near matches when none does.
/// - Complexity: O(length of `text`) on a hit; O(n) more for an id in another case; a miss also
///   pays for ``findEntities(_:in:limit:)``.
public func resolveEntity(_ text: String, in graph: KnowledgeGraph) throws(QueryError) -> EntityIndex {
    var found = graph.lookup(text)
    if found.isEmpty {
        let lowered = text.lowercased()
        found = graph.entityIndices.filter { graph.entity(at: $0).id.rawValue.lowercased() == lowered }
    }
    if found.count == 1 { return found[0] }
    if found.count > 1 {
        let candidates = found.map { Candidate($0, in: graph) }.sorted { $0.id < $1.id }
        throw .ambiguousEntity(text, candidates: candidates)
    }
    let suggestions = findEntities(text, in: graph, limit: 5).matches.map { Candidate($0.entity, in: graph) }
    throw .unknownEntity(text, suggestions: suggestions)
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
