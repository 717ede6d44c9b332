@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// `phraseEnd` with the phrases' first words hashed once (`ActivityWords`' `PhraseStarts`),
/// against a plain scan of every phrase at every token.
struct ActivityPhraseSpeedTests {
    /// The plain scan: the first phrase (in list order) opening at the first token from `start`
    /// on, fillers allowed between its words and after it.
    static func plainEnd(_ sentence: Sentence, _ phrases: [[String]], fillers: [[String]], from start: Int) -> Int? {
        func matches(_ phrase: [String], at index: Int) -> Bool {
            index >= sentence.range.lowerBound && index + phrase.count <= sentence.range.upperBound
                && phrase.indices.allSatisfy { sentence.key(index + $0) == phrase[$0] }
        }
        func skippingFillers(_ index: Int) -> Int {
            var index = index
            while let filler = fillers.first(where: { matches($0, at: index) }) { index += filler.count }
            return index
        }
        for index in max(start, sentence.range.lowerBound)..<sentence.range.upperBound {
            for phrase in phrases where phrase.first == sentence.key(index) {
                var cursor = index
                var matched = true
                for (position, word) in phrase.enumerated() {
                    if position > 0 { cursor = skippingFillers(cursor) }
                    guard sentence.key(cursor) == word else {
                        matched = false
                        break
                    }
                    cursor += 1
                }
                if matched { return skippingFillers(cursor) }
            }
        }
        return nil
    }

    /// Every fixture line, and for each phrase of the three lists a line holding it, with and
    /// without a filler after its first word; each list searched from every token.
    @Test func phraseEndIsThePlainScan() throws {
        let vocabulary = Vocabulary(lexicon: try Support.lexicon(), knowledge: nil)
        let extraction = DocumentExtraction(vocabulary: vocabulary, document: "test", homeCountry: nil)
        let words = vocabulary.activities
        let lists = [(words.cues, words.cueStarts), (words.purposeCues, words.purposeCueStarts), (words.umbrellaVerbs, words.umbrellaVerbStarts)]
        var texts: [String] = []
        for file in try FileManager.default.contentsOfDirectory(at: Support.fixtures, includingPropertiesForKeys: nil)
        where file.pathExtension == "txt" {
            texts += try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        let filler = words.fillers.first ?? []
        for (phrases, _) in lists {
            for phrase in phrases {
                texts.append("Les actions " + phrase.joined(separator: " ") + " la formation des cadres.")
                texts.append("Les actions " + ([phrase[0]] + filler + phrase.dropFirst()).joined(separator: " ") + " " + filler.joined(separator: " ") + " la formation.")
            }
        }
        var found = 0
        for text in texts {
            let line = Tokenizer.tokenize(text)
            let sentence = Sentence(line: line, lineNumber: 1, range: 0..<line.tokens.count, matches: MatchTable(line, Gazetteer<Term>()))
            for (phrases, starts) in lists {
                for start in 0...line.tokens.count {
                    let plain = Self.plainEnd(sentence, phrases, fillers: words.fillers, from: start)
                    #expect(extraction.phraseEnd(sentence, phrases, starts, from: start) == plain, "\(text) from \(start)")
                    if plain != nil { found += 1 }
                }
            }
        }
        #expect(found > 500)
        #expect(!filler.isEmpty)
    }
}
