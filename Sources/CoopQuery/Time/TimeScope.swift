import CoopModel

/// A graph seen through a time filter: which entities and relations a query may use.
struct TimeScope {
    let graph: KnowledgeGraph
    let filter: TimeFilter

    /// The span of an entity's own dates (nil: undated).
    func span(ofEntity entity: EntityIndex) -> DateSpan? { Validity.span(of: graph.entity(at: entity).dates) }

    /// The span of a relation's own dates (nil: undated).
    func span(ofRelation relation: RelationIndex) -> DateSpan? { Validity.span(of: graph.payload(of: relation).dates) }

    /// Whether the entity's own dates pass the filter.
    func admits(entity: EntityIndex) -> Bool {
        filter.keepsAll || filter.admits(span(ofEntity: entity))
    }

    /// Whether the relation and both of its endpoints pass the filter.
    func admits(relation: RelationIndex) -> Bool {
        if filter.keepsAll { return true }
        return filter.admits(span(ofRelation: relation)) && admits(entity: graph.source(of: relation))
            && admits(entity: graph.target(of: relation))
    }
}
