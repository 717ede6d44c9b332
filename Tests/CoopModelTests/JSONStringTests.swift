import CoopModel
import Foundation
import Testing

/// JSON string literals read back by Foundation's JSON parser as the same text.
@Suite struct JSONStringTests {
    static let samples = [
        "", "Algérie", "quote \" and backslash \\", "lines\nand\rtabs\t", "\u{0}\u{1}\u{8}\u{C}\u{1F}\u{7F}",
        "séparateurs \u{2028} \u{2029}", "الجزائر", "emoji 🇩🇿", "C:\\Net\\new",
    ]

    @Test(arguments: samples)
    func literalReadsBackAsTheSameText(text: String) throws {
        let literal = JSONString.quoted(text)
        let decoded = try JSONDecoder().decode(String.self, from: Data(literal.utf8))
        #expect(decoded == text)
        #expect(!literal.dropFirst().dropLast().unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" })
    }

    @Test func appendWritesTheSameLiteral() {
        var output = "["
        JSONString.append("a\"b", to: &output)
        #expect(output == "[" + JSONString.quoted("a\"b"))
        #expect(JSONString.quoted("\u{1}") == "\"\\u0001\"")
    }
}
