import CoopModel
import Foundation

/// What a briefing is about: one entity, or a named view of the graph.
public enum BriefingSubject: Hashable, Sendable {
    /// An entity of the graph.
    case entity(EntityIndex)
    /// A saved view (e.g. a diagram of Graphs/), with its title.
    case view(name: String, title: String)
}

/// The facts a briefing shows, found by the caller (the query and diagram modules) and given by
/// graph indices; ``Briefing/assemble(subject:content:graph:language:date:sources:)`` names,
/// groups, sorts and cites them.
public struct BriefingContent: Sendable {
    /// Each way in which a partner cooperates with the subject.
    public var partners: [PartnerFact]
    /// The agreements to list.
    public var agreements: [AgreementFact]
    /// The dated facts to list.
    public var timeline: [TimelineFact]
    /// The diagram, drawn once as SVG and once as PNG at 200 dpi.
    public var diagram: DiagramImages?

    /// Content of these facts.
    public init(
        partners: [PartnerFact] = [], agreements: [AgreementFact] = [], timeline: [TimelineFact] = [],
        diagram: DiagramImages? = nil
    ) {
        self.partners = partners
        self.agreements = agreements
        self.timeline = timeline
        self.diagram = diagram
    }
}

/// One link between the subject and a partner (maps a query's partner link).
public struct PartnerFact: Hashable, Sendable {
    /// The partner.
    public var partner: EntityIndex
    /// The agreement, event, programme or joint body they share; nil when a relation links them directly.
    public var link: EntityIndex?
    /// The sectors of the link.
    public var sectors: [EntityIndex]
    /// The dates of the link.
    public var dates: [DatedRole]
    /// The citations of the link.
    public var sources: [SourceRef]

    /// A partner link.
    public init(partner: EntityIndex, link: EntityIndex?, sectors: [EntityIndex], dates: [DatedRole], sources: [SourceRef]) {
        self.partner = partner
        self.link = link
        self.sectors = sectors
        self.dates = dates
        self.sources = sources
    }
}

/// One agreement with its parties and sectors (maps a query's agreement row).
public struct AgreementFact: Hashable, Sendable {
    /// The agreement entity.
    public var agreement: EntityIndex
    /// Its parties and beneficiaries.
    public var parties: [EntityIndex]
    /// The sectors it covers.
    public var sectors: [EntityIndex]
    /// The relations that link it to its parties and sectors; their sources are cited too.
    public var relations: [RelationIndex]

    /// An agreement row.
    public init(agreement: EntityIndex, parties: [EntityIndex], sectors: [EntityIndex], relations: [RelationIndex]) {
        self.agreement = agreement
        self.parties = parties
        self.sectors = sectors
        self.relations = relations
    }
}

/// One dated fact (maps a query's timeline entry).
public struct TimelineFact: Hashable, Sendable {
    /// When.
    public var date: PartialDate
    /// What the date says (signed, held, …).
    public var role: DateRole
    /// The entity the date belongs to.
    public var subject: EntityIndex
    /// The citations of the fact.
    public var sources: [SourceRef]

    /// A dated fact.
    public init(date: PartialDate, role: DateRole, subject: EntityIndex, sources: [SourceRef]) {
        self.date = date
        self.role = role
        self.subject = subject
        self.sources = sources
    }
}

/// A diagram drawn twice: SVG for Markdown and HTML, PNG (200 dpi) for DOCX.
public struct DiagramImages: Hashable, Sendable {
    /// The SVG document.
    public var svg: Data
    /// The PNG image.
    public var png: Data

    /// The two renderings of one diagram.
    public init(svg: Data, png: Data) {
        self.svg = svg
        self.png = png
    }
}
