/// A stable identifier of an entity, as written in the knowledge base (`DZ`, `fr.anru`).
public struct EntityID: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: EntityID, rhs: EntityID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The type of a node, one of those the schema declares (`country`, `agency`, …).
public struct NodeType: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: NodeType, rhs: NodeType) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let country: NodeType = "country"
    public static let ministry: NodeType = "ministry"
    public static let agency: NodeType = "agency"
    public static let organisation: NodeType = "organisation"
    public static let jointBody: NodeType = "joint_body"
    public static let sector: NodeType = "sector"
    public static let agreement: NodeType = "agreement"
    public static let event: NodeType = "event"
    public static let place: NodeType = "place"
    public static let programme: NodeType = "programme"
}

/// The type of a relation, one of those the schema declares (`party_to`, `covers`, …).
public struct RelationType: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: RelationType, rhs: RelationType) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let partyTo: RelationType = "party_to"
    public static let covers: RelationType = "covers"
    public static let underAuthorityOf: RelationType = "under_authority_of"
    public static let cooperatesWith: RelationType = "cooperates_with"
    public static let intervenedIn: RelationType = "intervened_in"
    public static let tookPartIn: RelationType = "took_part_in"
    public static let heldIn: RelationType = "held_in"
    public static let locatedIn: RelationType = "located_in"
    public static let implements: RelationType = "implements"
    public static let partOf: RelationType = "part_of"
    public static let supports: RelationType = "supports"
    public static let runs: RelationType = "runs"
    public static let monitors: RelationType = "monitors"
    public static let memberOf: RelationType = "member_of"
    public static let beneficiaryOf: RelationType = "beneficiary_of"
}

/// What a date says about its fact: signed, in force, held, … (declared in the schema).
public struct DateRole: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: DateRole, rhs: DateRole) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let signed: DateRole = "signed"
    public static let inForce: DateRole = "in_force"
    public static let adopted: DateRole = "adopted"
    public static let held: DateRole = "held"
    public static let started: DateRole = "started"
    public static let until: DateRole = "until"
    public static let created: DateRole = "created"
    public static let planned: DateRole = "planned"
}

/// A language the knowledge base names things in.
public enum Language: String, CaseIterable, Hashable, Sendable {
    case fr, en, ar
}
