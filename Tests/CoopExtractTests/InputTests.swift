import CoopExtract
import CoopModel
import Foundation
import Testing

/// Bad input: other encodings, empty files, binary files.
struct InputTests {
    private func write(_ bytes: [UInt8], name: String = "doc.txt") throws -> URL {
        let url = try Support.temporaryFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    private func extractor() throws -> Extractor { Extractor(lexicon: try Support.lexicon()) }

    @Test func windows1252IsDecodedWithAWarning() throws {
        // "Accord signé avec l’Égypte en 2010." in Windows-1252: é = E9, ’ = 92, É = C9.
        var bytes = Array("Accord sign".utf8) + [0xE9] + Array(" avec l".utf8) + [0x92, 0xC9] + Array("gypte en 2010.\n".utf8)
        bytes += Array("Une convention a ".utf8) + [0xE9] + Array("t".utf8) + [0xE9] + Array(" sign".utf8) + [0xE9, 0x65] + Array(" en mars 2012.\n".utf8)
        let extraction = try extractor().extract(files: [try write(bytes)])
        #expect(extraction.warnings.count == 1)
        #expect(extraction.warnings.first?.contains("Windows-1252") == true)
        let egypt = try #require(extraction.entities.first { $0.entity.id == "EG" })
        #expect(egypt.review.evidence.first?.text == "Égypte")
        #expect(extraction.entities.contains { $0.entity.type == .agreement && $0.entity.dates.first?.date.description == "2012-03" })
    }

    @Test func utf8WithBOMAndCRLFIsRead() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Titre\r\nUn accord avec le Mali a été signé en 2015.\r\n".utf8)
        let extraction = try extractor().extract(files: [try write(bytes)])
        #expect(extraction.warnings.isEmpty)
        let mali = try #require(extraction.entities.first { $0.entity.id == "ML" })
        #expect(mali.review.evidence.first?.line == 2)
        #expect(mali.review.evidence.first?.sentence.hasSuffix("2015.") == true)
    }

    @Test(arguments: [[UInt8](), Array("\n  \n\t\n".utf8)])
    func emptyFileIsRefused(bytes: [UInt8]) throws {
        let url = try write(bytes)
        #expect {
            try extractor().extract(files: [url])
        } throws: { error in
            (error as? ExtractError)?.description.contains("is empty") == true && (error as? ExtractError)?.file == url.path
        }
    }

    @Test func binaryFileIsRefused() throws {
        let url = try write([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x03] + Array(repeating: 0x41, count: 100))
        #expect {
            try extractor().extract(files: [url])
        } throws: { error in
            (error as? ExtractError)?.description.contains("binary") == true
        }
    }

    @Test func controlCharactersAreRefused() throws {
        let url = try write(Array(repeating: 0x01, count: 50) + Array("du texte".utf8))
        #expect(throws: ExtractError.self) { try extractor().extract(files: [url]) }
    }

    @Test func missingFileIsAClearError() throws {
        let url = URL(fileURLWithPath: "/nonexistent/coopgraph/doc.txt")
        #expect {
            try extractor().extract(files: [url])
        } throws: { error in
            (error as? ExtractError)?.description.contains("cannot be opened") == true
        }
    }

    @Test func fileAndTextGiveTheSameCandidates() throws {
        let text = try String(contentsOf: Support.fixtures.appendingPathComponent("sante-cuba.txt"), encoding: .utf8)
        let fromText = try extractor().extract(text: text, document: "sante-cuba.txt")
        let fromFile = try extractor().extract(files: [Support.fixtures.appendingPathComponent("sante-cuba.txt")])
        #expect(fromText.entities == fromFile.entities)
        #expect(fromText.relations == fromFile.relations)
    }

    /// A mistyped `--data` folder is an error naming it, not an empty knowledge base.
    @Test func missingDataFolderIsRefused() throws {
        let folder = try Support.temporaryFolder()
        let missing = folder.appendingPathComponent("Dta")
        let file = folder.appendingPathComponent("file.yaml")
        try Data("x: 1\n".utf8).write(to: file)
        let loaders: [(what: String, load: (URL) throws(ExtractError) -> Void)] = [
            ("a KB", { url throws(ExtractError) in _ = try KnowledgeFiles.load(directory: url) }),
            ("lexicons", { url throws(ExtractError) in _ = try Lexicon.load(directory: url) }),
        ]
        for (url, expected) in [(missing, "no such folder"), (file, "is a file, not a folder")] {
            for loader in loaders {
                do {
                    try loader.load(url)
                    Issue.record("loaded \(loader.what) from \(url.path)")
                } catch {
                    #expect(error.file == url.path)
                    #expect(error.message.hasPrefix(expected), "\(error)")
                }
            }
        }
        // An existing folder without kb/ is an empty KB, as before.
        #expect(try KnowledgeFiles.load(directory: folder).entities.isEmpty)
    }

    /// A lexicon sector's `parent` must name a sector; a mistyped one is an error at its line,
    /// and the shipped lexicons pass.
    @Test func sectorParentMustNameASector() throws {
        let folder = try Support.temporaryFolder()
        let file = folder.appendingPathComponent("sectors.yaml")
        let text = """
            sectors:
              - {id: sector.taxation, fr: Fiscalité, parent: sector.finance, forms: [fiscalité]}
              - {id: sector.customs, fr: Douanes, parent: sector.finances, forms: [douane]}
            """
        try Data(text.utf8).write(to: file)
        let lexicon = try Lexicon.load(directory: folder)
        let finance = try Support.graph([Entity(id: "sector.finance", type: .sector, names: Names(fr: "Finances"))])
        do throws(ExtractError) {
            try lexicon.checkSectorParents(knowledge: finance)
            Issue.record("a parent that names no sector was accepted")
        } catch {
            #expect(error.file == file.path)
            #expect(error.line == 3)
            #expect(error.message.contains("sector.customs") && error.message.contains("sector.finances"))
        }
        // Without the KB, sector.finance is unknown too: the first sector fails, at line 2.
        #expect { try lexicon.checkSectorParents(knowledge: nil) } throws: { ($0 as? ExtractError)?.line == 2 }
        let shipped = try Support.lexicon()
        #expect(shipped.sectors.contains { $0.parent != nil })
        try shipped.checkSectorParents(knowledge: try KnowledgeFiles.load(directory: Support.root.appendingPathComponent("Data")).graph())
    }
}
