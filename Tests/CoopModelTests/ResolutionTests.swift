import CoopModel
import Testing

/// Names resolve to one entity, list the candidates when shared, and suggest near matches otherwise.
@Suite struct ResolutionTests {
    static func graph() throws -> KnowledgeGraph {
        var builder = KnowledgeGraphBuilder(schema: GraphBuilderTests.schema)
        let entities: [(String, String, [String])] = [
            ("DZ", "Algérie", ["ALG"]), ("FR", "France", []), ("MA", "Maroc", []), ("MR", "Mauritanie", []),
            ("dz.mae", "Ministère des affaires étrangères", ["MAE"]), ("fr.mae", "Ministère de l'Europe et des affaires étrangères", ["MAE"]),
            ("NE", "Niger", []), ("NG", "Nigeria", []),
        ]
        for (id, name, acronyms) in entities {
            try builder.add(Entity(id: EntityID(id), type: .country, names: Names(fr: name), acronyms: acronyms))
        }
        return builder.build()
    }

    @Test func exactIdOrFoldedNameIsFound() throws {
        let graph = try Self.graph()
        #expect(graph.resolve("DZ") == .found(0))
        #expect(graph.resolve("ALGERIE") == .found(0))
        #expect(graph.resolve("alg") == .found(0))
        #expect(graph.resolve("  france ") == .found(1))
    }

    @Test func sharedNameListsTheCandidatesById() throws {
        let graph = try Self.graph()
        #expect(graph.resolve("mae") == .ambiguous([4, 5]))
    }

    @Test func unknownNameSuggestsNearMatchesBestFirst() throws {
        let graph = try Self.graph()
        // One typo from "algerie"; nothing else is close.
        #expect(graph.resolve("Algeria") == .notFound(suggestions: [0]))
        // "Nigera" is one edit from both "niger" and "nigeria": equal scores go by id.
        #expect(graph.resolve("Nigera") == .notFound(suggestions: [6, 7]))
        // "Nigerria" is one edit from "nigeria" and too far from "niger".
        #expect(graph.resolve("Nigerria") == .notFound(suggestions: [7]))
        // A prefix.
        #expect(graph.resolve("Mauri") == .notFound(suggestions: [3]))
        // Shared words, ranked by how many query words they cover, then by id.
        guard case .notFound(let suggestions) = graph.resolve("affaires étrangères du Mali") else {
            Issue.record("expected no match")
            return
        }
        #expect(suggestions == [4, 5])
        #expect(graph.resolve("zzzzzz") == .notFound(suggestions: []))
        #expect(graph.resolve("") == .notFound(suggestions: []))
    }

    @Test func suggestionsAreCapped() throws {
        let graph = try Self.graph()
        guard case .notFound(let suggestions) = graph.resolve("M", maxSuggestions: 2) else {
            Issue.record("expected no match")
            return
        }
        #expect(suggestions.count == 2)
    }

    @Test func editDistanceMatchesKnownValues() {
        #expect(NameKey.editDistance("kitten", "sitting", limit: 5) == 3)
        #expect(NameKey.editDistance("france", "frnace", limit: 2) == 1)  // a swap counts once
        #expect(NameKey.editDistance("ca", "abc", limit: 3) == 3)
        #expect(NameKey.editDistance("abc", "abcdef", limit: 2) == nil)
        #expect(NameKey.editDistance("", "ab", limit: 3) == 2)
        #expect(NameKey.editDistance("algerie", "algerie") == 0)
    }

    @Test func searchRanksByKindThenDistanceThenId() throws {
        let graph = try Self.graph()
        let kinds = graph.search("ni").map(\.kind)
        #expect(kinds == kinds.sorted())
        #expect(graph.search("dz").first.map { ($0.entity, $0.kind) }! == (0, .id))
        #expect(graph.search("MAE").map(\.entity).prefix(2) == [4, 5])
        #expect(graph.search("affaires etrangeres").allSatisfy { $0.kind == .substring })
        #expect(graph.search("Nigera").map(\.entity) == [6, 7])
        #expect(graph.search("Nigera").allSatisfy { $0.kind == .near && $0.distance == 1 })
        #expect(graph.search("M", limit: 2).count == 2)
        // The resolver's suggestions are the head of this ranking.
        #expect(graph.resolve("Mauri") == .notFound(suggestions: graph.search("Mauri", limit: 5).map(\.entity)))
    }
}
