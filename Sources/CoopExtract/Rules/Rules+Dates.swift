import CoopModel

/// Dates in French running text, and the role a nearby word gives them.
///
/// Forms: "16 février 2006", "1er avril 2014", "04 juin 2014", "les 15 et 16 mai 2008",
/// "du 3 au 5 mars 2019", "du 25 juin au 6 juillet 2022", "décembre 2007", "de mars 2016 à juin
/// 2018", "au cours du mois de septembre 2023", "2008", "(2003)", "entre 2010 et 2014", "2023-2025",
/// "16/02/2006". "dès le lendemain de …" is recognised and gives no date.
extension DocumentExtraction {
    /// Finds the dates of `sentence` and the role word before each.
    func findDates(_ sentence: inout Sentence) {
        var index = sentence.range.lowerBound
        var usedUntil = sentence.range.lowerBound
        while index < sentence.range.upperBound {
            // Every form opens with a number or a month name: other tokens are turned away here,
            // without the call that copies the sentence. (A token with other gazetteer matches
            // only, a body or a place, was handed to `date(_:at:)`, which found no month there.)
            guard sentence.kind(index) == .number || sentence.matches.hasMatches(at: index) && Self.month(sentence, index) != nil,
                var found = Self.date(sentence, at: index, writingDate: writingDate) ?? relativeDate(sentence, at: index)
            else {
                // "ont signé lundi à Alger" in a dispatch: the weekday of its dateline's week.
                if let reference = referenceDay, sentence.key(index, in: Self.weekdays),
                    var found = Self.weekday(sentence, at: index, reference: reference)
                {
                    found.role = role(before: found.first, notBefore: usedUntil, sentence)
                    sentence.dates.append(found)
                    usedUntil = found.end
                    index = found.end
                } else {
                    index += 1
                }
                continue
            }
            // ("ALGER, 22 avril 2025 (APS) –": when the dispatch was written, no fact's date.)
            if isDateline(sentence, at: found.first) {
                index = found.end
                continue
            }
            found.role = role(before: found.first, notBefore: usedUntil, sentence)
            if isScheduled(sentence) { found.role = scheduledRole(found.role, of: found.date) }
            found.role = plannedRole(found.role, of: found.date, sentence)
            sentence.dates.append(found)
            usedUntil = found.end
            index = found.end
        }
    }

    /// "en septembre prochain" (a month name and no year), from the reference day.
    private func relativeDate(_ sentence: Sentence, at index: Int) -> DateMention? {
        guard let reference = referenceDay, sentence.kind(index) != .number, let month = Self.month(sentence, index) else { return nil }
        return Self.relativeMonth(sentence, month: month, at: index, reference: reference)
    }

    private static func month(_ sentence: Sentence, _ index: Int) -> Int? {
        for match in sentence.matches[index] ?? [] {
            if case .month(let month) = match.payload { return month }
        }
        return nil
    }

    /// The value of the number at `index`, of one to four ASCII digits.
    /// Read byte by byte: `Int(String)` was most of the cost of the date forms, tried four or
    /// five times at each number. Lengths below are in UTF-8 bytes, not characters (counting
    /// characters is a grapheme walk): the keys read here are ASCII digits, so the two agree.
    private static func number(_ sentence: Sentence, _ index: Int) -> Int? {
        guard sentence.range.contains(index), sentence.tokens[index].kind == .number else { return nil }
        var value = 0
        var digits = 0
        for byte in sentence.tokens[index].key.utf8 {
            digits += 1
            guard digits <= 4, byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return digits > 0 ? value : nil
    }

    private static func year(_ sentence: Sentence, _ index: Int) -> Int? {
        guard let value = number(sentence, index), sentence.tokens[index].key.utf8.count == 4, (1900...2099).contains(value) else { return nil }
        return value
    }

    /// A day number at `index`, with the index past it (skipping "er" of "1er").
    private static func day(_ sentence: Sentence, _ index: Int) -> (day: Int, next: Int)? {
        guard let value = number(sentence, index), sentence.tokens[index].key.utf8.count <= 2, (1...31).contains(value) else { return nil }
        return (value, sentence.key(index + 1, is: "er") ? index + 2 : index + 1)
    }

    /// The names of the days of the week, Monday first (`Rules+RelativeDates` numbers them so).
    static let weekdayNames = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    static let weekdays = CueSet(Set(weekdayNames))

    /// `index`, or the index after it when a weekday stands there ("au mercredi 28 octobre").
    private static func pastWeekday(_ sentence: Sentence, _ index: Int) -> Int {
        sentence.key(index, in: weekdays) ? index + 1 : index
    }

    /// "D M Y" from `index`: (date, index past the year).
    static func dayMonthYear(_ sentence: Sentence, _ index: Int) -> (PartialDate, Int)? {
        guard let (dayValue, next) = day(sentence, index), let monthValue = month(sentence, next),
            let yearValue = year(sentence, next + 1), let date = PartialDate(year: yearValue, month: monthValue, day: dayValue)
        else { return nil }
        return (date, next + 2)
    }

    /// "16/02/2006" or "16.02.2006" from `index` (the same separator twice): (date, index past the year).
    private static func numericDate(_ sentence: Sentence, _ index: Int) -> (PartialDate, Int)? {
        guard let dayValue = number(sentence, index), sentence.key(index + 1, is: "/", or: "."),
            let monthValue = number(sentence, index + 2), sentence.key(index + 3) == sentence.key(index + 1),
            let yearValue = year(sentence, index + 4),
            let date = PartialDate(year: yearValue, month: monthValue, day: dayValue)
        else { return nil }
        return (date, index + 5)
    }

    /// (Static, the writing date handed in: an instance method called from the mutating
    /// `process(line:number:)` copied the whole extraction at each number and month name.)
    private static func date(_ sentence: Sentence, at index: Int, writingDate: PartialDate?) -> DateMention? {
        // Every form below opens with a number or a month name: other tokens (most of them)
        // are turned away before the forms are tried one by one. A month name opens only
        // "décembre 2007".
        guard sentence.tokens[index].kind == .number else {
            guard let monthValue = month(sentence, index), let yearValue = year(sentence, index + 1),
                let date = PartialDate(year: yearValue, month: monthValue)
            else { return nil }
            // "de mars 2016 à juin 2018", "entre mars 2016 et juin 2018".
            if sentence.key(index - 1, is: "de", or: "'", or: "entre"), sentence.key(index + 2, is: "à", or: "au", or: "et"),
                let lastMonth = month(sentence, index + 3), let lastYear = year(sentence, index + 4),
                let last = PartialDate(year: lastYear, month: lastMonth), date < last
            {
                return DateMention(first: index, end: index + 5, date: date, until: last)
            }
            return DateMention(first: index, end: index + 2, date: date)
        }
        // "du 25 juin au 6 juillet 2022": days of two months, the year written once. A weekday
        // may name the last day ("du dimanche 25 au mercredi 28 octobre 2026"; the first one's
        // stands before the date).
        if let (firstDay, next) = day(sentence, index), let firstMonth = month(sentence, next), sentence.key(next + 1, is: "au", or: "-"),
            let (last, end) = dayMonthYear(sentence, pastWeekday(sentence, next + 2)),
            let start = PartialDate(year: last.year, month: firstMonth, day: firstDay), start < last
        {
            return DateMention(first: index, end: end, date: start, until: last)
        }
        // Ranges of days: "15 et 16 mai 2008", "3 au 5 mars 2019", "15-16 mai 2008", and with
        // the last day written in figures, "du 12 au 23/05/2025".
        if let (firstDay, next) = day(sentence, index), sentence.key(next, is: "et", or: "au", or: "-"),
            let (last, end) = dayMonthYear(sentence, pastWeekday(sentence, next + 1)) ?? numericDate(sentence, next + 1),
            let start = PartialDate(year: last.year, month: last.month, day: firstDay), start < last
        {
            return DateMention(first: index, end: end, date: start, until: last)
        }
        if let (date, end) = dayMonthYear(sentence, index) {
            // "du 28 décembre 2022 au 3 janvier 2023".
            if sentence.key(end, is: "au"), let (last, lastEnd) = dayMonthYear(sentence, pastWeekday(sentence, end + 1)), date < last {
                return DateMention(first: index, end: lastEnd, date: date, until: last)
            }
            return DateMention(first: index, end: end, date: date)
        }
        // Numeric: 16/02/2006 or 16.02.2006; "du 26/06/2025 au 28/06/2025".
        if let (date, end) = numericDate(sentence, index) {
            if sentence.key(end, is: "au"), let (last, lastEnd) = numericDate(sentence, end + 1), date < last {
                return DateMention(first: index, end: lastEnd, date: date, until: last)
            }
            return DateMention(first: index, end: end, date: date)
        }
        if let monthValue = month(sentence, index), let yearValue = year(sentence, index + 1),
            let date = PartialDate(year: yearValue, month: monthValue)
        {
            return DateMention(first: index, end: index + 2, date: date)
        }
        if let yearValue = year(sentence, index), let date = PartialDate(year: yearValue) {
            // "entre 2010 et 2014", "de 2010 à 2014", "les années 2023 à 2025", "la période 2023-2025".
            if sentence.key(index - 1, is: "entre", or: "de", or: "annees") && sentence.key(index + 1, is: "et", or: "à")
                || sentence.key(index + 1, is: "-") && sentence.tokens[index + 1].byteStart == sentence.tokens[index].byteEnd,
                let lastYear = year(sentence, index + 2), lastYear > yearValue, let last = PartialDate(year: lastYear)
            {
                return DateMention(first: index, end: index + 3, date: date, until: last)
            }
            let end = sentence.key(index - 1, is: "(") && sentence.key(index + 1, is: ")") ? index + 2 : index + 1
            return DateMention(first: index, end: end, date: date)
        }
        // (Tried last: few numbers are such days.)
        // "le 3 courant", "le 3 du mois en cours": a day of the month the note was written in
        // (its header's "Tachkent, le 24 octobre 2025", `noteWritingDate`).
        if let writing = writingDate, let writingMonth = writing.month, let (dayValue, next) = day(sentence, index) {
            let end = sentence.key(next, is: "courant") ? next + 1
                : sentence.key(next, is: "du") && sentence.key(next + 1, is: "mois") && sentence.key(next + 2, is: "courant") ? next + 3
                : sentence.key(next, is: "du") && sentence.key(next + 1, is: "mois") && sentence.key(next + 2, is: "en") && sentence.key(next + 3, is: "cours") ? next + 4
                : nil
            if let end, let date = PartialDate(year: writing.year, month: writingMonth, day: dayValue) {
                return DateMention(first: index, end: end, date: date)
            }
        }
        return nil
    }

    /// Notes the date a note was written, from its header: a date to the day after ", le" in
    /// the first six lines ("N° 1187/AAT/2025 – Tachkent, le 24 octobre 2025", "(Biskra, le 9
    /// juillet 2025)"), for "le 3 courant".
    mutating func noteWritingDate(_ sentence: Sentence) {
        guard writingDate == nil, sentence.lineNumber <= 6,
            let date = sentence.dates.first(where: { $0.date.day != nil && $0.until == nil && sentence.key($0.first - 1, is: "le") && sentence.key($0.first - 2, is: ",") })
        else { return }
        writingDate = date.date
    }

    /// Future and modal auxiliaries before a participle ("sera", "devrait être").
    private static let futureAuxiliaries: CueSet = ["sera", "seront", "devrait", "devraient", "doit", "doivent", "devra", "devront"]

    /// Whether the role word at `position` is told in the future: "sera signé", "devrait être signé".
    private func willHappen(_ sentence: Sentence, before position: Int) -> Bool {
        sentence.key(position - 1, in: Self.futureAuxiliaries)
            || sentence.key(position - 1, is: "etre") && sentence.key(position - 2, in: Self.futureAuxiliaries)
    }

    /// The role word closest before `first`, within seven tokens of the same clause.
    private static let monthLeads: CueSet = [
        "au", "cours", "du", "mois", "de", "d", "'", "courant", "fin", "debut", "mi",
        "premier", "second", "deuxieme", "troisieme", "quatrieme", "trimestre", "semestre",
    ]

    /// The kinds of legal acts a date may be the date of ("décret exécutif n° 02-127 du …").
    private static let legalActWords: CueSet = [
        "decret", "executif", "presidentiel", "loi", "arrete", "ordonnance", "interministeriel", "ministeriel", "decision",
    ]
    /// What an act's number is written with: "n", "°", "no", figures, "-" and "/".
    private static let actNumberMarks: CueSet = ["n", "°", "no", "-", "/"]

    /// The index of an act's kind before "n° 02-127 du" that ends at `anchor`, or `anchor`.
    private static func beforeLegalAct(_ sentence: Sentence, _ anchor: Int) -> Int {
        // ("du" may be the month's lead, already passed.)
        let of = sentence.key(anchor, is: "du") ? anchor : anchor - 1
        guard sentence.key(of, is: "du") else { return anchor }
        var index = of - 1
        var marks = 0
        while index > sentence.range.lowerBound, sentence.kind(index) == .number || sentence.key(index, in: actNumberMarks) {
            index -= 1
            marks += 1
        }
        guard marks >= 2, sentence.key(index, in: legalActWords) else { return anchor }
        while index > sentence.range.lowerBound, sentence.key(index - 1, in: legalActWords) { index -= 1 }
        return index
    }

    func role(before first: Int, notBefore floor: Int, _ sentence: Sentence) -> DateRole? {
        var position = first - 1
        // "se tiendra … au cours du mois de novembre 2024": the words that lead to a month are
        // the date's own, not part of the window.
        var anchor = first
        while anchor > sentence.range.lowerBound, sentence.key(anchor - 1, in: Self.monthLeads) { anchor -= 1 }
        // "instituée par le décret exécutif n° 02-127 du 7 avril 2002": an act's number and kind
        // stand between the role word and the date without taking the window.
        let act = Self.beforeLegalAct(sentence, anchor)
        if act < anchor {
            anchor = act
            position = act - 1
        }
        let lowest = max(floor, anchor - 7, sentence.range.lowerBound)
        while position >= lowest {
            let key = sentence.key(position)
            if sentence.kind(position) == .punct && key != "," && key != "(" { return nil }
            for match in sentence.matches[position] ?? [] where match.end <= first {
                // "en vigueur depuis le 1er janvier 2020": in force from that day.
                if case .role(let role) = match.payload {
                    if role == .started && sentence.key(position - 1, is: "vigueur") { return .inForce }
                    // "devrait être signé …", "sera signé …": a signature still to come.
                    if role != .planned, role != .started, role != .until, willHappen(sentence, before: position) { return .planned }
                    return role
                }
                if case .undated = match.payload { return nil }
            }
            position -= 1
        }
        // "Un atelier … sera organisé par l'ITGC avec le Centre arabe à Sétif les 16 et 17 mars
        // 2027": a verb in the future further back in the clause still makes the date a plan
        // (not "prévue par cet accord", which says what provided for it).
        while position >= max(floor, sentence.range.lowerBound) {
            let key = sentence.key(position)
            if sentence.kind(position) == .punct && key != "," && key != "(" && key != ")" { return nil }
            for match in sentence.matches[position] ?? [] where match.end <= first {
                if case .role(.planned) = match.payload,
                    (position..<match.end).contains(where: { sentence.key($0, is: "sera", or: "seront") || Self.isFutureVerb(sentence.key($0)) })
                {
                    return .planned
                }
            }
            position -= 1
        }
        return nil
    }
}
