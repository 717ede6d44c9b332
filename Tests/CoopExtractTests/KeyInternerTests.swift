import Foundation
import Testing

@testable import CoopExtract

/// Tokenizing through a `KeyInterner` gives the same tokens as building every key anew.
struct KeyInternerTests {
    private static func same(_ a: TokenizedLine, _ b: TokenizedLine) -> Bool {
        guard a.bytes == b.bytes, a.tokens.count == b.tokens.count else { return false }
        return zip(a.tokens, b.tokens).allSatisfy { x, y in
            x.key == y.key && x.kind == y.kind && x.start == y.start && x.end == y.end && x.byteStart == y.byteStart
                && x.byteEnd == y.byteEnd && x.capitalized == y.capitalized && x.allCaps == y.allCaps && x.keyHash == y.keyHash
        }
    }

    @Test func everyFixtureLineTokenizesTheSame() throws {
        var interner = KeyInterner()
        let files = try FileManager.default.contentsOfDirectory(at: Support.fixtures, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
        #expect(!files.isEmpty)
        for file in files {
            // Twice: the second pass reads every key from the table.
            for _ in 0..<2 {
                for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                    let text = String(line)
                    #expect(Self.same(Tokenizer.tokenize(text, interner: &interner), Tokenizer.tokenize(text)), "\(text)")
                }
            }
        }
    }

    @Test func keysThatShareAHashOrAPrefixStayApart() {
        var interner = KeyInterner()
        let lines = [
            "à a À A", "de des d' De DES", "l'été L’ÉTÉ leté", "2019 2019 20190 019", "« » ( ) … — – - ’ '",
            "Œuvre oeuvre ŒUVRE", "Straße strasse", "日本 Ελλάδα Ελλαδα", "ab ba aab abb",
        ]
        for _ in 0..<3 {
            for text in lines { #expect(Self.same(Tokenizer.tokenize(text, interner: &interner), Tokenizer.tokenize(text)), "\(text)") }
        }
        // Many distinct keys: the table grows (and stops at its limit) without losing any.
        for number in 0..<40_000 {
            let text = "mot\(number) \(number)"
            #expect(Self.same(Tokenizer.tokenize(text, interner: &interner), Tokenizer.tokenize(text)))
        }
    }

    /// Words with a letter outside ASCII, met again, are read from their bytes as written
    /// (`WrittenWord`): the same tokens as the plain path, and the same key numbers as when
    /// they were first folded.
    @Test func wordsMetAgainByTheirWrittenBytesTokenizeTheSame() throws {
        var interner = KeyInterner()
        var numbers: [String: Int32] = [:]
        let lines = [
            "Été été ÉTÉ éTé", "à À àà Àà", "coopération Coopération COOPÉRATION coopérations", "Œuvre œuvre ŒUVRE Straße",
            "Ministère ministère de l'Éducation", "naïve Noël Ñandú ÉA Éa é É", "日本 Ελλάδα ελλάδα Ελλαδα", "fin en é", "é",
            "l’été L’ÉTÉ — «Été»", "abcé abcéd abcé-déf", "Ça ça ÇA ç",
        ]
        let files = try FileManager.default.contentsOfDirectory(at: Support.fixtures, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
        let fixtureLines = try files.flatMap { try String(contentsOf: $0, encoding: .utf8).split(separator: "\n").map(String.init) }
        for _ in 0..<3 {
            for text in lines + fixtureLines {
                let line = Tokenizer.tokenize(text, interner: &interner)
                #expect(Self.same(line, Tokenizer.tokenize(text)), "\(text)")
                for token in line.tokens where token.keyID >= 0 {
                    #expect(numbers[token.key, default: token.keyID] == token.keyID, "\(token.key)")
                    numbers[token.key] = token.keyID
                }
            }
        }
        #expect(Set(numbers.values).count == numbers.count)
    }

    @Test func joinedKeysEqualTheKeysJoinedBySpaces() throws {
        let files = try FileManager.default.contentsOfDirectory(at: Support.fixtures, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
        for file in files {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                let tokens = Tokenizer.tokenize(String(line))
                for length in [1, 3, 8] where tokens.tokens.count >= length {
                    for first in stride(from: 0, through: tokens.tokens.count - length, by: 2) {
                        let range = first..<first + length
                        let plain = tokens.tokens[range].filter { $0.kind != .hyphen }.map(\.key).joined(separator: " ")
                        #expect(tokens.joinedKeys(range) == plain)
                    }
                }
            }
        }
    }

    /// `ByteTable.equals`, eight bytes at a time, answers as the byte-by-byte comparison for keys
    /// of every length around the chunk size, differing at every place, lowered or not.
    @Test func chunkedComparisonAgreesWithTheByteComparison() {
        var table = ByteTable(enabled: true)
        let stored = (1...27).map { length in (0..<length).map { UInt8(0x61 + ($0 * 7) % 26) } }
        for bytes in stored {
            bytes.withUnsafeBufferPointer { bytes in
                let hash = bytes.reduce(KeyHash.seed) { KeyHash.add($1, to: $0) }
                table.insert(bytes, lowering: 0, hash: hash, at: table.find(bytes, lowering: 0, hash: hash).slot)
            }
        }
        for (entry, bytes) in stored.enumerated() {
            var probes = [bytes, bytes.map { $0 & ~0x20 }, Array(bytes.dropLast()), bytes + [0x61]]
            for place in bytes.indices {
                var changed = bytes
                changed[place] ^= 0x01
                probes.append(changed)
            }
            for probe in probes {
                probe.withUnsafeBufferPointer { probe in
                    for mask: UInt8 in [0, 0x20] {
                        #expect(table.equals(entry, probe, lowering: mask) == table.plainEquals(entry, probe, lowering: mask), "\(entry) \(Array(probe)) \(mask)")
                    }
                }
            }
        }
    }
}
