import CoopModel
import Testing

@testable import CoopQuery

@Suite struct ResolveTests {
    @Test func namesResolveIgnoringCaseAndAccents() throws {
        let graph = try Fixture.graph()
        for text in ["DZ", "dz", "Algérie", "ALGERIE", "algeria", "République Algérienne", "الجزائر"] {
            #expect(try resolveEntity(text, in: graph) == graph.at("DZ"), "\(text)")
        }
        #expect(try resolveEntity("anru", in: graph) == graph.at("fr.anru"))
        #expect(try resolveEntity("FR.ANRU", in: graph) == graph.at("fr.anru"))
    }

    @Test func ambiguousNamesListEveryCandidate() throws {
        let graph = try Fixture.graph()
        let error = #expect(throws: QueryError.self) { try resolveEntity("Ministère de l'intérieur", in: graph) }
        guard case .ambiguousEntity(_, let candidates)? = error else {
            Issue.record("expected an ambiguity, got \(String(describing: error))")
            return
        }
        #expect(candidates.map(\.id.rawValue) == ["dz.miclat", "fr.mi"])
        #expect(error?.description.contains("dz.miclat (ministry) Ministère de l'Intérieur") == true)
    }

    @Test func unknownNamesSuggestNearMatches() throws {
        let graph = try Fixture.graph()
        let error = #expect(throws: QueryError.self) { try resolveEntity("Frence", in: graph) }
        guard case .unknownEntity(_, let suggestions)? = error else {
            Issue.record("expected an unknown name, got \(String(describing: error))")
            return
        }
        #expect(suggestions.map(\.id.rawValue).first == "FR")
        #expect(throws: QueryError.self) { try resolveEntity("Algérie", ofType: .sector, in: graph) }
    }

    @Test func findRanksExactThenPrefixThenSubstringThenNear() throws {
        let graph = try Fixture.graph()
        let exact = findEntities("MICLAT", in: graph)
        #expect(exact.matches.first.map { graph.entity(at: $0.entity).id } == "dz.miclat")
        #expect(exact.matches.first?.match == .exact)
        let prefix = findEntities("ministere", in: graph)
        #expect(graph.ids(prefix.matches.map(\.entity)) == ["dz.miclat", "fr.mi"])
        #expect(prefix.matches.allSatisfy { $0.match == .prefix })
        let substring = findEntities("renovation", in: graph)
        #expect(substring.matches.map(\.match).contains(.substring))
        #expect(substring.matches.map(\.match) == substring.matches.map(\.match).sorted())
        let near = findEntities("Algerei", in: graph)
        #expect(near.matches.first.map { graph.entity(at: $0.entity).id } == "DZ")
        #expect(near.matches.first?.match == .near)
        #expect(findEntities("xyzzy", in: graph).matches.isEmpty)
    }
}
