/// RFC 4180 CSV cells: the one quoting rule of every CSV coopgraph writes.
public enum CSVField {
    /// `text` as a CSV cell: unchanged, or in double quotes with each `"` doubled when it holds a
    /// comma, a double quote, a carriage return or a line feed.
    /// - Complexity: O(length of `text`).
    public static func quoted(_ text: String) -> String {
        guard text.utf8.contains(where: needsQuotes) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `cells` as one CSV record ending in CRLF.
    /// - Complexity: O(total length of the cells).
    public static func record(_ cells: some Sequence<String>) -> String {
        cells.map(quoted).joined(separator: ",") + "\r\n"
    }

    private static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 10 || byte == 13
    }
}
