import CoopModel

/// A graph seen through a time filter (``CoopModel/TimeFilter``, ``CoopModel/FactPeriod``):
/// which entities and relations a query may use. Events, and relations to events, are dated as
/// events: once held, they stay facts of history.
struct TimeScope {
    let graph: KnowledgeGraph
    let filter: TimeFilter

    /// When an entity's own dates say it holds.
    func period(ofEntity entity: EntityIndex) -> FactPeriod {
        let value = graph.entity(at: entity)
        return FactPeriod(dates: value.dates, isEvent: value.type == .event)
    }

    /// When a relation's own dates say it holds.
    func period(ofRelation relation: RelationIndex) -> FactPeriod {
        FactPeriod(dates: graph.payload(of: relation).dates, isEvent: graph.type(of: graph.target(of: relation)) == .event)
    }

    /// Whether the entity's own dates pass the filter.
    func admits(entity: EntityIndex) -> Bool { filter.isEmpty || filter.admits(period(ofEntity: entity)) }

    /// Whether the relation's own dates pass the filter.
    func admits(ownDatesOf relation: RelationIndex) -> Bool {
        filter.isEmpty || filter.admits(period(ofRelation: relation))
    }

    /// Whether the relation and both of its endpoints pass the filter.
    func admits(relation: RelationIndex) -> Bool {
        if filter.isEmpty { return true }
        return admits(ownDatesOf: relation) && admits(entity: graph.source(of: relation))
            && admits(entity: graph.target(of: relation))
    }
}

extension FactPeriod {
    /// The days on which all of `periods` hold together, as `start..end` (either side open);
    /// nil when none of them is dated.
    static func together(_ periods: [FactPeriod]) -> String? {
        let dated = periods.filter { !$0.isUndated }
        guard !dated.isEmpty else { return nil }
        let start = dated.compactMap(\.start).max()
        let end = dated.compactMap(\.end).min()
        return "\(start.map(day) ?? "")..\(end.map(day) ?? "")"
    }

    private static func day(_ packed: Int) -> String {
        PartialDate(year: packed / 10_000, month: packed / 100 % 100, day: packed % 100)?.description ?? String(packed)
    }
}

extension TimeFilter {
    /// The filter as text, for echoing in answers: `all`, `as of 2006`, `2004..2010`.
    var summary: String {
        if isEmpty { return "all" }
        if let asOf { return "as of \(asOf)" }
        return "\(since?.description ?? "")..\(until?.description ?? "")"
    }
}
