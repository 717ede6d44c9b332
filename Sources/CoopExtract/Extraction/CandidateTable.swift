/// Candidates of one kind: an open-addressed table from key to position, the candidates
/// themselves side by side in the order they were first proposed, and per candidate the few
/// facts a repeat needs to know whether merging it could change anything (`Saturation`).
///
/// Why: with the candidates as the values of a `Dictionary`, every growth of the table moved
/// each candidate (a few hundred bytes) and rehashed its key, and every repeat of a fact loaded
/// the candidate, its evidence and its citations (three cache misses) only to find them full.
/// Keys are numbers (`CandidateKey`), hashed by one multiplication rather than by SipHash.
struct CandidateTable<Value: Sendable>: Sendable {
    fileprivate(set) var values: [Value] = []
    /// `saturation[i]` describes `values[i]`, `keys[i]` is its key.
    fileprivate(set) var saturation: [Saturation] = []
    private(set) var keys: [CandidateKey] = []
    /// Position + 1 of the candidate whose key hashes there (linear probing), 0 for none.
    private var slots: [Int32] = []

    var isEmpty: Bool { values.isEmpty }
    var count: Int { values.count }

    /// The position of the candidate with this key.
    func position(of key: CandidateKey) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = key.hash & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return nil }
            if keys[stored - 1] == key { return stored - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a candidate under a key not yet used; `value` is taken, so the caller's last use of
    /// it moves it into the table rather than copying it (a retain of each string and array).
    mutating func append(_ key: CandidateKey, _ value: consuming Value, _ state: Saturation) {
        if (values.count + 1) * 2 > slots.count { grow() }
        place(key, position: values.count)
        keys.append(key)
        values.append(value)
        saturation.append(state)
    }

    private mutating func place(_ key: CandidateKey, position: Int) {
        let mask = slots.count - 1
        var slot = key.hash & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(position + 1)
    }

    /// Doubles the slot table and places every key again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: max(16, slots.count * 2))
        for position in keys.indices { place(keys[position], position: position) }
    }

    /// Keeps the candidates that pass `keep`, in their order, under their keys.
    mutating func filter(_ keep: (Value) -> Bool) {
        var kept = CandidateTable()
        for index in values.indices where keep(values[index]) { kept.append(keys[index], values[index], saturation[index]) }
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

/// A candidate's key in its table: for an entity, the number of its id; for a relation, the
/// numbers of its ends (in the store's order) and of its type (`StringNumbers`).
struct CandidateKey: Equatable, Sendable {
    var ends: UInt64
    var type: UInt32

    /// An entity's key.
    init(entity: Int32) {
        ends = UInt64(UInt32(bitPattern: entity))
        type = 0
    }

    /// A relation's key.
    init(type: Int32, from: Int32, to: Int32) {
        ends = UInt64(UInt32(bitPattern: from)) << 32 | UInt64(UInt32(bitPattern: to))
        self.type = UInt32(bitPattern: type)
    }

    /// A multiplicative hash; its top bits are the well-mixed ones, its low bits are kept.
    @inline(__always)
    var hash: Int {
        let mixed = (ends ^ UInt64(type) &* 0xFF51_AFD7_ED55_8CCD) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed ^ mixed >> 29)
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
    /// Whether the candidate's citations are all of one document, each with a line, in strictly
    /// ascending lines: then a citation of that document at a later line than the last is new,
    /// and one at the last line is there, each known without searching the citations
    /// (`CandidateStore.addSource(_:to:inOrder:)`).
    var citedInOrder = false

    /// Whether a repeat with `confidence` would change nothing of a candidate in this state,
    /// given that the repeat brings nothing else (the caller's check).
    @inline(__always)
    func absorbs(confidence: Double) -> Bool { full && confidence <= self.confidence }
}
