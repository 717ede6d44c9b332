import Foundation
import Testing

@Suite struct StatsCommandTests {
    @Test func statsOfTheShippedKnowledgeBase() throws {
        let result = try CLI.run(["stats"])
        #expect(result.status == 0)
        try Golden.check(result.stdout, against: "stats.txt")
        let json = try CLI.run(["stats", "--format", "json"])
        #expect(json.status == 0)
        #expect(try JSONSerialization.jsonObject(with: json.stdoutData) is [String: Any])
    }

    @Test func aMissingDataFolderIsAClearError() throws {
        let result = try CLI.run(["stats", "--data", "/nonexistent/coopgraph-data"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent/coopgraph-data"))
        #expect(!result.stderr.contains("Fatal error"))
    }
}
