import CoopModel

/// Who cooperates with an entity, on what and when: co-parties of its agreements, co-participants
/// of its events, co-supporters of its programmes, fellow members of its joint bodies, and the
/// `cooperates_with` relations either way. The entity's superiors and subordinates (through
/// `under_authority_of`) are never listed as its partners.
///
/// A link is kept when the link node and both participation relations hold together within the
/// query's time filter (``CoopModel/TimeFilter``); undated links are kept (``PartnerLink/when(in:)`` is nil).
/// Links are ordered by partner, kind, link node and member, each by position in the graph.
/// - Complexity: O(Σ degree of the entity's link nodes · log), plus the subordinates' when asked.
public func partners(_ query: PartnersQuery, in graph: KnowledgeGraph) -> PartnersAnswer {
    var members = [query.entity]
    var authority: [RelationIndex] = []
    let subordinates = graph.subordinates(of: query.entity)
    if query.includeSubordinates {
        members += subordinates.entities
        authority = subordinates.relations
    }
    // A body is not its own partner, nor its superiors' or subordinates' (a ministry that signs
    // for its country does not cooperate with that country).
    let family = Set([query.entity] + subordinates.entities + graph.superiors(of: query.entity))
    let isMember = { (entity: EntityIndex) in family.count == 1 ? entity == query.entity : family.contains(entity) }
    // One (key, relation) pair per relation of a link; sorting groups each link's relations.
    var pairs: [(key: LinkKey, relation: RelationIndex)] = []
    for member in members {
        for relation in graph.outgoing(member) {
            let type = graph.relationType(at: relation)
            let other = graph.target(of: relation)
            guard !isMember(other) else { continue }
            if type == .cooperatesWith {
                if query.kinds.contains(.asserted) {
                    pairs.append((LinkKey(partner: other, kind: .asserted, link: -1 - relation, member: member), relation))
                }
                continue
            }
            guard PartnerLinkKind.anyParticipation.contains(type),
                let kind = PartnerLinkKind(linkNode: graph.type(of: other)), query.kinds.contains(kind)
            else { continue }
            let participation = kind.participation
            guard participation.contains(type) else { continue }
            for second in graph.incoming(other) where participation.contains(graph.relationType(at: second)) {
                let partner = graph.source(of: second)
                guard !isMember(partner) else { continue }
                let key = LinkKey(partner: partner, kind: kind, link: other, member: member)
                pairs.append((key, relation))
                pairs.append((key, second))
            }
        }
        guard query.kinds.contains(.asserted) else { continue }
        for relation in graph.incoming(member) where graph.relationType(at: relation) == .cooperatesWith {
            let other = graph.source(of: relation)
            guard !isMember(other) else { continue }
            pairs.append((LinkKey(partner: other, kind: .asserted, link: -1 - relation, member: member), relation))
        }
    }
    pairs.sort { $0.key != $1.key ? $0.key < $1.key : $0.relation < $1.relation }

    let allowedSectors = query.sectors.isEmpty ? nil : graph.sectorsWithDescendants(query.sectors)
    var links: [PartnerLink] = []
    var start = 0
    while start < pairs.count {
        var end = start + 1
        while end < pairs.count && pairs[end].key == pairs[start].key { end += 1 }
        var relations: [RelationIndex] = []
        for position in start..<end where relations.last != pairs[position].relation {
            relations.append(pairs[position].relation)
        }
        let key = pairs[start].key
        start = end
        let link = PartnerLink(
            partner: key.partner, member: key.member, kind: key.kind, link: key.link >= 0 ? key.link : nil,
            relations: relations)
        if let allowedSectors, !link.sectors(in: graph).contains(where: allowedSectors.contains) { continue }
        if !link.holds(query.time, in: graph) { continue }
        links.append(link)
    }
    return PartnersAnswer(entity: query.entity, members: members, links: links, authority: authority, graph: graph)
}

/// Groups the relations of one link: a shared node, or one asserted relation (negative `link`).
/// Ordered as the answer lists links.
private struct LinkKey: Equatable, Comparable {
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
