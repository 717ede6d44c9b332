import CoopModel
import Testing

@testable import CoopExtract

/// `ReviewWriter.needsEscape`, which scans eight bytes at a time, against the byte-by-byte test
/// it replaces.
struct WriterScanTests {
    /// The plain test: a control, `"`, `\`, DEL, or a lead byte C2, E2 or EF.
    private static func plain(_ bytes: [UInt8]) -> Bool {
        bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }
    }

    private static func fast(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { ReviewWriter.needsEscape($0) }
    }

    @Test func everyByteValueAtEveryPlaceOfAWord() {
        // Each byte value, alone in a run of letters, at each offset of the first 19 bytes
        // (two whole words and a tail): a trigger must be seen wherever it falls.
        for value in 0...255 {
            for length in [1, 7, 8, 9, 16, 19] {
                for position in 0..<length {
                    var bytes = [UInt8](repeating: 0x61, count: length)
                    bytes[position] = UInt8(value)
                    #expect(Self.fast(bytes) == Self.plain(bytes), "byte \(value) at \(position) of \(length)")
                }
            }
        }
    }

    @Test func textsLikeTheReviewFiles() {
        let texts = [
            "", "a", "Coopération algéro-française", "l’Algérie et la France", "dit \"oui\"", "C:\\dossier",
            "ligne\nsuivante", "tab\there", "espace\u{A0}insécable", "fin\u{7F}", "\u{FEFF}début", "été 2019 à Alger",
            "abcdefgh", "abcdefg\"", "\"bcdefgh", "0123456789abcdefghij",
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            #expect(Self.fast(bytes) == Self.plain(bytes), "\(text)")
        }
        // Random bytes, a fixed seed.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 59) + 8 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                // Mostly letters, sometimes anything.
                let byte = UInt8(truncatingIfNeeded: state >> 33)
                bytes.append(state >> 62 == 0 ? byte : 0x61 + byte % 26)
            }
            #expect(Self.fast(bytes) == Self.plain(bytes), "\(bytes)")
        }
    }

    /// 3,000 texts of up to `longest` pieces each, drawn by a linear congruential generator
    /// from `seed`: the same texts at every run.
    static func randomTexts(of pieces: [String], seed: UInt64, longest: UInt64) -> [String] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        // (The length from the top bits: `longest` is 15 or 31, a power of two less one.)
        let shift = UInt64(64 - (longest + 1).trailingZeroBitCount)
        return (0..<3_000).map { _ in
            (0..<Int(next() >> shift)).map { _ in pieces[Int(next() >> 33) % pieces.count] }.joined()
        }
    }

    /// `ReviewWriter.quote`, which copies the unescaped runs between escapes at once, gives the
    /// bytes of `Tree.quote` (scalar by scalar) for texts with escapes at the ends, side by side
    /// and among multi-byte scalars.
    @Test func quotingMatchesTheTree() {
        let pieces = ["a", "é", "’", "\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", "\u{7F}", "\u{85}", "\u{A0}", "\u{2028}",
                      "\u{2029}", "\u{FEFF}", "«", "日", "🙂", "mot "]
        for text in Self.randomTexts(of: pieces, seed: 0x5851_F42D_4C95_7F2D, longest: 15) {
            var writer = ReviewWriter(capacity: 16)
            writer.quote(text)
            #expect(writer.text == Tree.quote(text), "\(Array(text.unicodeScalars))")
        }
    }

    /// `ReviewWriter.quoteRepeated`, which scans each string value once and copies it whole
    /// afterwards when it had nothing to escape, writes the bytes of `quote` every time, for
    /// small and large strings, clean and not, the same value again and equal texts in other
    /// storages; and citations quote as their description.
    @Test func repeatedQuotingMatchesQuoting() {
        let base = ["a", "é", "l’Algérie et la France", "dit \"oui\"", "Coopération algéro-française dans le domaine",
                    "ligne\nsuivante et une phrase assez longue pour ne pas être petite", "court"]
        var texts = base
        for text in base { texts.append(String(text.unicodeScalars.reversed().map(Character.init))) }
        for text in base { texts.append(text + "") }  // equal texts, maybe other storages
        var writer = ReviewWriter(capacity: 16)
        var expected = ReviewWriter(capacity: 16)
        for round in 0..<3 {
            for text in texts {
                writer.quoteRepeated(text)
                expected.quote(text)
                let source = SourceRef(document: text, line: round == 1 ? nil : round * 7 + 1)
                writer.quote(source)
                expected.quote(source.description)
            }
        }
        #expect(writer.text == expected.text)
        // Many values: the table grows and keeps its verdicts.
        var many = ReviewWriter(capacity: 16)
        var plain = ReviewWriter(capacity: 16)
        let values = (0..<3_000).map { "phrase numéro \($0) \($0 % 7 == 0 ? "avec \"guillemets\"" : "sans rien")" }
        for _ in 0..<2 {
            for value in values {
                many.quoteRepeated(value)
                plain.quote(value)
            }
        }
        #expect(many.text == plain.text)
    }

    /// `ScannedStrings` keeps its verdicts until it holds its limit of strings, then forgets them
    /// all (a string is then scanned again), and never answers wrongly.
    @Test func scannedStringsForgetAtTheirLimit() {
        var scanned = ScannedStrings(limit: 100)
        let values = (0..<250).map { "une phrase assez longue pour ne pas être petite, numéro \($0)" }
        for (index, value) in values.enumerated() {
            #expect(scanned.isClean(value) == nil)
            scanned.note(value, clean: index % 3 != 0)
            #expect(scanned.isClean(value) == (index % 3 != 0))
        }
        // The last 50 were noted after the table was emptied at 200; the ones before, forgotten.
        #expect(values[..<200].allSatisfy { scanned.isClean($0) == nil })
        #expect(values[200...].enumerated().allSatisfy { scanned.isClean($1) == ((200 + $0) % 3 != 0) })
    }

    /// `ReviewWriter.firstTrigger` finds the first trigger, wherever the word scan meets it.
    @Test func firstTriggerIsTheFirstHit() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 58) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let byte = UInt8(truncatingIfNeeded: state >> 33)
                bytes.append(state >> 61 == 0 ? byte : 0x61 + byte % 26)
            }
            for start in [0, 1, 7, 9] where start <= bytes.count {
                let expected = bytes[start...].firstIndex { Self.plain([$0]) } ?? bytes.count
                let found = bytes.withUnsafeBufferPointer { ReviewWriter.firstTrigger($0, from: start) }
                #expect(found == expected, "\(bytes) from \(start)")
            }
        }
    }

    /// Dates and confidences written as bytes read as their strings do.
    @Test func datesAndConfidencesMatchTheirStrings() throws {
        var dates = [try #require(PartialDate(year: 5)), try #require(PartialDate(year: 999, month: 1, day: 9))]
        for year in [1990, 2007, 2024] {
            for month in [1, 9, 10, 12] {
                dates.append(try #require(PartialDate(year: year, month: month)))
                dates.append(try #require(PartialDate(year: year, month: month, day: month == 9 ? 30 : 31)))
            }
            dates.append(try #require(PartialDate(year: year)))
        }
        for date in dates {
            var writer = ReviewWriter(capacity: 16)
            writer.quote(date)
            #expect(writer.text == Tree.quote(date.description))
        }
        for step in -20...1_020 {
            let confidence = Double(step) / 1_000
            var writer = ReviewWriter(capacity: 16)
            writer.putConfidence(confidence)
            #expect(writer.text == ReviewDocument.format2(confidence), "\(confidence)")
        }
    }

    /// `ReviewWriter.put(_:)`, two digits at a time, writes what `String(number)` does.
    @Test func numbersMatchTheirStrings() {
        var numbers = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1_000, 9_999, 10_000, 65_535, 99_999, 100_000, 123_456_789,
                       Int.max, Int.max - 1, Int.min, Int.min + 1, -1, -9, -10, -100, -12_345]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            numbers += [power - 1, power, power + 1, -power]
        }
        numbers += Array(0...2_100)
        var state: UInt64 = 0x1234_5678_9ABC_DEF1
        for _ in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            numbers.append(Int(truncatingIfNeeded: state) >> Int(state >> 58))
        }
        for number in numbers {
            var writer = ReviewWriter(capacity: 16)
            writer.put(number)
            #expect(writer.text == String(number), "\(number)")
        }
    }

    /// `ReviewWriter.isVerbatim`, the verdict `quoteRepeated` keeps, says whether `escape`
    /// writes the text as it is.
    @Test func verbatimIsWhatEscapeLeavesAlone() {
        let pieces = ["a", "é", "’", "\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{7F}", "\u{85}", "\u{A0}", "\u{2028}",
                      "\u{2029}", "\u{FEFF}", "«", "»", "\u{2019}", "\u{202F}", "\u{FEFE}", "日", "🙂", "mot "]
        for text in Self.randomTexts(of: pieces, seed: 0x0DDB_1A5E_5BAD_5EED, longest: 31) {
            var writer = ReviewWriter(capacity: 16)
            let bytes = Array(text.utf8)
            let verbatim = bytes.withUnsafeBufferPointer { ReviewWriter.isVerbatim($0) }
            bytes.withUnsafeBufferPointer { writer.escape($0) }
            #expect(verbatim == (writer.text == text), "\(Array(text.unicodeScalars))")
        }
    }
}
