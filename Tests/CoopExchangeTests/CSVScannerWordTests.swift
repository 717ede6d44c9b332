import Foundation
import Testing

@testable import CoopExchange

/// The scanner reads unquoted fields eight bytes at a time: fields of every length around a word,
/// with the bytes that stop a field at every offset, must split as the byte rules say.
@Suite struct CSVScannerWordTests {
    func write(_ text: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("words-\(UUID().uuidString).csv")
        try Data(text).write(to: url)
        return url
    }

    @Test func unquotedFieldsOfEveryLengthSplitAsByByte() throws {
        var random = SplitMix64(seed: 11)
        // Letters, a two-byte "é", and CRs inside fields (dropped, as outside quotes).
        let alphabet: [[UInt8]] = [[0x61], [0x62], [0x7a], [0xc3, 0xa9], [0x0d]]
        var text: [UInt8] = []
        var expected: [[String]] = []
        for _ in 0..<400 {
            var record: [String] = []
            for column in 0..<Int.random(in: 1...6, using: &random) {
                var field: [UInt8] = []
                for _ in 0..<Int.random(in: 0...27, using: &random) {
                    field += alphabet[Int.random(in: 0..<alphabet.count, using: &random)]
                }
                if column > 0 { text.append(0x2c) }
                text += field
                record.append(String(decoding: field.filter { $0 != 0x0d }, as: UTF8.self))
            }
            // A record of one empty field is a blank line, which the scanner skips.
            if record == [""] {
                record[0] = "a"
                text.append(0x61)
            }
            text += Bool.random(using: &random) ? [0x0a] : [0x0d, 0x0a]
            expected.append(record)
        }
        let url = try write(text)
        defer { try? FileManager.default.removeItem(at: url) }
        for chunkSize in [1, 7, 9, 64, 1 << 20] {
            var records: [[String]] = []
            try CSVScanner(url: url, chunkSize: chunkSize).forEachRecord { record in
                records.append((0..<record.count).map(record.string))
            }
            let first = records.indices.first { $0 < expected.count && records[$0] != expected[$0] }
            #expect(records.count == expected.count && first == nil,
                "chunk size \(chunkSize): record \(first ?? -1) is \(first.map { records[$0] } ?? []), not \(first.map { expected[$0] } ?? [])")
        }
    }

    @Test func aQuoteDeepInAnUnquotedFieldIsFoundAtItsColumn() throws {
        for offset in 1..<20 {  // at 0 the field would be a quoted one
            let field = String(repeating: "x", count: offset) + "\"" + "yyyyyyyyyy"
            let url = try write(Array("a,b\nab,\(field),c\n".utf8))
            defer { try? FileManager.default.removeItem(at: url) }
            let error = #expect(throws: ExchangeError.self) { try CSVScanner(url: url).forEachRecord { _ in } }
            #expect(error?.description.hasPrefix("\(url.lastPathComponent):2:\(4 + offset): a '\"' inside an unquoted field") == true,
                "\(String(describing: error))")
        }
    }
}
