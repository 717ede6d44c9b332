import CoopModel

/// A closed span of days, as `yyyymmdd` numbers; a missing bound is open.
public struct DateSpan: Hashable, Sendable, CustomStringConvertible {
    /// The first day, or nil when the fact has no known beginning.
    public var start: Int?
    /// The last day, or nil when the fact has no known end.
    public var end: Int?

    /// A span from `start` to `end`, both inclusive.
    public init(start: Int?, end: Int?) {
        self.start = start
        self.end = end
    }

    /// Whether the two spans share at least one day.
    public func overlaps(_ other: DateSpan) -> Bool {
        (start ?? Int.min) <= (other.end ?? Int.max) && (end ?? Int.max) >= (other.start ?? Int.min)
    }

    /// The days both spans cover (possibly empty: then `start > end`).
    public func intersection(_ other: DateSpan) -> DateSpan {
        DateSpan(start: Self.pick(start, other.start, by: max), end: Self.pick(end, other.end, by: min))
    }

    /// `2009-01-01..` style text; `..` alone for an unbounded span.
    public var description: String {
        "\(start.map(Self.format) ?? "")..\(end.map(Self.format) ?? "")"
    }

    private static func pick(_ a: Int?, _ b: Int?, by choose: (Int, Int) -> Int) -> Int? {
        guard let a else { return b }
        guard let b else { return a }
        return choose(a, b)
    }

    private static func format(_ day: Int) -> String {
        PartialDate(year: day / 10_000, month: day / 100 % 100, day: day % 100)?.description ?? String(day)
    }
}

/// When a fact holds, derived from its dated roles.
///
/// The rule, used by every query:
/// - a fact starts at its first date among `in_force`, `started`, `signed`, `adopted`, `created`,
///   `held`, `planned` (in that order of preference), at the first day that date may denote;
///   so an agreement signed in 2004 and in force from 2009 starts in 2009;
/// - it ends at the last day of its `until` date; without one, a fact that only has a `held`
///   date (a meeting, a visit) ends when that date ends, and any other fact stays open;
/// - a fact with no date at all is *undated*: filters keep it and answers flag it.
public enum Validity {
    /// The roles that may start a fact, in order of preference.
    public static let startRoles: [DateRole] = [.inForce, .started, .signed, .adopted, .created, .held, .planned]

    /// The span during which a fact with these dates holds, or nil when it is undated.
    /// - Complexity: O(d) for d dates.
    public static func span(of dates: [DatedRole]) -> DateSpan? {
        guard !dates.isEmpty else { return nil }
        let until = dates.first { $0.role == .until }?.date
        var startRole: DateRole?
        var start: PartialDate?
        for role in startRoles {
            if let date = dates.first(where: { $0.role == role })?.date {
                startRole = role
                start = date
                break
            }
        }
        if start == nil && until == nil { return nil }
        let end = until?.latest ?? (startRole == .held ? start?.latest : nil)
        return DateSpan(start: start?.earliest, end: end)
    }

    /// The span during which all of these facts hold together; nil when none of them is dated.
    public static func combined(_ spans: [DateSpan?]) -> DateSpan? {
        var result: DateSpan?
        for case let span? in spans { result = result.map { $0.intersection(span) } ?? span }
        return result
    }
}

/// Which facts a query keeps, by their dates.
///
/// `asOf(Y)` keeps facts that hold at some day of `Y` (a year, month or day); `window(since:until:)`
/// keeps facts whose span overlaps the window. Undated facts are always kept (and flagged).
public struct TimeFilter: Hashable, Sendable, CustomStringConvertible {
    /// The days a fact must touch, or nil to keep everything.
    public let window: DateSpan?
    /// How the filter was asked for, for echoing in answers.
    public let description: String

    private init(window: DateSpan?, description: String) {
        self.window = window
        self.description = description
    }

    /// Keeps every fact.
    public static let all = TimeFilter(window: nil, description: "all")

    /// Keeps the facts that hold at some day of `date`.
    public static func asOf(_ date: PartialDate) -> TimeFilter {
        TimeFilter(window: DateSpan(start: date.earliest, end: date.latest), description: "as of \(date)")
    }

    /// Keeps the facts that overlap the window from `since` to `until` (either may be open).
    public static func window(since: PartialDate?, until: PartialDate?) -> TimeFilter {
        if since == nil && until == nil { return .all }
        return TimeFilter(
            window: DateSpan(start: since?.earliest, end: until?.latest),
            description: "\(since?.description ?? "")..\(until?.description ?? "")")
    }

    /// Whether nothing is filtered out.
    public var keepsAll: Bool { window == nil }

    /// Whether a fact holding during `span` (nil: undated) is kept.
    public func admits(_ span: DateSpan?) -> Bool {
        guard let window, let span else { return true }
        return span.overlaps(window)
    }
}
