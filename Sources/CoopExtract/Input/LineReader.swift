import Foundation

/// Reads a text file line by line in bounded memory, checking first that it is text and which
/// encoding it uses (UTF-8, else Windows-1252 with a warning).
struct LineReader {
    static let chunkSize = 1 << 20

    /// Calls `body` with each line (without its end-of-line) and its 1-based number; returns warnings.
    static func read(_ url: URL, body: (String, Int) -> Void) throws(ExtractError) -> [String] {
        let path = url.path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ExtractError(file: path, "cannot be opened; check the path and the permissions")
        }
        defer { try? handle.close() }
        var warnings: [String] = []
        var pending: [UInt8] = []
        var lineNumber = 0
        var latin = false
        var sawText = false
        var first = true
        var invalidLines = 0
        func emit(_ bytes: ArraySlice<UInt8>) {
            var slice = bytes
            if slice.last == 0x0D { slice = slice.dropLast() }
            let line: String
            if latin {
                line = Windows1252.decode(slice)
            } else if let valid = String(validating: slice, as: UTF8.self) {
                line = valid
            } else {
                invalidLines += 1
                line = String(decoding: slice, as: UTF8.self)
            }
            emit(line: line)
        }
        /// Hands on the next line, decoded.
        func emit(line: String) {
            lineNumber += 1
            if !sawText && line.contains(where: { !$0.isWhitespace }) { sawText = true }
            body(line, lineNumber)
        }
        while true {
            let data: Data
            do { data = try handle.read(upToCount: chunkSize) ?? Data() } catch {
                throw ExtractError(file: path, "could not be read: \(error.localizedDescription)")
            }
            if data.isEmpty { break }
            var bytes = [UInt8](data)
            // The first chunk's whole lines, found UTF-8 while its encoding was checked.
            var checkedLines: String?
            if first {
                first = false
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
                try checkText(bytes, path: path)
                // Checked in two parts split at the last line end (one ASCII byte, never inside a
                // sequence), the whole lines kept as the text the lines are cut from: checking
                // the whole chunk, then its lines again below, read each byte twice.
                let lastLineEnd = bytes.lastIndex(of: 0x0A)
                checkedLines = lastLineEnd.flatMap { validText(bytes[..<$0]) }
                let utf8 = if let lastLineEnd { checkedLines != nil && isUTF8(bytes[lastLineEnd...]) } else { isUTF8(bytes[...]) }
                if !utf8 {
                    latin = true
                    warnings.append("\(path): not UTF-8; decoded as Windows-1252 (Latin-1). Convert it with `iconv -f WINDOWS-1252 -t UTF-8` to silence this warning")
                }
            }
            pending.append(contentsOf: bytes)
            var start = pending.startIndex
            // The line ends of the chunk found in one pass over its bytes: `firstIndex(of:)` on a
            // fresh slice for each line cost several times the scan itself.
            let newlines = pending.withUnsafeBufferPointer { buffer in buffer.indices.filter { buffer[$0] == 0x0A } }
            // The chunk's whole lines checked as UTF-8 at once, each line then copied out of that
            // text: making each line's `String` from its bytes checked them again, line by line,
            // at twice the cost per byte. A chunk with a bad byte goes line by line, as before.
            if !latin, let last = newlines.last, let text = checkedLines ?? validText(pending[start..<last]) {
                let origin = start
                for newline in newlines {
                    let end = newline > start && pending[newline - 1] == 0x0D ? newline - 1 : newline
                    emit(line: Self.line(of: text, bytes: start - origin, end - origin))
                    start = newline + 1
                }
            } else {
                for newline in newlines {
                    emit(pending[start..<newline])
                    start = newline + 1
                }
            }
            pending.removeSubrange(pending.startIndex..<start)
        }
        if !pending.isEmpty { emit(pending[...]) }
        if lineNumber == 0 || !sawText {
            throw ExtractError(file: path, "is empty (no text to extract from); give a document with some text")
        }
        if invalidLines > 0 {
            warnings.append("\(path): \(invalidLines) line(s) are not valid UTF-8; bad bytes were replaced by U+FFFD")
        }
        return warnings
    }

    /// The line between two byte offsets of a chunk's text (on scalar boundaries: next to line ends).
    static func line(of text: String, bytes start: Int, _ end: Int) -> String {
        if #available(macOS 26.0, *), let line = String.copy(of: text, bytes: start, end) { return line }
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: start)
        return String(text[from..<utf8.index(from, offsetBy: end - start)])
    }

    /// `String(validating: bytes, as: UTF8.self)`: runs of ASCII read eight bytes at a time, only
    /// the bytes between them checked sequence by sequence, and the text then copied unchecked.
    ///
    /// Why: the standard library's check read a chunk byte by byte, about ten instructions a
    /// byte of text, while French text is mostly ASCII with an accented letter every few words.
    static func validText(_ bytes: ArraySlice<UInt8>) -> String? {
        guard #available(macOS 26.0, *) else { return String(validating: bytes, as: UTF8.self) }
        var ascii = true
        let valid = bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            let count = buffer.count
            var index = 0
            while true {
                while index + 8 <= count, UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                while index < count, base[index] < 0x80 { index += 1 }
                if index == count { return true }
                ascii = false
                // The bytes up to the next ASCII one: whole sequences (a sequence's bytes are all
                // 0x80 or above, and an ASCII byte is never inside one).
                var end = index + 1
                while end < count, base[end] >= 0x80 { end += 1 }
                guard isWellFormed(base, index, end) else { return false }
                index = end
            }
        }
        guard valid else { return nil }
        return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: ascii))
    }

    /// Whether `bytes[start..<end]` is whole well-formed UTF-8 sequences (the Unicode Standard's
    /// table 3-7: no overlong form, no surrogate, nothing past U+10FFFF).
    static func isWellFormed(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end {
            var length = 3
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch bytes[index] {
            case 0xC2...0xDF: length = 2
            case 0xE0: low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: break
            case 0xED: high = 0x9F
            case 0xF0: (length, low) = (4, 0x90)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, high) = (4, 0x8F)
            default: return false
            }
            guard end - index >= length, low <= bytes[index + 1], bytes[index + 1] <= high else { return false }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    /// Refuses binary input: NUL bytes or many control characters in the first chunk.
    static func checkText(_ bytes: [UInt8], path: String) throws(ExtractError) {
        let sample = bytes.prefix(65_536)
        if let position = sample.firstIndex(of: 0) {
            throw ExtractError(file: path, "looks binary (a NUL byte at offset \(position)); give a plain-text document (.txt)")
        }
        let controls = sample.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }.count
        if !sample.isEmpty && controls * 20 > sample.count {
            throw ExtractError(file: path, "looks binary (\(controls) control characters in the first \(sample.count) bytes); give a plain-text document")
        }
    }

    /// Whether `bytes` is UTF-8, allowing a sequence cut at the end of the chunk.
    static func isUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var end = bytes.endIndex
        var back = 0
        while end > bytes.startIndex, back < 3, bytes[end - 1] & 0xC0 == 0x80 { end -= 1; back += 1 }
        if end > bytes.startIndex, bytes[end - 1] >= 0xC0 { end -= 1 }
        return String(validating: bytes[..<end], as: UTF8.self) != nil
    }
}

/// Windows-1252, the usual encoding of French text files that are not UTF-8.
enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Decodes Windows-1252 bytes.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
