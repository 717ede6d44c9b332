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
    mutating func fold(_ text: String) -> String {
        if let known = folds[text] { return known }
        if folds.count >= Self.limit { folds.removeAll(keepingCapacity: true) }
        let made = Folding.fold(text)
        folds[text] = made
        return made
    }

    /// `DocumentExtraction.slug(text)`.
    mutating func slug(_ text: String) -> String {
        if let known = slugs[text] { return known }
        if slugs.count >= Self.limit { slugs.removeAll(keepingCapacity: true) }
        let made = DocumentExtraction.slug(text)
        slugs[text] = made
        return made
    }

    /// `knowledge.lookup(text)`; the knowledge base never changes while a document is read.
    mutating func lookup(_ text: String, in knowledge: KnowledgeGraph) -> [EntityIndex] {
        if let known = lookups[text] { return known }
        if lookups.count >= Self.limit { lookups.removeAll(keepingCapacity: true) }
        let found = knowledge.lookup(text)
        lookups[text] = found
        return found
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
