import Foundation
import Testing

/// `coopgraph extract` streams its review file: to standard output and to `-o` it writes the
/// same bytes, across several blocks, and leaves no temporary file.
@Suite struct ExtractCommandTests {
    /// The extraction fixtures, together: a review file of several blocks.
    private static var fixtures: [String] {
        get throws {
            let folder = CLI.root.appendingPathComponent("Tests/CoopExtractTests/Fixtures")
            return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
                .map { folder.appendingPathComponent($0).path }
        }
    }

    @Test(arguments: ["yaml", "json"])
    func standardOutputAndTheFileHoldTheSameBytes(format: String) throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let documents = try Self.fixtures
        #expect(documents.count >= 6)
        let output = directory.appendingPathComponent("review.\(format)")
        let toFile = try CLI.run(["extract"] + documents + ["--data", CLI.data.path, "--format", format, "-o", output.path])
        #expect(toFile.status == 0, "\(toFile.stderr)")
        #expect(toFile.stdout.isEmpty)
        #expect(toFile.stderr.contains("relations proposed in \(output.path)"))
        let toStandardOutput = try CLI.run(["extract"] + documents + ["--data", CLI.data.path, "--format", format])
        #expect(toStandardOutput.status == 0, "\(toStandardOutput.stderr)")
        let written = try Data(contentsOf: output)
        // More than one block of 256 KiB, so the stream's joins are covered.
        #expect(written.count > 1 << 19)
        #expect(toStandardOutput.stdoutData == written)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["review.\(format)"])
    }

    @Test func aMissingOutputFolderIsReportedAndNothingIsWritten() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("absent/review.yaml")
        let result = try CLI.run(["extract", try Self.fixtures[0], "--data", CLI.data.path, "-o", output.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains(output.path) && result.stderr.contains("absent"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    /// `-o -` is standard output: it wrote a file named "-" into the working folder.
    @Test func aDashOutputIsStandardOutput() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let document = try Self.fixtures[0]
        let dash = try CLI.run(["extract", document, "--data", CLI.data.path, "-o", "-"], in: directory)
        #expect(dash.status == 0, "\(dash.stderr)")
        let plain = try CLI.run(["extract", document, "--data", CLI.data.path], in: directory)
        #expect(dash.stdout.hasPrefix("# coopgraph review file"))
        #expect(dash.stdoutData == plain.stdoutData)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}
