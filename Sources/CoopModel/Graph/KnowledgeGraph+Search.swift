import Foundation

/// How a name matched the text searched for, best first.
public enum NameMatchKind: String, CaseIterable, Comparable, Sendable {
    /// The text is the entity's id (ignoring case).
    case id
    /// The folded text equals a folded name, alias or acronym.
    case exact
    /// A folded name (or id) starts with the folded text.
    case prefix
    /// A folded name (or id) contains the folded text.
    case substring
    /// A folded name (or id) is a few typos away from the folded text.
    case near
    /// A folded name shares words of three letters or more with the folded text.
    case sharedWords = "words"

    public static func < (lhs: NameMatchKind, rhs: NameMatchKind) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// One entity found by ``KnowledgeGraph/search(_:limit:)``.
public struct NameMatch: Hashable, Sendable {
    /// The entity.
    public let entity: EntityIndex
    /// How its best name matched.
    public let kind: NameMatchKind
    /// The folded name (or the id) that matched.
    public let key: String
    /// Edits for ``NameMatchKind/near``, query words not shared for ``NameMatchKind/sharedWords``, else 0.
    public let distance: Int
}

extension KnowledgeGraph {
    /// The entities whose id, names, aliases or acronyms match `text`, ignoring case and accents:
    /// by id, exact folded name, prefix, substring, typos (up to `max(1, min(3, length / 4))`
    /// edits, ``NameKey/editDistance(_:_:limit:)``), then shared words; best first, ties by id.
    /// The one ranking behind `find` and the suggestions of ``resolve(_:maxSuggestions:)``.
    /// - Complexity: O(K × L²) for K name keys and ids of length about L, plus sorting.
    public func search(_ text: String, limit: Int = 20) -> [NameMatch] {
        guard limit > 0 else { return [] }
        let query = NameKey.make(text)
        var best: [EntityIndex: NameMatch] = [:]
        func offer(_ entity: EntityIndex, _ kind: NameMatchKind, _ key: String, _ distance: Int = 0) {
            // Ties go to the smaller key, so the answer does not depend on the name index's hash order.
            if let known = best[entity], (known.kind, known.distance, known.key) <= (kind, distance, key) { return }
            best[entity] = NameMatch(entity: entity, kind: kind, key: key, distance: distance)
        }
        let lowered = text.trimmingCharacters(in: .whitespaces).lowercased()
        for index in entityIndices where entity(at: index).id.rawValue.lowercased() == lowered {
            offer(index, .id, entity(at: index).id.rawValue)
        }
        if !query.isEmpty {
            let queryWords = Set(query.split(separator: " ").filter { $0.count >= 3 })
            let typoLimit = max(1, min(3, query.unicodeScalars.count / 4))
            func consider(_ key: String, _ entities: [EntityIndex]) {
                let kind: NameMatchKind
                var distance = 0
                if key == query {
                    kind = .exact
                } else if key.hasPrefix(query) {
                    kind = .prefix
                } else if key.contains(query) {
                    kind = .substring
                } else if let edits = NameKey.editDistance(query, key, limit: typoLimit) {
                    kind = .near
                    distance = edits
                } else {
                    let shared = queryWords.intersection(key.split(separator: " ")).count
                    guard shared > 0 else { return }
                    kind = .sharedWords
                    distance = queryWords.count - shared
                }
                for entity in entities { offer(entity, kind, key, distance) }
            }
            for (key, entities) in nameKeys { consider(key, entities.map(Int.init)) }
            for index in entityIndices { consider(NameKey.make(entity(at: index).id.rawValue), [index]) }
        }
        let ranked = best.values.sorted {
            ($0.kind, $0.distance, entity(at: $0.entity).id) < ($1.kind, $1.distance, entity(at: $1.entity).id)
        }
        return Array(ranked.prefix(limit))
    }
}
