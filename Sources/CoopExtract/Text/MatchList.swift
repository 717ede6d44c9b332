/// A line's gazetteer matches, written over those of the line before rather than after them.
///
/// Why: emptying an array of matches between lines (`removeAll(keepingCapacity:)`) destroyed
/// each match through the runtime's generic array and tuple destruction, about a hundred
/// instructions a match (7 million per MB); a match written over an earlier line's releases the
/// old payload in place, through code specialised for it. The entries past `count` are an
/// earlier line's, kept only for their storage: they hold the gazetteer's own payloads, so
/// keeping them holds no memory of their own.
struct MatchList<Payload> {
    /// This line's matches are `entries[0..<count]`.
    private(set) var entries: [(end: Int, payload: Payload)] = []
    private(set) var count = 0

    init() {}

    /// A list of the matches of `entries`, all of them this line's.
    init(_ entries: [(end: Int, payload: Payload)]) {
        self.entries = entries
        count = entries.count
    }

    /// An empty list that writes over the matches of `entries`, taken from it (left empty).
    init(overwriting entries: inout [(end: Int, payload: Payload)]) {
        swap(&self.entries, &entries)
    }

    /// Gives the list's entries to `entries`, the earlier lines' after this line's (the list is
    /// left empty): `MatchTable` reads this line's by offsets, so it keeps no count of its own,
    /// and its size, copied with every sentence, does not grow.
    mutating func giveAll(to entries: inout [(end: Int, payload: Payload)]) {
        swap(&self.entries, &entries)
        self.entries = []
        count = 0
    }

    /// Appends `match`. (Taken owned: borrowed, its payload was copied once more into the slot
    /// and the caller's copy destroyed.)
    @inline(__always)
    mutating func append(_ match: consuming (end: Int, payload: Payload)) {
        if count < entries.count { entries[count] = match } else { entries.append(match) }
        count += 1
    }

    /// Makes room for `capacity` matches in all.
    mutating func reserveCapacity(_ capacity: Int) { entries.reserveCapacity(capacity) }

    /// This line's matches alone, as an array (the list is left empty).
    mutating func take() -> [(end: Int, payload: Payload)] {
        var taken: [(end: Int, payload: Payload)] = []
        swap(&taken, &entries)
        if taken.count > count { taken.removeLast(taken.count - count) }
        count = 0
        return taken
    }
}
