import CoopModel

extension ReviewDocument {
    /// Sets the status of the candidates named by review id (`c0003`) or entity id (`IT`).
    /// Throws, changing nothing, when an id names no candidate.
    public mutating func setStatus(_ status: ReviewStatus, ids: [String]) throws(ExtractError) {
        let known = Set(entities.map(\.review.id) + entities.map(\.entity.id.rawValue) + relations.map(\.review.id))
        if let unknown = ids.first(where: { !known.contains($0) }) {
            throw ExtractError("no candidate has the id '\(unknown)'; list them with `coopgraph review FILE --list`")
        }
        let wanted = Set(ids)
        for index in entities.indices where wanted.contains(entities[index].review.id) || wanted.contains(entities[index].entity.id.rawValue) {
            entities[index].review.status = status
        }
        for index in relations.indices where wanted.contains(relations[index].review.id) {
            relations[index].review.status = status
        }
    }

    /// Accepts every pending candidate whose confidence is at least `threshold`; returns how many.
    @discardableResult
    public mutating func acceptAll(above threshold: Double) -> Int {
        var count = 0
        for index in entities.indices where entities[index].review.status == .pending && entities[index].review.confidence >= threshold {
            entities[index].review.status = .accepted
            count += 1
        }
        for index in relations.indices where relations[index].review.status == .pending && relations[index].review.confidence >= threshold {
            relations[index].review.status = .accepted
            count += 1
        }
        return count
    }

    /// One line per candidate (optionally only those with `status`), for listing.
    /// - Complexity: O(n) in the number of candidates.
    public func summaries(status: ReviewStatus? = nil) -> [ReviewSummary] {
        var lines: [ReviewSummary] = []
        for candidate in entities where status == nil || candidate.review.status == status {
            let entity = candidate.entity
            lines.append(ReviewSummary(
                review: candidate.review,
                fact: "\(entity.type) \(entity.id) “\(entity.names.fr)”" + (candidate.review.existing ? " (in KB)" : " (new)")))
        }
        for candidate in relations where status == nil || candidate.review.status == status {
            let relation = candidate.relation
            var fact = "\(relation.type) \(relation.from) → \(relation.to)"
            if let area = relation.properties["area"] { fact += " [\(area)]" }
            if !relation.dates.isEmpty { fact += " " + relation.dates.map { "\($0.role) \($0.date)" }.joined(separator: ", ") }
            lines.append(ReviewSummary(review: candidate.review, fact: fact))
        }
        return lines
    }
}

/// A candidate described in one line, with its evidence, for people reviewing.
public struct ReviewSummary: Hashable, Sendable {
    public var review: Review
    /// The fact in words: type, ids, name.
    public var fact: String

    /// The summary line: id, status, confidence, rule, fact and first citation.
    public var line: String {
        let place = review.evidence.first.map { "  \($0.document):\($0.line) [\($0.start),\($0.end)) «\($0.text)»" } ?? ""
        return "\(review.id)  \(review.status.rawValue)  \(ReviewDocument.format2(review.confidence))  \(review.rule)  \(fact)\(place)"
    }
}
