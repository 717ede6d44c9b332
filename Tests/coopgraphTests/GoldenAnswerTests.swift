import Foundation
import Testing

@testable import coopgraph

/// Each command's answer on the fixture KB, compared with `Golden/NAME`.
/// Regenerate with `COOPGRAPH_UPDATE_GOLDEN=1 swift test --filter GoldenAnswerTests`, then read the diff.
@Suite struct GoldenAnswerTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: [
        ("partners-DZ.txt", ["partners", "DZ"]),
        ("partners-DZ-as-of-2006.txt", ["partners", "Algérie", "--as-of", "2006"]),
        ("partners-DZ-subordinates-urban.csv", ["partners", "dz", "--include-subordinates", "--sector", "urbanisme", "--format", "csv"]),
        ("partners-anru.json", ["partners", "ANRU", "--via", "event", "--via", "agreement", "--format", "json", "--lang", "en"]),
        ("neighbors-DZ-2.txt", ["neighbors", "DZ", "--depth", "2", "--type", "agreement", "country"]),
        ("path-dgpc-anru.txt", ["path", "DGPC", "ANRU"]),
        ("path-dgpc-anru-2010.txt", ["path", "DGPC", "ANRU", "--as-of", "2010"]),
        ("path-DZ-FR-all.txt", ["path", "DZ", "FR", "--all", "--max-length", "3"]),
        ("agreements.txt", ["agreements"]),
        ("agreements-DZ-2006.txt", ["agreements", "--party", "DZ", "--as-of", "2006"]),
        ("agreements-window.csv", ["agreements", "--from", "2010", "--to", "2013", "--format", "csv"]),
        ("timeline-DZ.txt", ["timeline", "DZ"]),
        ("rank-degree.txt", ["rank", "--top", "5"]),
        ("rank-betweenness-country.json", ["rank", "--by", "betweenness", "--type", "country", "--format", "json"]),
        ("find-renovation.txt", ["find", "rénovation"]),
    ])
    func answerMatchesGolden(name: String, arguments: [String]) throws {
        let answer = try CLIFixture.respond(arguments)
        #expect(try CLIFixture.respond(arguments) == answer, "the same query gave different bytes")
        let url = Self.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["COOPGRAPH_UPDATE_GOLDEN"] == "1" {
            try answer.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(answer == expected, "regenerate with COOPGRAPH_UPDATE_GOLDEN=1 if the change is intended")
    }

    @Test func jsonAnswersHaveTheDocumentedShape() throws {
        let text = try CLIFixture.respond(["partners", "DZ", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["command", "query", "columns", "rows", "notes", "subgraph"])
        #expect(object["command"] as? String == "partners")
        let columns = try #require(object["columns"] as? [String])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 4)
        for row in rows { #expect(Set(row.keys) == Set(columns)) }
        #expect(rows.first?["partner_id"] as? String == "FR")
        #expect(rows.first?["sources"] as? [String] == ["fixture.txt:11"])
        let dates = try #require(rows.first?["dates"] as? [[String: String]])
        #expect(dates == [["role": "signed", "date": "2004"], ["role": "in_force", "date": "2009"]])
        let subgraph = try #require(object["subgraph"] as? [String: Any])
        let entities = try #require(subgraph["entities"] as? [String])
        #expect(entities == entities.sorted() && entities.contains("DZ") && entities.contains("TN"))
        let relations = try #require(subgraph["relations"] as? [[String: String]])
        #expect(relations.allSatisfy { Set($0.keys) == ["type", "from", "to"] })
        let query = try #require(object["query"] as? [String: Any])
        #expect(query["entity"] as? String == "DZ")
    }

    @Test func tablesAlignColumnsAndCSVHasAHeader() throws {
        let table = try CLIFixture.respond(["agreements"])
        let lines = table.split(separator: "\n").map(String.init)
        let rule = try #require(lines.dropFirst().first)
        let starts = rule.indices.filter { rule[$0] == "-" && ($0 == rule.startIndex || rule[rule.index(before: $0)] == " ") }
            .map { rule.distance(from: rule.startIndex, to: $0) }
        for line in lines.prefix(5) where !line.hasPrefix("note:") {
            for start in starts.dropFirst() {
                let character = Array(line)[start - 1]
                #expect(character == " ", "column not aligned in: \(line)")
            }
        }
        let csv = try CLIFixture.respond(["agreements", "--format", "csv"])
        #expect(csv.hasPrefix("id,name,kind,signed,in_force,until,parties,sectors,sources\r\n"))
        #expect(csv.contains("\"Accord de coopération, protection civile\""))
    }
}
