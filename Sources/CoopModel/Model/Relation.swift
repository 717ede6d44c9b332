/// An edge of the knowledge graph: a typed, dated, sourced fact linking two entities.
public struct Relation: Hashable, Sendable, Fact {
    public var type: RelationType
    public var from: EntityID
    public var to: EntityID
    public var properties: [String: PropertyValue]
    public var dates: [DatedRole]
    public var sources: [SourceRef]
    public var note: String?

    public init(
        type: RelationType, from: EntityID, to: EntityID, properties: [String: PropertyValue] = [:],
        dates: [DatedRole] = [], sources: [SourceRef] = [], note: String? = nil
    ) {
        self.type = type
        self.from = from
        self.to = to
        self.properties = properties
        self.dates = dates
        self.sources = sources
        self.note = note
    }
}

/// What entities and relations share: typed properties, dated roles and sources.
public protocol Fact {
    var properties: [String: PropertyValue] { get }
    var dates: [DatedRole] { get }
    var sources: [SourceRef] { get }
}

extension Fact {
    /// The properties in key order, for deterministic output.
    public var sortedProperties: [(key: String, value: PropertyValue)] {
        properties.sorted { $0.key < $1.key }
    }

    /// The first date with `role`, if any.
    public func date(_ role: DateRole) -> PartialDate? { dates.first { $0.role == role }?.date }
}
