import CoopModel

/// How many times each institution was named, keeping the most named one (first named on ties)
/// up to date as counts grow.
///
/// Why: the document's subject was found by scanning every institution named so far, once per
/// cooperation sentence without a named actor; on long documents that scan grew with the input.
struct MentionCounts {
    private var counts: [EntityID: (count: Int, order: Int)] = [:]
    private var best: (id: EntityID, count: Int, order: Int)?
    /// Set when a count went down, which the running maximum cannot follow.
    private var stale = false

    /// The count of `id`, or nil if it was never counted.
    subscript(id: EntityID) -> Int? { counts[id]?.count }

    /// The count of `id`, or `value`; setting it records `id` (in first-counted order) when new.
    subscript(id: EntityID, default value: Int) -> Int {
        get { counts[id]?.count ?? value }
        set {
            let order: Int
            if let position = counts.index(forKey: id) {
                order = counts.values[position].order
                if newValue < counts.values[position].count { stale = true }
                counts.values[position].count = newValue
            } else {
                order = counts.count
                counts[id] = (newValue, order)
            }
            noteCount(id, newValue, order)
        }
    }

    /// Adds one to the count of `id`; returns whether `id` was counted for the first time.
    /// One hash, where `self[id] == nil` then `self[id, default: 0] += 1` took three.
    @discardableResult
    mutating func increment(_ id: EntityID) -> Bool {
        if let position = counts.index(forKey: id) {
            counts.values[position].count += 1
            noteCount(id, counts.values[position].count, counts.values[position].order)
            return false
        }
        let order = counts.count
        counts[id] = (1, order)
        noteCount(id, 1, order)
        return true
    }

    /// Keeps `best` up to date with a count that went up or was set.
    private mutating func noteCount(_ id: EntityID, _ newValue: Int, _ order: Int) {
        guard !stale, newValue > 0 else { return }
        if let current = best, newValue < current.count || newValue == current.count && order > current.order { return }
        best = (id, newValue, order)
    }

    /// The id counted most, the first counted among equals; nil when none counts above zero.
    /// - Complexity: O(1), or O(n) after a count went down.
    var mostCounted: EntityID? {
        guard stale else { return best?.id }
        var found: (id: EntityID, count: Int, order: Int)?
        for (id, entry) in counts where entry.count > 0 {
            if let current = found, entry.count < current.count || entry.count == current.count && entry.order > current.order { continue }
            found = (id, entry.count, entry.order)
        }
        return found?.id
    }
}
