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
        // The fast path was taken: countries, places, bodies and sectors named in names are full.
        let (entities, _) = fast.sorted()
        for type in [NodeType.country, .place, .agency, .sector] where withKnowledge {
            #expect(entities.contains { $0.entity.type == type && $0.entity.sources.count == CandidateStore.citationLimit }, "\(type)")
        }
    }

    /// A country's form decided by the numbers of its words gets the decision of its text, on
    /// every country named in the fixtures (a fresh table for each way); two forms of up to
    /// three words have the same key exactly when they have the same words.
    @Test func aliasesDecidedByWordsAreThoseDecidedByText() throws {
        let vocabulary = Vocabulary(lexicon: try Support.lexicon(), knowledge: nil)
        let files = try FileManager.default.contentsOfDirectory(at: Support.fixtures, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
        var interner = KeyInterner()
        var byWords = EntityFacts()
        var byText = EntityFacts()
        var keys: [UInt64: String] = [:]
        var decided = 0
        for file in files {
            for text in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                let line = Tokenizer.tokenize(String(text), interner: &interner)
                let matches = MatchTable(line, vocabulary.gazetteer)
                for first in line.tokens.indices {
                    for end in first + 1...min(first + 3, line.tokens.count) {
                        if let key = EntityFacts.aliasKey(line, first..<end) {
                            let words = line.joinedKeys(first..<end)
                            #expect(keys[key, default: words] == words)
                            keys[key] = words
                        }
                    }
                    for match in matches[first] ?? [] {
                        guard case .country(let id) = match.payload else { continue }
                        let number = byWords.number(of: id, in: vocabulary, name: id.rawValue)
                        #expect(byText.number(of: id, in: vocabulary, name: id.rawValue) == number)
                        let form = line.text(tokens: first, match.end - 1)
                        #expect(byWords.isNewAlias(line, first..<match.end, of: number, id: id, in: vocabulary)
                            == byText.isNewAlias(form, of: number, id: id, in: vocabulary), "\(form)")
                        decided += 1
                    }
                }
            }
        }
        #expect(decided > 100)
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
