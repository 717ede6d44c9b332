/// Finds known phrases in a token stream: one hash look-up per token, then a short comparison.
///
/// Phrases are tokenized like the text; dashes are ignored on both sides, so "Grande-Bretagne"
/// and "Grande Bretagne" match alike.
struct Gazetteer<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        var keys: [String]
        var payload: Payload
        var order: Int
    }

    private var entries: [String: [Entry]] = [:]
    private var count = 0

    /// Adds `phrase` (tokenized and folded) with `payload`.
    mutating func add(_ phrase: String, _ payload: Payload) {
        let keys = Tokenizer.tokenize(phrase).tokens.filter { $0.kind != .hyphen }.map(\.key)
        add(keys: keys, payload)
    }

    /// Adds an already-folded key sequence.
    mutating func add(keys: [String], _ payload: Payload) {
        guard let first = keys.first else { return }
        entries[first, default: []].append(Entry(keys: keys, payload: payload, order: count))
        count += 1
    }

    /// Orders each bucket longest first, so the first match found is the longest.
    mutating func seal() {
        for key in entries.keys { entries[key]?.sort { ($1.keys.count, $0.order) < ($0.keys.count, $1.order) } }
    }

    /// Every phrase that starts at token `start`, longest first, with the index past its last token.
    /// - Complexity: O(1) on a miss; O(k·m) for k candidate phrases of m tokens otherwise.
    func matches(in tokens: [Token], at start: Int) -> [(end: Int, payload: Payload)] {
        guard let bucket = entries[tokens[start].key] else { return [] }
        var found: [(end: Int, payload: Payload)] = []
        for entry in bucket {
            var position = start + 1
            var matched = true
            for key in entry.keys.dropFirst() {
                while position < tokens.count, tokens[position].kind == .hyphen { position += 1 }
                guard position < tokens.count, tokens[position].key == key else {
                    matched = false
                    break
                }
                position += 1
            }
            if matched { found.append((end: position, payload: entry.payload)) }
        }
        return found
    }
}
