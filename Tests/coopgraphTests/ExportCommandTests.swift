import Foundation
import Testing

@Suite struct ExportCommandTests {
    @Test(arguments: ["graphml", "gexf", "jgf", "nt", "ttl"])
    func exportIsDeterministicAndAtomic(format: String) throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = directory.appendingPathComponent("a.\(format)")
        let second = directory.appendingPathComponent("b.\(format)")
        #expect(try CLI.run(["export", "--format", format, "-o", first.path]).status == 0)
        #expect(try CLI.run(["export", "--format", format, "-o", second.path]).status == 0)
        let bytes = try Data(contentsOf: first)
        #expect(bytes.count > 10_000)
        #expect(bytes == (try Data(contentsOf: second)))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(leftovers == ["a.\(format)", "b.\(format)"])
    }

    @Test func jsonGraphImportRoundTripsThroughTheKnowledgeBase() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let exported = directory.appendingPathComponent("graph.json")
        #expect(try CLI.run(["export", "--format", "jgf", "-o", exported.path]).status == 0)
        let copy = directory.appendingPathComponent("Data")
        try FileManager.default.createDirectory(at: copy.appendingPathComponent("kb"), withIntermediateDirectories: true)
        for file in ["schema.yaml", "sources.yaml"] {
            try FileManager.default.copyItem(
                at: CLI.data.appendingPathComponent(file), to: copy.appendingPathComponent(file))
        }
        let imported = copy.appendingPathComponent("kb/imported.yaml")
        let result = try CLI.run(["import", exported.path, "-o", imported.path, "--data", copy.path])
        #expect(result.status == 0, "\(result.stderr)")
        let original = try CLI.run(["stats"]).stdout
        let reloaded = try CLI.run(["stats", "--data", copy.path])
        #expect(reloaded.status == 0, "\(reloaded.stderr)")
        #expect(reloaded.stdout == original)
    }
}
