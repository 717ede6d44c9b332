@testable import CoopExtract
import Foundation
import Testing

/// Session 22's shortcuts in the mention pass against the plain code they replace, on every
/// line of the fixtures: each must give the same answer as its oracle.
struct MentionSliceSpeedTests {
    /// The sealed look-up (phrases of two keys or more tried by their second key's hash) finds
    /// at every token what the plain loop over the phrases finds, longest first and, among
    /// phrases of the same end, in the order they were added.
    @Test func sealedLexiconMatchesAreThePlainMatches() throws {
        let gazetteer = Vocabulary(lexicon: try Support.lexicon(), knowledge: nil).gazetteer
        var multiWord = 0
        for line in try Support.fixtureLines() {
            var found: [(end: Int, payload: Term)] = []
            let starts = gazetteer.appendLineMatches(in: line.tokens, to: &found)
            for index in line.tokens.indices {
                let sealed = found[Int(starts[index])..<Int(starts[index + 1])]
                // Stable: `sorted` keeps the order added among matches of the same end.
                let plain = gazetteer.unsealedMatches(in: line.tokens, at: index).enumerated()
                    .sorted { ($1.element.end, $0.offset) < ($0.element.end, $1.offset) }.map(\.element)
                #expect(sealed.map(\.end) == plain.map(\.end))
                #expect(sealed.map { "\($0.payload)" } == plain.map { "\($0.payload)" })
                multiWord += sealed.filter { $0.end > index + 1 }.count
            }
        }
        #expect(multiWord > 200)
    }

    /// `isFutureVerb` (the length, then the last byte, in the contiguous bytes) answers as the
    /// endings tested on the key's bytes, for every key of the fixtures and a few made up.
    @Test func futureVerbTestIsThePlainEndingTest() throws {
        let endings = ["era", "eront", "erait", "eraient", "ira", "iront", "irait", "iraient"]
        func plain(_ key: String) -> Bool {
            let bytes = Array(key.utf8)
            return bytes.count >= 6 && endings.contains { bytes.count > $0.utf8.count && bytes.suffix($0.utf8.count).elementsEqual($0.utf8) }
        }
        var keys = Set(try Support.fixtureLines().flatMap { $0.tokens.map(\.key) })
        keys.formUnion(["continuera", "era", "seraient", "iraient", "fournira", "ira", "tiraient", "acclera", "éra", "arrêtera", "", "xt"])
        var future = 0
        for key in keys {
            #expect(DocumentExtraction.isFutureVerb(key) == plain(key), "\(key)")
            if plain(key) { future += 1 }
        }
        #expect(future > 5)
    }

    /// A company noun found by the token's hash (`Vocabulary.companyNounCues`, `mayOpenMention`)
    /// is one of `WordClasses`' company nouns, and the other way round, at every fixture token.
    @Test func companyNounCuesAreTheCompanyNounClass() throws {
        let vocabulary = Vocabulary(lexicon: try Support.lexicon(), knowledge: nil)
        var nouns = 0
        for line in try Support.fixtureLines() {
            for token in line.tokens {
                let plain = vocabulary.wordClasses.classes(of: token).contains(.companyNoun)
                #expect(vocabulary.companyNounCues.contains(token) == plain, "\(token.key)")
                #expect(vocabulary.companyNouns.contains(token.key) == plain, "\(token.key)")
                if plain { nouns += 1 }
            }
        }
        #expect(nouns > 10)
    }
}
