/// Names written between quotation marks ("le programme « Intégrité et enquêtes financières »"):
/// the marks are not part of the name.
extension DocumentExtraction {
    static let quotationMarks: Set<String> = ["«", "»", "\"", "“", "”"]

    /// The text without quotation marks and the spaces they leave.
    static func withoutQuotationMarks(_ text: String) -> String {
        // Most names hold no quotation mark: a byte scan says so without building a `String`
        // per character (that test was 5% of extraction).
        guard hasQuotationMarkBytes(text) else { return text }
        guard text.contains(where: { quotationMarks.contains(String($0)) }) else { return text }
        let kept = text.filter { !quotationMarks.contains(String($0)) }
        return kept.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }).joined(separator: " ")
    }

    /// Whether the UTF-8 of `text` holds one of `quotationMarks`: `"` (22), « and » (C2 AB,
    /// C2 BB), “ and ” (E2 80 9C, E2 80 9D). The apostrophe ’ (E2 80 99) is not one.
    static func hasQuotationMarkBytes(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x22 { return true }
            if (byte == 0xAB || byte == 0xBB) && previous == 0xC2 { return true }
            if (byte == 0x9C || byte == 0x9D) && previous == 0x80 && beforePrevious == 0xE2 { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
