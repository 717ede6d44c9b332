import Foundation

/// Makes cairo's PDFs reproducible: cairo 1.16 stamps each PDF with the time it was written and
/// ignores SOURCE_DATE_EPOCH, so the stamp is replaced by a fixed date of the same length,
/// which leaves every byte offset of the PDF (its cross-reference table) valid.
enum PDFMetadata {
    /// `pdf` with `/CreationDate (D:…)` set to 1970-01-01.
    static func pinningCreationDate(_ pdf: Data) -> Data {
        let key = Array("/CreationDate (D:".utf8)
        var bytes = [UInt8](pdf)
        guard let start = firstIndex(of: key, in: bytes) else { return pdf }
        var index = start + key.count
        let fixed = Array("19700101000000".utf8)
        var written = 0
        while index < bytes.count, written < fixed.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            bytes[index] = fixed[written]
            index += 1
            written += 1
        }
        return Data(bytes)
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] {
            if Array(bytes[start..<(start + pattern.count)]) == pattern { return start }
        }
        return nil
    }
}
