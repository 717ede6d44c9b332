import Foundation
import Testing

@Suite struct ValidateCommandTests {
    @Test func theShippedKnowledgeBaseIsValid() throws {
        let result = try CLI.run(["validate"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("0 error(s)"))
    }

    @Test func problemsArePlacedAndTheExitCodeIsNonZero() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent("bad.yaml")
        try """
            entities:
              - id: x.test
                type: agncy
                name: {fr: Essai}
                sources: ["000_b6d4eff8678c418b.txt:999"]
            """.write(to: bad, atomically: true, encoding: .utf8)
        let result = try CLI.run(["validate", "--data", CLI.data.path, bad.path])
        #expect(result.status == 1)
        let output = result.stdout + result.stderr
        #expect(output.contains("bad.yaml:3:11: error: unknown node type 'agncy'"))
        #expect(output.contains("agency"))
        #expect(output.contains("bad.yaml:5:"))
    }

    @Test func jsonReportParses() throws {
        let result = try CLI.run(["validate", "--format", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any]
        #expect((object?["errors"] as? [Any])?.isEmpty == true)
    }
}
