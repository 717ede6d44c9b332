import CoopModel

extension Briefing {
    /// Assembles the briefing of `subject`: names every index in `language`, groups partners by
    /// sector, sorts every table, and numbers the sources.
    /// - Parameters:
    ///   - date: the day the briefing is prepared (the CLI passes today; tests a fixed day).
    ///   - sources: the catalog of cited documents, for their titles in the source list.
    /// - Complexity: O(n log n) for n facts.
    public static func assemble(
        subject: BriefingSubject, content: BriefingContent, graph: KnowledgeGraph, language: Language,
        date: PartialDate, sources: SourceCatalog? = nil
    ) throws(BriefError) -> Briefing {
        let namer = try Namer(graph: graph, language: language, content: content, subject: subject)
        let labels = BriefingLabels(language)
        let (title, subtitle) = namer.heading(of: subject)
        var diagram: BriefingDiagram?
        if let images = content.diagram {
            diagram = try BriefingDiagram(svg: images.svg, png: images.png, altText: labels.diagramAlt(title))
        }
        var titles: [String: String] = [:]
        for document in sources?.documents ?? [] { titles[document.file] = document.title.text(in: language) }
        return try Briefing(
            title: title, subtitle: subtitle, date: date, language: language, diagram: diagram,
            partnersBySector: PartnerSummary.rows(content.partners, namer: namer, labels: labels),
            agreements: agreementEntries(content.agreements, namer: namer),
            timeline: timelineItems(content.timeline, namer: namer),
            documentTitles: titles)
    }

    private static func agreementEntries(_ facts: [AgreementFact], namer: Namer) -> [AgreementEntry] {
        var entries: [AgreementEntry] = []
        var seen = Set<EntityIndex>()
        for fact in facts where seen.insert(fact.agreement).inserted {
            let entity = namer.graph.entity(at: fact.agreement)
            var sources = entity.sources
            for relation in fact.relations { sources += namer.graph.payload(of: relation).sources }
            entries.append(
                AgreementEntry(
                    date: entity.date(.signed) ?? entity.dates.min()?.date, name: namer.name(fact.agreement),
                    parties: namer.names(fact.parties), sectors: namer.names(fact.sectors),
                    sources: Array(Set(sources)).sorted()))
        }
        return entries.sorted { lhs, rhs in
            switch (lhs.date, rhs.date) {
            case let (left?, right?) where left != right: return left < right
            case (nil, _?): return false
            case (_?, nil): return true
            default:
                if lhs.name != rhs.name { return Namer.precedes(lhs.name, rhs.name) }
                return lhs.sources.description < rhs.sources.description
            }
        }
    }

    private static func timelineItems(_ facts: [TimelineFact], namer: Namer) -> [TimelineItem] {
        // One row per (date, role, subject); a fact reached twice keeps the sources of both.
        struct Key: Hashable { let date: PartialDate, role: DateRole, subject: EntityIndex }
        var sources: [Key: Set<SourceRef>] = [:]
        for fact in facts {
            sources[Key(date: fact.date, role: fact.role, subject: fact.subject), default: []].formUnion(fact.sources)
        }
        return sources.map { key, refs in
            TimelineItem(
                date: key.date, event: "\(namer.name(key.subject)) — \(namer.role(key.role))",
                sources: refs.sorted())
        }
        .sorted { ($0.date, $0.event, $0.sources.description) < ($1.date, $1.event, $1.sources.description) }
    }
}
