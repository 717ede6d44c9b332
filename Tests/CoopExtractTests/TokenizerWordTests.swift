import Foundation
import Testing

@testable import CoopExtract

/// The tokenizer's words against a plain oracle: runs of letters cut by `Character.isLetter`,
/// folded by Foundation (lower case, accents dropped), on random lines mixing ASCII words,
/// accented words and marks, so the ASCII-only path and the general path meet at every border.
struct TokenizerWordTests {
    private struct Word: Equatable {
        var key: String
        var capitalized: Bool
        var allCaps: Bool
        var byteStart: Int
        var byteEnd: Int
    }

    /// The words of `text` as the oracle cuts and folds them.
    private static func oracle(_ text: String) -> [Word] {
        var words: [Word] = []
        var offset = 0
        var current: (start: Int, letters: [Character])?
        func close(at end: Int) {
            guard let (start, letters) = current else { return }
            let word = String(letters)
            let key = word == "à" || word == "À" ? "à" : word.lowercased().folding(options: .diacriticInsensitive, locale: nil)
            let uppers = letters.filter(\.isUppercase).count
            words.append(Word(key: key, capitalized: letters[0].isUppercase, allCaps: letters.count >= 2 && uppers == letters.count,
                              byteStart: start, byteEnd: end))
            current = nil
        }
        for character in text {
            if character.isLetter {
                if current == nil { current = (offset, []) }
                current?.letters.append(character)
            } else {
                close(at: offset)
            }
            offset += character.utf8.count
        }
        close(at: offset)
        return words
    }

    private static func words(_ line: TokenizedLine) -> [Word] {
        line.tokens.filter { $0.kind == .word }.map {
            Word(key: $0.key, capitalized: $0.capitalized, allCaps: $0.allCaps, byteStart: $0.byteStart, byteEnd: $0.byteEnd)
        }
    }

    @Test func randomLinesGiveTheOracleWords() {
        let pieces = ["de", "La", "ONU", "coopération", "Été", "à", "À", "l", "’", "'", " ", " ", " ", ",", "2019", "-", "é", "ÉCOLE",
                      "x", "Q", "çà", "(", "«\u{A0}", "zZ", "accord", "\u{2026}"]
        var interner = KeyInterner()
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<3_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 60) + 1 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            let expected = Self.oracle(text)
            let plain = Tokenizer.tokenize(text)
            let interned = Tokenizer.tokenize(text, interner: &interner)
            #expect(Self.words(plain) == expected, "\(text)")
            #expect(Self.words(interned) == expected, "\(text)")
            for token in interned.tokens { #expect(token.keyHash == KeyHash.of(token.key), "\(text)") }
        }
    }
}
