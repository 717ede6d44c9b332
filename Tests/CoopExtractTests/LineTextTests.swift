import Testing

@testable import CoopExtract

/// `TokenizedLine.text` cuts the text out of the line itself; the oracle is the line's UTF-8
/// bytes between the same offsets.
struct LineTextTests {
    @Test(arguments: [
        "L'Algérie et l’Égypte ont signé un accord à Alger le 12.03.2015 !",
        "Cœur, naïveté, « guillemets » … et e\u{301}té (accent combinant) ; 🇩🇿 drapeau",
        "مرحبا Ministère des Affaires étrangères — ﬁn de ligne\u{2028}suite",
        "",
    ])
    func tokenTextsEqualTheDecodedBytes(line: String) {
        var interner = KeyInterner()
        let tokenized = Tokenizer.tokenize(line, interner: &interner)
        let bytes = Array(line.utf8)
        #expect(tokenized.bytes == bytes)
        for first in tokenized.tokens.indices {
            for last in first..<min(first + 4, tokenized.tokens.count) {
                let start = tokenized.tokens[first].byteStart
                let end = tokenized.tokens[last].byteEnd
                // Byte for byte: `==` on strings would take canonically equivalent texts as equal.
                #expect(Array(tokenized.text(tokens: first, last).utf8) == Array(bytes[start..<end]))
            }
        }
        if let last = tokenized.tokens.last {
            #expect(Array(tokenized.text(bytes: 0, last.byteEnd).utf8) == Array(bytes[..<last.byteEnd]))
        }
    }
}

/// Session 16's unchecked copy of a cut (`String.copy(of:bytes:_:)`) against the `String` API's
/// own cut: the same bytes at every scalar boundary, and no copy elsewhere.
struct UncheckedCutTests {
    static let lines = [
        "L'Algérie et l’Égypte ont signé un accord à Alger le 12.03.2015 !",
        "Cœur, naïveté, « guillemets » … et e\u{301}té (accent combinant) ; 🇩🇿 drapeau",
        "مرحبا Ministère des Affaires étrangères — ﬁn de ligne\u{2028}suite",
        "The Ministry of Foreign Affairs and International Cooperation signed it",
        "",
    ]

    @Test(arguments: lines)
    func copiesEqualThePlainCut(line: String) {
        let tokenized = Tokenizer.tokenize(line)
        let bytes = Array(line.utf8)
        for start in 0...bytes.count {
            for end in start...bytes.count {
                let aligned = [start, end].allSatisfy { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
                guard #available(macOS 26.0, *) else { return }
                let copy = String.copy(of: line, bytes: start, end)
                #expect((copy != nil) == aligned)
                if let copy {
                    #expect(Array(copy.utf8) == Array(bytes[start..<end]))
                    #expect(Array(tokenized.text(bytes: start, end).utf8) == Array(tokenized.plainText(bytes: start, end).utf8))
                    #expect(Array(LineReader.line(of: line, bytes: start, end).utf8) == Array(bytes[start..<end]))
                }
            }
        }
    }
}

