import CoopModel

/// Which country's authority an institution is under, following `under_authority_of` and
/// `located_in` upwards (an agency → its ministry → the country).
struct AuthorityChain {
    private let graph: KnowledgeGraph

    init(graph: KnowledgeGraph) {
        self.graph = graph
    }

    /// The entities under `country`'s authority at any depth, the country included.
    /// - Complexity: O(size of the authority tree below `country`).
    func members(of country: EntityIndex) -> Set<EntityIndex> {
        var found: Set<EntityIndex> = [country]
        var stack = [country]
        while let current = stack.popLast() {
            for relation in graph.incoming(current) where Self.climbs(graph.relationType(at: relation)) {
                let child = graph.source(of: relation)
                if found.insert(child).inserted { stack.append(child) }
            }
        }
        return found
    }

    /// The relations that lead from `entity` up to its country.
    func chainRelations(from entity: EntityIndex) -> [RelationIndex] {
        var relations: [RelationIndex] = []
        var seen: Set<EntityIndex> = [entity]
        var current = entity
        while let up = graph.outgoing(current).first(where: { Self.climbs(graph.relationType(at: $0)) }),
            seen.insert(graph.target(of: up)).inserted
        {
            relations.append(up)
            current = graph.target(of: up)
        }
        return relations
    }

    /// Whether a relation of `type` leads from an institution up towards its country.
    static func climbs(_ type: RelationType) -> Bool {
        type == .underAuthorityOf || type == .locatedIn
    }
}
