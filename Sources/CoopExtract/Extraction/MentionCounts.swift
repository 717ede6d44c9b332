import CoopModel

/// How many times each institution was named, keeping the most named one (first named on ties)
/// up to date as counts grow.
///
/// Why: the document's subject was found by scanning every institution named so far, once per
/// cooperation sentence without a named actor; on long documents that scan grew with the input.
/// Counts are kept by the number `StringNumbers` gives each id, in first-counted order, so a
/// mention of an institution already counted costs no hashing of its id's text.
struct MentionCounts {
    private var numbers = StringNumbers()
    /// By number (the order ids were first counted in): the id and its count.
    private var ids: [EntityID] = []
    private var counts: [Int] = []
    /// The number of the id counted most, first counted on ties.
    private var best: Int?
    /// Set when a count went down, which the running maximum cannot follow.
    private var stale = false

    /// The count of `id`, or nil if it was never counted.
    subscript(id: EntityID) -> Int? { numbers.existingNumber(id.rawValue).map { counts[Int($0)] } }

    /// The count of `id`, or `value`; setting it records `id` (in first-counted order) when new.
    subscript(id: EntityID, default value: Int) -> Int {
        get { self[id] ?? value }
        set {
            let known = ids.count
            let number = slot(of: id)
            if number < known, newValue < counts[number] { stale = true }
            counts[number] = newValue
            noteCount(number)
        }
    }

    /// Adds one to the count of `id`; returns whether `id` was counted for the first time.
    @discardableResult
    mutating func increment(_ id: EntityID) -> Bool {
        let known = ids.count
        let number = slot(of: id)
        counts[number] += 1
        noteCount(number)
        return number == known
    }

    /// The number of `id`, with a count of 0 when it is new.
    private mutating func slot(of id: EntityID) -> Int {
        let number = Int(numbers.number(id.rawValue))
        if number == ids.count {
            ids.append(id)
            counts.append(0)
        }
        return number
    }

    /// Keeps `best` up to date with a count that went up or was set.
    private mutating func noteCount(_ number: Int) {
        guard !stale, counts[number] > 0 else { return }
        if let current = best, counts[number] < counts[current] || counts[number] == counts[current] && number > current { return }
        best = number
    }

    /// The id counted most, the first counted among equals; nil when none counts above zero.
    /// - Complexity: O(1), or O(n) after a count went down.
    var mostCounted: EntityID? {
        guard stale else { return best.map { ids[$0] } }
        var found: Int?
        for number in counts.indices where counts[number] > 0 {
            if let current = found, counts[number] <= counts[current] { continue }
            found = number
        }
        return found.map { ids[$0] }
    }
}
