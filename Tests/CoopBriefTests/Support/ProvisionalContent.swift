import CoopBrief
import CoopModel

/// A test-only stand-in for the query module: the entity's agreements, the co-parties and
/// co-participants found through them, its direct cooperation links, and the dates of all these.
/// The product fills ``BriefingContent`` from CoopQuery instead.
enum ProvisionalContent {
    static func make(for entity: EntityIndex, in graph: KnowledgeGraph) -> BriefingContent {
        var content = BriefingContent()
        let own = graph.entity(at: entity)
        for dated in own.dates {
            content.timeline.append(TimelineFact(date: dated.date, role: dated.role, subject: entity, sources: own.sources))
        }
        for relation in graph.outgoing(entity) {
            let link = graph.target(of: relation)
            let linkEntity = graph.entity(at: link)
            switch graph.relationType(at: relation) {
            case .partyTo, .tookPartIn, .intervenedIn, .memberOf, .runs, .supports, .beneficiaryOf:
                let participants = graph.incoming(link).filter { participation.contains(graph.relationType(at: $0)) }
                let sectors = graph.outgoing(link).filter { graph.relationType(at: $0) == .covers }
                let sectorIndices = sectors.map { graph.target(of: $0) }
                for other in participants where graph.source(of: other) != entity {
                    let sources = linkEntity.sources + graph.payload(of: relation).sources
                        + graph.payload(of: other).sources
                    content.partners.append(
                        PartnerFact(
                            partner: graph.source(of: other), link: link, sectors: sectorIndices,
                            dates: linkEntity.dates, sources: sources))
                }
                if linkEntity.type == .agreement {
                    content.agreements.append(
                        AgreementFact(
                            agreement: link, parties: participants.map { graph.source(of: $0) }, sectors: sectorIndices,
                            relations: Array(participants) + Array(sectors)))
                }
                for dated in linkEntity.dates {
                    content.timeline.append(
                        TimelineFact(date: dated.date, role: dated.role, subject: link, sources: linkEntity.sources))
                }
            case .cooperatesWith:
                let payload = graph.payload(of: relation)
                let sectors = (payload.properties["sectors"]?.strings ?? []).compactMap { graph.index(of: EntityID($0)) }
                content.partners.append(
                    PartnerFact(partner: link, link: nil, sectors: sectors, dates: payload.dates, sources: payload.sources))
            default:
                continue
            }
        }
        return content
    }

    static let participation: Set<RelationType> = [
        .partyTo, .tookPartIn, .intervenedIn, .memberOf, .runs, .supports, .beneficiaryOf,
    ]
}
