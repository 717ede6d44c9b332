import Foundation

/// One CSV record: its fields' bytes side by side, with where each field starts in the file.
struct CSVRecord {
    /// The unquoted bytes of every field, one after the other.
    private(set) var bytes: [UInt8] = []
    /// `bytes[ends[i - 1]..<ends[i]]` is field `i`.
    private(set) var ends: [Int] = []
    /// The 1-based column where each field starts.
    private(set) var columns: [Int] = []
    /// The 1-based line where the record starts.
    fileprivate(set) var line = 1

    /// The number of fields.
    var count: Int { ends.count }

    /// The bytes of field `index`.
    func field(_ index: Int) -> ArraySlice<UInt8> { bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]] }

    /// Field `index` as text (empty when the record is shorter).
    func string(_ index: Int) -> String {
        index < count ? String(decoding: field(index), as: UTF8.self) : ""
    }

    /// Whether field `index` is empty or missing.
    func isEmpty(_ index: Int) -> Bool { index >= count || ends[index] == (index == 0 ? 0 : ends[index - 1]) }

    /// The column where field `index` starts (the record's last field's when missing).
    func column(_ index: Int) -> Int { index < columns.count ? columns[index] : (columns.last ?? 1) }

    fileprivate mutating func reset(line: Int) {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        columns.removeAll(keepingCapacity: true)
        self.line = line
    }

    fileprivate mutating func append(_ buffer: UnsafeRawBufferPointer, _ range: Range<Int>) {
        bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[range]))
    }

    fileprivate mutating func append(_ byte: UInt8) { bytes.append(byte) }

    fileprivate mutating func startField(column: Int) { columns.append(column) }

    fileprivate mutating func endField() { ends.append(bytes.count) }
}

/// Streams an RFC 4180 file in chunks of bytes, handing each record to a closure; never holds
/// more than one chunk and one record. Line ends may be LF or CRLF (a CR outside quotes is
/// dropped); blank lines are skipped.
struct CSVScanner {
    let url: URL
    let chunkSize: Int

    init(url: URL, chunkSize: Int = 1 << 20) {
        self.url = url
        self.chunkSize = chunkSize
    }

    private var file: String { url.lastPathComponent }

    /// Calls `body` with each record in file order.
    func forEachRecord(_ body: (CSVRecord) throws(ExchangeError) -> Void) throws(ExchangeError) {
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: url) } catch {
            throw .io(path: url.path, reason: "cannot open the file; check the path (\(error.localizedDescription))")
        }
        defer { try? handle.close() }
        var state = State()
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: chunkSize) } catch {
                throw .io(path: url.path, reason: "cannot read the file (\(error.localizedDescription))")
            }
            guard let chunk, !chunk.isEmpty else { break }
            var failure: ExchangeError?
            chunk.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
                do throws(ExchangeError) { try scan(buffer, &state, body) } catch { failure = error }
            }
            if let failure { throw failure }
        }
        if state.inQuotes && !state.pendingQuote {
            throw .malformed(
                file: file, line: state.quoteLine, column: state.quoteColumn,
                reason: "a quoted field is never closed; add the closing '\"'")
        }
        if state.fieldOpen || state.record.count > 0 {
            try finishRecord(&state, column: state.position - state.lineStart + 1, body)
        }
    }

    private struct State {
        var record = CSVRecord()
        var line = 1
        var lineStart = 0
        var position = 0
        var inQuotes = false
        var pendingQuote = false
        var quoted = false
        var fieldOpen = false
        var quoteLine = 1
        var quoteColumn = 1
    }

    private func scan(
        _ buffer: UnsafeRawBufferPointer, _ state: inout State,
        _ body: (CSVRecord) throws(ExchangeError) -> Void
    ) throws(ExchangeError) {
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n")
        let carriage = UInt8(ascii: "\r")
        let base = state.position
        var i = 0
        let end = buffer.count
        while i < end {
            let byte = buffer[i]
            if state.inQuotes {
                if state.pendingQuote {
                    state.pendingQuote = false
                    if byte == quote {
                        state.record.append(quote)
                        i += 1
                        continue
                    }
                    state.inQuotes = false  // and this byte is read as outside quotes, below
                } else {
                    var j = i
                    while j < end && buffer[j] != quote {
                        if buffer[j] == newline {
                            state.line += 1
                            state.lineStart = base + j + 1
                        }
                        j += 1
                    }
                    state.record.append(buffer, i..<j)
                    if j < end { state.pendingQuote = true }
                    i = j + 1
                    continue
                }
            }
            let column = base + i - state.lineStart + 1
            switch byte {
            case comma:
                openFieldIfNeeded(&state, column: column)
                state.record.endField()
                state.fieldOpen = false
                state.quoted = false
                i += 1
            case newline:
                if state.fieldOpen || state.record.count > 0 { try finishRecord(&state, column: column, body) }
                state.line += 1
                state.lineStart = base + i + 1
                state.record.reset(line: state.line)
                i += 1
            case carriage:
                i += 1
            case quote:
                guard !state.fieldOpen else {
                    throw .malformed(
                        file: file, line: state.line, column: column,
                        reason: "a '\"' inside an unquoted field; quote the whole field and double the '\"'")
                }
                openFieldIfNeeded(&state, column: column)
                state.inQuotes = true
                state.quoted = true
                state.quoteLine = state.line
                state.quoteColumn = column
                i += 1
            default:
                if state.quoted {
                    throw .malformed(
                        file: file, line: state.line, column: column,
                        reason: "text after the closing '\"' of a quoted field; put the whole field in quotes")
                }
                openFieldIfNeeded(&state, column: column)
                var j = i + 1
                while j < end {
                    let next = buffer[j]
                    if next == comma || next == newline || next == quote || next == carriage { break }
                    j += 1
                }
                state.record.append(buffer, i..<j)
                i = j
            }
        }
        state.position = base + end
    }

    private func openFieldIfNeeded(_ state: inout State, column: Int) {
        guard !state.fieldOpen else { return }
        state.fieldOpen = true
        state.record.startField(column: column)
    }

    private func finishRecord(
        _ state: inout State, column: Int, _ body: (CSVRecord) throws(ExchangeError) -> Void
    ) throws(ExchangeError) {
        if !state.fieldOpen {
            // A trailing comma leaves one more, empty field.
            state.record.startField(column: column)
        }
        state.record.endField()
        state.fieldOpen = false
        state.quoted = false
        try body(state.record)
    }
}
