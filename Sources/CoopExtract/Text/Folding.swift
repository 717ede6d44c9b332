/// Folds Unicode scalars the way the extractor compares words: lower case, no accents,
/// typographic apostrophes and dashes reduced to ASCII.
enum Folding {
    /// What a scalar is to the tokenizer.
    enum Class: UInt8 {
        case letter, digit, apostrophe, hyphen, space, other
    }

    /// The class of `scalar`.
    @inline(__always)
    static func classify(_ scalar: Unicode.Scalar) -> Class {
        scalar.value < ScalarTable.limit ? table.classify(scalar) : classifyUncached(scalar)
    }

    /// The class of `scalar`, from its Unicode properties (what `table` holds for the first scalars).
    static func classifyUncached(_ scalar: Unicode.Scalar) -> Class {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x61...0x7A, 0x41...0x5A: return .letter
            case 0x30...0x39: return .digit
            case 0x27, 0x60: return .apostrophe
            case 0x2D: return .hyphen
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return .space
            default: return .other
            }
        }
        if let mark = markClass(value) { return mark }
        let properties = scalar.properties
        if properties.isAlphabetic { return .letter }
        if properties.numericType != nil { return .digit }
        if properties.isWhitespace { return .space }
        if properties.generalCategory == .nonspacingMark { return .letter }
        return .other
    }

    /// The class of the typographic apostrophes, dashes and spaces above ASCII, which the
    /// Unicode properties would class otherwise; nil for any other scalar.
    @inline(__always)
    static func markClass(_ value: UInt32) -> Class? {
        switch value {
        case 0x2019, 0x2018, 0x02BC, 0x00B4, 0x2032: return .apostrophe
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: return .hyphen
        case 0x00A0, 0x202F, 0x2009, 0x2007, 0x2002, 0x2003, 0x200B, 0xFEFF: return .space
        default: return nil
        }
    }

    /// Appends the folded form of a letter, as UTF-8, to `key`.
    @inline(__always)
    static func appendFolded(_ scalar: Unicode.Scalar, to key: inout [UInt8]) {
        if scalar.value < ScalarTable.limit { table.appendFolded(scalar, to: &key) } else { appendFoldedUncached(scalar, to: &key) }
    }

    /// Appends the folded form of a letter from its Unicode properties.
    static func appendFoldedUncached(_ scalar: Unicode.Scalar, to key: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            key.append(UInt8(value >= 0x41 && value <= 0x5A ? value + 32 : value))
            return
        }
        if let folded = latin[value] {
            key.append(contentsOf: folded.utf8)
            return
        }
        if scalar.properties.generalCategory == .nonspacingMark { return }
        let lowered = String(scalar).lowercased().decomposedStringWithCanonicalMapping
        for part in lowered.unicodeScalars where part.properties.generalCategory != .nonspacingMark {
            key.append(contentsOf: String(part).utf8)
        }
    }

    /// Whether `scalar` is an upper-case letter.
    @inline(__always)
    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < ScalarTable.limit ? table.isUpper(scalar) : isUpperUncached(scalar)
    }

    /// Whether `scalar` is an upper-case letter, from its Unicode properties.
    static func isUpperUncached(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase
    }

    /// Folds a whole text: words separated by single spaces, apostrophes kept as `'`.
    static func fold(_ text: String) -> String {
        Tokenizer.tokenize(text).tokens.map(\.key).joined(separator: " ")
    }

    /// Class, case and folded form of the scalars below `ScalarTable.limit`, worked out once.
    static let table = ScalarTable()

    fileprivate static let latin: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåÀÁÂÃÄÅāĀ", "a"), ("çÇćĆčČ", "c"), ("èéêëÈÉÊËēĒęĘěĚ", "e"), ("ìíîïÌÍÎÏīĪ", "i"),
            ("ñÑńŃ", "n"), ("òóôõöøÒÓÔÕÖØōŌ", "o"), ("ùúûüÙÚÛÜūŪ", "u"), ("ýÿÝŸ", "y"),
            ("œŒ", "oe"), ("æÆ", "ae"), ("ß", "ss"), ("šŠ", "s"), ("žŽ", "z"), ("ğĞ", "g"),
            ("ıİ", "i"), ("şŞ", "s"), ("łŁ", "l"),
        ]
        for (letters, folded) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = folded }
        }
        return table
    }()
}

/// What `Folding` says of each scalar below U+0370 (ASCII, Latin-1, Latin Extended A and B, IPA,
/// combining accents), computed once from the uncached functions so both always agree.
///
/// Why: French text is mostly such scalars, and the Unicode property look-ups and the dictionary
/// of Latin letters were a tenth of the tokenizer's time.
struct ScalarTable: Sendable {
    static let limit: UInt32 = 0x370

    /// Bits 0–2: the class; bit 7: upper case.
    private let info: [UInt8]
    /// The folded UTF-8 of scalar `v` is `pool[foldStart[v]..<foldStart[v + 1]]`.
    private let foldStart: [UInt16]
    private let pool: [UInt8]

    init() {
        var info: [UInt8] = []
        var foldStart: [UInt16] = [0]
        var pool: [UInt8] = []
        for value in 0..<Self.limit {
            guard let scalar = Unicode.Scalar(value) else {
                info.append(Folding.Class.other.rawValue)
                foldStart.append(UInt16(pool.count))
                continue
            }
            let upper: UInt8 = Folding.isUpperUncached(scalar) ? 0x80 : 0
            info.append(Folding.classifyUncached(scalar).rawValue | upper)
            Folding.appendFoldedUncached(scalar, to: &pool)
            foldStart.append(UInt16(pool.count))
        }
        self.info = info
        self.foldStart = foldStart
        self.pool = pool
    }

    /// The class of a scalar below `limit`.
    @inline(__always)
    func classify(_ scalar: Unicode.Scalar) -> Folding.Class {
        Folding.Class(rawValue: info[Int(scalar.value)] & 0x07) ?? .other
    }

    /// Whether a scalar below `limit` is upper case.
    @inline(__always)
    func isUpper(_ scalar: Unicode.Scalar) -> Bool { info[Int(scalar.value)] & 0x80 != 0 }

    /// Appends the folded form of a scalar below `limit`.
    @inline(__always)
    func appendFolded(_ scalar: Unicode.Scalar, to key: inout [UInt8]) {
        let value = Int(scalar.value)
        let start = Int(foldStart[value])
        let end = Int(foldStart[value + 1])
        if end - start == 1 {
            key.append(pool[start])
        } else if end > start {
            key.append(contentsOf: pool[start..<end])
        }
    }
}
