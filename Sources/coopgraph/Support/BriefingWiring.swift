import CoopBrief
import CoopModel
import Foundation

/// Why the subject of a briefing could not be found.
struct BriefSubjectError: Error, CustomStringConvertible {
    let description: String
}

// MARK: - WIRING POINT (lead): connect CoopQuery and CoopDiagram here.
//
// `makeBriefingContent` is the ONE place where the briefing gets its facts. Until the query and
// diagram modules are merged, it resolves entities only and draws a provisional ego-network
// diagram (depth 1); its tables stay empty. Once they land, fill `content` like this:
//
//   let partners = CoopQuery.partners(PartnersQuery(entity: entity), in: graph)
//   content.partners = partners.links.map {
//       PartnerFact(partner: $0.partner, link: $0.link, sectors: $0.sectors, dates: $0.dates, sources: $0.sources) }
//   let agreements = CoopQuery.agreements(AgreementsQuery(parties: [entity]), in: graph)
//   content.agreements = agreements.rows.map {
//       AgreementFact(agreement: $0.agreement, parties: $0.parties, sectors: $0.sectors, relations: $0.relations) }
//   content.timeline = CoopQuery.timeline(of: entity, in: graph).entries.map {
//       TimelineFact(date: $0.date, role: $0.role, subject: $0.subject, sources: $0.sources) }
//   content.diagram = DiagramImages(svg: <CoopDiagram render .svg>, png: <render .png at 200 dpi>)
//
// and resolve a VIEW name (Graphs/) to `.view(name:title:)` with the view's own rows and diagram.

/// The subject named on the command line and the facts its briefing shows.
func makeBriefingContent(
    subject text: String, base: KnowledgeBase, language: Language
) throws -> (subject: BriefingSubject, content: BriefingContent) {
    let graph = base.graph
    let matches = graph.lookup(text)
    guard let entity = matches.first else {
        throw BriefSubjectError(
            description: "'\(text)' names no entity of the knowledge base; give an id (e.g. dz.miclat), a name, "
                + "an alias or an acronym (views of Graphs/ are not available in this build)")
    }
    guard matches.count == 1 else {
        let ids = matches.map { graph.entity(at: $0).id.rawValue }.sorted().joined(separator: ", ")
        throw BriefSubjectError(description: "'\(text)' names several entities (\(ids)); give one of these ids")
    }
    var content = BriefingContent()
    content.diagram = try EgoDiagram(entity: entity, graph: graph, language: language).images()
    return (.entity(entity), content)
}
