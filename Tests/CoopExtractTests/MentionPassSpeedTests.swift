@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// Session 15's shortcuts in the tokenizer and the mention pass against the plain code they
/// replace: each must give the same answer as its oracle.
struct MentionPassSpeedTests {
    @Test func tokenSetHoldsExactlyWhatWasInserted() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var set = TokenSet()
            var plain = Set<Int>()
            for _ in 0..<Int.random(in: 0..<40, using: &generator) {
                let position = Int.random(in: 0..<700, using: &generator)
                set.insert(position)
                plain.insert(position)
            }
            for position in -2..<710 { #expect(set.contains(position) == plain.contains(position)) }
            // Emptied for the next sentence, it holds nothing and fills again.
            set.removeAll()
            #expect(!(0..<710).contains { set.contains($0) })
            set.insert(300)
            #expect(set.contains(300) && !set.contains(0))
        }
    }

    @Test func sentenceFilterNeverTurnsAwayACueWord() throws {
        let cueSets: [CueSet] = [
            DocumentExtraction.domainCues, DocumentExtraction.connectors, DocumentExtraction.articles, DocumentExtraction.meetingNouns,
            DocumentExtraction.auxiliaries, DocumentExtraction.townNouns, ["de"], ["coopération", "cooperation"], [],
        ]
        var met = 0
        for line in try Support.fixtureLines() {
            let sentence = Sentence(line: line, lineNumber: 1, range: 0..<line.tokens.count, matches: MatchTable(line, Gazetteer<Term>()))
            for cues in cueSets {
                let plain = line.tokens.contains { cues.keys.contains($0.key) }
                #expect(sentence.contains(anyOf: cues) == plain)
                if plain { met += 1 }
            }
        }
        #expect(met > 100)
    }

    @Test func hasMatchesAgreesWithTheTable() throws {
        let vocabulary = Vocabulary(lexicon: try Support.lexicon(), knowledge: nil)
        var matched = 0
        for line in try Support.fixtureLines() {
            let table = MatchTable(line, vocabulary.gazetteer)
            for index in -1...line.tokens.count {
                #expect(table.hasMatches(at: index) == (table[index] != nil))
                if table.hasMatches(at: index) { matched += 1 }
            }
        }
        #expect(matched > 100)
    }

    /// `slug` and `initials` as they were written before they read bytes and token hashes.
    private func plainSlug(_ text: String) -> String {
        let words = Tokenizer.tokenize(text).tokens.filter { ($0.kind == .word || $0.kind == .number) && !DocumentExtraction.connectors.keys.contains($0.key) }
        let joined = words.prefix(5).map(\.key).joined(separator: "-")
        let allowed = joined.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-") }
        let slug = String(String.UnicodeScalarView(allowed))
        return slug.isEmpty ? "x" : slug
    }

    private func plainInitials(_ name: String) -> String {
        let words = Tokenizer.tokenize(name).tokens.filter { $0.kind == .word && !DocumentExtraction.connectors.keys.contains($0.key) }
        return String(words.compactMap { $0.key.first })
    }

    @Test func slugAndInitialsAgreeWithThePlainCode() throws {
        var texts = [
            "", "de la", "Ministère de l'Agriculture et du Développement rural", "Office national (ONA) – 2023", "Université Blida 1",
            "Agence ‘ŒUVRE’ çà et là", "北京 大学", "Ελληνική Δημοκρατία", "à", "x-y z", "Société nationale d'électricité du Sénégal",
            "P3A 12 ans", "«Programme» bleu", "Éé Ïï ß æ œ Ø", "١٢٣ ٤٥", "ＡＢＣ full width",
        ]
        for line in try Support.fixtureLines().prefix(400) where line.tokens.count > 1 {
            texts.append(line.text(tokens: 0, min(line.tokens.count - 1, 9)))
        }
        for text in texts {
            #expect(DocumentExtraction.slug(text) == plainSlug(text), "\(text)")
            #expect(DocumentExtraction.initials(of: text) == plainInitials(text), "\(text)")
        }
    }
}
