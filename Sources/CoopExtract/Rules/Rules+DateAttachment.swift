import CoopModel

/// What each date of a sentence dates: an agreement, event or programme next to it, or the
/// mention its role word suits; signing dates with no mention are left loose.
extension DocumentExtraction {
    /// Which mention each date belongs to: forward to an agreement right after it
    /// ("en 2009, de l'accord …"), else back to the nearest mention its role suits.
    ///
    /// Mentions are searched and read by position: the standard library's searches over the
    /// mentions handed each closure a copy of each mention (its ids retained and released).
    func attachDates(_ sentence: Sentence) -> (byMention: [Int: [DatedRole]], loose: [DatedRole]) {
        let mentions = sentence.mentions
        var result: [Int: [DatedRole]] = [:]
        var loose: [DatedRole] = []
        var forwardRole: DateRole?
        // The target last dated by a date without a role word that was given to the mention
        // after it, and where that date went in its list.
        var provisional: (target: Int, index: Int)?
        for date in sentence.dates {
            var target: Int?
            var role = date.role
            var guessedForward = false
            // "la convention générale de 1980": a date right after an agreement or event is its own.
            if role == nil, let previous = mentions.indices.last(where: { mentions[$0].end <= date.first }),
                sentence.mentions[previous].kind == .agreement || sentence.mentions[previous].kind == .event,
                date.first - sentence.mentions[previous].end <= 2,
                (sentence.mentions[previous].end..<date.first).allSatisfy({ Self.joinsDateBack(sentence.key($0)) })
            {
                target = previous
                // "a ratifié la convention … (CCNUCC) en 1993": a role word among the three tokens
                // before a long name gives the role, as one before the date would.
                let agreementFirst = mentions[previous].first
                if mentions[previous].kind == .agreement { role = self.role(before: agreementFirst, notBefore: agreementFirst - 3, sentence) }
            }
            // "mettent en œuvre depuis 2021 un programme …": a start date right before a programme is its own;
            // "bénéficie depuis 2021 d'un jumelage": an elided "de" before the article too.
            if target == nil, date.role == .started, let next = mentions.indices.first(where: { mentions[$0].first >= date.end }),
                sentence.mentions[next].kind == .programme, sentence.mentions[next].first - date.end <= 3,
                (date.end..<sentence.mentions[next].first).allSatisfy({ Self.isArticle(sentence.key($0)) || sentence.key($0, is: "d") })
            {
                target = next
            }
            if target == nil, let next = mentions.indices.first(where: { mentions[$0].first >= date.end }),
                sentence.mentions[next].kind == .agreement, sentence.mentions[next].first - date.end <= 4,
                (date.end..<sentence.mentions[next].first).allSatisfy({ Self.joinsDateForward(sentence.key($0)) }),
                sentence.mentions[next].first > date.end
            {
                target = next
                role = role ?? forwardRole ?? .signed
                forwardRole = role
            }
            // "a accueilli à Annaba, les 27 et 28 février 2024, un atelier …": a date set off by
            // a comma right before an event is its own.
            if target == nil, role == nil || role == .held, sentence.key(date.end, is: ","),
                let next = mentions.indices.first(where: { mentions[$0].first >= date.end }), sentence.mentions[next].kind == .event,
                sentence.mentions[next].first - date.end <= 4,
                (date.end..<sentence.mentions[next].first).allSatisfy({
                    sentence.key($0, is: ",") || Self.isArticle(sentence.key($0)) || sentence.tokens[$0].kind == .number
                })
            {
                target = next
            }
            if target == nil {
                // Whether the mention at a position suits the date's role.
                let suits: (Int) -> Bool = { position in
                    let kind = mentions[position].kind
                    switch role {
                    case .signed?, .inForce?, .adopted?: return kind == .agreement || kind == .programme
                    case .created?: return kind == .institution || kind == .programme
                    case .held?: return kind == .event
                    case .started?, .until?, .planned?: return kind == .agreement || kind == .programme || kind == .event
                    default: return !mentions[position].anaphoric && (kind == .agreement || kind == .event || kind == .programme)
                    }
                }
                target = mentions.indices.last { mentions[$0].end <= date.first && suits($0) }
                // "Un protocole portant amendement de cet accord, …, doit être signé en mars 2027":
                // an agreement named again inside another's name is not what the date is of.
                if let found = target, sentence.key(sentence.mentions[found].first - 1, in: Self.demonstratives),
                    ClosedWords.isOf(sentence.key(sentence.mentions[found].first - 2)),
                    let outer = (0..<found).last(where: suits),
                    sentence.mentions[found].first - sentence.mentions[outer].end <= 3
                {
                    target = outer
                }
                // "Le CNL (…), établissement public placé sous la tutelle du Ministère, a été créé en
                // 2004": the body before the aside was created, not the one named inside it.
                if role == .created, let found = target,
                    (sentence.mentions[found].end..<date.first).contains(where: { sentence.key($0, is: ",") }),
                    let open = (sentence.range.lowerBound..<sentence.mentions[found].first).last(where: { sentence.key($0, is: ",") }),
                    let subject = (0..<found).last(where: suits), sentence.mentions[subject].end >= open - 1,
                    sentence.mentions[subject].end <= open
                {
                    target = subject
                }
                if target == nil {
                    target = mentions.indices.first { mentions[$0].first >= date.end && suits($0) && mentions[$0].kind != .programme }
                    guessedForward = role == nil
                }
            }
            guard let target else {
                if let role, role == .signed || role == .inForce || role == .adopted { loose.append(DatedRole(role, date.date)) }
                continue
            }
            let kind = sentence.mentions[target].kind
            // A programme over a span of years ("entre 2018 et 2021") ran from the first to the
            // last; an agreement "pour la période 2022-2027" is valid over it (its signature is
            // dated apart, "signé … le 21 septembre 2022").
            let span = date.until != nil && (kind == .programme || kind == .agreement)
            let resolvedRole = role ?? (kind == .event ? .held : span ? .started : kind == .programme ? .adopted : .signed)
            // One date per role: "signée en juin 2001 et renouvelée en 2016" keeps 2001 as signed.
            if let existing = result[target]?.firstIndex(where: { $0.role == resolvedRole }) {
                // "…, qui ont représenté 2,4 millions de tonnes en 2025, s'inscrivent dans le cadre d'un
                // mémorandum signé à Moscou le 14 octobre 2021": a date without a role word, given to
                // the mention after it, yields to the one the text gives that role.
                if let last = provisional, last.target == target, last.index == existing, role != nil, date.until == nil {
                    result[target]?[existing] = DatedRole(resolvedRole, date.date)
                    provisional = nil
                }
                continue
            }
            // "adopté à Alger les 28 et 29 juin 2022": a signature or adoption over two days of
            // one month is dated by the month, and has no end.
            if let until = date.until, [.signed, .adopted, .inForce].contains(resolvedRole) {
                result[target, default: []].append(DatedRole(resolvedRole, Self.inOneMonth(date.date, until) ? Self.shared(date.date, until) : date.date))
                continue
            }
            if guessedForward, date.until == nil { provisional = (target, result[target]?.count ?? 0) }
            result[target, default: []].append(DatedRole(resolvedRole, date.date))
            if let until = date.until { result[target, default: []].append(DatedRole(.until, until)) }
        }
        return (result, loose)
    }

    /// Words between an agreement or event and its own date after it ("la convention générale de 1980").
    private static func joinsDateBack(_ key: String) -> Bool {
        key == "en" || key == "," || key == "(" || key == "'" || key == "de" || key == "du" || key == "d"
    }

    /// Words between a date and the agreement right after it ("en 2009, de l'accord").
    private static func joinsDateForward(_ key: String) -> Bool {
        key == "," || ClosedWords.isOf(key) || ClosedWords.isDefiniteArticle(key)
    }

    /// "un", "une", "des" and the definite articles.
    private static func isArticle(_ key: String) -> Bool {
        key == "un" || key == "une" || key == "des" || ClosedWords.isDefiniteArticle(key)
    }

    /// "- Du 10 au 13 juin 2024 : … il a signé un mémorandum d'entente …": a line of a chronology
    /// opens with its date and a colon; an undated agreement signed in it takes that date as
    /// signed (over several days, only what they share: the month). Read on the line's first
    /// sentence, kept for the others.
    /// In a visit's programme, a signature in an item is planned on the day of its heading
    /// ("16h00 : Signature, à la BNA, d'un arrangement …" under "Mardi 27 octobre 2026").
    func labelDates(_ sentence: Sentence) -> [DatedRole] {
        if let day = scheduledDay(sentence), namesSigning(sentence) { return [day] }
        guard let (line, date) = lineLabel, line == sentence.lineNumber, namesSigning(sentence) else { return [] }
        return [DatedRole(.signed, date)]
    }

    /// Reads the date a line opens with, on its first sentence (`labelDates`).
    mutating func readLineLabel(_ sentence: Sentence) {
        guard sentence.range.lowerBound == 0 else { return }
        lineLabel = nil
        guard let date = sentence.dates.first, date.first <= 3, sentence.key(date.end, is: ":") else { return }
        // Over several days, what they share when they fall in one month; none across months.
        guard let until = date.until else { lineLabel = (sentence.lineNumber, date.date); return }
        if Self.inOneMonth(date.date, until) { lineLabel = (sentence.lineNumber, Self.shared(date.date, until)) }
    }

    /// Whether the sentence holds a word of the lexicon's `signed` role ("signé", "conclu").
    func namesSigning(_ sentence: Sentence) -> Bool {
        sentence.range.contains { index in
            sentence.matches[index]?.contains { if case .role(.signed) = $0.payload { true } else { false } } ?? false
        }
    }
}
