import CoopModel
import Testing

@testable import CoopQuery

@Suite struct TableQueryTests {
    @Test func agreementsAreFilteredByPartyAndTime() throws {
        let graph = try Fixture.graph()
        let dz = try graph.at("DZ")
        let all = agreements(AgreementsQuery(parties: [dz]), in: graph)
        #expect(all.rows.map { graph.entity(at: $0.agreement).id.rawValue } == ["agr.2004", "agr.undated"])
        let early = agreements(AgreementsQuery(parties: [dz], time: TimeFilter(asOf: try date("2006"))), in: graph)
        #expect(early.rows.map { graph.entity(at: $0.agreement).id.rawValue } == ["agr.undated"])
        let window = agreements(AgreementsQuery(time: TimeFilter(since: try date("2010"), until: try date("2011"))), in: graph)
        #expect(window.rows.map { graph.entity(at: $0.agreement).id.rawValue } == ["agr.2004", "agr.undated"])
        let both = agreements(AgreementsQuery(parties: [dz, try graph.at("FR")]), in: graph)
        #expect(both.rows.map { graph.entity(at: $0.agreement).id.rawValue } == ["agr.2004"])
        let urban = agreements(AgreementsQuery(sectors: [try graph.at("sector.urban")]), in: graph)
        #expect(urban.rows.map { graph.entity(at: $0.agreement).id.rawValue } == ["agr.2012"])
    }

    @Test func timelineListsOwnRelationAndNeighbourDatesInOrder() throws {
        let graph = try Fixture.graph()
        let answer = timeline(of: try graph.at("DZ"), in: graph)
        let lines = answer.entries.map { "\($0.date) \($0.role) \(graph.entity(at: $0.subject).id)" }
        #expect(
            lines == [
                "1962-07-05 created DZ", "2004 signed agr.2004", "2009 in_force agr.2004", "2010 started TN",
                "2015 started prog.urban", "2018 until prog.urban",
            ])
        let window = timeline(of: try graph.at("DZ"), in: graph, time: TimeFilter(since: try date("2009"), until: try date("2015")))
        #expect(window.entries.map(\.date.year) == [2009, 2010, 2015])
    }

    @Test func degreeCountsDistinctNeighboursAndRelationsCountsRelations() throws {
        let graph = try Fixture.graph()
        let byDegree = try rank(RankQuery(measure: .degree, top: 100), in: graph)
        for row in byDegree.ranked {
            let distinct = Set(graph.neighbors(of: row.entity)).subtracting([row.entity]).count
            #expect(Int(row.score) == distinct, "\(graph.entity(at: row.entity).id)")
        }
        #expect(graph.entity(at: byDegree.ranked[0].entity).id == "DZ")
        let countries = try rank(RankQuery(measure: .relations, types: [.country], top: 2), in: graph)
        #expect(countries.ranked.map { graph.entity(at: $0.entity).id.rawValue } == ["DZ", "FR"])
        #expect(countries.ranked.map(\.score) == [Double(graph.degree(try graph.at("DZ"))), Double(graph.degree(try graph.at("FR")))])
    }

    @Test func betweennessOfAPathGraphMatchesTheClosedForm() throws {
        // A path a - b - c - d: b and c each lie on 2 of the 3 pairs of other nodes;
        // normalised over ordered pairs: 2·2 / ((4−1)(4−2)) = 2/3.
        var builder = KnowledgeGraphBuilder(schema: Fixture.schema)
        for name in ["a", "b", "c", "d"] {
            try builder.add(Entity(id: EntityID(name), type: .country, names: Names(fr: name)))
        }
        for (from, to) in [(0, 1), (2, 1), (2, 3), (3, 2)] {
            builder.addRelation(type: .cooperatesWith, from: from, to: to, payload: RelationPayload())
        }
        let graph = builder.build()
        let answer = try rank(RankQuery(measure: .betweenness, top: 4), in: graph)
        #expect(answer.ranked.map(\.score) == [2.0 / 3.0, 2.0 / 3.0, 0, 0])
        #expect(answer.ranked.map(\.rank) == [1, 1, 3, 3])
        #expect(graph.ids(answer.ranked.prefix(2).map(\.entity)) == ["b", "c"])
    }
}
