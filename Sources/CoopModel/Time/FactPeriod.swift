/// When a fact holds, derived from its dated roles.
///
/// A fact starts when it takes effect: its entry into force when known, else its signature,
/// adoption, start, creation or the day it was held. It ends at its `until` date. An event with
/// no `until` ends on the day it was held; any other fact stays open.
public struct FactPeriod: Hashable, Sendable {
    /// The first day the fact may hold, as `yyyymmdd`; nil when nothing dates its start.
    public let start: Int?
    /// The last day the fact may hold, as `yyyymmdd`; nil when open-ended.
    public let end: Int?
    /// Whether the fact is an event: once held, it stays a fact of history.
    public let isEvent: Bool

    /// The roles that say when a fact takes effect, the most telling first.
    static let startRoles: [DateRole] = [.inForce, .signed, .adopted, .started, .created, .held]

    /// The period of a fact with these dates.
    /// - Complexity: O(number of dates).
    public init(dates: [DatedRole], isEvent: Bool = false) {
        let start = Self.startRoles.lazy.compactMap { role in dates.first { $0.role == role }?.date }.first
        let until = dates.first { $0.role == .until }?.date
        self.start = start?.earliest
        self.isEvent = isEvent
        if let until {
            end = until.latest
        } else if isEvent {
            end = start?.latest
        } else {
            end = nil
        }
    }

    /// True when no date says when the fact starts or ends.
    public var isUndated: Bool { start == nil && end == nil }
}

/// The time condition of a query: "as of" a date, or a window of dates.
///
/// *As of Y* keeps the facts in effect at Y: begun by the end of Y and not ended before Y began,
/// so an agreement signed in 2004 and in force from 2009 is not in force in 2006. An event counts
/// from the day it was held on. *Since/until* keep the facts whose period overlaps the window.
/// Undated facts pass unless `keepsUndated` is false; callers flag them.
public struct TimeFilter: Hashable, Sendable {
    public var asOf: PartialDate?
    public var since: PartialDate?
    public var until: PartialDate?
    public var keepsUndated: Bool

    public init(
        asOf: PartialDate? = nil, since: PartialDate? = nil, until: PartialDate? = nil, keepsUndated: Bool = true
    ) {
        self.asOf = asOf
        self.since = since
        self.until = until
        self.keepsUndated = keepsUndated
    }

    /// A filter that keeps everything.
    public static let none = TimeFilter()

    /// True when the filter sets no condition.
    public var isEmpty: Bool { asOf == nil && since == nil && until == nil }

    /// Whether a fact with this period passes.
    /// - Complexity: O(1).
    public func admits(_ period: FactPeriod) -> Bool {
        if isEmpty { return true }
        if period.isUndated { return keepsUndated }
        if let asOf {
            if let start = period.start, start > asOf.latest { return false }
            if !period.isEvent, let end = period.end, end < asOf.earliest { return false }
        }
        if let since, let end = period.end, end < since.earliest { return false }
        if let until, let start = period.start, start > until.latest { return false }
        return true
    }

    /// Whether a fact with these dates passes.
    /// - Complexity: O(number of dates).
    public func admits(dates: [DatedRole], isEvent: Bool = false) -> Bool {
        admits(FactPeriod(dates: dates, isEvent: isEvent))
    }
}
