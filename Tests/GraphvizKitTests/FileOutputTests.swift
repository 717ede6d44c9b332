import Foundation
import Testing
@testable import GraphvizKit

/// Rendering into files: whole files on success, nothing at all on failure.
@Suite struct FileOutputTests {
    private func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gvkit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func contents(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
    }

    @Test func successWritesOnlyTheFile() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("out.pdf")
        try Graphviz.render(Fixtures.small(), format: .pdf, to: url)
        #expect(try contents(folder) == ["out.pdf"])
        #expect(try Data(contentsOf: url).starts(with: Array("%PDF".utf8)))
    }

    @Test func failedRenderLeavesNoFile() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = Fixtures.singleNode(label: .html(HTMLLabel(trustedMarkup: "<B>x</I>")))
        #expect(throws: GraphvizError.self) {
            try Graphviz.render(broken, format: .svg, to: folder.appendingPathComponent("out.svg"))
        }
        #expect(try contents(folder).isEmpty)
    }

    @Test func failedRenderKeepsTheOldFile() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("out.svg")
        try Data("old".utf8).write(to: url)
        #expect(throws: GraphvizError.self) { try Graphviz.render(dot: "digraph {", format: .svg, to: url) }
        #expect(try Data(contentsOf: url) == Data("old".utf8))
        #expect(try contents(folder) == ["out.svg"])
    }

    @Test func missingFolderIsAnIOFailure() throws {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/out.svg")
        let error = #expect(throws: GraphvizError.self) { try Graphviz.render(Fixtures.small(), format: .svg, to: url) }
        guard case .ioFailure(let path, _)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(path == url.path)
    }
}
