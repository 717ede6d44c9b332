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
}
