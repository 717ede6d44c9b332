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
        var value = value
        value.withUTF8 { text in
            bytes.append(0x22)
            // Most texts need no escape: one pass over the bytes, then one copy. (U+0085, U+2028,
            // U+2029 and U+FEFF start with the bytes C2 or E2/EF, so any of those sends the text
            // to the careful path, as in `Tree.quote`.)
            if Self.needsEscape(text) { escape(text) } else { bytes.append(contentsOf: text) }
            bytes.append(0x22)
        }
    }

    /// Appends `source.description` (`FILE:LINE`) double-quoted, without building that string
    /// for each of a candidate's up to 50 citations (the escapes are per scalar, so quoting the
    /// parts gives the bytes of quoting the whole).
    mutating func quote(_ source: SourceRef) {
        var document = source.document
        document.withUTF8 { text in
            bytes.append(0x22)
            if Self.needsEscape(text) { escape(text) } else { bytes.append(contentsOf: text) }
        }
        if let line = source.line {
            bytes.append(0x3A)
            put(line)
        }
        bytes.append(0x22)
    }

    /// Whether `text` holds a byte that `Tree.quote` escapes or checks scalar by scalar: a
    /// control, `"`, `\`, DEL, or one of the lead bytes C2, E2, EF.
    ///
    /// Eight bytes at a time, each of the seven tests exact for the word as a whole (a borrow
    /// only runs on from a byte that is itself a hit): the first word with a hit answers. Testing
    /// the lead bytes themselves rather than any byte at or above 0x80 keeps accented words, in
    /// nearly every French sentence, off the byte-by-byte path.
    static func needsEscape(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return false }
        @inline(__always) func trigger(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == 0xEF
        }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        /// The high bit of each byte below `bound` (at most 0x80), or a borrow above one.
        @inline(__always) func below(_ bound: UInt64, _ word: UInt64) -> UInt64 { (word &- ones &* bound) & ~word & highs }
        @inline(__always) func equal(_ byte: UInt64, _ word: UInt64) -> UInt64 { below(1, word ^ (ones &* byte)) }
        var index = 0
        let count = text.count
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let hits = below(0x20, word) | equal(0x22, word) | equal(0x5C, word) | equal(0x7F, word)
                | equal(0xC2, word) | equal(0xE2, word) | equal(0xEF, word)
            if hits != 0 { return true }
            index += 8
        }
        while index < count {
            if trigger(text[index]) { return true }
            index += 1
        }
        return false
    }

    /// Appends `text` (valid UTF-8) with the escapes of `Tree.quote`, scalar by scalar.
    ///
    /// The scalars left as they are go out in runs, one copy per run: French text sends most
    /// sentences here (any `’`, `«` or no-break space does), and copying scalar by scalar was
    /// most of the time spent on them.
    mutating func escape(_ text: UnsafeBufferPointer<UInt8>) {
        var index = 0
        var runStart = 0
        while index < text.count {
            let lead = text[index]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            let end = min(index + length, text.count)
            var value = UInt32(lead)
            if length > 1 {
                value &= length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07
                for offset in index + 1..<end { value = value << 6 | UInt32(text[offset] & 0x3F) }
            }
            let replacement: String?
            switch value {
            case 0x22: replacement = "\\\""
            case 0x5C: replacement = "\\\\"
            case 0x0A: replacement = "\\n"
            case 0x0D: replacement = "\\r"
            case 0x09: replacement = "\\t"
            case 0..<0x20, 0x7F, 0x85, 0x2028, 0x2029, 0xFEFF:
                let hex = String(value, radix: 16)
                replacement = "\\u" + String(repeating: "0", count: max(0, 4 - hex.utf8.count)) + hex
            default: replacement = nil
            }
            if let replacement {
                if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index])) }
                put(replacement)
                runStart = end
            }
            index = end
        }
        if runStart < text.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...])) }
    }

    /// Appends `piece`'s UTF-8.
    @inline(__always)
    mutating func put(_ piece: String) {
        var piece = piece
        piece.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends `number` in decimal, as `String(number)` writes it.
    mutating func put(_ number: Int) {
        if number < 0 {
            guard number != .min else { return put(String(number)) }
            bytes.append(0x2D)
            return put(-number)
        }
        if number < 10 { return bytes.append(0x30 + UInt8(number)) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = number
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                buffer[19 - count] = 0x30 + UInt8(rest % 10)
                rest /= 10
                count += 1
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(20 - count)...]))
        }
    }
}
