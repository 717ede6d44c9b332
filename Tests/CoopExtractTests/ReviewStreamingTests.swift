import CoopModel
import Foundation
import Testing

@testable import CoopExtract

/// Streaming a review file block by block gives the bytes of the in-memory encoding, and a
/// failed write leaves neither the file nor its temporary file behind.
struct ReviewStreamingTests {
    private struct Refused: Error {}

    /// `count` relations (and as many entities), each with evidence long enough that a small
    /// block holds a few candidates, with escapes and non-ASCII text on the way.
    private static func document(count: Int) -> ReviewDocument {
        var entities: [CandidateEntity] = []
        var relations: [CandidateRelation] = []
        for index in 0..<count {
            let sentence = "L’accord n° \(index) « eau » entre l’Algérie et \"l'Italie\"\t\(String(repeating: "é", count: index % 50))."
            let evidence = Evidence(document: "doc \(index % 7).txt", line: index + 1, start: 0, end: 9, text: "l’Algérie", sentence: sentence)
            let entity = Entity(
                id: EntityID("org.\(index)"), type: .agency, names: Names(fr: "Agence \(index)"), aliases: index % 3 == 0 ? ["A\(index)"] : [],
                sources: [SourceRef(document: "doc.txt", line: index + 1)])
            entities.append(CandidateEntity(
                entity: entity, review: Review(id: "c\(index)", confidence: Double(index % 100) / 100, rule: "org.name", evidence: [evidence])))
            var relation = Relation(type: .cooperatesWith, from: "dz", to: EntityID("org.\(index)"), properties: ["sectors": .list([.string("eau")])])
            relation.sources = [SourceRef(document: "doc.txt", line: index + 1), SourceRef(document: "autre.txt")]
            relations.append(CandidateRelation(
                relation: relation, review: Review(id: "r\(index)", confidence: 0.5, rule: "cooperation.partner", evidence: [evidence, evidence])))
        }
        return ReviewDocument(entities: entities, relations: relations)
    }

    @Test(arguments: ReviewDocument.Format.allCases)
    func blocksJoinIntoTheInMemoryBytes(format: ReviewDocument.Format) {
        let document = Self.document(count: 400)
        let whole = document.encodedBytes(as: format)
        var blocks: [[UInt8]] = []
        document.write(as: format, blockSize: 1000) { (block: UnsafeRawBufferPointer) throws(Never) in blocks.append(Array(block)) }
        #expect(blocks.count > 100)
        #expect(Array(blocks.joined()) == whole)
        // Every block but the last reaches the block size, and passes it by less than a candidate.
        #expect(blocks.dropLast().allSatisfy { $0.count >= 1000 && $0.count < 3000 })
        #expect(blocks.allSatisfy { !$0.isEmpty })
    }

    @Test(arguments: ReviewDocument.Format.allCases)
    func anEmptyDocumentIsOneBlock(format: ReviewDocument.Format) {
        var blocks: [[UInt8]] = []
        ReviewDocument().write(as: format, blockSize: 1) { (block: UnsafeRawBufferPointer) throws(Never) in blocks.append(Array(block)) }
        #expect(blocks == [ReviewDocument().encodedBytes(as: format)])
    }

    /// Small blocks go through the file stream's own buffer; default-sized ones (a document of
    /// about a megabyte) straight to the file.
    @Test(arguments: ReviewDocument.Format.allCases, [300, ReviewDocument.defaultBlockSize])
    func theFileHoldsTheInMemoryBytes(format: ReviewDocument.Format, blockSize: Int) throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = Self.document(count: 1500)
        let url = folder.appendingPathComponent("review.\(format.rawValue)")
        try document.write(as: format, to: url, blockSize: blockSize)
        let written = try Data(contentsOf: url)
        let whole = document.encodedBytes(as: format)
        #expect(whole.count > 3 * ReviewDocument.defaultBlockSize)
        #expect(Array(written) == whole)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [url.lastPathComponent])
    }

    @Test func aFailureMidWriteLeavesTheOldFileAndNoTemporaryFile() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("review.yaml")
        try Data("old\n".utf8).write(to: url)
        var seen = 0
        #expect(throws: ExtractError.self) {
            try Self.document(count: 400).write(as: .yaml, to: url, blockSize: 500) { (_: UnsafeRawBufferPointer) throws(ExtractError) in
                seen += 1
                if seen == 5 { throw ExtractError("refused") }
            }
        }
        #expect(seen == 5)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["review.yaml"])
        #expect(try Data(contentsOf: url) == Data("old\n".utf8))
    }

    @Test func aFailureMidWriteOfANewFileLeavesTheFolderEmpty() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var seen = 0
        #expect(throws: ExtractError.self) {
            try Self.document(count: 400).write(as: .json, to: folder.appendingPathComponent("review.json"), blockSize: 500) {
                (_: UnsafeRawBufferPointer) throws(ExtractError) in
                seen += 1
                if seen == 3 { throw ExtractError("refused") }
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aSinkErrorStopsTheWriting() {
        var seen = 0
        #expect(throws: Refused.self) {
            try Self.document(count: 400).write(as: .yaml, blockSize: 500) { (_: UnsafeRawBufferPointer) throws(Refused) in
                seen += 1
                if seen == 2 { throw Refused() }
            }
        }
        #expect(seen == 2)
    }

    @Test func aMissingFolderIsNamed() throws {
        let folder = try Support.temporaryFolder()
        try FileManager.default.removeItem(at: folder)
        let url = folder.appendingPathComponent("review.yaml")
        #expect {
            try ReviewDocument().write(as: .yaml, to: url)
        } throws: { error in
            let message = (error as? ExtractError)?.description ?? ""
            return message.hasPrefix(url.path) && message.contains(folder.path)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}
