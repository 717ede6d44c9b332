import CoopModel

/// Groups partner links by sector into the rows of the partners-by-sector table.
enum PartnerSummary {
    /// One row per sector (links naming none share the "sector not stated" row, listed last),
    /// sorted by sector name.
    /// - Complexity: O(n log n) for n links.
    static func rows(_ facts: [PartnerFact], namer: Namer, labels: BriefingLabels) -> [SectorPartnersRow] {
        struct Group {
            var partners = Set<String>()
            var links = Set<String>()
            var dates: [PartialDate] = []
            var sources = Set<SourceRef>()
        }
        var groups: [EntityIndex?: Group] = [:]
        for fact in facts {
            let link = fact.link.map { namer.typeLabel(namer.graph.entity(at: $0).type) } ?? labels.directCooperation
            let sectors: [EntityIndex?] = fact.sectors.isEmpty ? [nil] : fact.sectors
            for sector in sectors {
                groups[sector, default: Group()].partners.insert(namer.name(fact.partner))
                groups[sector, default: Group()].links.insert(link)
                groups[sector, default: Group()].dates += fact.dates.map(\.date)
                groups[sector, default: Group()].sources.formUnion(fact.sources)
            }
        }
        let rows = groups.map { sector, group in
            (
                stated: sector != nil,
                row: SectorPartnersRow(
                    sector: sector.map(namer.name) ?? labels.unspecifiedSector, partners: Namer.readingOrder(group.partners),
                    links: group.links.sorted(), period: period(group.dates), sources: group.sources.sorted())
            )
        }
        return rows.sorted { lhs, rhs in
            if lhs.stated != rhs.stated { return lhs.stated }
            if lhs.row.sector != rhs.row.sector { return Namer.precedes(lhs.row.sector, rhs.row.sector) }
            return lhs.row.partners.joined(separator: "\n") < rhs.row.partners.joined(separator: "\n")
        }.map(\.row)
    }

    /// `first – last`, the first alone when they agree, or empty for no dates.
    static func period(_ dates: [PartialDate]) -> String {
        guard let first = dates.min(), let last = dates.max() else { return "" }
        return first == last ? first.description : "\(first) – \(last)"
    }
}
