import CoopModel

/// The part of the graph an answer speaks of: what `--render` draws, exactly.
public struct AnswerSubgraph: Hashable, Sendable {
    /// The entities the answer names.
    public var entities: Set<EntityIndex>
    /// The relations the answer uses, in increasing order.
    public var relations: [RelationIndex]

    /// A subgraph of these entities and relations; relations are sorted and deduplicated, and
    /// their endpoints are added to the entities.
    public init(entities: Set<EntityIndex>, relations: [RelationIndex], in graph: KnowledgeGraph? = nil) {
        var all = entities
        let unique = Array(Set(relations)).sorted()
        if let graph {
            for relation in unique {
                all.insert(graph.source(of: relation))
                all.insert(graph.target(of: relation))
            }
        }
        self.entities = all
        self.relations = unique
    }

    /// A subgraph of these entities and of relations known to be distinct, whose endpoints are
    /// among the entities: only sorts the relations.
    init(entities: Set<EntityIndex>, distinctRelations: [RelationIndex]) {
        self.entities = entities
        self.relations = distinctRelations.sorted()
    }

    /// The entities in increasing index order.
    public var sortedEntities: [EntityIndex] { entities.sorted() }
}
