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

