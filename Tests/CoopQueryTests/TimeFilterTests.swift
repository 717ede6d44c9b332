import CoopModel
import Testing

@testable import CoopQuery

/// The time rule as queries apply it (the rule itself is CoopModel's `FactPeriod`/`TimeFilter`).
@Suite struct TimeFilterTests {
    @Test func agreementSignedBeforeEntryIntoForceHoldsOnlyFromEntryIntoForce() throws {
        let graph = try Fixture.graph()
        let scope = { (filter: TimeFilter) in TimeScope(graph: graph, filter: filter) }
        let agreement = try graph.at("agr.2004")
        #expect(!scope(TimeFilter(asOf: try date("2006"))).admits(entity: agreement))
        #expect(scope(TimeFilter(asOf: try date("2009"))).admits(entity: agreement))
        #expect(scope(TimeFilter(asOf: try date("2020-03-01"))).admits(entity: agreement))
        #expect(!scope(TimeFilter(since: try date("2005"), until: try date("2008-12"))).admits(entity: agreement))
        #expect(scope(TimeFilter(since: try date("2005"), until: try date("2009-01"))).admits(entity: agreement))
    }

    @Test func eventsAreDatedAsEventsAndUndatedFactsPass() throws {
        let graph = try Fixture.graph()
        let visit = try graph.at("evt.2014")
        let participation = try #require(graph.incoming(visit).first)
        let window = TimeScope(graph: graph, filter: TimeFilter(since: try date("2014-07"), until: try date("2015")))
        #expect(!window.admits(entity: visit))
        #expect(!window.admits(ownDatesOf: participation))
        let june = TimeScope(graph: graph, filter: TimeFilter(since: try date("2014-06"), until: try date("2014-06")))
        #expect(june.admits(relation: participation))
        let undated = try graph.at("agr.undated")
        #expect(TimeScope(graph: graph, filter: TimeFilter(asOf: try date("1900"))).admits(entity: undated))
    }

    @Test func linksHoldWhenAllTheirFactsHoldTogether() throws {
        let periods = [
            FactPeriod(dates: [DatedRole(.signed, try date("2004")), DatedRole(.inForce, try date("2009"))]),
            FactPeriod(dates: []),
            FactPeriod(dates: [DatedRole(.started, try date("2000")), DatedRole(.until, try date("2012-02"))]),
        ]
        #expect(FactPeriod.together(periods) == "2009-01-01..2012-02-29")
        #expect(FactPeriod.together([FactPeriod(dates: [])]) == nil)
        #expect(TimeFilter(asOf: try date("2006")).summary == "as of 2006")
        #expect(TimeFilter(since: try date("2004")).summary == "2004..")
        #expect(TimeFilter.none.summary == "all")
    }
}
