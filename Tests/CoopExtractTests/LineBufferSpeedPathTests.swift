@testable import CoopExtract
import Foundation
import Testing

/// The per-line fast paths of `DocumentExtraction.process(line:number:)` against the plain ones
/// on every fixture line: match tables and sentence ranges built in arrays handed from line to
/// line, tokens read in place (`UnsafeBufferPointer<Token>[at:]`), and the two- and three-word
/// key tests (`Sentence.key(_:is:or:or:)`) against `key(_:isOneOf:)`.
struct LineBufferSpeedPathTests {
    private static func fixtureLines() throws -> [String] {
        let files = try FileManager.default.contentsOfDirectory(at: Support.fixtures, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.flatMap { try String(contentsOf: $0, encoding: .utf8).split(separator: "\n").map(String.init) }
    }

    @Test func lentArraysGiveThePlainTablesAndRanges() throws {
        let vocabulary = Vocabulary(lexicon: try Support.lexicon(), knowledge: nil)
        let reading = DocumentExtraction(vocabulary: vocabulary, document: "test.txt", homeCountry: "DZ")
        var interner = KeyInterner()
        var groups = GazetteerGroups()
        var buffers = MatchTableBuffers()
        var rangeBuffer: [Range<Int>] = []
        var matched = 0
        var sentences = 0
        // Long lines and short ones in turn: the lent arrays keep the storage of longer lines.
        for text in try Self.fixtureLines() + Self.fixtureLines().reversed() {
            let line = Tokenizer.tokenize(text, interner: &interner)
            var table = MatchTable(line, vocabulary.gazetteer, groups: &groups, buffers: &buffers)
            let plain = MatchTable(Tokenizer.tokenize(text), vocabulary.gazetteer)
            for index in -1...line.tokens.count {
                let found = table[index].map(Array.init) ?? []
                let expected = plain[index].map(Array.init) ?? []
                #expect(found.map(\.end) == expected.map(\.end), "\(text) @\(index)")
                #expect(found.map { "\($0.payload)" } == expected.map { "\($0.payload)" }, "\(text) @\(index)")
                #expect(table.hasMatches(at: index) == plain.hasMatches(at: index))
                matched += found.count
            }
            var ranges: [Range<Int>] = []
            swap(&ranges, &rangeBuffer)
            reading.sentenceRanges(line, matches: table, into: &ranges)
            #expect(ranges == reading.sentenceRanges(line, matches: plain), "\(text)")
            sentences += ranges.count
            ranges.removeAll(keepingCapacity: true)
            swap(&ranges, &rangeBuffer)
            table.giveBack(to: &buffers)
        }
        #expect(matched > 1000)
        #expect(sentences > 200)
    }

    @Test func tokensReadInPlaceAreTheArraysTokens() throws {
        var checked = 0
        for text in try Self.fixtureLines() {
            let tokens = Tokenizer.tokenize(text).tokens
            tokens.withUnsafeBufferPointer { buffer in
                for index in buffer.indices {
                    let token = tokens[index]
                    let read = buffer[at: index]
                    #expect(read.key == token.key && read.kind == token.kind && read.keyID == token.keyID)
                    #expect(read.start == token.start && read.end == token.end && read.byteStart == token.byteStart && read.byteEnd == token.byteEnd)
                    #expect(read.capitalized == token.capitalized && read.allCaps == token.allCaps && read.keyHash == token.keyHash)
                    checked += 1
                }
            }
        }
        #expect(checked > 5000)
    }

    @Test func twoAndThreeWordTestsAreThePlainListTests() throws {
        let vocabulary = Vocabulary(lexicon: try Support.lexicon(), knowledge: nil)
        let lists = [["à", "a"], ["au", "aux"], ["de", "'", "entre"], ["la", "le", "les"], ["du", "de", "d"], ["et", "au", "-"], ["/", "."]]
        var hits = 0
        for text in try Self.fixtureLines() {
            let line = Tokenizer.tokenize(text)
            guard line.tokens.count > 2 else { continue }
            let matches = MatchTable(line, vocabulary.gazetteer)
            // A sentence short of the line at both ends: the tests outside it are false.
            let sentence = Sentence(line: line, lineNumber: 1, range: 1..<line.tokens.count - 1, matches: matches)
            for index in -1...line.tokens.count {
                for words in lists {
                    let plain = sentence.key(index, isOneOf: words)
                    let fast = words.count == 2
                        ? sentence.key(index, is: words[0], or: words[1]) : sentence.key(index, is: words[0], or: words[1], or: words[2])
                    #expect(fast == plain, "\(text) @\(index) \(words)")
                    if plain { hits += 1 }
                }
            }
        }
        #expect(hits > 500)
    }
}
