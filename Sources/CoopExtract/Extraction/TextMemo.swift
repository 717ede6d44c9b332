import CoopModel

/// Answers of pure functions of a text that the rules ask again and again: the same names recur
/// on every page of a document, and building an id's slug (a tokenization) or a knowledge-base
/// look-up key (Unicode folding) cost more than hashing the text once.
///
/// Memory: one entry per distinct text asked, dropped wholesale past `limit` entries so a huge
/// input of ever-new names stays bounded (the answers are recomputed, never wrong).
struct TextMemo {
    static let limit = 200_000

    private var slugs: [String: String] = [:]
    private var lookups: [String: [EntityIndex]] = [:]
    private var folds: [String: String] = [:]

    /// `Folding.fold(text)`: a tokenization of the whole text, some thousands of instructions,
    /// asked for the same names and words of every page.
    mutating func fold(_ text: String) -> String { Self.remembered(text, in: &folds) { Folding.fold(text) } }

    /// `DocumentExtraction.slug(text)`.
    mutating func slug(_ text: String) -> String { Self.remembered(text, in: &slugs) { DocumentExtraction.slug(text) } }

    /// `knowledge.lookup(text)`; the knowledge base never changes while a document is read.
    mutating func lookup(_ text: String, in knowledge: KnowledgeGraph) -> [EntityIndex] {
        Self.remembered(text, in: &lookups) { knowledge.lookup(text) }
    }

    /// The answer kept for `text` in `cache`, else `make()`'s, kept (the cache emptied first when full).
    @inline(__always)
    private static func remembered<Value>(_ text: String, in cache: inout [String: Value], _ make: () -> Value) -> Value {
        if let known = cache[text] { return known }
        if cache.count >= limit { cache.removeAll(keepingCapacity: true) }
        let made = make()
        cache[text] = made
        return made
    }
}

extension DocumentExtraction {
    /// The first KB entity named by one of `texts` (tried in order) that `accepts` takes, through
    /// the memo: what `texts.lazy.flatMap(knowledge.lookup).first(where:)` gives.
    mutating func firstKnown(_ texts: [String], where accepts: (Entity) -> Bool) -> EntityIndex? {
        guard let knowledge = vocabulary.knowledge else { return nil }
        for text in texts {
            if let found = memo.lookup(text, in: knowledge).first(where: { accepts(knowledge.entity(at: $0)) }) { return found }
        }
        return nil
    }
}
