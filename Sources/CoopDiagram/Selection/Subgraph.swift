import CoopModel

/// A part of a knowledge graph to draw: entities, the relations among them, and the anchors
/// the selection started from (kept even when isolated, centre of area and year groups).
public struct Subgraph: Hashable, Sendable {
    /// The entities, in index order.
    public let entities: [EntityIndex]
    /// The relations, in index order; both ends of each are in `entities`.
    public let relations: [RelationIndex]
    /// The entities the selection started from (an ego centre, a pair of countries), in index order.
    public let anchors: [EntityIndex]

    /// A subgraph of `graph`: relations with an end outside `entities` are dropped.
    public init(entities: Set<EntityIndex>, relations: [RelationIndex], anchors: Set<EntityIndex> = [], of graph: KnowledgeGraph) {
        self.entities = entities.sorted()
        self.relations = Set(relations).filter { entities.contains(graph.source(of: $0)) && entities.contains(graph.target(of: $0)) }.sorted()
        self.anchors = anchors.intersection(entities).sorted()
    }
}
