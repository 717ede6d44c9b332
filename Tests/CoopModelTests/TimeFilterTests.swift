import CoopModel
import Testing

@Suite("Time filters")
struct TimeFilterTests {
    private func date(_ text: String) throws -> PartialDate { try PartialDate(parsing: text) }

    @Test("An agreement signed in 2004 and in force from 2009 is not in force in 2006")
    func signedThenInForce() throws {
        let dates = [DatedRole(.signed, try date("2004")), DatedRole(.inForce, try date("2009"))]
        #expect(!TimeFilter(asOf: try date("2006")).admits(dates: dates))
        #expect(TimeFilter(asOf: try date("2009")).admits(dates: dates))
        #expect(TimeFilter(asOf: try date("2020")).admits(dates: dates))
    }

    @Test("A signed agreement with no entry into force counts from its signature")
    func signedOnly() throws {
        let dates = [DatedRole(.signed, try date("2006-02-16"))]
        #expect(!TimeFilter(asOf: try date("2005")).admits(dates: dates))
        #expect(TimeFilter(asOf: try date("2006")).admits(dates: dates))
    }

    @Test("An ended fact is not in effect after its end")
    func ended() throws {
        let dates = [DatedRole(.started, try date("2009")), DatedRole(.until, try date("2012"))]
        #expect(TimeFilter(asOf: try date("2012")).admits(dates: dates))
        #expect(!TimeFilter(asOf: try date("2013")).admits(dates: dates))
    }

    @Test("An event counts from the day it was held on, and a window must overlap it")
    func events() throws {
        let dates = [DatedRole(.held, try date("2008-05-15")), DatedRole(.until, try date("2008-05-16"))]
        #expect(!TimeFilter(asOf: try date("2007")).admits(dates: dates, isEvent: true))
        #expect(TimeFilter(asOf: try date("2010")).admits(dates: dates, isEvent: true))
        #expect(TimeFilter(since: try date("2008-05-16")).admits(dates: dates, isEvent: true))
        #expect(!TimeFilter(since: try date("2008-06")).admits(dates: dates, isEvent: true))
        #expect(!TimeFilter(until: try date("2008-04")).admits(dates: dates, isEvent: true))
    }

    @Test("Undated facts pass unless the filter drops them")
    func undated() throws {
        #expect(TimeFilter(asOf: try date("2000")).admits(dates: []))
        #expect(!TimeFilter(asOf: try date("2000"), keepsUndated: false).admits(dates: []))
        #expect(TimeFilter.none.admits(dates: []))
    }
}
