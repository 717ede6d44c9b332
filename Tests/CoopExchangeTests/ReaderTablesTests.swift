import Foundation
import Testing

@testable import CoopExchange

/// The reader's flat tables and scanner, against plain Swift collections and hand-written records
/// (seeded inputs, so a failure repeats).
@Suite struct ReaderTablesTests {
    @Test func byteKeyTableAgreesWithADictionary() {
        var random = SplitMix64(seed: 5)
        var table = ByteKeyTable()
        var oracle: [[UInt8]: Int32] = [:]
        // Keys of every length around the 16-byte inline limit, the empty key, and near-duplicates.
        for number in 0..<5_000 {
            let length = Int.random(in: 0...40, using: &random)
            var key = (0..<length).map { _ in UInt8.random(in: 97...100, using: &random) }
            if number % 7 == 0, let last = key.last { key.append(last) }
            let stored = key.withUnsafeBufferPointer { table.insert($0, Int32(number)) }
            if let known = oracle[key] {
                #expect(stored == known, "an existing key keeps its first value")
            } else {
                oracle[key] = Int32(number)
                #expect(stored == Int32(number))
            }
        }
        #expect(table.count == oracle.count)
        for (key, value) in oracle {
            #expect(key.withUnsafeBufferPointer { table.value($0) } == value)
            let longer = key + [0]
            #expect(longer.withUnsafeBufferPointer { table.value($0) } == oracle[longer])
        }
    }

    @Test func codeTableAgreesWithADictionary() {
        var table = CodeTable()
        var oracle: [UInt64: UInt32] = [:]
        var random = SplitMix64(seed: 6)
        for code in 0..<20_000 {
            let key = UInt64.random(in: 0..<(1 << 48), using: &random)
            guard oracle[key] == nil else { continue }
            oracle[key] = UInt32(code)
            table.insert(key, UInt32(code))
        }
        for (key, code) in oracle { #expect(table.code(key) == code) }
        #expect(table.code(1 << 50) == nil)
    }

    @Test func scannerSplitsAwkwardRecordsTheSameAtEveryChunkSize() throws {
        let text = "a,b\r\n\r\n\"x\"\"y\",\"two\nlines\",\r\nplain\rcr,,\n\"q\"\r\nlast,\"\""
        let expected: [(fields: [String], line: Int)] = [
            (["a", "b"], 1), (["x\"y", "two\nlines", ""], 3), (["plaincr", "", ""], 5), (["q"], 6), (["last", ""], 7),
        ]
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scanner-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        for chunkSize in [1, 2, 3, 5, 8, 1 << 20] {
            var records: [(fields: [String], line: Int)] = []
            try CSVScanner(url: url, chunkSize: chunkSize).forEachRecord { record in
                records.append(((0..<record.count).map(record.string), record.line))
            }
            #expect(records.map(\.fields) == expected.map(\.fields), "chunk size \(chunkSize)")
            #expect(records.map(\.line) == expected.map(\.line), "chunk size \(chunkSize)")
        }
    }

    /// Two ranges that split a file after a line feed read the records of the whole file, the
    /// second counting lines from its start, and the first returns the line the second starts on.
    @Test func scannerRangesReadTheWholeFileInTwo() throws {
        let text = "h1,h2\n\"a\nb\",1\n\nc,2\r\nd,\"3\"\"\"\ne,4"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ranges-\(UUID().uuidString).csv")
        let bytes = Data(text.utf8)
        try bytes.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        func records(_ range: Range<Int>?, chunkSize: Int) throws -> (records: [([String], Int)], next: Int) {
            var records: [([String], Int)] = []
            let next = try CSVScanner(url: url, chunkSize: chunkSize, range: range).forEachRecord { record in
                records.append(((0..<record.count).map(record.string), record.line))
            }
            return (records, next)
        }
        let whole = try records(nil, chunkSize: 1 << 20)
        #expect(whole.records.map(\.1) == [1, 2, 5, 6, 7])
        // Every line feed outside quotes is a place to split.
        for split in [6, 14, 15, 20, 28] {
            #expect(bytes[split - 1] == UInt8(ascii: "\n"))
            for chunkSize in [1, 3, 1 << 20] {
                let first = try records(0..<split, chunkSize: chunkSize)
                let second = try records(split..<bytes.count, chunkSize: chunkSize)
                let joined = first.records + second.records.map { ($0.0, $0.1 + first.next - 1) }
                #expect(joined.map(\.0) == whole.records.map(\.0), "split at \(split), chunk size \(chunkSize)")
                #expect(joined.map(\.1) == whole.records.map(\.1), "split at \(split), chunk size \(chunkSize)")
            }
        }
    }
}
