import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// POSIX `read(2)`, named apart from the scanner's own `read`.
private func systemRead(_ descriptor: Int32, _ bytes: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, bytes, count)
    #else
    Darwin.read(descriptor, bytes, count)
    #endif
}

/// Reads an RFC 4180 file in chunks into one reusable buffer and hands out each record as byte
/// ranges of that buffer: no copy per record, no array or `String` per cell. Line ends may be LF
/// or CRLF (a CR outside quotes is dropped); blank lines are skipped.
struct CSVScanner {
    let url: URL
    let chunkSize: Int
    /// The bytes of the file to read (all when nil): a range must start at a line start, and its
    /// end is treated as the end of the file. Line numbers count from the range's start.
    let range: Range<Int>?

    init(url: URL, chunkSize: Int = 1 << 20, range: Range<Int>? = nil) {
        self.url = url
        self.chunkSize = max(1, chunkSize)
        self.range = range
    }

    private var file: String { url.lastPathComponent }

    /// Calls `body` with each record in file order. The record points into the scanner's buffer:
    /// it is valid only during that call. Returns the number of the line after the last one read
    /// (counted from the range's start).
    @discardableResult
    func forEachRecord(_ body: (CSVRecord) throws(ExchangeError) -> Void) throws(ExchangeError) -> Int {
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: url) } catch {
            throw .io(path: url.path, reason: "cannot open the file; check the path (\(error.localizedDescription))")
        }
        defer { try? handle.close() }
        var remaining = Int.max
        if let range {
            do { try handle.seek(toOffset: UInt64(range.lowerBound)) } catch {
                throw .io(path: url.path, reason: "cannot read the file (\(error.localizedDescription))")
            }
            remaining = range.count
        }
        var buffer = CSVBuffer(capacity: 2 * chunkSize)
        defer { buffer.deallocate() }
        var fields = CSVFieldList()
        defer { fields.deallocate() }
        var line = 1
        var atEnd = false
        while true {
            buffer.compact()
            if !atEnd {
                let count = try read(handle, into: &buffer, upTo: remaining)
                remaining -= count
                atEnd = count == 0
            }
            // Deliver every record the buffer holds whole; a partial one waits for the next chunk.
            while true {
                let outcome = try scanRecord(buffer, &fields, line: line, atEnd: atEnd)
                guard case .record(let next, let nextLine) = outcome else {
                    if case .blank(let next, let nextLine) = outcome {
                        buffer.start = next
                        line = nextLine
                    }
                    break
                }
                fields.finish(buffer.base)
                try body(CSVRecord(base: UnsafePointer(buffer.base), fields: fields))
                buffer.start = next
                line = nextLine
            }
            if atEnd { return line }
        }
    }

    private func read(_ handle: FileHandle, into buffer: inout CSVBuffer, upTo limit: Int) throws(ExchangeError) -> Int {
        guard limit > 0 else { return 0 }
        buffer.reserve(chunkSize)
        // Straight into the buffer: a `Data` per chunk would be a fresh mapping of a megabyte
        // (page faults, zeroing) and one more copy.
        var count: Int
        repeat {
            count = systemRead(handle.fileDescriptor, buffer.base + buffer.end, min(chunkSize, limit))
        } while count < 0 && errno == EINTR
        guard count >= 0 else {
            throw .io(path: url.path, reason: "cannot read the file (\(String(cString: strerror(errno))))")
        }
        buffer.end += count
        return count
    }

    private enum Outcome {
        /// A whole record, then where the next one starts and on which line.
        case record(next: Int, line: Int)
        /// Only blank lines up to `next`: nothing to deliver.
        case blank(next: Int, line: Int)
        /// The buffer ends inside a record; read more and scan it again.
        case partial
    }

    /// The high bit of each byte of `word` that is a comma, a line feed, a quote or a CR; the
    /// lowest one set is exact (those above it may be false alarms, which the byte loop sorts out).
    @inline(__always)
    private static func stops(_ word: UInt64) -> UInt64 {
        @inline(__always) func zeroBytes(_ x: UInt64) -> UInt64 { (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 }
        return zeroBytes(word ^ 0x2c2c_2c2c_2c2c_2c2c) | zeroBytes(word ^ 0x0a0a_0a0a_0a0a_0a0a)
            | zeroBytes(word ^ 0x2222_2222_2222_2222) | zeroBytes(word ^ 0x0d0d_0d0d_0d0d_0d0d)
    }

    /// Splits the record starting at `buffer.start` into `fields`, without changing the buffer.
    private func scanRecord(_ buffer: CSVBuffer, _ fields: inout CSVFieldList, line startLine: Int, atEnd: Bool)
        throws(ExchangeError) -> Outcome
    {
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n")
        let carriage = UInt8(ascii: "\r")
        let bytes = buffer.base, end = buffer.end
        var i = buffer.start
        var line = startLine
        var lineStart = i
        // Blank lines (and stray CRs) before the record.
        while i < end && (bytes[i] == newline || bytes[i] == carriage) {
            if bytes[i] == newline {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        fields.removeAll()
        if i == end { return atEnd ? .blank(next: i, line: line) : .partial }
        fields.line = line
        while true {
            // Start of a field: CRs before it are dropped.
            while i < end && bytes[i] == carriage { i += 1 }
            let column = i - lineStart + 1
            if i < end && bytes[i] == quote {
                let quoteLine = line
                var j = i + 1
                var escaped = false
                while true {
                    while j < end && bytes[j] != quote {
                        if bytes[j] == newline {
                            line += 1
                            lineStart = j + 1
                        }
                        j += 1
                    }
                    if j + 1 >= end && !atEnd { return .partial }
                    guard j < end else {
                        throw .malformed(
                            file: file, line: quoteLine, column: column,
                            reason: "a quoted field is never closed; add the closing '\"'")
                    }
                    if j + 1 < end && bytes[j + 1] == quote {
                        escaped = true
                        j += 2
                        continue
                    }
                    break
                }
                fields.append(start: i + 1, end: j, column: column, fix: escaped ? .quotes : .none)
                i = j + 1
                while i < end && bytes[i] == carriage { i += 1 }
                if i < end && bytes[i] == quote {
                    throw .malformed(
                        file: file, line: line, column: i - lineStart + 1,
                        reason: "a '\"' inside an unquoted field; quote the whole field and double the '\"'")
                }
                if i < end && bytes[i] != comma && bytes[i] != newline {
                    throw .malformed(
                        file: file, line: line, column: i - lineStart + 1,
                        reason: "text after the closing '\"' of a quoted field; put the whole field in quotes")
                }
            } else {
                let start = i
                var firstCarriage = Int.max
                // Eight bytes at a time up to the first byte that may end the field (most fields
                // are shorter than a word); that byte and the rest are then read one at a time.
                while i + 8 <= end {
                    let stops = Self.stops(UInt64(littleEndian: UnsafeRawPointer(bytes + i).loadUnaligned(as: UInt64.self)))
                    if stops != 0 {
                        i += stops.trailingZeroBitCount / 8
                        break
                    }
                    i += 8
                }
                while i < end {
                    let byte = bytes[i]
                    if byte == comma || byte == newline { break }
                    if byte == quote {
                        throw .malformed(
                            file: file, line: line, column: i - lineStart + 1,
                            reason: "a '\"' inside an unquoted field; quote the whole field and double the '\"'")
                    }
                    if byte == carriage && firstCarriage == Int.max { firstCarriage = i }
                    i += 1
                }
                // The CR of a CRLF line end is not part of the field; one inside it is dropped too.
                var fieldEnd = i
                while fieldEnd > start && bytes[fieldEnd - 1] == carriage { fieldEnd -= 1 }
                fields.append(start: start, end: fieldEnd, column: column, fix: firstCarriage < fieldEnd ? .carriages : .none)
            }
            if i == end {
                return atEnd ? .record(next: i, line: line) : .partial
            }
            if bytes[i] == newline { return .record(next: i + 1, line: line + 1) }
            i += 1  // the comma
        }
    }
}
