import CoopModel

/// The partners that cooperate with the subject in one sector.
public struct SectorPartnersRow: Hashable, Sendable {
    /// The sector's name, or the "sector not given" label.
    public let sector: String
    /// The partners' names, sorted.
    public let partners: [String]
    /// How they cooperate (through an agreement, an event, directly, …), sorted.
    public let links: [String]
    /// The span of the dates of those links, e.g. `2007-12 – 2014-04-01`; empty when undated.
    public let period: String
    /// The sources of every fact in the row, sorted.
    public let sources: [SourceRef]

    /// A row of the partners-by-sector table.
    public init(sector: String, partners: [String], links: [String], period: String, sources: [SourceRef]) {
        self.sector = sector
        self.partners = partners
        self.links = links
        self.period = period
        self.sources = sources
    }
}

/// One agreement with its date, parties and sectors.
public struct AgreementEntry: Hashable, Sendable {
    /// The date it was signed (else its first date); nil when undated.
    public let date: PartialDate?
    /// The agreement's name.
    public let name: String
    /// The parties' names, sorted.
    public let parties: [String]
    /// The sectors' names, sorted.
    public let sectors: [String]
    /// The sources of the agreement and of its party and sector links, sorted.
    public let sources: [SourceRef]

    /// A row of the agreements table.
    public init(date: PartialDate?, name: String, parties: [String], sectors: [String], sources: [SourceRef]) {
        self.date = date
        self.name = name
        self.parties = parties
        self.sectors = sectors
        self.sources = sources
    }
}

/// One dated fact of the timeline.
public struct TimelineItem: Hashable, Sendable {
    /// When it happened.
    public let date: PartialDate
    /// What happened: the subject's name and the date's role.
    public let event: String
    /// Its sources, sorted.
    public let sources: [SourceRef]

    /// A row of the timeline.
    public init(date: PartialDate, event: String, sources: [SourceRef]) {
        self.date = date
        self.event = event
        self.sources = sources
    }
}
