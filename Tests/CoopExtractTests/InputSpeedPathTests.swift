@testable import CoopExtract
import Testing

/// Session 16's encoding check of a first chunk in two parts, split at its last line end,
/// against the check of the whole chunk it replaces.
struct SplitEncodingCheckTests {
    @Test func twoPartsAgreeWithTheWhole() {
        let pieces: [[UInt8]] = [Array("é".utf8), Array("🇩🇿".utf8), Array("ab".utf8), [0x0A], [0x0D, 0x0A], [0xC3], [0xA9], [0xFF], [0xE2, 0x80], [0xF0, 0x9F, 0x87]]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            var chunk: [UInt8] = []
            for _ in 0..<Int.random(in: 0..<12, using: &generator) { chunk += pieces.randomElement(using: &generator)! }
            let whole = LineReader.isUTF8(chunk[...])
            let split = if let end = chunk.lastIndex(of: 0x0A) {
                String(validating: chunk[..<end], as: UTF8.self) != nil && LineReader.isUTF8(chunk[end...])
            } else {
                LineReader.isUTF8(chunk[...])
            }
            #expect(whole == split, "\(chunk)")
        }
    }
}

/// Session 16's insertion of a mention's tokens into a `TokenSet` a word of bits at a time,
/// against the insertion of each position.
struct TokenSetRangeTests {
    @Test func rangeInsertIsEachPositionInserted() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            var ranged = TokenSet()
            var single = TokenSet()
            for _ in 0..<Int.random(in: 1..<5, using: &generator) {
                let lower = Int.random(in: 0..<300, using: &generator)
                let range = lower..<lower + Int.random(in: 0..<140, using: &generator)
                ranged.insert(range)
                for position in range { single.insert(position) }
            }
            for position in -1..<460 { #expect(ranged.contains(position) == single.contains(position)) }
        }
    }
}

/// The tokenizer's words of ASCII letters (read from the line's bytes, lowered on the fly): on
/// lines of words of every length, each such token is its text lowered, with its offsets, flags
/// and hash, wherever the word ends (the line's end included).
struct AsciiWordTokenTests {
    @Test func asciiWordsAreTheirTextLowered() {
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let gaps = [" ", ", ", " (", "-", "'", "  ", ". "]
        for _ in 0..<3000 {
            var line = ""
            for word in 0..<Int.random(in: 1...5, using: &generator) {
                if word > 0 { line += gaps.randomElement(using: &generator)! }
                let upper = Int.random(in: 0..<4, using: &generator)
                line += String((0..<Int.random(in: 1...19, using: &generator)).map { _ in
                    let letter = letters.randomElement(using: &generator)!
                    return upper == 0 ? Character(letter.uppercased()) : letter
                })
            }
            if Bool.random(using: &generator) { line += gaps.randomElement(using: &generator)! }
            let tokenized = Tokenizer.tokenize(line)
            let bytes = Array(line.utf8)
            for token in tokenized.tokens where token.kind == .word {
                let text = String(decoding: bytes[token.byteStart..<token.byteEnd], as: UTF8.self)
                #expect(token.key == text.lowercased(), "\(line)")
                #expect(token.start == token.byteStart && token.end == token.byteEnd)
                #expect(token.byteStart == 0 || !bytes[token.byteStart - 1].isASCIILetter)
                #expect(token.byteEnd == bytes.count || !bytes[token.byteEnd].isASCIILetter)
                #expect(token.capitalized == text.first!.isUppercase)
                #expect(token.allCaps == (text.count >= 2 && text.allSatisfy(\.isUppercase)))
                #expect(token.keyHash == KeyHash.of(token.key))
            }
        }
    }
}

private extension UInt8 {
    var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }
}
