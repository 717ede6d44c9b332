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

/// Session 16's check of a chunk's UTF-8 (ASCII runs eight bytes at a time, the rest sequence
/// by sequence) against `String(validating:)`: the same verdict and the same text on random
/// chunks of ASCII, well-formed sequences and the ill-formed ones Unicode lists.
struct ChunkValidationTests {
    @Test func verdictAndTextAreTheStandardLibrarys() {
        let pieces: [[UInt8]] = [
            Array("coopération ".utf8), Array("abcdefghij".utf8), Array("é".utf8), Array("€".utf8), Array("🇩🇿".utf8), Array("\u{10FFFF}".utf8),
            Array("\u{D7FF}".utf8), Array("\u{E000}".utf8), Array("\u{800}".utf8), Array("\u{80}".utf8), [0x0A],
            [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xBF], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x87],
        ]
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20000 {
            var chunk: [UInt8] = []
            for _ in 0..<Int.random(in: 0..<10, using: &generator) {
                chunk += round % 3 == 0
                    ? (0..<Int.random(in: 1..<6, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
                    : pieces.randomElement(using: &generator)!
            }
            let slice = chunk[Int.random(in: 0...min(2, chunk.count), using: &generator)...]
            let plain = String(validating: slice, as: UTF8.self)
            let fast = LineReader.validText(slice)
            #expect((plain == nil) == (fast == nil), "\(Array(slice))")
            if let plain, let fast { #expect(Array(plain.utf8) == Array(fast.utf8)) }
        }
    }
}
