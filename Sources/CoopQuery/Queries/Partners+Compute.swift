import CoopModel

/// Who cooperates with an entity, on what and when: co-parties of its agreements, co-participants
/// of its events, co-supporters of its programmes, fellow members of its joint bodies, and the
/// `cooperates_with` relations either way.
///
/// A link is kept when the link node and both participation relations hold together within the
/// query's time filter (see ``Validity``); undated links are kept (``PartnerLink/span(in:)`` is nil).
/// Links are ordered by partner, kind, link node and member, each by position in the graph.
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
    var groups: [LinkKey: [RelationIndex]] = [:]
    for member in members {
        for relation in graph.outgoing(member) {
            let type = graph.relationType(at: relation)
            let other = graph.target(of: relation)
            guard !memberSet.contains(other) else { continue }
            if type == .cooperatesWith {
                if query.kinds.contains(.asserted) {
                    groups[LinkKey(partner: other, kind: .asserted, link: -1 - relation, member: member)] = [relation]
                }
                continue
            }
            guard PartnerLinkKind.anyParticipation.contains(type), let kind = PartnerLinkKind(linkNode: graph.type(of: other)),
                query.kinds.contains(kind)
            else { continue }
            let participation = kind.participation
            guard participation.contains(type) else { continue }
            for second in graph.incoming(other) where participation.contains(graph.relationType(at: second)) {
                let partner = graph.source(of: second)
                guard !memberSet.contains(partner) else { continue }
                groups[LinkKey(partner: partner, kind: kind, link: other, member: member), default: []] += [relation, second]
            }
        }
        guard query.kinds.contains(.asserted) else { continue }
        for relation in graph.incoming(member) where graph.relationType(at: relation) == .cooperatesWith {
            let other = graph.source(of: relation)
            guard !memberSet.contains(other) else { continue }
            groups[LinkKey(partner: other, kind: .asserted, link: -1 - relation, member: member)] = [relation]
        }
    }

    let allowedSectors = query.sectors.isEmpty ? nil : graph.sectorsWithDescendants(query.sectors)
    var links: [PartnerLink] = []
    links.reserveCapacity(groups.count)
    for key in groups.keys.sorted() {
        let relations = groups[key] ?? []
        let link = PartnerLink(
            partner: key.partner, member: key.member, kind: key.kind, link: key.link >= 0 ? key.link : nil,
            relations: Array(Set(relations)).sorted())
        if let allowedSectors, !link.sectors(in: graph).contains(where: allowedSectors.contains) { continue }
        if !query.time.keepsAll && !query.time.admits(link.span(in: graph)) { continue }
        links.append(link)
    }

    var entities = Set(members)
    var relations = authority
    for link in links {
        entities.insert(link.partner)
        relations += link.relations
        if let node = link.link {
            entities.insert(node)
            for (sector, relation) in graph.coveredSectors(of: node) {
                entities.insert(sector)
                relations.append(relation)
            }
        } else {
            entities.formUnion(link.sectors(in: graph))
        }
    }
    return PartnersAnswer(
        entity: query.entity, members: members, links: links,
        subgraph: AnswerSubgraph(entities: entities, relations: relations, in: graph))
}

/// Groups the relations of one link: a shared node, or one asserted relation (negative `link`).
/// Ordered as the answer lists links.
private struct LinkKey: Hashable, Comparable {
    let partner: EntityIndex
    let kind: PartnerLinkKind
    let link: Int
    let member: EntityIndex

    static func < (lhs: LinkKey, rhs: LinkKey) -> Bool {
        if lhs.partner != rhs.partner { return lhs.partner < rhs.partner }
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        if lhs.link != rhs.link { return lhs.link < rhs.link }
        return lhs.member < rhs.member
    }
}
