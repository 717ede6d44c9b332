import CoopModel

/// Dates told relative to the day a text was written: a press dispatch's dateline ("ALGER, 22
/// avril 2025 (APS) – … ont signé lundi …") dates its weekdays, and "en septembre prochain", "en
/// novembre dernier" take their year from it (or from the note's header date).
extension DocumentExtraction {
    /// Notes a dispatch's dateline at the start of a line, before the line's dates are read:
    /// a place in capitals, a comma, a date to the day, an agency in brackets, a dash. The
    /// dateline's date is when the dispatch was written, not a fact's: `findDates` skips it.
    mutating func noteDateline(_ sentence: Sentence) {
        guard sentence.range.lowerBound == 0 else { return }
        let first = sentence.range.lowerBound
        guard sentence.token(first, { $0.allCaps && $0.kind == .word }) else { return }
        var comma = first + 1
        while comma < first + 5, comma < sentence.range.upperBound, !sentence.key(comma, is: ",") { comma += 1 }
        guard sentence.key(comma, is: ","), let (date, end) = Self.dayMonthYear(sentence, comma + 1) else { return }
        var next = end
        if sentence.key(next, is: "("), sentence.token(next + 1, { $0.allCaps }), sentence.key(next + 2, is: ")") { next += 3 }
        guard sentence.key(next, is: "–", or: "-", or: "—") else { return }
        dateline = (sentence.lineNumber, comma + 1, date)
    }

    /// Whether the date opening at `index` is the dateline of its line.
    func isDateline(_ sentence: Sentence, at index: Int) -> Bool {
        guard let dateline else { return false }
        return dateline.line == sentence.lineNumber && dateline.first == index
    }

    /// The day that relative dates are told from: the last dispatch's dateline, else the date
    /// the note was written.
    var referenceDay: PartialDate? { dateline?.date ?? writingDate }

    /// "lundi", "mardi dernier", "jusqu'à mercredi", "vendredi prochain" at `index`, not
    /// followed by a day number ("lundi 26 octobre" is read whole elsewhere): the day of the
    /// reference week it names. A bare weekday is the last one on or before the reference day,
    /// as a dispatch tells what happened; "prochain" and "jusqu'à" look forward.
    static func weekday(_ sentence: Sentence, at index: Int, reference: PartialDate) -> DateMention? {
        guard let named = weekdayNumber(sentence.key(index)), sentence.kind(index + 1) != .number,
            let day = reference.day, let month = reference.month
        else { return nil }
        let today = CivilDays.number(year: reference.year, month: month, day: day)
        let todayWeekday = CivilDays.weekday(today)
        let forward = sentence.key(index + 1, is: "prochain")
            || sentence.key(index - 1, is: "à", or: "au") && sentence.key(index - 2, is: "'") && sentence.key(index - 3, is: "jusqu")
        let offset = forward ? (named - todayWeekday + 7) % 7 : -((todayWeekday - named + 7) % 7)
        let end = sentence.key(index + 1, is: "prochain", or: "dernier") ? index + 2 : index + 1
        guard let date = CivilDays.date(today + offset) else { return nil }
        return DateMention(first: index, end: end, date: date)
    }

    /// "septembre prochain", "novembre dernier" at `index` (a month name without a year): the
    /// next or the last such month from the reference day.
    static func relativeMonth(_ sentence: Sentence, month: Int, at index: Int, reference: PartialDate) -> DateMention? {
        guard let referenceMonth = reference.month else { return nil }
        let year: Int
        if sentence.key(index + 1, is: "prochain") {
            year = month > referenceMonth ? reference.year : reference.year + 1
        } else if sentence.key(index + 1, is: "dernier") {
            year = month < referenceMonth ? reference.year : reference.year - 1
        } else {
            return nil
        }
        guard let date = PartialDate(year: year, month: month) else { return nil }
        return DateMention(first: index, end: index + 2, date: date)
    }

    /// Monday 1 … Sunday 7, for a weekday's key.
    private static func weekdayNumber(_ key: String) -> Int? {
        weekdayNames.firstIndex(of: key).map { $0 + 1 }
    }
}

/// Days of the proleptic Gregorian calendar counted from 1970-01-01 (H. Hinnant's civil-day
/// formulas), to step from a date by days and to name its weekday.
enum CivilDays {
    static func number(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Monday 1 … Sunday 7 (1970-01-01 was a Thursday).
    static func weekday(_ days: Int) -> Int {
        let fromMonday = ((days + 3) % 7 + 7) % 7
        return fromMonday + 1
    }

    static func date(_ days: Int) -> PartialDate? {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return PartialDate(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
