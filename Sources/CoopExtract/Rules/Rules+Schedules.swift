import CoopModel

/// Where a visit's programme stands: its title line, its first date, the day heading read last
/// and the time-stamped line being read (`Rules+Schedules`).
struct ScheduleState {
    /// The line of the title "Programme de la visite …" (0: the document is no programme).
    var titleLine = 0
    /// The programme's first day: the title's first date, or its first day heading.
    var start: PartialDate?
    /// The day of the last day heading ("Lundi 26 octobre 2026").
    var day: PartialDate?
    /// The line that opens with a time ("10h00 : …"), when it is the one being read.
    var itemLine = 0
    /// The line of the title "Plan d'action de coopération 2026–2027" (0: no plan), and the
    /// plan's first year.
    var planLine = 0
    var planStart: PartialDate?
}

/// A visit's programme is written before the visit: its title names the visit and its days
/// ("Programme de la visite de la délégation … du dimanche 25 au mercredi 28 octobre 2026"),
/// day headings stand alone on their lines ("Lundi 26 octobre 2026"), and each item opens with
/// its time ("10h00 : Cérémonie d'ouverture …", "11h30 – 12h30 : Visite du pavillon …"). Its
/// meetings, visits and signatures are planned, on the day of their heading; a date before the
/// programme's first day ("la convention signée à Paris le 14 mars 2024") is a past fact it
/// recalls.
extension DocumentExtraction {
    /// Words that open a programme's title, before the visit's word.
    private static let programmeOpeners: CueSet = ["programme", "agenda", "deroule", "deroulement"]
    /// The visit's word in a programme's title ("Programme de la visite", "du séjour").
    private static let visitWords: CueSet = ["visite", "sejour", "mission", "deplacement", "voyage"]

    /// Notes, on a line's first sentence and before its dates are read, whether the line is a
    /// programme's title (in the first eight lines) or one of its items.
    mutating func noteScheduleLine(_ sentence: Sentence) {
        guard sentence.range.lowerBound == 0 else { return }
        let first = sentence.range.lowerBound
        if schedule.titleLine == 0 && schedule.planLine == 0 && sentence.lineNumber <= 8 && Self.opensAPlan(sentence) {
            schedule.planLine = sentence.lineNumber
            return
        }
        if schedule.titleLine == 0 {
            guard sentence.lineNumber <= 8, schedule.planLine == 0 else { return }
            // "Programme de la visite …", "Projet de programme du séjour …".
            let opener = sentence.key(first, in: Self.programmeOpeners) ? first
                : sentence.key(first, is: "projet") && sentence.key(first + 2, is: "programme") ? first + 2 : nil
            guard let opener, (opener + 1...opener + 5).contains(where: { sentence.key($0, in: Self.visitWords) }) else { return }
            schedule.titleLine = sentence.lineNumber
        } else if Self.opensWithTime(sentence) {
            schedule.itemLine = sentence.lineNumber
        }
    }

    /// "Plan d'action de coopération 2026–2027", "Programme de travail 2026", "Feuille de route
    /// 2025-2027": a plan's title, a year in its first twelve words.
    private static func opensAPlan(_ sentence: Sentence) -> Bool {
        let first = sentence.range.lowerBound
        let opens = sentence.key(first, is: "plan") && (sentence.key(first + 1, is: "d") && sentence.key(first + 3, is: "action")
            || sentence.key(first + 1, is: "de") && sentence.key(first + 2, is: "cooperation", or: "travail")
            || sentence.key(first + 1, is: "annuel"))
            || sentence.key(first, is: "programme") && sentence.key(first + 1, is: "de") && sentence.key(first + 2, is: "travail")
            || sentence.key(first, is: "feuille") && sentence.key(first + 1, is: "de") && sentence.key(first + 2, is: "route")
        return opens && (first..<min(first + 12, sentence.range.upperBound)).contains { index in
            sentence.kind(index) == .number && sentence.token(index, { $0.key.utf8.count == 4 })
        }
    }

    /// In a plan, after its title: a date with no role word that falls in or after the plan's
    /// first year is a plan ("Premier semestre 2026 : atelier national … à Alger"); a date a word
    /// gives a role keeps it ("la réunion technique tenue à Tabarka les 17 et 18 juin 2024").
    func plannedRole(_ role: DateRole?, of date: PartialDate, _ sentence: Sentence) -> DateRole? {
        guard role == nil, schedule.planLine != 0, sentence.lineNumber > schedule.planLine, let start = schedule.planStart,
            !(date < start)
        else { return role }
        return .planned
    }

    /// "10h00", "09 h 30", "17h": an hour and its "h" at the start of the line.
    private static func opensWithTime(_ sentence: Sentence) -> Bool {
        let first = sentence.range.lowerBound
        guard sentence.kind(first) == .number, sentence.token(first, { $0.key.utf8.count <= 2 }) else { return false }
        let next = sentence.key(first + 1)
        let utf8 = next.utf8
        guard utf8.first == UInt8(ascii: "h") else { return false }
        // "h" alone ("10 h 30", "17 h"), or "h" and two digits ("10h00").
        return utf8.count == 1 || utf8.count == 3 && utf8.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Whether the dates of `sentence` are those of a programme's plans: its title and items.
    func isScheduled(_ sentence: Sentence) -> Bool {
        schedule.titleLine != 0 && (sentence.lineNumber == schedule.titleLine || sentence.lineNumber == schedule.itemLine)
    }

    /// The role a date of a programme's title or item takes: planned, unless a word gives it
    /// another (launched, in force since …) or it falls before the programme's first day.
    func scheduledRole(_ role: DateRole?, of date: PartialDate) -> DateRole? {
        guard role == nil || role == .held || role == .signed else { return role }
        if let start = schedule.start, date < start { return role }
        return .planned
    }

    /// Notes, after a line's dates are read, the programme's first day and its day headings: a
    /// line that is one date to the day and nothing else but a weekday and punctuation.
    mutating func noteScheduleDates(_ sentence: Sentence) {
        if schedule.planLine == sentence.lineNumber, schedule.planStart == nil {
            schedule.planStart = sentence.dates.first?.date
        }
        guard schedule.titleLine != 0, sentence.range.lowerBound == 0 else { return }
        if sentence.lineNumber == schedule.titleLine {
            if schedule.start == nil { schedule.start = sentence.dates.first?.date }
            return
        }
        guard sentence.dates.count == 1, let date = sentence.dates.first, date.date.day != nil, date.until == nil,
            (sentence.range.lowerBound..<date.first).allSatisfy({ sentence.key($0, in: Self.weekdays) }),
            (date.end..<sentence.range.upperBound).allSatisfy({ sentence.kind($0) == .punct })
        else { return }
        schedule.day = date.date
        if schedule.start == nil { schedule.start = date.date }
    }

    /// "Programme de la visite de la délégation … à l'occasion du 29e SILA, du dimanche 25 au
    /// mercredi 28 octobre 2026": a programme's title dates its visit, its first event, and no
    /// other. Returns where an event's dates may be read up to and its attached dates.
    func scheduleDateScope(_ sentence: Sentence, first: Bool, mention: Mention, limit: Int, attached: [DatedRole]?) -> (limit: Int, attached: [DatedRole]?) {
        guard schedule.titleLine == sentence.lineNumber else { return (limit, attached) }
        return first ? (sentence.range.upperBound, attached) : (mention.first, nil)
    }

    /// "15h00 : Séance de travail … sur le programme de numérisation (janvier 2025 – décembre
    /// 2027)": an item of a programme is on the day of its heading; its other dates are another
    /// fact's, unless their span holds that day ("10h00 : Cérémonie d'ouverture du 29e SILA … du
    /// 26 octobre au 5 novembre 2026"). Before the programme's first day, a date is a past fact.
    func keepScheduledDates(_ sentence: Sentence, _ dates: inout [DateMention], attached: inout [DatedRole]?) {
        guard isScheduled(sentence) else { return }
        if let day = scheduledDay(sentence)?.date {
            dates.removeAll { day < $0.date || ($0.until ?? $0.date) < day }
            if let dated = attached, !dated.contains(where: { $0.role == .planned && $0.date == day }) { attached = nil }
        } else if let start = schedule.start {
            dates.removeAll { $0.date < start }
        }
    }

    /// The day heading an item of the programme falls under, planned.
    func scheduledDay(_ sentence: Sentence) -> DatedRole? {
        guard schedule.titleLine != 0, sentence.lineNumber == schedule.itemLine, let day = schedule.day else { return nil }
        return DatedRole(.planned, day)
    }

    /// Participles that name who holds an item ("organisée par", "conduite par", "offert par").
    private static let holdingParticiples: CueSet = [
        "organise", "organisee", "organises", "organisees", "conduit", "conduite", "anime", "animee",
        "preside", "presidee", "offert", "offerte", "accorde", "accordee",
    ]

    /// Who holds an item of a programme ("Table ronde …, organisée par l'Instituto Cervantes et
    /// la FGEE"): the bodies after such a participle and "par". The other bodies an item names
    /// are future participants, which the programme does not yet make so.
    func scheduledHolders(_ sentence: Sentence) -> [EntityID] {
        var holders: [EntityID] = []
        for index in sentence.range
        where sentence.key(index, is: "par") && sentence.key(index - 1, in: Self.holdingParticiples) {
            _ = Self.collectHolders(sentence, from: index + 1, countries: false, into: &holders)
        }
        return holders
    }
}
