import CoopModel
import Testing

@testable import CoopQuery

@Suite struct TimeFilterTests {
    @Test func agreementSignedBeforeEntryIntoForceHoldsOnlyFromEntryIntoForce() throws {
        let dates = [DatedRole(.signed, try date("2004")), DatedRole(.inForce, try date("2009"))]
        let span = try #require(Validity.span(of: dates))
        #expect(span == DateSpan(start: 2009_01_01, end: nil))
        #expect(!TimeFilter.asOf(try date("2006")).admits(span))
        #expect(TimeFilter.asOf(try date("2009")).admits(span))
        #expect(TimeFilter.asOf(try date("2020-03-01")).admits(span))
        #expect(!TimeFilter.window(since: try date("2005"), until: try date("2008-12")).admits(span))
        #expect(TimeFilter.window(since: try date("2005"), until: try date("2009-01")).admits(span))
    }

    @Test func heldDatesLastTheirOwnPrecisionAndUntilCloses() throws {
        let visit = try #require(Validity.span(of: [DatedRole(.held, try date("2014-06-04"))]))
        #expect(visit == DateSpan(start: 2014_06_04, end: 2014_06_04))
        #expect(TimeFilter.asOf(try date("2014-06")).admits(visit))
        #expect(!TimeFilter.asOf(try date("2014-07")).admits(visit))
        let programme = try #require(
            Validity.span(of: [DatedRole(.started, try date("2015")), DatedRole(.until, try date("2018-02"))]))
        #expect(programme == DateSpan(start: 2015_01_01, end: 2018_02_28))
        #expect(!TimeFilter.asOf(try date("2018-03")).admits(programme))
    }

    @Test func undatedFactsAreKeptByEveryFilter() throws {
        #expect(Validity.span(of: []) == nil)
        #expect(TimeFilter.asOf(try date("1900")).admits(nil))
        #expect(TimeFilter.window(since: try date("2000"), until: nil).admits(nil))
    }

    @Test func combinedSpansIntersect() {
        let combined = Validity.combined([DateSpan(start: 2009_01_01, end: nil), nil, DateSpan(start: 2000_01_01, end: 2012_12_31)])
        #expect(combined == DateSpan(start: 2009_01_01, end: 2012_12_31))
        #expect(Validity.combined([nil, nil]) == nil)
    }
}
