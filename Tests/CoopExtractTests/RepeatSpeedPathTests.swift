import CoopModel
import Foundation
import Testing

@testable import CoopExtract

/// Repeats of a country, a place or a resolved body that the store absorbed before are not built
/// or handed to it again (`AbsorbedRepeat`): on long documents whose candidates fill up, the
/// candidates are those of the plain path, which hands every repeat to the store.
struct RepeatSpeedPathTests {
    /// Every fixture's lines, then 120 lines naming the same bodies, places and countries, then
    /// the fixtures again, as one document: its frequent candidates reach their limits of
    /// evidence and citations, and some bare acronyms are removed on the way.
    private static func longDocument() throws -> [String] {
        let files = try FileManager.default.contentsOfDirectory(at: Support.fixtures, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        let lines = try files.flatMap { try String(contentsOf: $0, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        let repeated = [
            "Le Ministère de l'Agriculture et l'Agence nationale des ressources hydrauliques (ANRH) ont reçu à Oran une délégation de la Tunisie.",
            "La coopération avec l'Italie dans le domaine de l'eau a été renforcée à Alger par l'Office national de l'assainissement.",
        ]
        return lines + (0..<120).map { repeated[$0 % 2] } + lines
    }

    private static func store(of lines: [String], vocabulary: Vocabulary, skipping: Bool) -> CandidateStore {
        var reading = DocumentExtraction(vocabulary: vocabulary, document: "long.txt", homeCountry: nil)
        reading.skipsAbsorbedRepeats = skipping
        for (index, line) in lines.enumerated() { reading.process(line: line, number: index + 1) }
        return reading.finish()
    }

    @Test(arguments: [false, true]) func skippingAbsorbedRepeatsKeepsTheCandidates(withKnowledge: Bool) throws {
        let knowledge = withKnowledge ? try KnowledgeFiles.load(directory: Support.root.appendingPathComponent("Data")).graph() : nil
        let vocabulary = Vocabulary(lexicon: try Support.lexicon(), knowledge: knowledge)
        let lines = try Self.longDocument()
        let fast = Self.store(of: lines, vocabulary: vocabulary, skipping: true)
        let plain = Self.store(of: lines, vocabulary: vocabulary, skipping: false)
        #expect(fast.entities == plain.entities)
        #expect(fast.relations == plain.relations)
        // The fast path was taken: countries, places and bodies are full.
        let (entities, _) = fast.sorted()
        for type in [NodeType.country, .place, .agency] where withKnowledge {
            #expect(entities.contains { $0.entity.type == type && $0.entity.sources.count == CandidateStore.citationLimit }, "\(type)")
        }
    }

    /// A repeat noted as absorbed is absorbed again only at no more confidence, and only until
    /// a candidate is removed.
    @Test func anAbsorbedRepeatHoldsUntilARemoval() {
        var absorbed = AbsorbedRepeat()
        #expect(!absorbed.absorbs(confidence: 0, removals: 0))
        absorbed.note(confidence: 0.8, removals: 2)
        #expect(absorbed.absorbs(confidence: 0.8, removals: 2))
        #expect(absorbed.absorbs(confidence: 0.5, removals: 2))
        #expect(!absorbed.absorbs(confidence: 0.9, removals: 2))
        #expect(!absorbed.absorbs(confidence: 0.5, removals: 3))
        absorbed.note(confidence: 0.6, removals: 3)
        #expect(!absorbed.absorbs(confidence: 0.8, removals: 3))
        absorbed.forget()
        #expect(!absorbed.absorbs(confidence: 0.6, removals: 3))
    }
}
