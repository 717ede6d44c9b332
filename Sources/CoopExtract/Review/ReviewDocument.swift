import CoopModel

/// A review file: candidates in the knowledge-base format, each with a `review:` record.
public struct ReviewDocument: Hashable, Sendable {
    public var entities: [CandidateEntity]
    public var relations: [CandidateRelation]

    /// A review document holding these candidates.
    public init(entities: [CandidateEntity] = [], relations: [CandidateRelation] = []) {
        self.entities = entities
        self.relations = relations
    }

    /// A review document for an extraction.
    public init(_ extraction: Extraction) {
        self.init(entities: extraction.entities, relations: extraction.relations)
    }

    /// The format of a review file.
    public enum Format: String, Sendable, CaseIterable {
        case yaml, json
    }

    /// Every review id with its status, entities first.
    public var reviews: [Review] { entities.map(\.review) + relations.map(\.review) }
}
