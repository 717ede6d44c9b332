import Foundation
import Testing

@testable import CoopExtract

/// The name reader's fast paths against the plain ones they replaced, on the fixtures' lines.
@Suite struct InstitutionNameSpeedTests {
    /// `isInternational` by the qualifiers' `CueSet` and the phrases' `PhraseStarts` answers as
    /// the `Set<String>` look-up and the `WordClasses` probe before the plain phrase search, on
    /// every span of up to eight tokens of every fixture line, with and without qualifiers.
    @Test func internationalByHashAnswersAsThePlainTest() throws {
        let vocabulary = Vocabulary(lexicon: try Support.lexicon(), knowledge: nil)
        func plain(_ sentence: Sentence, headEnd: Int, end: Int, qualifiers: Bool) -> Bool {
            guard headEnd < end else { return false }
            if qualifiers && vocabulary.internationalQualifiers.contains(sentence.key(headEnd)) { return true }
            if qualifiers, DocumentExtraction.namesARegion(sentence, headEnd..<end, vocabulary: vocabulary) { return true }
            return (headEnd..<end).contains {
                vocabulary.wordClasses.classes(of: sentence.tokens[$0]).contains(.internationalStart)
                    && DocumentExtraction.startsPhrase(sentence, $0, vocabulary.internationalPhrases)
            }
        }
        var international = 0
        for line in try Support.fixtureLines() {
            let sentence = Sentence(line: line, lineNumber: 1, range: 0..<line.tokens.count, matches: MatchTable(line, vocabulary.gazetteer))
            for headEnd in 0..<line.tokens.count {
                for end in headEnd...min(line.tokens.count, headEnd + 8) {
                    for qualifiers in [true, false] {
                        let expected = plain(sentence, headEnd: headEnd, end: end, qualifiers: qualifiers)
                        let found = DocumentExtraction.isInternational(
                            sentence, headEnd: headEnd, end: end, qualifiers: qualifiers, vocabulary: vocabulary)
                        #expect(found == expected, "\(sentence.text) \(headEnd)..<\(end)")
                        if expected { international += 1 }
                    }
                }
            }
        }
        #expect(international > 0)
    }

    /// `WordTable` keeps what a `[String: Value]` keeps, set and read by the tokens' hashes or by
    /// the key alone, through its growth, with values replaced and forgotten.
    @Test func wordTableAnswersAsADictionary() throws {
        var table = WordTable<Int>()
        var dictionary: [String: Int] = [:]
        var step = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: Support.fixtures.path).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: Support.fixtures.appendingPathComponent(name), encoding: .utf8)
            for lineText in text.split(separator: "\n") {
                for token in Tokenizer.tokenize(String(lineText)).tokens {
                    step += 1
                    #expect(table[token.key, hash: token.keyHash] == dictionary[token.key], "\(token.key)")
                    #expect(table[token.key] == dictionary[token.key])
                    switch step % 7 {
                    case 0:
                        table[token.key] = nil
                        dictionary[token.key] = nil
                    case 1, 2:
                        table[token.key] = step
                    default:
                        table[token.key, hash: token.keyHash] = step
                    }
                    if step % 7 != 0 { dictionary[token.key] = step }
                }
            }
        }
        for (key, value) in dictionary { #expect(table[key] == value) }
        #expect(dictionary.count > 100)
    }
}
