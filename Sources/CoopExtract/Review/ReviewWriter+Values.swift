import CoopModel

/// The review writer's values: flow lists, quoted and escaped text (as `Tree.quote` writes them),
/// numbers.
extension ReviewWriter {
    /// Whether a property value is a scalar or a list of scalars (what `Tree` calls simple in a map).
    static func isFlat(_ value: PropertyValue) -> Bool {
        guard case .list(let items) = value else { return true }
        return items.allSatisfy { if case .list = $0 { return false } else { return true } }
    }

    /// A property value in flow style (the same in YAML and JSON: it holds no map).
    mutating func flow(_ value: PropertyValue) {
        switch value {
        case .string(let string): quote(string)
        case .int(let number): put(number)
        case .bool(let flag): put(flag ? "true" : "false")
        case .list(let items):
            put("[")
            for (offset, item) in items.enumerated() {
                if offset > 0 { put(", ") }
                flow(item)
            }
            put("]")
        }
    }

    mutating func flowList(_ items: [String]) {
        put("[")
        for (offset, item) in items.enumerated() {
            if offset > 0 { put(", ") }
            quote(item)
        }
        put("]")
    }

    /// Appends `value` double-quoted, as `Tree.quote` does.
    mutating func quote(_ value: String) {
        bytes.append(0x22)
        Self.withBytes(value) { escape($0) }
        bytes.append(0x22)
    }

    /// `quote(value)` for a string the document repeats (an evidence sentence, a rule, and the
    /// values candidates share: types, ids written once per relation naming them, statuses, date
    /// roles): the escape scan runs once per string value (`ScannedStrings`), a clean one is
    /// copied at once.
    mutating func quoteRepeated(_ value: String) {
        bytes.append(0x22)
        escapeRepeated(value)
        bytes.append(0x22)
    }

    /// `quote(name)` for a document's name (evidence names its document).
    mutating func quoteDocument(_ name: String) {
        bytes.append(0x22)
        escapeDocument(name)
        bytes.append(0x22)
    }

    /// `escape` for a document's name, written once per citation and per piece of evidence: the
    /// escaped bytes of the last name are kept and copied again while the name stays the same.
    private mutating func escapeDocument(_ name: String) {
        if name != lastDocument.name {
            let start = bytes.count
            escapeRepeated(name)
            lastDocument = (name, bytes.suffix(from: start))
            return
        }
        lastDocument.escaped.withUnsafeBufferPointer { bytes.append(contentsOf: $0) }
    }

    /// `escape` for a string the document repeats, as `quoteRepeated`.
    ///
    /// The verdict kept is whether `escape` writes the string as it is (`isVerbatim`), not
    /// whether it holds a trigger: most sentences of French hold a `’`, a `«` or a no-break space,
    /// triggers that stay as they are, and were escaped again at each repeat.
    private mutating func escapeRepeated(_ value: String) {
        let verbatim: Bool
        if let known = scanned.isClean(value) {
            verbatim = known
        } else {
            verbatim = Self.withBytes(value) { Self.isVerbatim($0) }
            scanned.note(value, clean: verbatim)
        }
        if verbatim {
            Self.withBytes(value) { bytes.append(contentsOf: $0) }
        } else {
            Self.withBytes(value) { escape($0) }
        }
    }

    /// Lends `value`'s UTF-8 to `body`: native and small strings lend their bytes in place
    /// (`withUTF8` is mutating, so it took a copy of the string, a retain and a release, for
    /// every value written); others are copied first.
    @inline(__always)
    private static func withBytes<Result>(_ value: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = value.utf8.withContiguousStorageIfAvailable(body) { return result }
        var value = value
        return value.withUTF8(body)
    }

    /// Appends `source.description` (`FILE:LINE`) double-quoted, without building that string
    /// for each of a candidate's up to 50 citations (the escapes are per scalar, so quoting the
    /// parts gives the bytes of quoting the whole); the document's name is scanned once.
    mutating func quote(_ source: SourceRef) {
        bytes.append(0x22)
        escapeDocument(source.document)
        if let line = source.line {
            bytes.append(0x3A)
            put(line)
        }
        bytes.append(0x22)
    }

    /// Appends `date.description` (`2007`, `2007-12`, `2006-02-16`) double-quoted, without
    /// building the string: digits and hyphens need no escape.
    mutating func quote(_ date: PartialDate) {
        guard (0...9999).contains(date.year) else { return quote(date.description) }
        bytes.append(0x22)
        digits(date.year, width: 4)
        if let month = date.month {
            bytes.append(0x2D)
            digits(month, width: 2)
        }
        if let day = date.day {
            bytes.append(0x2D)
            digits(day, width: 2)
        }
        bytes.append(0x22)
    }

    /// Appends `ReviewDocument.format2(confidence)` (`0.07`, `0.5` is `0.50`, `1.0`) without
    /// building the string.
    mutating func putConfidence(_ confidence: Double) {
        let hundredths = Int((min(max(confidence, 0), 1) * 100).rounded())
        guard hundredths != 100 else { return put("1.0") }
        bytes.append(0x30)
        bytes.append(0x2E)
        digits(hundredths, width: 2)
    }

    /// Appends `number` (0 ≤ `number` < 10^`width`) in decimal with leading zeros to `width`.
    @inline(__always)
    private mutating func digits(_ number: Int, width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = number
        while divisor > 0 {
            bytes.append(0x30 + UInt8(truncatingIfNeeded: rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Whether `text` holds a byte that `Tree.quote` escapes or checks scalar by scalar.
    static func needsEscape(_ text: UnsafeBufferPointer<UInt8>) -> Bool { firstTrigger(text, from: 0) < text.count }

    /// The offset of the first byte from `start` on that `Tree.quote` escapes or checks scalar
    /// by scalar: a control, `"`, `\`, DEL, or one of the lead bytes C2, E2, EF (`text.count`
    /// when there is none).
    ///
    /// Eight bytes at a time, each of the seven tests exact for the word as a whole (a borrow
    /// only runs on from a byte that is itself a hit), so the lowest flagged byte of the first
    /// word with a hit is the answer. Testing the lead bytes themselves rather than any byte at
    /// or above 0x80 keeps accented words, in nearly every French sentence, off the slow path.
    static func firstTrigger(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = text.baseAddress else { return 0 }
        @inline(__always) func trigger(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == 0xEF
        }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        /// The high bit of each byte below `bound` (at most 0x80), or a borrow above one.
        @inline(__always) func below(_ bound: UInt64, _ word: UInt64) -> UInt64 { (word &- ones &* bound) & ~word & highs }
        @inline(__always) func equal(_ byte: UInt64, _ word: UInt64) -> UInt64 { below(1, word ^ (ones &* byte)) }
        var index = start
        let count = text.count
        while index + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            var hits = below(0x20, word) | equal(0x22, word) | equal(0x5C, word) | equal(0x7F, word)
            // The lead-byte tests only for a word with a byte at or above 0x80 (an accent, a
            // `’`): on a word of ASCII they find nothing, and most words of French are ASCII.
            if word & highs != 0 { hits |= equal(0xC2, word) | equal(0xE2, word) | equal(0xEF, word) }
            if hits != 0 { return index + hits.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < count {
            if trigger(text[index]) { return index }
            index += 1
        }
        return count
    }

    /// Whether `escape` writes `text` (valid UTF-8) as it is: none of its triggers is escaped.
    static func isVerbatim(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = firstTrigger(text, from: 0)
        while index < text.count {
            let found = trigger(at: index, in: text)
            if found.escaped { return false }
            index = firstTrigger(text, from: found.end)
        }
        return true
    }

    /// The scalar of the trigger at `index` of `text` (valid UTF-8): its value, the offset after
    /// it, and whether `Tree.quote` escapes it.
    @inline(__always)
    private static func trigger(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> (value: UInt32, end: Int, escaped: Bool) {
        let lead = text[index]
        // A trigger is ASCII or one of the lead bytes C2, E2, EF (never a continuation byte).
        let length = lead < 0x80 ? 1 : lead == 0xC2 ? 2 : 3
        let end = min(index + length, text.count)
        var value = UInt32(lead)
        if length > 1 {
            value &= length == 2 ? 0x1F : 0x0F
            for offset in index + 1..<end { value = value << 6 | UInt32(text[offset] & 0x3F) }
        }
        switch value {
        case 0..<0x20, 0x22, 0x5C, 0x7F, 0x85, 0x2028, 0x2029, 0xFEFF: return (value, end, true)
        default: return (value, end, false)
        }
    }

    /// Appends `text` (valid UTF-8) with the escapes of `Tree.quote`.
    ///
    /// Only the bytes `firstTrigger` finds are looked at one by one; the runs between them go
    /// out in one copy each. French text reaches here with many `’`, `«` and no-break spaces
    /// (lead bytes E2 and C2), which stay as they are.
    mutating func escape(_ text: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = Self.firstTrigger(text, from: 0)
        while index < text.count {
            let (value, end, escaped) = Self.trigger(at: index, in: text)
            guard escaped else {
                index = Self.firstTrigger(text, from: end)
                continue
            }
            let replacement: StaticString?
            switch value {
            case 0x22: replacement = "\\\""
            case 0x5C: replacement = "\\\\"
            case 0x0A: replacement = "\\n"
            case 0x0D: replacement = "\\r"
            case 0x09: replacement = "\\t"
            default: replacement = nil
            }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index])) }
            if let replacement {
                bytes.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            } else {
                let hex = String(value, radix: 16)
                put(text: "\\u" + String(repeating: "0", count: max(0, 4 - hex.utf8.count)) + hex)
            }
            runStart = end
            index = Self.firstTrigger(text, from: end)
        }
        if runStart < text.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...])) }
    }

    /// Appends `piece`'s UTF-8, as written (no escapes).
    @inline(__always)
    mutating func put(text piece: String) {
        Self.withBytes(piece) { bytes.append(contentsOf: $0) }
    }

    /// Appends a literal's UTF-8: its bytes are at hand, with no string to inspect.
    @inline(__always)
    mutating func put(_ piece: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: piece.utf8Start, count: piece.utf8CodeUnitCount))
    }

    /// "00" to "99": a number is written two digits at a time. (A literal, not a stored static:
    /// read with no one-time initialisation check.)
    private static var digitPairs: StaticString {
        """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """
    }

    /// Appends `number` in decimal, as `String(number)` writes it: its digits counted first (by
    /// comparisons), then written in place from the last, two at a time from `digitPairs` (a
    /// line number or a span's end, several per candidate: a division per digit, twice, was
    /// about 100 instructions a number).
    mutating func put(_ number: Int) {
        if number < 0 {
            guard number != .min else { return put(text: String(number)) }
            bytes.append(0x2D)
            return put(-number)
        }
        if number < 10 { return bytes.append(0x30 + UInt8(truncatingIfNeeded: number)) }
        var count = 2
        var bound = 100
        while count < 19 && number >= bound {
            count += 1
            bound &*= 10
        }
        let pairs = Self.digitPairs.utf8Start
        var rest = number
        bytes.append(count: count) { digits in
            var index = count
            while rest >= 100 {
                let pair = (rest % 100) &* 2
                rest /= 100
                index -= 2
                digits[index] = pairs[pair]
                digits[index + 1] = pairs[pair + 1]
            }
            if rest >= 10 {
                digits[index - 2] = pairs[rest &* 2]
                digits[index - 1] = pairs[rest &* 2 + 1]
            } else {
                digits[index - 1] = 0x30 + UInt8(truncatingIfNeeded: rest)
            }
        }
    }
}
