/// A calendar date known to the year, the month or the day (`2007`, `2007-12`, `2006-02-16`).
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Why a date string was refused; the text tells how to write it instead.
    public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        case malformed(String)
        case impossible(String)

        public var description: String {
            switch self {
            case .malformed(let text):
                return "'\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2007, 2007-12, 2006-02-16)"
            case .impossible(let text):
                return "'\(text)' is not a real calendar date; check the month (1–12) and the day of that month"
            }
        }
    }

    /// A date of the given precision; returns nil for an impossible date.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init(parsing text: String) throws(Problem) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { throw .malformed(text) }
        var numbers: [Int] = []
        for (index, part) in parts.enumerated() {
            guard part.count == widths[index], part.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Int(part)
            else { throw .malformed(text) }
            numbers.append(value)
        }
        guard
            let date = PartialDate(
                year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
                day: numbers.count > 2 ? numbers[2] : nil)
        else { throw .impossible(text) }
        self = date
    }

    /// The ISO form: `2007`, `2007-12` or `2006-02-16`.
    public var description: String {
        var text = String(year).leftPadded(to: 4)
        if let month { text += "-" + String(month).leftPadded(to: 2) }
        if let day { text += "-" + String(day).leftPadded(to: 2) }
        return text
    }

    /// The first day this date may denote, as `yyyymmdd`.
    public var earliest: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }

    /// The last day this date may denote, as `yyyymmdd`.
    public var latest: Int {
        let lastMonth = month ?? 12
        return year * 10_000 + lastMonth * 100 + (day ?? PartialDate.daysIn(month: lastMonth, year: year))
    }

    /// A packed form (`yyyymmdd`, with 00 for an unknown month or day) that keeps the order.
    public var packed: Int32 { Int32(year * 10_000 + (month ?? 0) * 100 + (day ?? 0)) }

    /// Rebuilds a date from `packed`.
    public init?(packed: Int32) {
        let value = Int(packed)
        let month = value / 100 % 100
        let day = value % 100
        self.init(year: value / 10_000, month: month == 0 ? nil : month, day: day == 0 ? nil : day)
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool { lhs.packed < rhs.packed }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A date with the role it plays for its fact.
public struct DatedRole: Hashable, Sendable, Comparable {
    public let role: DateRole
    public let date: PartialDate

    public init(_ role: DateRole, _ date: PartialDate) {
        self.role = role
        self.date = date
    }

    public static func < (lhs: DatedRole, rhs: DatedRole) -> Bool {
        (lhs.date, lhs.role) < (rhs.date, rhs.role)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
