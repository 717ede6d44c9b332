import CoopModel

extension Selection {
    /// The part of `graph` this selection keeps.
    ///
    /// Vocabulary entities (countries, sectors) end a path when expanding an ego network or a
    /// neighbourhood: they are shown, not crossed, or every ego network would reach half the
    /// graph through Algeria.
    /// - Complexity: O(entities + relations) of `graph`.
    public func apply(to graph: KnowledgeGraph) throws(DiagramError) -> Subgraph {
        let filter = Admission(selection: self, graph: graph)
        var anchors = Set<EntityIndex>()
        var chosen = Set<EntityIndex>()
        var extraRelations: [RelationIndex] = []
        switch scope {
        case .whole:
            chosen = Set(graph.entityIndices.filter { filter.admits(entity: $0) })
        case .ego(let id, let depth):
            let center = try index(id, graph)
            anchors = [center]
            chosen = filter.expand(from: [center], depth: depth, graph: graph)
        case .sector(let id):
            let sector = try index(id, graph)
            anchors = [sector]
            let items = filter.covering(sector, graph: graph)
            chosen = filter.expand(from: items, depth: 1, graph: graph).union(items).union([sector])
        case .pair(let first, let second):
            anchors = [try index(first, graph), try index(second, graph)]
            (chosen, extraRelations) = filter.pair(anchors.sorted(), graph: graph)
        case .members(let countries, let types, let depth):
            let chain = AuthorityChain(graph: graph)
            var members = Set<EntityIndex>()
            for id in countries {
                let country = try index(id, graph)
                anchors.insert(country)
                members.formUnion(chain.members(of: country).filter { types.contains(graph.entity(at: $0).type) && filter.admits(entity: $0) })
            }
            chosen = filter.expand(from: members, depth: depth, graph: graph).union(anchors)
            for member in members { extraRelations += chain.chainRelations(from: member) }
            for relation in extraRelations { chosen.insert(graph.target(of: relation)) }
        }
        chosen = chosen.filter { filter.admits(entity: $0) }.union(anchors)
        var relations = graph.relationIndices.filter {
            filter.admits(relation: $0) && chosen.contains(graph.source(of: $0)) && chosen.contains(graph.target(of: $0))
        }
        relations += extraRelations.filter { filter.admits(relation: $0) }
        if pruneIsolated {
            var linked = anchors
            for relation in relations {
                linked.insert(graph.source(of: relation))
                linked.insert(graph.target(of: relation))
            }
            chosen.formIntersection(linked)
        }
        return Subgraph(entities: chosen, relations: relations, anchors: anchors, of: graph)
    }

    private func index(_ id: EntityID, _ graph: KnowledgeGraph) throws(DiagramError) -> EntityIndex {
        guard let index = graph.index(of: id) else {
            throw .unknownEntity(name: id.rawValue, suggestions: graph.search(id.rawValue, limit: 5).map {
                EntityResolver.describe($0.entity, graph)
            })
        }
        return index
    }
}

/// The type and time conditions of a selection, and the walks that respect them.
private struct Admission {
    let selection: Selection
    let graph: KnowledgeGraph

    func admits(entity: EntityIndex) -> Bool {
        let value = graph.entity(at: entity)
        if let types = selection.nodeTypes, !types.contains(value.type) { return false }
        return selection.time.admits(dates: value.dates, isEvent: value.type == .event)
    }

    func admits(relation: RelationIndex) -> Bool {
        if let types = selection.relationTypes, !types.contains(graph.relationType(at: relation)) { return false }
        return selection.time.admits(dates: graph.payload(of: relation).dates)
            && admits(entity: graph.source(of: relation)) && admits(entity: graph.target(of: relation))
    }

    func isVocabulary(_ entity: EntityIndex) -> Bool {
        graph.schema.nodeTypes[graph.entity(at: entity).type]?.isVocabulary ?? false
    }

    /// The admitted entities within `depth` admitted relations of `seeds`, not crossing vocabulary.
    func expand(from seeds: Set<EntityIndex>, depth: Int, graph: KnowledgeGraph) -> Set<EntityIndex> {
        var seen = seeds
        var frontier = seeds.sorted()
        for _ in 0..<depth {
            var next: [EntityIndex] = []
            for entity in frontier where seeds.contains(entity) || !isVocabulary(entity) {
                for relation in graph.touching(entity) where admits(relation: relation) {
                    let other = graph.source(of: relation) == entity ? graph.target(of: relation) : graph.source(of: relation)
                    if seen.insert(other).inserted { next.append(other) }
                }
            }
            frontier = next
        }
        return seen
    }

    /// What covers `sector` or one of its sub-sectors, by a `covers` relation or a `sectors` property.
    func covering(_ sector: EntityIndex, graph: KnowledgeGraph) -> Set<EntityIndex> {
        let sectors = Set(graph.indices(ofType: .sector).filter { SectorTree(graph: graph).ancestors(of: $0).contains(sector) })
        let ids = Set(sectors.map { graph.entity(at: $0).id.rawValue })
        var items = Set<EntityIndex>()
        for relation in graph.relationIndices where admits(relation: relation) {
            let payload = graph.payload(of: relation)
            if graph.relationType(at: relation) == .covers, sectors.contains(graph.target(of: relation)) {
                items.insert(graph.source(of: relation))
            } else if let listed = payload.properties["sectors"], !ids.isDisjoint(with: listed.strings) {
                items.insert(graph.source(of: relation))
                items.insert(graph.target(of: relation))
            }
        }
        return items.union(sectors)
    }

    /// Two countries' sides and what joins them: entities linked to both sides, entities linked to
    /// one side and to those, and the institutions (with their chain of authority) that take part.
    func pair(_ countries: [EntityIndex], graph: KnowledgeGraph) -> (Set<EntityIndex>, [RelationIndex]) {
        let chain = AuthorityChain(graph: graph)
        let sides = countries.map { chain.members(of: $0).filter { admits(entity: $0) } }
        let sideOf: (EntityIndex) -> Int? = { entity in sides.firstIndex { $0.contains(entity) } }
        func neighbours(_ entity: EntityIndex) -> [EntityIndex] {
            graph.touching(entity).filter { admits(relation: $0) }.map {
                graph.source(of: $0) == entity ? graph.target(of: $0) : graph.source(of: $0)
            }
        }
        var joint = Set<EntityIndex>()
        for entity in graph.entityIndices where sideOf(entity) == nil && !isVocabulary(entity) && admits(entity: entity) {
            let touched = Set(neighbours(entity).compactMap(sideOf))
            if touched.count == 2 { joint.insert(entity) }
        }
        for entity in graph.entityIndices where sideOf(entity) == nil && !isVocabulary(entity) && admits(entity: entity) {
            let around = neighbours(entity)
            if around.contains(where: { sideOf($0) != nil }), around.contains(where: joint.contains) { joint.insert(entity) }
        }
        var chosen = joint.union(countries)
        var chainRelations: [RelationIndex] = []
        for (side, members) in sides.enumerated() {
            for member in members.sorted() where !countries.contains(member) {
                let around = neighbours(member)
                let reachesOther = around.contains { sideOf($0) == 1 - side && !countries.contains($0) }
                if around.contains(where: joint.contains) || reachesOther {
                    chosen.insert(member)
                    chainRelations += chain.chainRelations(from: member)
                }
            }
        }
        for relation in chainRelations { chosen.insert(graph.target(of: relation)) }
        return (chosen, chainRelations)
    }
}

extension KnowledgeGraph {
    /// The relations leaving or arriving at `entity`, outgoing first.
    /// - Complexity: O(degree).
    func touching(_ entity: EntityIndex) -> [RelationIndex] {
        Array(outgoing(entity)) + Array(incoming(entity))
    }
}
