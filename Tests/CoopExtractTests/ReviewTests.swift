import CoopExtract
import CoopModel
import Foundation
import Testing

/// The review file: written, read back, edited by id or threshold.
struct ReviewTests {
    private func sample() throws -> ReviewDocument {
        ReviewDocument(try Extractor(lexicon: try Support.lexicon()).extract(files: [Support.fixtures.appendingPathComponent("agriculture-italie.txt")]))
    }

    @Test(arguments: ReviewDocument.Format.allCases)
    func roundTripKeepsEverything(format: ReviewDocument.Format) throws {
        let document = try sample()
        let text = document.encoded(as: format)
        let back = try ReviewDocument.parse(text, file: "review")
        #expect(back == document)
        #expect(back.encoded(as: format) == text)
    }

    @Test func sameInputSameBytes() throws {
        #expect(try sample().encoded(as: .yaml) == sample().encoded(as: .yaml))
    }

    @Test func acceptAndRejectByIdThenThreshold() throws {
        var document = try sample()
        let first = try #require(document.entities.first).review.id
        let relation = try #require(document.relations.first).review.id
        try document.setStatus(.accepted, ids: [first])
        try document.setStatus(.rejected, ids: [relation])
        #expect(document.entities.first?.review.status == .accepted)
        #expect(document.relations.first?.review.status == .rejected)
        let pendingHigh = document.reviews.filter { $0.status == .pending && $0.confidence >= 0.8 }.count
        #expect(document.acceptAll(above: 0.8) == pendingHigh)
        #expect(document.reviews.allSatisfy { $0.status != .pending || $0.confidence < 0.8 })
        #expect(document.relations.first?.review.status == .rejected)
        let reread = try ReviewDocument.parse(document.encoded(as: .yaml), file: "review")
        #expect(reread.reviews.map(\.status) == document.reviews.map(\.status))
    }

    @Test func entityIdWorksAsReviewId() throws {
        var document = try sample()
        try document.setStatus(.accepted, ids: ["IT"])
        #expect(document.entities.first { $0.entity.id == "IT" }?.review.status == .accepted)
    }

    @Test func unknownIdChangesNothing() throws {
        var document = try sample()
        let before = document
        #expect(throws: ExtractError.self) { try document.setStatus(.accepted, ids: ["c0001", "c9999"]) }
        #expect(document == before)
    }

    @Test func listFiltersByStatus() throws {
        var document = try sample()
        try document.setStatus(.rejected, ids: ["IT"])
        let rejected = document.summaries(status: .rejected)
        #expect(rejected.count == 1)
        #expect(rejected.first?.line.contains("IT") == true)
        #expect(document.summaries().count == document.entities.count + document.relations.count)
    }

    @Test func badStatusNamesTheLine() throws {
        let text = "entities:\n  - id: IT\n    type: country\n    name: {fr: Italie}\n    review: {id: c1, status: maybe}\n"
        #expect {
            try ReviewDocument.parse(text, file: "r.yaml")
        } throws: { error in
            let message = (error as? ExtractError)?.description ?? ""
            return message.hasPrefix("r.yaml:5") && message.contains("maybe")
        }
    }
}
