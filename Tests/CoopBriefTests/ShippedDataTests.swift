import CoopBrief
import CoopModel
import Foundation
import Testing
import ZIPFoundation

/// Briefings built from the shipped knowledge base (Data/), with the test-only provisional content.
@Suite struct ShippedDataTests {
    static func briefing(_ id: EntityID, language: Language) throws -> Briefing {
        let base = try KnowledgeBase.load(directory: Fixtures.root.appendingPathComponent("Data"))
        let entity = try require(base.graph.index(of: id), "entity \(id)")
        var content = ProvisionalContent.make(for: entity, in: base.graph)
        content.diagram = try Fixtures.images()
        return try Briefing.assemble(
            subject: .entity(entity), content: content, graph: base.graph, language: language, date: Fixtures.day,
            sources: base.sources)
    }

    @Test func everyAgreementOfTheEntityIsInTheWordTable() throws {
        let base = try KnowledgeBase.load(directory: Fixtures.root.appendingPathComponent("Data"))
        let graph = base.graph
        let entity = try require(graph.index(of: "dz.miclat"))
        // Oracle: the agreements dz.miclat is party to, read from the relations directly.
        let expected = graph.relationIndices.filter {
            graph.relationType(at: $0) == .partyTo && graph.source(of: $0) == entity
        }.map { graph.entity(at: graph.target(of: $0)).names.fr }
        #expect(!expected.isEmpty)

        let data = try DOCXWriter.render(try Self.briefing("dz.miclat", language: .fr))
        let entries = try DOCXWriterTests.unzip(data)
        let document = try ParsedXML.parse(try DOCXWriterTests.part("word/document.xml", of: entries))
        let agreementTable = try require(document.all("w:tbl").dropFirst().first)
        let names = agreementTable.all("w:tr").dropFirst().map { $0.all("w:tc")[1].allText }
        #expect(Set(names) == Set(expected))
        // The source list names the seed documents by their titles from sources.yaml.
        #expect(document.all("w:p").contains { $0.allText.contains("003_5b8319ec8c5604ef.txt, ligne ") && $0.allText.contains("MICLAT — coopération bilatérale") })
    }

    /// Writes filled sample briefings for `scripts/check-docx.sh` when COOPGRAPH_BRIEF_SAMPLES names a folder.
    @Test func writesSamplesWhenAsked() throws {
        guard let folder = ProcessInfo.processInfo.environment["COOPGRAPH_BRIEF_SAMPLES"] else { return }
        let url = URL(fileURLWithPath: folder)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for language in [Language.fr, .ar] {
            let briefing = try Self.briefing("dz.miclat", language: language)
            for ext in ["md", "html", "docx"] {
                let file = url.appendingPathComponent("miclat-\(language.rawValue).\(ext)")
                try briefing.write(to: file)
                #expect(FileManager.default.fileExists(atPath: file.path))
            }
        }
    }
}
