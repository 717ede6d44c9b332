import CoopModel

extension PartnersAnswer {
    /// One row per link: partner, how, sectors, when, sources.
    public func resultSet(in graph: KnowledgeGraph, language: Language = .fr, query: PartnersQuery) -> ResultSet {
        var columns = ["partner_id", "partner", "partner_type", "via", "link_id", "link", "sectors", "when", "dates",
            "sources"]
        let showMember = members.count > 1
        if showMember { columns.insert("member_id", at: 3) }
        var undated = 0
        let rows: [[JSONValue]] = links.map { link in
            let when = link.when(in: graph)
            if when == nil { undated += 1 }
            var row: [JSONValue] = [
                Cells.id(link.partner, graph), Cells.name(link.partner, graph, language), Cells.type(link.partner, graph),
                .string(link.kind.rawValue), link.link.map { Cells.id($0, graph) } ?? .null,
                link.link.map { Cells.name($0, graph, language) } ?? .string("asserted"),
                Cells.ids(link.sectors(in: graph), graph), .string(when ?? "undated"),
                Cells.dates(link.dates(in: graph)), Cells.sources(link.sources(in: graph)),
            ]
            if showMember { row.insert(Cells.id(link.member, graph), at: 3) }
            return row
        }
        var notes: [String] = []
        if undated > 0 && !query.time.isEmpty {
            notes.append("\(undated) undated link(s) kept: no date says when they hold")
        }
        var result = ResultSet(
            command: "partners",
            query: [
                JSONField("entity", Cells.id(entity, graph)),
                JSONField("via", .array(query.kinds.sorted().map { .string($0.rawValue) })),
                JSONField("sectors", Cells.ids(query.sectors, graph)),
                JSONField("time", .string(query.time.summary)),
                JSONField("include_subordinates", .bool(query.includeSubordinates)),
                JSONField("members", Cells.ids(members, graph)),
                JSONField("partner_count", .int(partners.count)),
            ],
            columns: columns, rows: rows, notes: notes, subgraph: subgraph)
        result.showNames(in: "sectors", of: links.flatMap { $0.sectors(in: graph) }, graph: graph, language: language)
        return result
    }
}
