import CoopBrief
import CoopDiagram
import CoopModel
import CoopQuery
import Foundation

/// Where a briefing finds its facts and drawings.
struct BriefingSources {
    /// The loaded knowledge base.
    let base: KnowledgeBase
    /// The knowledge-base folder, for `style.yaml`.
    let dataDirectory: URL
    /// The folder of view files (`Graphs/`).
    let viewsDirectory: URL
    /// The language of names and labels.
    let language: Language

    /// The subject `text` names — a view of the views folder by file name, else an entity — and
    /// the facts its briefing shows: partners, agreements and timeline from CoopQuery, the diagram
    /// from CoopDiagram (SVG, and PNG at ``BriefingDiagram/dotsPerInch``).
    func content(for text: String) throws -> (subject: BriefingSubject, content: BriefingContent) {
        let style = try StyleTable.load(dataDirectory: dataDirectory, schema: base.schema)
        if let file = viewFile(named: text) {
            let view = try ViewDefinition.load(file, graph: base.graph)
            return try viewContent(view, style: style)
        }
        let entity: EntityIndex
        do {
            entity = try resolveEntity(text, in: base.graph)
        } catch {
            let views = (try? ViewRenderer.viewFiles(in: viewsDirectory)) ?? []
            let names = views.map { $0.deletingPathExtension().lastPathComponent }
            throw CommandFailure(
                "\(error)" + (names.isEmpty ? "" : "; or brief on a view of \(viewsDirectory.relativePath): " + names.joined(separator: ", ")))
        }
        return (.entity(entity), try entityContent(entity, style: style))
    }

    /// The view file named `text` (with or without `.yaml`), if the views folder has one.
    private func viewFile(named text: String) -> URL? {
        guard !text.contains("/"), FileManager.default.fileExists(atPath: viewsDirectory.path) else { return nil }
        return try? ViewRenderer.viewFile(named: text, in: viewsDirectory)
    }

    /// The partners, agreements and dated facts of the entity and of the bodies under its authority
    /// (a ministry's briefing covers its directorates), and a drawing of those partners.
    private func entityContent(_ entity: EntityIndex, style: StyleTable) throws -> BriefingContent {
        let graph = base.graph
        let partnersAnswer = partners(PartnersQuery(entity: entity, includeSubordinates: true), in: graph)
        var content = BriefingContent()
        content.partners = partnersAnswer.links.map { partnerFact($0) }
        var listed = Set<EntityIndex>()
        for member in partnersAnswer.members {
            for row in agreements(AgreementsQuery(parties: [member]), in: graph).rows where listed.insert(row.agreement).inserted {
                content.agreements.append(agreementFact(row))
            }
            content.timeline += timeline(of: member, in: graph).entries.map(timelineFact)
        }
        // The partners and what links them; an entity without partners is drawn with its neighbours.
        var drawn = partnersAnswer.subgraph
        if partnersAnswer.links.isEmpty {
            let ego = try Selection(scope: .ego(graph.entity(at: entity).id, depth: 1)).apply(to: graph)
            drawn = AnswerSubgraph(entities: Set(ego.entities), relations: ego.relations)
        }
        let title = graph.entity(at: entity).names.name(in: language)
        func image(_ format: DiagramFormat, dpi: Double?) throws -> Data {
            try Diagram.render(
                subgraph: drawn.entities, relations: drawn.relations, of: graph, style: style, language: language,
                format: format, title: title, dpi: dpi)
        }
        content.diagram = DiagramImages(
            svg: try image(.svg, dpi: nil), png: try image(.png, dpi: Double(BriefingDiagram.dotsPerInch)))
        return content
    }

    /// The facts of a view's selection: the partners of its anchors, its agreements, its dated
    /// entities and the dated relations of its anchors, all inside the selection; drawn as the view.
    private func viewContent(_ view: ViewDefinition, style: StyleTable) throws
        -> (subject: BriefingSubject, content: BriefingContent)
    {
        let graph = base.graph
        let selection = try view.selection.apply(to: graph)
        let shown = Set(selection.entities)
        var content = BriefingContent()
        for anchor in selection.anchors {
            let links = partners(PartnersQuery(entity: anchor), in: graph).links.filter {
                shown.contains($0.partner) && $0.link.map(shown.contains) ?? true
            }
            content.partners += links.map { partnerFact($0) }
            content.timeline += timeline(of: anchor, in: graph).entries.filter { shown.contains($0.subject) }
                .map(timelineFact)
        }
        content.agreements = agreements(AgreementsQuery(), in: graph).rows.filter { shown.contains($0.agreement) }
            .map(agreementFact)
        for index in selection.entities {
            let entity = graph.entity(at: index)
            content.timeline += entity.dates.map {
                TimelineFact(date: $0.date, role: $0.role, subject: index, sources: entity.sources)
            }
        }
        let renderer = ViewRenderer(graph: graph, style: style, language: language)
        var options = renderer.options(for: view)
        let svg = try Diagram.render(selection, of: graph, options: options, format: .svg)
        options.dpi = Double(BriefingDiagram.dotsPerInch)
        let png = try Diagram.render(selection, of: graph, options: options, format: .png)
        content.diagram = DiagramImages(svg: svg, png: png)
        let title = view.title?.text(in: language) ?? view.name
        return (.view(name: view.name, title: title), content)
    }

    private func partnerFact(_ link: PartnerLink) -> PartnerFact {
        let graph = base.graph
        return PartnerFact(
            partner: link.partner, link: link.link, sectors: link.sectors(in: graph), dates: link.dates(in: graph),
            sources: link.sources(in: graph))
    }

    private func agreementFact(_ row: AgreementRow) -> AgreementFact {
        AgreementFact(agreement: row.agreement, parties: row.parties, sectors: row.sectors, relations: row.relations)
    }

    private func timelineFact(_ entry: TimelineEntry) -> TimelineFact {
        TimelineFact(date: entry.date, role: entry.role, subject: entry.subject, sources: entry.sources)
    }
}
