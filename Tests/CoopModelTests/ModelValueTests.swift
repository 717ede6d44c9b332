import CoopModel
import Testing

/// Partial dates and name folding.
@Suite struct ModelValueTests {
    @Test func partialDatesParseAtThreePrecisions() throws {
        let year = try PartialDate(parsing: "2004")
        #expect((year.year, year.month, year.day) == (2004, nil, nil))
        let month = try PartialDate(parsing: "2007-12")
        #expect((month.year, month.month, month.day) == (2007, 12, nil))
        let day = try PartialDate(parsing: "2006-02-16")
        #expect((day.year, day.month, day.day) == (2006, 2, 16))
        #expect([year, month, day].map(\.description) == ["2004", "2007-12", "2006-02-16"])
    }

    @Test(arguments: ["", "07", "2007-1", "2007-12-1", "2007/12", "2007-12-01-01", "２００７", "abcd", "2007-"])
    func malformedDates(_ text: String) {
        #expect(throws: PartialDate.Problem.malformed(text)) { try PartialDate(parsing: text) }
    }

    @Test(arguments: ["2007-13", "2007-00", "2007-02-29", "1900-02-29", "2007-04-31", "0000"])
    func impossibleDates(_ text: String) {
        #expect(throws: PartialDate.Problem.impossible(text)) { try PartialDate(parsing: text) }
    }

    @Test func leapDaysFollowTheGregorianRule() throws {
        #expect(try PartialDate(parsing: "2000-02-29").day == 29)
        #expect(try PartialDate(parsing: "2024-02-29").day == 29)
        #expect(try PartialDate(parsing: "2024-02").latest == 20240229)
        #expect(try PartialDate(parsing: "2023-02").latest == 20230228)
        #expect(try PartialDate(parsing: "2007").earliest == 20070101)
        #expect(try PartialDate(parsing: "2007").latest == 20071231)
    }

    @Test func datesOrderCoarseBeforeFine() throws {
        let texts = ["2007-12-05", "2006", "2007", "2007-12", "2006-02-16", "2007-01"]
        let sorted = try texts.map { try PartialDate(parsing: $0) }.sorted().map(\.description)
        #expect(sorted == ["2006", "2006-02-16", "2007", "2007-01", "2007-12", "2007-12-05"])
        for text in texts {
            let date = try PartialDate(parsing: text)
            #expect(PartialDate(packed: date.packed) == date)
            #expect(date.earliest <= date.latest)
        }
    }

    @Test func nameKeysFoldCaseAccentsAndApostrophes() {
        #expect(NameKey.make("algerie") == "algerie")
        #expect(NameKey.make("ALGÉRIE") == "algerie")
        #expect(NameKey.make("Algérie") == "algerie")
        #expect(NameKey.make("Alge\u{0301}rie") == "algerie")  // decomposed accent
        #expect(NameKey.make("Côte d’Ivoire") == NameKey.make("cote d'ivoire"))
        #expect(NameKey.make("Côte d’Ivoire") == "cote d ivoire")
        #expect(NameKey.make("  Bosnie-Herzégovine ") == "bosnie herzegovine")
        #expect(NameKey.make("Œuvre") == "oeuvre")
        #expect(NameKey.make("Algérie") != NameKey.make("Algérien"))
    }
}
