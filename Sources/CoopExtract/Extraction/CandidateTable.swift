/// Candidates of one kind: a dictionary from key to position, the candidates themselves side by
/// side in the order they were first proposed, and per candidate the few facts a repeat needs to
/// know whether merging it could change anything (`Saturation`).
///
/// Why: with the candidates as the values of a `Dictionary`, every growth of the table moved
/// each candidate (a few hundred bytes) and rehashed its key, and every repeat of a fact loaded
/// the candidate, its evidence and its citations (three cache misses) only to find them full.
struct CandidateTable<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private(set) var positions: [Key: Int] = [:]
    fileprivate(set) var values: [Value] = []
    /// `saturation[i]` describes `values[i]`.
    fileprivate(set) var saturation: [Saturation] = []

    /// The candidate with this key, copied out.
    subscript(key: Key) -> Value? {
        guard let position = positions[key] else { return nil }
        return values[position]
    }

    var isEmpty: Bool { values.isEmpty }
    var count: Int { values.count }

    /// The position of the candidate with this key.
    func position(of key: Key) -> Int? { positions[key] }

    /// Adds a candidate under a key not yet used.
    mutating func append(_ key: Key, _ value: Value, _ state: Saturation) {
        positions[key] = values.count
        values.append(value)
        saturation.append(state)
    }

    /// Keeps the candidates that pass `keep`, in their order, under their keys.
    mutating func filter(_ keep: (Value) -> Bool) {
        var keys = [Key?](repeating: nil, count: values.count)
        for (key, position) in positions { keys[position] = key }
        var kept = CandidateTable()
        for index in values.indices where keep(values[index]) {
            if let key = keys[index] { kept.append(key, values[index], saturation[index]) }
        }
        self = kept
    }

    /// The candidates, leaving the table empty: when the table held the only reference, the
    /// array is handed over without copying a candidate.
    mutating func takeValues() -> [Value] {
        let taken = values
        self = CandidateTable()
        return taken
    }

    /// Runs `body` on the candidate at `position` in place, then records its new saturation.
    @inline(__always)
    mutating func update(at position: Int, _ body: (inout Value) -> Saturation) {
        saturation[position] = body(&values[position])
    }
}

extension CandidateTable: Equatable where Value: Equatable {
    /// The same keys with the same candidates, whatever the order they were proposed in.
    static func == (lhs: Self, rhs: Self) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (key, position) in lhs.positions {
            guard let other = rhs.positions[key], lhs.values[position] == rhs.values[other] else { return false }
        }
        return true
    }
}

/// What a repeat of a candidate can change without reading it: its confidence and rule (when
/// more confident), its evidence (fewer than `CandidateStore.evidenceLimit` pieces) and its
/// citations (fewer than `CandidateStore.citationLimit`); the rest depends on what the repeat
/// brings (names, dates, properties), which the store checks on the repeat itself.
struct Saturation: Sendable {
    /// The candidate's confidence.
    var confidence: Double
    /// Whether its evidence and its citations are both at their limits.
    var full: Bool
    /// For an entity, its French name: a repeat under another name adds an alias.
    var name: String?

    /// Whether a repeat with `confidence` would change nothing of a candidate in this state,
    /// given that the repeat brings nothing else (the caller's check).
    @inline(__always)
    func absorbs(confidence: Double) -> Bool { full && confidence <= self.confidence }
}
