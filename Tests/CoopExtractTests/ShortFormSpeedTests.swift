@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// A directorate general's short form found by its first key's number (`ShortForm.isWritten`)
/// against the plain comparison of the keys' text (`plainShortForm`).
struct ShortFormSpeedTests {
    @Test func shortFormsFoundByKeyNumbersAreThoseFoundByText() throws {
        let vocabulary = Vocabulary(lexicon: try Support.lexicon(), knowledge: nil)
        let opening = [
            "Direction Générale des Douanes", "Direction générale de la Sûreté nationale (DGSN)", "Direction générale des Forêts",
            "La Direction générale de l'Énergie à Alger et la Direction générale des Impôts ont signé un accord.",
            "En 2025, les Douanes et la Sûreté nationale ont conduit des échanges ; la Sûreté Nationale Algérienne aussi.",
            "Les Forêts, les Impôts, l'Énergie et les Douanes algériennes ; la Sûreté nationale.",
        ]
        let files = try FileManager.default.contentsOfDirectory(at: Support.fixtures, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        let fixtureLines = try files.flatMap { try String(contentsOf: $0, encoding: .utf8).split(separator: "\n").map(String.init) }
        var reading = DocumentExtraction(vocabulary: vocabulary, document: "test.txt", homeCountry: "DZ")
        for (number, text) in opening.enumerated() { reading.process(line: text, number: number + 1) }
        #expect(reading.shortForms.count >= 3)
        var found = 0
        for (number, text) in (opening + fixtureLines + opening).enumerated() {
            let line = Tokenizer.tokenize(text, interner: &reading.keyInterner)
            guard !line.tokens.isEmpty else { continue }
            let matches = MatchTable(line, vocabulary.gazetteer)
            for range in reading.sentenceRanges(line) {
                let sentence = Sentence(line: line, lineNumber: number + 1, range: range, matches: matches)
                for index in range {
                    let plain = reading.plainShortForm(sentence, at: index)
                    var copy = reading
                    let fast = copy.shortFormMention(sentence, at: index)
                    #expect(fast?.id == plain?.id && fast?.end == plain?.end && fast?.first == plain.map { _ in index }, "\(text) @\(index)")
                    if plain != nil { found += 1 }
                }
            }
        }
        #expect(found >= 6)
    }
}
