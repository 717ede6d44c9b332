import CoopModel

/// Turns a name a user typed (id, name in any language, alias or acronym) into one entity.
public enum EntityResolver {
    /// The one entity `text` designates; an unknown or ambiguous name throws with candidates.
    /// - Complexity: O(1) on average when the name matches; O(number of name keys) otherwise.
    public static func resolve(_ text: String, in graph: KnowledgeGraph) throws(DiagramError) -> EntityIndex {
        let matches = graph.lookup(text)
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw .ambiguousEntity(name: text, candidates: matches.map { describe($0, graph) }.sorted())
        }
        throw .unknownEntity(name: text, suggestions: suggestions(for: text, in: graph).map { describe($0, graph) })
    }

    /// Up to `limit` entities whose folded names start with, contain, or share a word with `text`, best first.
    /// - Complexity: O(number of name keys).
    public static func suggestions(for text: String, in graph: KnowledgeGraph, limit: Int = 5) -> [EntityIndex] {
        let query = NameKey.make(text)
        guard !query.isEmpty else { return [] }
        let words = Set(query.split(separator: " ").filter { $0.count >= 3 })
        var best: [EntityIndex: Int] = [:]
        for (key, entities) in graph.nameKeys {
            let score: Int
            if key.hasPrefix(query) {
                score = 0
            } else if key.contains(query) {
                score = 1
            } else {
                let shared = words.intersection(key.split(separator: " ")).count
                guard shared > 0 else { continue }
                score = 2 + words.count - shared
            }
            for entity in entities.map(Int.init) where score < best[entity] ?? .max { best[entity] = score }
        }
        return best.sorted { ($0.value, graph.entity(at: $0.key).id) < ($1.value, graph.entity(at: $1.key).id) }
            .prefix(limit).map(\.key)
    }

    /// `id (name)` for messages.
    static func describe(_ index: EntityIndex, _ graph: KnowledgeGraph) -> String {
        let entity = graph.entity(at: index)
        return "\(entity.id) (\(entity.names.fr))"
    }
}
