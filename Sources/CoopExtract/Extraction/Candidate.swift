import CoopModel

/// Where a candidate was read: document, 1-based line, and a span of that line.
///
/// `start` and `end` count **Unicode scalars** from the start of the line, end exclusive,
/// so `Array(line.unicodeScalars)[start..<end]` is the matched text.
public struct Evidence: Hashable, Sendable, Comparable {
    public var document: String
    public var line: Int
    public var start: Int
    public var end: Int
    /// The matched text.
    public var text: String
    /// The sentence it was read in.
    public var sentence: String

    /// Evidence at `line` of `document`.
    public init(document: String, line: Int, start: Int, end: Int, text: String, sentence: String) {
        self.document = document
        self.line = line
        self.start = start
        self.end = end
        self.text = text
        self.sentence = sentence
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.line, lhs.start, lhs.end) < (rhs.document, rhs.line, rhs.start, rhs.end)
    }

    /// The citation of this evidence, `FILE:LINE`.
    public var source: SourceRef { SourceRef(document: document, line: line) }
}

/// Whether a person has accepted a candidate.
public enum ReviewStatus: String, Hashable, Sendable, CaseIterable {
    case pending, accepted, rejected
}

/// What the review file says about a candidate besides the fact itself.
public struct Review: Hashable, Sendable {
    /// A short id to accept or reject the candidate by (`c0001`).
    public var id: String
    public var status: ReviewStatus
    /// How sure the rule is, in [0, 1].
    public var confidence: Double
    /// The rule that produced the candidate (`country.name`, `org.acronym-definition`, …).
    public var rule: String
    /// Whether the entity is already in the knowledge base under this id.
    public var existing: Bool
    public var evidence: [Evidence]

    /// A review record.
    public init(
        id: String = "", status: ReviewStatus = .pending, confidence: Double, rule: String, existing: Bool = false,
        evidence: [Evidence]
    ) {
        self.id = id
        self.status = status
        self.confidence = confidence
        self.rule = rule
        self.existing = existing
        self.evidence = evidence
    }
}

/// A proposed entity with its review record.
public struct CandidateEntity: Hashable, Sendable {
    public var entity: Entity
    public var review: Review

    /// A candidate entity.
    public init(entity: Entity, review: Review) {
        self.entity = entity
        self.review = review
    }
}

/// A proposed relation with its review record.
public struct CandidateRelation: Hashable, Sendable {
    public var relation: Relation
    public var review: Review

    /// A candidate relation.
    public init(relation: Relation, review: Review) {
        self.relation = relation
        self.review = review
    }
}

/// The candidates read from one or more documents, in a stable order, plus warnings.
public struct Extraction: Hashable, Sendable {
    public var entities: [CandidateEntity]
    public var relations: [CandidateRelation]
    /// Things the user should know (a file decoded as Windows-1252, …).
    public var warnings: [String]

    /// A set of candidates.
    public init(entities: [CandidateEntity] = [], relations: [CandidateRelation] = [], warnings: [String] = []) {
        self.entities = entities
        self.relations = relations
        self.warnings = warnings
    }
}

/// Identifies a relation by its type and endpoints, regardless of its payload.
public struct RelationKey: Hashable, Sendable {
    public var type: RelationType
    public var from: EntityID
    public var to: EntityID

    /// The key of a relation of `type` from `from` to `to`.
    public init(type: RelationType, from: EntityID, to: EntityID) {
        self.type = type
        self.from = from
        self.to = to
    }
}
