import ArgumentParser
import CoopModel
import CoopQuery

/// A date argument: YYYY, YYYY-MM or YYYY-MM-DD.
struct DateArgument: ExpressibleByArgument {
    let date: PartialDate

    init?(argument: String) {
        guard let date = try? PartialDate(parsing: argument) else { return nil }
        self.date = date
    }

    static var defaultValueDescription: String { "YYYY[-MM[-DD]]" }
}

/// The time filter every query takes.
struct TimeOptions: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Keep facts in effect at this date (from `in_force`, else `signed`, … until `until`); undated facts are kept and flagged.",
            valueName: "YYYY[-MM[-DD]]"))
    var asOf: DateArgument?

    @Option(
        name: [.customLong("since"), .customLong("from")],
        help: ArgumentHelp("Keep facts whose span overlaps the window starting at this date.", valueName: "YYYY[-MM[-DD]]"))
    var since: DateArgument?

    @Option(
        name: [.customLong("until"), .customLong("to")],
        help: ArgumentHelp("Keep facts whose span overlaps the window ending at this date.", valueName: "YYYY[-MM[-DD]]"))
    var until: DateArgument?

    mutating func validate() throws {
        if asOf != nil && (since != nil || until != nil) {
            throw ValidationError("--as-of names one date; use it without --since/--until")
        }
        if let since, let until, since.date.earliest > until.date.latest {
            throw ValidationError("--since \(since.date) comes after --until \(until.date)")
        }
    }

    /// The filter these options ask for.
    var filter: TimeFilter {
        TimeFilter(asOf: asOf?.date, since: since?.date, until: until?.date)
    }
}
