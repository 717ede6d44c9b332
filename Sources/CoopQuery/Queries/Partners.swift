import CoopModel

/// How two entities are found to cooperate.
public enum PartnerLinkKind: String, CaseIterable, Comparable, Sendable {
    /// Both are parties to (or beneficiaries of) one agreement.
    case agreement
    /// Both took part in (or intervened in) one event.
    case event
    /// Both support, run or benefit from one programme.
    case programme
    /// Both are members of (or run) one joint body.
    case jointBody = "joint_body"
    /// A `cooperates_with` relation says so (either direction).
    case asserted

    public static func < (lhs: PartnerLinkKind, rhs: PartnerLinkKind) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }

    /// The kind of link a node of `type` makes between its participants, if any.
    init?(linkNode type: NodeType) {
        switch type {
        case .agreement: self = .agreement
        case .event: self = .event
        case .programme: self = .programme
        case .jointBody: self = .jointBody
        default: return nil
        }
    }

    /// The relation types through which an actor takes part in a link node of this kind.
    var participation: Set<RelationType> {
        switch self {
        case .agreement: return [.partyTo, .beneficiaryOf]
        case .event: return [.tookPartIn, .intervenedIn]
        case .programme: return [.supports, .runs, .beneficiaryOf]
        case .jointBody: return [.memberOf, .runs]
        case .asserted: return [.cooperatesWith]
        }
    }
}

/// What to ask of ``partners(_:in:)``.
public struct PartnersQuery: Hashable, Sendable {
    /// The entity whose partners are wanted.
    public var entity: EntityIndex
    /// The kinds of link to follow; all by default.
    public var kinds: Set<PartnerLinkKind>
    /// Keep only links covering one of these sectors or their sub-sectors; empty keeps all.
    public var sectors: [EntityIndex]
    /// Keep only links whose facts pass this filter.
    public var time: TimeFilter
    /// Also count the partners of the bodies under the entity's authority (transitively).
    public var includeSubordinates: Bool

    /// A query for `entity`'s partners.
    public init(
        entity: EntityIndex, kinds: Set<PartnerLinkKind> = Set(PartnerLinkKind.allCases), sectors: [EntityIndex] = [],
        time: TimeFilter = .all, includeSubordinates: Bool = false
    ) {
        self.entity = entity
        self.kinds = kinds
        self.sectors = sectors
        self.time = time
        self.includeSubordinates = includeSubordinates
    }
}

/// One way in which a partner cooperates with the entity (or one of its subordinates).
public struct PartnerLink: Hashable, Sendable {
    /// The partner.
    public let partner: EntityIndex
    /// The entity itself, or the subordinate body that takes part.
    public let member: EntityIndex
    /// How they are linked.
    public let kind: PartnerLinkKind
    /// The agreement, event, programme or joint body they share; nil when asserted.
    public let link: EntityIndex?
    /// The relations that make the link, in increasing order.
    public let relations: [RelationIndex]
    /// The sectors of the link (its `covers`, or an asserted relation's `sectors`), in index order.
    public let sectors: [EntityIndex]
    /// The dates of the link node and of the relations.
    public let dates: [DatedRole]
    /// When all the facts of the link hold together; nil when none of them is dated.
    public let span: DateSpan?
    /// The citations of the link node and the relations.
    public let sources: [SourceRef]

    /// Whether no fact of the link carries a date (kept by time filters, but flagged).
    public var isUndated: Bool { span == nil }
}

/// The partners of an entity, one row per shared link.
public struct PartnersAnswer: Sendable {
    /// The entity asked about.
    public let entity: EntityIndex
    /// The entity and, with subordinates, the bodies under its authority.
    public let members: [EntityIndex]
    /// The links, sorted by partner id, kind, link id, member id.
    public let links: [PartnerLink]
    /// The members, partners, link nodes, their sectors and the relations between them.
    public let subgraph: AnswerSubgraph

    /// The distinct partners, in id order.
    public var partners: [EntityIndex] { Array(Set(links.map(\.partner))).sorted() }
}
