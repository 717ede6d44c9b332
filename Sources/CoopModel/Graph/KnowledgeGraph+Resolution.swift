/// What a name or id given by a user designates in a graph.
public enum Resolution: Hashable, Sendable {
    /// Exactly one entity: by id, or by a name, alias or acronym only it has.
    case found(EntityIndex)
    /// Several entities share this name; the candidates, ordered by id.
    case ambiguous([EntityIndex])
    /// Nothing matches; the nearest entities, best first (possibly none).
    case notFound(suggestions: [EntityIndex])
}

extension KnowledgeGraph {
    /// Resolves `text` as an id or a folded name; when nothing matches, suggests near matches
    /// (names starting with it, sharing its words, or a few typos away), best first, ties by id.
    /// - Complexity: O(1) on average when it matches; O(K × L²) for K name keys of length L otherwise.
    public func resolve(_ text: String, maxSuggestions: Int = 5) -> Resolution {
        let matches = lookup(text)
        if matches.count == 1 { return .found(matches[0]) }
        if matches.count > 1 {
            return .ambiguous(matches.sorted { entity(at: $0).id < entity(at: $1).id })
        }
        let query = NameKey.make(text)
        guard !query.isEmpty, maxSuggestions > 0 else { return .notFound(suggestions: []) }
        let queryWords = Set(query.split(separator: " "))
        let typoLimit = max(1, min(3, query.count / 4))
        var best: [EntityIndex: Int] = [:]
        func consider(_ key: String, _ entities: [Int32]) {
            guard let score = Self.score(key: key, query: query, queryWords: queryWords, typoLimit: typoLimit) else {
                return
            }
            for index in entities.map(Int.init) where score < best[index] ?? .max { best[index] = score }
        }
        for (key, entities) in nameKeys { consider(key, entities) }
        for index in entityIndices { consider(NameKey.make(entity(at: index).id.rawValue), [Int32(index)]) }
        let ranked = best.sorted { ($0.value, entity(at: $0.key).id) < ($1.value, entity(at: $1.key).id) }
        return .notFound(suggestions: ranked.prefix(maxSuggestions).map(\.key))
    }

    /// Lower is closer: 1–3 for typos, 10 for a prefix, 20 + missing words for shared words; nil if unrelated.
    private static func score(key: String, query: String, queryWords: Set<Substring>, typoLimit: Int) -> Int? {
        let distance = Suggest.editDistance(query, key, limit: typoLimit)
        if distance <= typoLimit { return distance }
        if key.hasPrefix(query) { return 10 }
        let keyWords = Set(key.split(separator: " "))
        let shared = queryWords.intersection(keyWords).filter { $0.count >= 3 }
        if !shared.isEmpty { return 20 + queryWords.count - shared.count }
        return nil
    }
}
