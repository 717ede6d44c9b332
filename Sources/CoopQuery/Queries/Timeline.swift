import CoopModel

/// One dated fact about an entity.
public struct TimelineEntry: Hashable, Sendable {
    public let date: PartialDate
    public let role: DateRole
    /// The entity the date belongs to: the entity itself, or a dated neighbour (agreement, event, …).
    public let subject: EntityIndex
    /// The relation the date belongs to, or that links the neighbour; nil for the entity's own dates.
    public let relation: RelationIndex?
    /// Whether the date is the relation's own (true) or the subject entity's (false).
    public let onRelation: Bool
    public let sources: [SourceRef]
}

/// The entity's dated facts, in date order.
public struct TimelineAnswer: Sendable {
    public let entity: EntityIndex
    public let entries: [TimelineEntry]
    /// The entity, the neighbours and relations whose dates are listed.
    public let subgraph: AnswerSubgraph
}

/// The entity's own dates, the dates of its relations, and the dates of the agreements, events,
/// programmes and joint bodies it is linked to, by date (earliest day first), role and subject id.
/// With a time filter, `asOf` keeps the entries dated by then, a window those dated within it.
/// - Complexity: O(degree · d) for about d dates per fact, plus sorting.
public func timeline(of entity: EntityIndex, in graph: KnowledgeGraph, time: TimeFilter = .none) -> TimelineAnswer {
    var entries: [TimelineEntry] = []
    let own = graph.entity(at: entity)
    for dated in own.dates {
        entries.append(TimelineEntry(date: dated.date, role: dated.role, subject: entity, relation: nil, onRelation: false, sources: own.sources))
    }
    for (relation, other, _) in graph.incident(entity) {
        let payload = graph.payload(of: relation)
        for dated in payload.dates {
            entries.append(TimelineEntry(date: dated.date, role: dated.role, subject: other, relation: relation, onRelation: true, sources: payload.sources))
        }
        let neighbour = graph.entity(at: other)
        guard PartnerLinkKind(linkNode: neighbour.type) != nil else { continue }
        for dated in neighbour.dates {
            entries.append(TimelineEntry(date: dated.date, role: dated.role, subject: other, relation: relation, onRelation: false, sources: neighbour.sources))
        }
    }
    // Each entry is a dated moment: as of Y keeps what happened by Y; a window keeps what falls in it.
    entries = Array(Set(entries)).filter { time.admits(dates: [DatedRole(.held, $0.date)], isEvent: true) }
    entries = entries.sorted(byKey: {
        ($0.date.earliest, $0.date, $0.role, graph.id(of: $0.subject), $0.onRelation ? 1 : 0, $0.relation ?? -1)
    }) { lhs, rhs in
        if lhs.0 != rhs.0 { return lhs.0 < rhs.0 }
        if lhs.1 != rhs.1 { return lhs.1 < rhs.1 }
        if lhs.2 != rhs.2 { return lhs.2 < rhs.2 }
        if lhs.3 != rhs.3 { return lhs.3 < rhs.3 }
        return (lhs.4, lhs.5) < (rhs.4, rhs.5)
    }
    return TimelineAnswer(
        entity: entity, entries: entries,
        subgraph: AnswerSubgraph(entities: [entity], relations: entries.compactMap(\.relation), in: graph))
}

extension TimelineAnswer {
    /// One row per dated fact.
    public func resultSet(in graph: KnowledgeGraph, language: Language = .fr, time: TimeFilter) -> ResultSet {
        let rows: [[JSONValue]] = entries.map { entry in
            [
                .string(entry.date.description), .string(entry.role.rawValue), Cells.id(entry.subject, graph),
                Cells.name(entry.subject, graph, language), Cells.type(entry.subject, graph),
                entry.relation.map { .string(graph.relationType(at: $0).rawValue) } ?? .null,
                .string(entry.onRelation ? "relation" : "entity"), Cells.sources(entry.sources),
            ]
        }
        return ResultSet(
            command: "timeline",
            query: [JSONField("entity", Cells.id(entity, graph)), JSONField("time", .string(time.summary))],
            columns: ["date", "role", "subject_id", "subject", "subject_type", "relation", "dated", "sources"],
            rows: rows, subgraph: subgraph)
    }
}
