import CoopModel

/// Who cooperates with an entity, on what and when: co-parties of its agreements, co-participants
/// of its events, co-supporters of its programmes, fellow members of its joint bodies, and the
/// `cooperates_with` relations either way.
///
/// A link is kept when the link node and both participation relations hold together within the
/// query's time filter (see ``Validity``); undated links are kept and flagged.
/// - Complexity: O(Σ degree of the entity's link nodes), plus the subordinates' when asked.
public func partners(_ query: PartnersQuery, in graph: KnowledgeGraph) -> PartnersAnswer {
    var members = [query.entity]
    var authority: [RelationIndex] = []
    if query.includeSubordinates {
        let subordinates = graph.subordinates(of: query.entity)
        members += subordinates.entities
        authority = subordinates.relations
    }
    let memberSet = Set(members)
    let allowedSectors = query.sectors.isEmpty ? nil : graph.sectorsWithDescendants(query.sectors)

    var groups: [LinkKey: [RelationIndex]] = [:]
    for member in members {
        for (relation, other, forward) in graph.incident(member) where !memberSet.contains(other) {
            let type = graph.relationType(at: relation)
            if type == .cooperatesWith {
                guard query.kinds.contains(.asserted) else { continue }
                groups[LinkKey(partner: other, member: member, kind: .asserted, link: -1 - relation)] = [relation]
                continue
            }
            guard forward, let kind = PartnerLinkKind(linkNode: graph.type(of: other)),
                query.kinds.contains(kind), kind.participation.contains(type)
            else { continue }
            for second in graph.incoming(other) where kind.participation.contains(graph.relationType(at: second)) {
                let partner = graph.source(of: second)
                guard !memberSet.contains(partner) else { continue }
                groups[LinkKey(partner: partner, member: member, kind: kind, link: other), default: []] += [
                    relation, second,
                ]
            }
        }
    }

    let scope = TimeScope(graph: graph, filter: query.time)
    var links: [PartnerLink] = []
    for (key, relations) in groups {
        let link = key.link >= 0 ? key.link : nil
        let relations = Array(Set(relations)).sorted()
        let sectors: [EntityIndex]
        if let link {
            sectors = graph.coveredSectors(of: link).map(\.sector)
        } else {
            sectors = graph.referencedEntities(graph.payload(of: relations[0]).properties["sectors"])
        }
        if let allowedSectors, !sectors.contains(where: allowedSectors.contains) { continue }
        var spans = relations.map { scope.span(ofRelation: $0) }
        var dates = relations.flatMap { graph.payload(of: $0).dates }
        var sources = relations.flatMap { graph.payload(of: $0).sources }
        if let link {
            let node = graph.entity(at: link)
            spans.append(Validity.span(of: node.dates))
            dates += node.dates
            sources += node.sources
        }
        let span = Validity.combined(spans)
        guard query.time.admits(span) else { continue }
        links.append(
            PartnerLink(
                partner: key.partner, member: key.member, kind: key.kind, link: link, relations: relations,
                sectors: Array(Set(sectors)).sorted(), dates: Array(Set(dates)).sorted(), span: span,
                sources: Array(Set(sources)).sorted()))
    }
    links = links.sorted(byKey: { link in
        (graph.id(of: link.partner).rawValue, link.kind, link.link.map { graph.id(of: $0).rawValue } ?? "",
         graph.id(of: link.member).rawValue, link.relations)
    }) { lhs, rhs in
        if lhs.0 != rhs.0 { return lhs.0 < rhs.0 }
        if lhs.1 != rhs.1 { return lhs.1 < rhs.1 }
        if lhs.2 != rhs.2 { return lhs.2 < rhs.2 }
        if lhs.3 != rhs.3 { return lhs.3 < rhs.3 }
        return lhs.4.lexicographicallyPrecedes(rhs.4)
    }

    var entities = Set(members)
    var relations = authority
    for link in links {
        entities.insert(link.partner)
        entities.formUnion(link.sectors)
        relations += link.relations
        if let node = link.link {
            entities.insert(node)
            relations += graph.coveredSectors(of: node).map(\.relation)
        }
    }
    return PartnersAnswer(
        entity: query.entity, members: members, links: links,
        subgraph: AnswerSubgraph(entities: entities, relations: relations, in: graph))
}

/// Groups the relations of one link: a shared node, or one asserted relation (negative `link`).
private struct LinkKey: Hashable {
    let partner: EntityIndex
    let member: EntityIndex
    let kind: PartnerLinkKind
    let link: Int
}
