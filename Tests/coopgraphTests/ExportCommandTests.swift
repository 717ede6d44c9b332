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

/// Neo4j CSV through the command line: export, import into a knowledge base, export again.
@Suite struct CSVRoundTripTests {
    @Test func csvExportImportExportIsByteIdentical() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = directory.appendingPathComponent("first")
        let exported = try CLI.run(["export", "--format", "csv", "-o", first.path])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: first.path).sorted() == ["nodes.csv", "relationships.csv"])

        let copy = directory.appendingPathComponent("Data")
        try FileManager.default.createDirectory(at: copy.appendingPathComponent("kb"), withIntermediateDirectories: true)
        for file in ["schema.yaml", "sources.yaml"] {
            try FileManager.default.copyItem(at: CLI.data.appendingPathComponent(file), to: copy.appendingPathComponent(file))
        }
        let imported = try CLI.run(["import", first.path, "-o", copy.appendingPathComponent("kb/imported.yaml").path, "--data", copy.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try CLI.run(["validate", "--data", copy.path]).status == 0)

        let second = directory.appendingPathComponent("second")
        let again = try CLI.run(["export", "--format", "csv", "-o", second.path, "--data", copy.path])
        #expect(again.status == 0, "\(again.stderr)")
        for file in ["nodes.csv", "relationships.csv"] {
            let before = try Data(contentsOf: first.appendingPathComponent(file))
            let after = try Data(contentsOf: second.appendingPathComponent(file))
            #expect(before.count > 1_000)
            #expect(before == after, "\(file) changed through import and export")
        }
    }

    @Test func csvExportNeedsAFolder() throws {
        let result = try CLI.run(["export", "--format", "csv"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("-o DIR"))
    }

    @Test func importRefusesAFolderWithoutNodes() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLI.run(["import", directory.path, "-o", directory.appendingPathComponent("x.yaml").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("nodes.csv"))
    }

    /// `-o -` writes to standard output (the same bytes as no `-o`), and a folder format refuses it.
    @Test func aDashOutputIsStandardOutput() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let dash = try CLI.run(["export", "--format", "graphml", "--data", CLI.data.path, "-o", "-"], in: directory)
        #expect(dash.status == 0, "\(dash.stderr)")
        #expect(dash.stdout.contains("<graphml"))
        #expect(dash.stdoutData == (try CLI.run(["export", "--format", "graphml", "--data", CLI.data.path], in: directory)).stdoutData)
        let folder = try CLI.run(["export", "--format", "csv", "--data", CLI.data.path, "-o", "-"], in: directory)
        #expect(folder.status != 0)
        #expect(folder.stderr.contains("-o DIR"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}
