import Foundation

/// Per-entity marks and a queue for one search, reused from query to query: a search costs no
/// O(n) allocation and no hashing per entity. Each search takes a fresh range of stamps, so marks
/// left by earlier searches never need clearing; an entity is marked when its stamp is in the range.
struct SearchMarks {
    /// The stamp of each entity; only those at or above the current search's base count.
    private(set) var stamps: [UInt32] = []
    /// A value per entity (a parent, a slot), meaningful only where the stamp is current.
    var values: [Int32] = []
    /// Room for the entities a search reaches, in order.
    var queue: [Int32] = []
    private var next: UInt32 = 1

    /// Starts a search over `count` entities that uses `width` stamp values; returns the first.
    mutating func begin(count: Int, width: UInt32) -> UInt32 {
        if stamps.count < count {
            stamps += repeatElement(0, count: count - stamps.count)
            values += repeatElement(0, count: count - values.count)
        }
        if next > UInt32.max - width {
            // After four billion stamps, start again from clean marks.
            for index in stamps.indices { stamps[index] = 0 }
            next = 1
        }
        let base = next
        next += width
        queue.removeAll(keepingCapacity: true)
        return base
    }

    /// Whether `entity` carries one of the `width` stamps from `base`.
    @inline(__always)
    func isMarked(_ entity: Int, from base: UInt32, width: UInt32) -> Bool { stamps[entity] &- base < width }

    /// Marks `entity` with `stamp`.
    @inline(__always)
    mutating func mark(_ entity: Int, _ stamp: UInt32) { stamps[entity] = stamp }

    /// Runs `body` with marks taken from a shared pool (or made) and given back afterwards, so
    /// concurrent queries each have their own.
    static func with<Result, Failure: Error>(_ body: (inout SearchMarks) throws(Failure) -> Result) throws(Failure) -> Result {
        var marks = pool.take()
        defer { pool.give(marks) }
        return try body(&marks)
    }

    private static let pool = Pool()

    /// A few idle marks, kept for the next queries; a lock guards them.
    private final class Pool: @unchecked Sendable {
        private let lock = NSLock()
        private var idle: [SearchMarks] = []

        func take() -> SearchMarks {
            lock.lock()
            defer { lock.unlock() }
            return idle.popLast() ?? SearchMarks()
        }

        func give(_ marks: SearchMarks) {
            lock.lock()
            defer { lock.unlock() }
            // More than a few would only hold memory after a burst of parallel queries.
            if idle.count < 4 { idle.append(marks) }
        }
    }
}
