import Foundation
import Testing

@testable import CoopExtract

/// The tokenizer against `TokenizerOracle`, the scan it replaced: every field of every token
/// (key, kind, key number, offsets in scalars and bytes, case, hash) on every line of the
/// fixtures and held-out notes, on the lexicons' and knowledge base's lines (Arabic names among
/// them), and on generated lines that mix ASCII, accents, curly apostrophes, dashes, other
/// scripts, emoji, combining marks and digits.
struct TokenizerOracleTests {
    /// The fields of a token, compared as one value (`Token` is not `Equatable`).
    private struct Fields: Equatable, CustomStringConvertible {
        var key: String
        var kind: Token.Kind
        var keyID: Int32
        var start, end, byteStart, byteEnd: Int
        var capitalized, allCaps: Bool
        var keyHash: UInt32

        init(_ token: Token) {
            (key, kind, keyID) = (token.key, token.kind, token.keyID)
            (start, end, byteStart, byteEnd) = (token.start, token.end, token.byteStart, token.byteEnd)
            (capitalized, allCaps, keyHash) = (token.capitalized, token.allCaps, token.keyHash)
        }

        var description: String {
            "\(key)|\(kind)|\(keyID)|\(start)-\(end)|\(byteStart)-\(byteEnd)|\(capitalized)|\(allCaps)|\(keyHash)"
        }
    }

    /// Tokenizes `lines` in order with both tokenizers, each with its own interner (so the key
    /// numbers must come out in the same order) and without one; records every difference.
    private static func compare(_ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        var interner = KeyInterner()
        var oracleInterner = KeyInterner()
        var differences = 0
        for line in lines {
            let pairs = [
                (Tokenizer.tokenize(line, interner: &interner), TokenizerOracle.tokenize(line, interner: &oracleInterner)),
                (Tokenizer.tokenize(line), TokenizerOracle.tokenize(line)),
            ]
            for (new, old) in pairs {
                let same = new.tokens.map(Fields.init) == old.tokens.map(Fields.init) && new.byteCount == old.byteCount
                    && new.source == old.source
                if !same {
                    differences += 1
                    // The first few in full; the count says the rest.
                    if differences <= 5 {
                        Issue.record(
                            "\(line.debugDescription)\nnew: \(new.tokens.map(Fields.init))\nold: \(old.tokens.map(Fields.init))",
                            sourceLocation: sourceLocation)
                    }
                }
            }
        }
        #expect(differences == 0, sourceLocation: sourceLocation)
    }

    /// The lines of every `.txt` file under `folder`, recursively.
    private static func lines(under folder: URL) throws -> [String] {
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" }
            .sorted { $0.path < $1.path } ?? []
        var lines: [String] = []
        for file in files {
            lines += try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return lines
    }

    @Test func fixtureAndHeldOutLines() throws {
        let lines = try Self.lines(under: Support.fixtures)
        #expect(lines.count > 1_000)
        Self.compare(lines)
    }

    /// The lines of the lexicons and of the knowledge base (whose names include Arabic).
    @Test func dataLines() throws {
        var lines: [String] = []
        for folder in ["Data/lexicons", "Data/kb"] {
            let files = try FileManager.default.contentsOfDirectory(
                at: Support.root.appendingPathComponent(folder), includingPropertiesForKeys: nil
            ).sorted { $0.path < $1.path }
            for file in files { lines += try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init) }
        }
        #expect(lines.contains { $0.unicodeScalars.contains { (0x600..<0x700).contains($0.value) } })
        Self.compare(lines)
    }

    @Test func generatedLines() {
        let pieces = [
            "de", "La", "ONU", "coopération", "Été", "à", "À", "l", "’", "'", "‘", "ʼ", " ", " ", " ", "  ", "\t", ",", ".", "(", ")",
            "2019", "١٢٣", "２０", "-", "–", "—", "‑", "−", "é", "ÉCOLE", "x", "Q", "çà", "«\u{A0}", "\u{202F}»", "zZ", "accord",
            "\u{2026}", "interministériel", "INTERNATIONALISATION", "Internationalisation", "anticonstitutionnellement",
            "abcdefgh", "ABCDEFGH", "abcdefghi", "Abcdefghé", "abcdefgh1", "e\u{301}", "E\u{301}COLE", "a\u{308}b", "\u{301}",
            "Москва", "Ελλάδα", "北京", "الجزائر", "إسبانيا", "עברית", "😀", "👩‍🔬", "🇫🇷", "Œuvre", "ŒUVRE", "straße", "İstanbul",
            "ǅ", "ﬁ", "@", "[", "`", "{", "_", "^", "\u{7F}", "\u{FEFF}", "\u{200B}", "Ⅻ", "²", "½",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        var lines: [String] = []
        for _ in 0..<4_000 {
            var text = ""
            for _ in 0..<Int(next() % 24) { text += pieces[Int(next()) % pieces.count] }
            lines.append(text)
        }
        // The same lines again: the second time their words are found in the interners.
        Self.compare(lines + lines)
    }

    /// Lines holding more tokens than the array is first sized for (one every three bytes):
    /// the scan stops and goes on in a second array.
    @Test func denseLines() {
        var lines: [String] = []
        for length in 0..<80 {
            lines.append(String(repeating: "a,", count: length))
            lines.append(String(repeating: "é", count: length))
            lines.append(String(repeating: ".", count: length) + " fin")
            lines.append(String(repeating: "x y ", count: length) + "’")
            lines.append(String(repeating: "\t", count: length) + String(repeating: "1-", count: length))
        }
        Self.compare(lines)
    }

    /// The eight-bytes-at-a-time count of leading letters against a byte-by-byte one.
    @Test func leadingLettersCountsLetterByLetter() {
        let interesting: [UInt8] = [0x00, 0x20, 0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0x7F, 0x80, 0xC1, 0xC3, 0xDA, 0xE1, 0xFA, 0xFF]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<20_000 {
            var chunk: UInt64 = 0
            var bytes: [UInt8] = []
            for _ in 0..<8 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                // Mostly letters, so that long runs occur.
                let capital = UInt8(truncatingIfNeeded: state >> 61) & 1
                let letter = UInt8(0x61 + (state >> 40) % 26) - capital * 0x20
                let byte = state >> 62 == 0 ? interesting[Int(state >> 33) % interesting.count] : letter
                bytes.append(byte)
            }
            for (offset, byte) in bytes.enumerated() { chunk |= UInt64(byte) << UInt64(8 * offset) }
            let expected = bytes.firstIndex { !Tokenizer.isASCIILetter($0) } ?? 8
            #expect(Tokenizer.leadingLetters(chunk) == expected, "\(bytes)")
        }
        for byte in UInt8.min...UInt8.max {
            let alone = UInt64(byte) | 0x2020_2020_2020_2000
            #expect(Tokenizer.leadingLetters(alone) == (Tokenizer.isASCIILetter(byte) ? 1 : 0), "\(byte)")
            #expect(Tokenizer.isASCIILetter(byte) == (byte < 0x80 && Character(Unicode.Scalar(byte)).isLetter), "\(byte)")
        }
    }
}
