import ArgumentParser
import CoopExchange
import CoopModel
import Foundation
import Testing

@testable import coopgraph

/// The fixture knowledge base shared with CoopQueryTests.
enum CLIFixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("CoopQueryTests/Fixtures/kb")

    static func graph() throws -> KnowledgeGraph { try Neo4jCSV.read(from: directory, schema: .exchange) }

    /// Parses `arguments` as the CLI would and answers on the fixture graph.
    static func respond(_ arguments: [String]) throws -> String {
        let graph = try graph()
        return try QueryAnswer.respond(arguments, on: graph)
    }
}

@Suite struct CommandParsingTests {
    @Test(arguments: [
        (["partners"], "Missing expected argument '<entity>'"),
        (["partners", "DZ", "--as-of", "2006-13"], "The value '2006-13' is invalid for '--as-of"),
        (["partners", "DZ", "--as-of", "2006", "--since", "2001"], "--as-of names one date"),
        (["partners", "DZ", "--since", "2010", "--until", "2001"], "--since 2010 comes after --until 2001"),
        (["partners", "DZ", "--via", "telepathy"], "The value 'telepathy' is invalid for '--via"),
        (["partners", "DZ", "--format", "xml"], "The value 'xml' is invalid for '--format"),
        (["partners", "DZ", "--render", "out.pdf"], "--render needs a file ending in .svg or .png"),
        (["neighbors", "DZ", "--depth=-1"], "--depth must be 0 or more"),
        // A negative number after a space is the option's value, not another option.
        (["neighbors", "DZ", "--depth", "-1"], "--depth must be 0 or more, not -1"),
        (["neighbors", "DZ", "--width", "-5"], "--width must be 0 (no wrapping) or at least 20, not -5"),
        (["path", "DZ", "FR", "--all", "--max-length", "-2"], "--max-length must be 1 or more"),
        (["render", "--ego", "DZ", "--depth", "-1", "-o", "x.svg"], "--depth must be from 0 to 10"),
        (["synth", "--edges", "-3", "-o", "out"], "--edges must be 0 or more, not -3"),
        (["neighbors", "DZ", "--depth", "--type", "country"], "The value '--type' is invalid for '--depth"),
        (["path", "DZ", "FR", "--all", "--max-length", "0"], "--max-length must be 1 or more"),
        (["rank", "--by", "pagerank"], "The value 'pagerank' is invalid for '--by"),
        (["rank", "--top", "0"], "--top must be 1 or more"),
    ])
    func malformedArgumentsAreRefusedWithAClearMessage(arguments: [String], message: String) {
        do {
            _ = try CoopGraph.parseAsRoot(arguments)
            Issue.record("\(arguments) was accepted")
        } catch {
            #expect(CoopGraph.message(for: error).contains(message), "got: \(CoopGraph.message(for: error))")
            #expect(CoopGraph.exitCode(for: error) != .success)
        }
    }

    @Test func unknownAndAmbiguousEntitiesFailWithCandidates() throws {
        #expect(throws: (any Error).self) { try CLIFixture.respond(["partners", "Ministère de l'Intérieur"]) }
        do {
            _ = try CLIFixture.respond(["partners", "Ministère de l'Intérieur"])
        } catch {
            let message = CoopGraph.message(for: error)
            #expect(message.contains("dz.miclat (ministry)") && message.contains("fr.mi (ministry)"), "\(message)")
            #expect(CoopGraph.exitCode(for: error) != .success)
        }
        do {
            _ = try CLIFixture.respond(["path", "Frence", "DZ"])
            Issue.record("an unknown name was accepted")
        } catch {
            #expect(CoopGraph.message(for: error).contains("did you mean:\n  FR (country) France"))
        }
    }

    @Test func missingGraphInputIsAnError() throws {
        let arguments = ["partners", "DZ", "--data", "/nonexistent/coopgraph-data", "--format", "json"]
        let command = try #require(try CoopGraph.parseAsRoot(arguments) as? PartnersCommand)
        #expect(throws: (any Error).self) { try command.run() }
        let csv = try #require(try CoopGraph.parseAsRoot(["find", "x", "--csv", "/nonexistent/csv"]) as? FindCommand)
        #expect(throws: (any Error).self) { try csv.run() }
    }
}
