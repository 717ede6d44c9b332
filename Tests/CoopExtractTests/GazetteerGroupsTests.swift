import Foundation
import Testing

@testable import CoopExtract

/// The gazetteer's groups looked up once per key of a document (`GazetteerGroups`, by the key's
/// number in the document's `KeyInterner`): every line's matches are those of the plain look-up.
struct GazetteerGroupsTests {
    @Test func groupsByKeyNumberGiveThePlainMatches() throws {
        let vocabulary = Vocabulary(lexicon: try Support.lexicon(), knowledge: nil)
        let files = try FileManager.default.contentsOfDirectory(at: Support.fixtures, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        var interner = KeyInterner()
        var groups = GazetteerGroups()
        var matched = 0
        // Twice over: the second pass finds every key's group noted.
        for _ in 0..<2 {
            for file in files {
                for text in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                    let line = Tokenizer.tokenize(String(text), interner: &interner)
                    #expect(line.tokens.allSatisfy { $0.kind != .word || $0.keyID >= 0 || $0.key == "à" })
                    let table = MatchTable(line, vocabulary.gazetteer, groups: &groups)
                    let plain = MatchTable(Tokenizer.tokenize(String(text)), vocabulary.gazetteer)
                    for index in -1...line.tokens.count {
                        let found = table[index].map(Array.init) ?? []
                        let expected = plain[index].map(Array.init) ?? []
                        #expect(found.map(\.end) == expected.map(\.end))
                        #expect(found.map { "\($0.payload)" } == expected.map { "\($0.payload)" })
                        matched += found.count
                    }
                }
            }
        }
        #expect(matched > 1000)
    }

    /// The same key has the same number on every line; distinct keys have distinct numbers.
    @Test func aKeyKeepsItsNumber() {
        var interner = KeyInterner()
        var numbers: [String: Int32] = [:]
        for text in ["La coopération avec l'Italie", "l'ITALIE et la Coopération, 2019", "« Italie » — la 2019"] {
            for token in Tokenizer.tokenize(text, interner: &interner).tokens where token.keyID >= 0 {
                #expect(numbers[token.key, default: token.keyID] == token.keyID, "\(token.key)")
                numbers[token.key] = token.keyID
            }
        }
        #expect(Set(numbers.values).count == numbers.count)
        #expect(Tokenizer.tokenize("la coopération").tokens.allSatisfy { $0.keyID == -1 })
    }
}
