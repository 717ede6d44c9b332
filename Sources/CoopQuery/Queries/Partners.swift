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
    var participation: [RelationType] {
        switch self {
        case .agreement: return Self.agreementParticipation
        case .event: return Self.eventParticipation
        case .programme: return Self.programmeParticipation
        case .jointBody: return Self.jointBodyParticipation
        case .asserted: return Self.assertedParticipation
        }
    }

    /// Every relation type through which an actor takes part in some link node.
    static let anyParticipation: [RelationType] = [.partyTo, .beneficiaryOf, .tookPartIn, .intervenedIn, .supports, .runs, .memberOf]

    private static let agreementParticipation: [RelationType] = [.partyTo, .beneficiaryOf]
    private static let eventParticipation: [RelationType] = [.tookPartIn, .intervenedIn]
    private static let programmeParticipation: [RelationType] = [.supports, .runs, .beneficiaryOf]
    private static let jointBodyParticipation: [RelationType] = [.memberOf, .runs]
    private static let assertedParticipation: [RelationType] = [.cooperatesWith]
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
        time: TimeFilter = .none, includeSubordinates: Bool = false
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
    /// The relations that make the link, in increasing order: a slice of one array that the
    /// answer's links share.
    public let relations: ArraySlice<RelationIndex>
}

extension PartnerLink {
    /// The sectors of the link (its `covers`, or an asserted relation's `sectors`), in index order.
    /// - Complexity: O(out-degree of the link node).
    public func sectors(in graph: KnowledgeGraph) -> [EntityIndex] {
        let found: [EntityIndex]
        if let link {
            found = graph.coveredSectors(of: link).map(\.sector)
        } else {
            found = relations.flatMap { graph.referencedEntities(graph.payload(of: $0).properties["sectors"]) }
        }
        return Array(Set(found)).sorted()
    }

    /// The dates of the link node and of the relations, in date order.
    public func dates(in graph: KnowledgeGraph) -> [DatedRole] {
        let own = link.map { graph.entity(at: $0).dates } ?? []
        return Array(Set(own + relations.flatMap { graph.payload(of: $0).dates })).sorted()
    }

    /// When the link node and all the relations hold together, as `start..end`; nil when undated.
    public func when(in graph: KnowledgeGraph) -> String? { FactPeriod.together(periods(in: graph)) }

    /// Whether the link node and every relation of the link pass `filter` (undated facts pass).
    public func holds(_ filter: TimeFilter, in graph: KnowledgeGraph) -> Bool {
        filter.isEmpty || periods(in: graph).allSatisfy(filter.admits)
    }

    private func periods(in graph: KnowledgeGraph) -> [FactPeriod] {
        let scope = TimeScope(graph: graph, filter: .none)
        return (link.map { [scope.period(ofEntity: $0)] } ?? []) + relations.map(scope.period(ofRelation:))
    }

    /// The citations of the link node and the relations, sorted.
    public func sources(in graph: KnowledgeGraph) -> [SourceRef] {
        let own = link.map { graph.entity(at: $0).sources } ?? []
        return Array(Set(own + relations.flatMap { graph.payload(of: $0).sources })).sorted()
    }
}

/// The partners of an entity, one row per shared link.
public struct PartnersAnswer: Sendable {
    /// The entity asked about.
    public let entity: EntityIndex
    /// The entity and, with subordinates, the bodies under its authority.
    public let members: [EntityIndex]
    /// The links, sorted by partner, kind, link node and member (by position in the graph).
    public let links: [PartnerLink]
    /// The `under_authority_of` relations that bring in the subordinates.
    let authority: [RelationIndex]
    let graph: KnowledgeGraph

    /// The members, partners, link nodes, their sectors and the relations between them; computed on demand.
    /// - Complexity: O(Σ relations of the links).
    public var subgraph: AnswerSubgraph {
        var entities = Set(members)
        var relations = authority
        for link in links {
            entities.insert(link.partner)
            relations += link.relations
            if let node = link.link {
                entities.insert(node)
                for (sector, relation) in graph.coveredSectors(of: node) {
                    entities.insert(sector)
                    relations.append(relation)
                }
            } else {
                entities.formUnion(link.sectors(in: graph))
            }
        }
        return AnswerSubgraph(entities: entities, relations: relations, in: graph)
    }

    /// The distinct partners, by position in the graph.
    public var partners: [EntityIndex] {
        var result: [EntityIndex] = []
        for link in links where result.last != link.partner { result.append(link.partner) }
        return result
    }
}
