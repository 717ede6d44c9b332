import Foundation
import Testing

@testable import CoopExtract

/// The rules' word tests compare lengths before strings (`Sentence.same`, `ClosedWords`): on
/// every key of the fixtures, and on words of each length, they answer as plain comparisons.
struct WordTestSpeedTests {
    /// The keys of every fixture's tokens, with the closed words and a few non-ASCII keys.
    private static func keys() throws -> [String] {
        let files = try FileManager.default.contentsOfDirectory(at: Support.fixtures, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
        var interner = KeyInterner()
        var keys: Set<String> = ["la", "le", "les", "l", "'", "de", "du", "des", "d", "ce", "cet", "cette", "ces", "à", "é", "", "cettes", "lé"]
        for file in files {
            for text in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                keys.formUnion(Tokenizer.tokenize(String(text), interner: &interner).tokens.map(\.key))
            }
        }
        return keys.sorted()
    }

    @Test func closedWordsAnswerAsPlainComparisons() throws {
        for key in try Self.keys() {
            #expect(ClosedWords.isDefiniteArticle(key) == ["la", "le", "les", "l", "'"].contains(key), "\(key)")
            #expect(ClosedWords.isOf(key) == ["de", "du", "des", "d"].contains(key), "\(key)")
            #expect(ClosedWords.isDe(key) == ["de", "d"].contains(key), "\(key)")
            #expect(ClosedWords.isDemonstrative(key) == ["ce", "cet", "cette", "ces"].contains(key), "\(key)")
            #expect(DocumentExtraction.opensTwoWordReferent(key) == ["ce", "cet", "cette", "le", "la"].contains(key), "\(key)")
        }
    }

    @Test func sameIsEquality() throws {
        let keys = try Self.keys()
        let words = ["avec", "par", "de", "'", "y", "vigueur", "à", "et", ",", "la", "les", "accord"]
        for key in keys {
            for word in words + [key] { #expect(Sentence.same(key, word) == (key == word), "\(key) \(word)") }
        }
    }
}
