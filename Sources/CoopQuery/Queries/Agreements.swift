import CoopModel

/// What to ask of ``agreements(_:in:)``.
public struct AgreementsQuery: Hashable, Sendable {
    /// Keep agreements to which every one of these is a party (or beneficiary); empty keeps all.
    public var parties: [EntityIndex]
    /// Keep agreements covering one of these sectors or their sub-sectors; empty keeps all.
    public var sectors: [EntityIndex]
    /// Keep agreements whose own dates pass this filter.
    public var time: TimeFilter

    /// A query over all agreements, narrowed by parties, sectors and time.
    public init(parties: [EntityIndex] = [], sectors: [EntityIndex] = [], time: TimeFilter = .none) {
        self.parties = parties
        self.sectors = sectors
        self.time = time
    }
}

/// One agreement with its dates, parties and sectors.
public struct AgreementRow: Hashable, Sendable {
    public let agreement: EntityIndex
    /// The parties and beneficiaries, in id order.
    public let parties: [EntityIndex]
    /// The sectors it covers, in id order.
    public let sectors: [EntityIndex]
    /// When it holds (from `in_force`, else `signed`, … until `until`).
    public let period: FactPeriod
    /// The `party_to`, `beneficiary_of` and `covers` relations.
    public let relations: [RelationIndex]
}

/// The agreements matching a query, by date (undated last) then id.
public struct AgreementsAnswer: Sendable {
    public let rows: [AgreementRow]
    /// The agreements, their parties and sectors, and the relations between them.
    public let subgraph: AnswerSubgraph
}

/// The agreements matching the parties, sectors and time filter, oldest first.
/// - Complexity: O(a · d) for a agreements of about d relations each.
public func agreements(_ query: AgreementsQuery, in graph: KnowledgeGraph) -> AgreementsAnswer {
    let allowedSectors = query.sectors.isEmpty ? nil : graph.sectorsWithDescendants(query.sectors)
    var rows: [AgreementRow] = []
    for agreement in graph.indices(ofType: .agreement) {
        let period = FactPeriod(dates: graph.entity(at: agreement).dates)
        guard query.time.admits(period) else { continue }
        let participation = graph.incoming(agreement).filter {
            PartnerLinkKind.agreement.participation.contains(graph.relationType(at: $0))
        }
        let parties = Set(participation.map { graph.source(of: $0) })
        guard query.parties.allSatisfy(parties.contains) else { continue }
        let covered = graph.coveredSectors(of: agreement)
        if let allowedSectors, !covered.contains(where: { allowedSectors.contains($0.sector) }) { continue }
        let byID = { (entities: [EntityIndex]) in entities.sorted(byKey: graph.id(of:)) }
        rows.append(
            AgreementRow(
                agreement: agreement, parties: byID(Array(parties)), sectors: byID(Array(Set(covered.map(\.sector)))),
                period: period, relations: (participation + covered.map(\.relation)).sorted()))
    }
    rows = rows.sorted(byKey: { ($0.period.start ?? Int.max, graph.id(of: $0.agreement)) }, <)
    return AgreementsAnswer(
        rows: rows,
        subgraph: AnswerSubgraph(entities: Set(rows.map(\.agreement)), relations: rows.flatMap(\.relations), in: graph))
}

extension AgreementsAnswer {
    /// One row per agreement: kind, signed, in force, until, parties, sectors, sources.
    public func resultSet(in graph: KnowledgeGraph, language: Language = .fr, query: AgreementsQuery) -> ResultSet {
        let table: [[JSONValue]] = rows.map { row in
            let entity = graph.entity(at: row.agreement)
            return [
                .string(entity.id.rawValue), .string(entity.label(in: language)),
                .optional(entity.properties["kind"]?.description), Cells.date(entity.date(.signed)),
                Cells.date(entity.date(.inForce)), Cells.date(entity.date(.until)),
                Cells.ids(row.parties, graph), Cells.ids(row.sectors, graph), Cells.sources(entity.sources),
            ]
        }
        let undated = rows.filter(\.period.isUndated).count
        var result = ResultSet(
            command: "agreements",
            query: [
                JSONField("parties", Cells.ids(query.parties, graph)), JSONField("sectors", Cells.ids(query.sectors, graph)),
                JSONField("time", .string(query.time.summary)),
            ],
            columns: ["id", "name", "kind", "signed", "in_force", "until", "parties", "sectors", "sources"],
            rows: table,
            notes: undated > 0 && !query.time.isEmpty ? ["\(undated) undated agreement(s) kept"] : [],
            subgraph: subgraph)
        result.showNames(in: "sectors", of: rows.flatMap(\.sectors), graph: graph, language: language)
        return result
    }
}
