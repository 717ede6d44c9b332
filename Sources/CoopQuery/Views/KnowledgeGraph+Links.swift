import CoopModel

extension KnowledgeGraph {
    /// The relations touching `entity`, leaving first, each with the entity at its other end.
    func incident(_ entity: EntityIndex) -> [(relation: RelationIndex, other: EntityIndex, forward: Bool)] {
        outgoing(entity).map { ($0, target(of: $0), true) } + incoming(entity).map { ($0, source(of: $0), false) }
    }

    /// The sectors a node `covers`, with the relations that say so.
    func coveredSectors(of node: EntityIndex) -> [(sector: EntityIndex, relation: RelationIndex)] {
        outgoing(node).filter { relationType(at: $0) == .covers }.map { (target(of: $0), $0) }
    }

    /// The entities under the authority of `entity`, directly or through intermediate bodies,
    /// with the `under_authority_of` relations that link them.
    func subordinates(of entity: EntityIndex) -> (entities: [EntityIndex], relations: [RelationIndex]) {
        var seen: Set<EntityIndex> = [entity]
        var queue = [entity]
        var found: [EntityIndex] = []
        var relations: [RelationIndex] = []
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            for relation in incoming(current) where relationType(at: relation) == .underAuthorityOf {
                let child = source(of: relation)
                relations.append(relation)
                if seen.insert(child).inserted {
                    found.append(child)
                    queue.append(child)
                }
            }
        }
        return (found, relations)
    }

    /// The entities `entity` is under the authority of, directly or through intermediate bodies.
    func superiors(of entity: EntityIndex) -> [EntityIndex] {
        var seen: Set<EntityIndex> = [entity]
        var found: [EntityIndex] = []
        var current = [entity]
        while let next = current.popLast() {
            for relation in outgoing(next) where relationType(at: relation) == .underAuthorityOf {
                let parent = target(of: relation)
                if seen.insert(parent).inserted {
                    found.append(parent)
                    current.append(parent)
                }
            }
        }
        return found
    }

    /// The given sectors and every sector whose `parent` chain reaches one of them.
    func sectorsWithDescendants(_ roots: [EntityIndex]) -> Set<EntityIndex> {
        let wanted = Set(roots)
        var result = wanted
        for sector in indices(ofType: .sector) {
            var current = sector
            var steps = 0
            while steps < 64, let parent = entity(at: current).properties["parent"]?.stringValue,
                let next = index(of: EntityID(parent))
            {
                if wanted.contains(next) {
                    result.insert(sector)
                    break
                }
                current = next
                steps += 1
            }
        }
        return result
    }

    /// The entities named by a reference property (`sectors: [sector.health]`), skipping unknown ids.
    func referencedEntities(_ value: PropertyValue?) -> [EntityIndex] {
        (value?.strings ?? []).compactMap { index(of: EntityID($0)) }
    }
}
