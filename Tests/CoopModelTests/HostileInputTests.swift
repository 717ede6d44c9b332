import CoopModel
import Foundation
import Testing

/// Broken or malicious files give one clear error each, in bounded time and memory.
@Suite struct HostileInputTests {
    func errors(_ bytes: [UInt8], limits: LoadLimits = .default) throws -> [Found] {
        let base = try TemporaryKnowledgeBase(files: ["kb/b.yaml": bytes])
        defer { base.remove() }
        return base.validate(limits: limits).errors.map(Found.init)
    }

    @Test func invalidUTF8GivesTheByteOffsetAndLine() throws {
        let bytes = Array("entities:\n  - id: ".utf8) + [0xFF, 0x41] + Array("\n".utf8)
        let base = try TemporaryKnowledgeBase(files: ["kb/b.yaml": bytes])
        defer { base.remove() }
        let report = base.validate()
        #expect(report.errors.map(Found.init) == [Found(.invalidUTF8, "b.yaml", 2, 9)])
        #expect(report.errors.first?.message.contains("offset 18") == true)
    }

    @Test func truncatedMultibyteSequenceIsInvalid() throws {
        // "é" is C3 A9; a lone C3 before a newline is not UTF-8.
        #expect(try errors(Array("a: b".utf8) + [0xC3] + Array("\n".utf8)) == [Found(.invalidUTF8, "b.yaml", 1, 5)])
    }

    @Test func emptyFile() throws {
        #expect(try errors([]) == [Found(.emptyFile, "b.yaml", 0, 0)])
    }

    @Test func oversizeFileIsRefusedBeforeReading() throws {
        let base = try TemporaryKnowledgeBase()
        defer { base.remove() }
        let url = base.directory.appendingPathComponent("kb/huge.yaml")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 50 << 20)  // sparse: 50 MB of size, no data blocks
        try handle.close()
        let report = base.validate()
        #expect(report.errors.map(Found.init) == [Found(.fileTooLarge, "huge.yaml", 0, 0)])
        #expect(report.errors.first?.message.contains("52428800") == true)
        // The limit is configurable: a tiny limit refuses even the base file.
        let tiny = base.validate(limits: LoadLimits(maxFileSize: 100))
        #expect(tiny.errors.map(\.code).allSatisfy { $0 == .fileTooLarge })
        #expect(tiny.errors.map(\.file).map { URL(fileURLWithPath: $0).lastPathComponent } == ["schema.yaml", "sources.yaml"])
    }

    @Test func deepFlowNestingIsRefusedWithoutRecursion() throws {
        let depth = 10_000
        let bytes = Array(("a: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n").utf8)
        let found = try errors(bytes)
        #expect(found.map(\.code) == [.nestingTooDeep])
        #expect(found.first?.line == 1)
    }

    @Test func deepBlockNestingIsRefused() throws {
        var text = ""
        for level in 0..<600 { text += String(repeating: " ", count: level) + "k:\n" }
        let found = try errors(Array(text.utf8))
        #expect(found.map(\.code) == [.nestingTooDeep])
    }

    @Test func moderateNestingIsMeasuredExactly() throws {
        // 70 compact sequences pass the quick scan but exceed the exact limit of 64.
        let bytes = Array(("entities:\n  " + String(repeating: "- ", count: 70) + "x\n").utf8)
        #expect(try errors(bytes).map(\.code) == [.nestingTooDeep])
        // A limit of 80 lets it through to the ordinary checks.
        #expect(try errors(bytes, limits: LoadLimits(maxDepth: 80)).map(\.code) == [.wrongShape])
    }

    @Test func aliasBombIsRefused() throws {
        var text = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for (name, previous) in zip("bcdefghi", "abcdefgh") {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        let found = try errors(Array(text.utf8))
        #expect(found == [Found(.anchorsNotAllowed, "b.yaml", 1, 4)])
    }

    @Test func anchorInsideAQuotedStringIsText() throws {
        let text = "entities:\n  - id: x.a\n    type: country\n    name: {fr: \"&amp *star\"}\n    sources: [ISO-3166-1]\n"
        #expect(try errors(Array(text.utf8)) == [])
    }

    @Test func twoDocumentsAreASyntaxError() throws {
        #expect(try errors(Array("entities: []\n---\nrelations: []\n".utf8)).map(\.code) == [.yamlSyntax])
    }

    @Test func missingDirectory() {
        let report = KnowledgeBase.validate(directory: URL(fileURLWithPath: "/nonexistent/coopgraph-data"))
        #expect(report.errors.map(\.code) == [.missingDirectory])
    }
}
