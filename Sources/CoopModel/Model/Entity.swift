/// An entity's names: French always, English and Arabic where known.
public struct Names: Hashable, Sendable {
    public var fr: String
    public var en: String?
    public var ar: String?

    public init(fr: String, en: String? = nil, ar: String? = nil) {
        self.fr = fr
        self.en = en
        self.ar = ar
    }

    /// The name in `language`, falling back to French when that one is unknown.
    public func name(in language: Language) -> String {
        switch language {
        case .fr: return fr
        case .en: return en ?? fr
        case .ar: return ar ?? fr
        }
    }

    /// The text in `language`; the same as ``name(in:)``, for labels that are not names.
    public func text(in language: Language) -> String { name(in: language) }

    /// Every name that is set, French first.
    public var all: [String] { [fr] + [en, ar].compactMap { $0 } }
}

/// A short text in the three languages, French required: a type's label, a document's title.
public typealias LocalizedText = Names

/// A node of the knowledge graph: a country, ministry, agency, agreement, event, …
public struct Entity: Hashable, Sendable, Identifiable, Fact {
    public var id: EntityID
    public var type: NodeType
    public var names: Names
    public var aliases: [String]
    public var acronyms: [String]
    /// Type-specific properties, as the schema allows them; iterate `sortedProperties` for output.
    public var properties: [String: PropertyValue]
    public var dates: [DatedRole]
    public var sources: [SourceRef]
    public var note: String?

    public init(
        id: EntityID, type: NodeType, names: Names, aliases: [String] = [], acronyms: [String] = [],
        properties: [String: PropertyValue] = [:], dates: [DatedRole] = [], sources: [SourceRef] = [],
        note: String? = nil
    ) {
        self.id = id
        self.type = type
        self.names = names
        self.aliases = aliases
        self.acronyms = acronyms
        self.properties = properties
        self.dates = dates
        self.sources = sources
        self.note = note
    }

    /// The label to show: the acronym when there is one and `preferAcronym`, else the name.
    public func label(in language: Language, preferAcronym: Bool = false) -> String {
        if preferAcronym, let acronym = acronyms.first { return acronym }
        return names.name(in: language)
    }
}
