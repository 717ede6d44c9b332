import CoopModel

/// How a `find` result matched the text.
public enum MatchKind: String, CaseIterable, Comparable, Sendable {
    /// The text is the entity's id (ignoring case).
    case id
    /// The folded text equals a folded name, alias or acronym.
    case exact
    /// A folded name starts with the folded text.
    case prefix
    /// A folded name contains the folded text.
    case substring
    /// A folded name is within a few edits of the folded text.
    case near

    public static func < (lhs: MatchKind, rhs: MatchKind) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .id: return 0
        case .exact: return 1
        case .prefix: return 2
        case .substring: return 3
        case .near: return 4
        }
    }
}

/// One entity found by ``findEntities(_:in:limit:)``.
public struct FoundEntity: Hashable, Sendable {
    public let entity: EntityIndex
    public let match: MatchKind
    /// The folded key (or id) that matched.
    public let key: String
    /// Edits between the folded text and the key (0 unless `match == .near`).
    public let distance: Int
}

/// The entities `find` returned, best first.
public struct FindAnswer: Sendable {
    public let text: String
    public let matches: [FoundEntity]
    /// The found entities, with no relations.
    public var subgraph: AnswerSubgraph { AnswerSubgraph(entities: Set(matches.map(\.entity)), relations: []) }
}

/// Entities by name, alias, acronym or id, ignoring case and accents: the exact folded match
/// first, then names starting with the text, containing it, and within `max(1, length/4)` edits.
/// - Complexity: O(K·L²) for K distinct name keys of length about L.
public func findEntities(_ text: String, in graph: KnowledgeGraph, limit: Int = 20) -> FindAnswer {
    let key = NameKey.make(text)
    var best: [EntityIndex: FoundEntity] = [:]
    func offer(_ entity: EntityIndex, _ match: MatchKind, _ matched: String, _ distance: Int = 0) {
        let candidate = FoundEntity(entity: entity, match: match, key: matched, distance: distance)
        if let known = best[entity], (known.match, known.distance, known.key) <= (match, distance, matched) { return }
        best[entity] = candidate
    }
    let lowered = text.lowercased()
    if let exact = graph.index(of: EntityID(text)) { offer(exact, .id, text) }
    if !key.isEmpty {
        let limitEdits = max(1, key.unicodeScalars.count / 4)
        for (name, entities) in graph.nameKeys {
            let match: MatchKind
            var distance = 0
            if name == key {
                match = .exact
            } else if name.hasPrefix(key) {
                match = .prefix
            } else if name.contains(key) {
                match = .substring
            } else if let edits = editDistance(name, key, limit: limitEdits) {
                match = .near
                distance = edits
            } else {
                continue
            }
            for entity in entities { offer(Int(entity), match, name, distance) }
        }
    }
    if best.isEmpty || best.values.allSatisfy({ $0.match != .id && $0.match != .exact }) {
        for entity in graph.entityIndices where graph.entity(at: entity).id.rawValue.lowercased() == lowered {
            offer(entity, .id, graph.entity(at: entity).id.rawValue)
        }
    }
    let sorted = best.values.sorted(byKey: { ($0.match, $0.distance, $0.key, graph.id(of: $0.entity)) }, <)
    return FindAnswer(text: text, matches: Array(sorted.prefix(max(0, limit))))
}
