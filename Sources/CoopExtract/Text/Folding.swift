/// Folds Unicode scalars the way the extractor compares words: lower case, no accents,
/// typographic apostrophes and dashes reduced to ASCII.
enum Folding {
    /// What a scalar is to the tokenizer.
    enum Class {
        case letter, digit, apostrophe, hyphen, space, other
    }

    /// The class of `scalar`.
    @inline(__always)
    static func classify(_ scalar: Unicode.Scalar) -> Class {
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
        switch value {
        case 0x2019, 0x2018, 0x02BC, 0x00B4, 0x2032: return .apostrophe
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: return .hyphen
        case 0x00A0, 0x202F, 0x2009, 0x2007, 0x2002, 0x2003, 0x200B, 0xFEFF: return .space
        default: break
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return .letter }
        if properties.numericType != nil { return .digit }
        if properties.isWhitespace { return .space }
        if properties.generalCategory == .nonspacingMark { return .letter }
        return .other
    }

    /// Appends the folded form of a letter, as UTF-8, to `key`.
    @inline(__always)
    static func appendFolded(_ scalar: Unicode.Scalar, to key: inout [UInt8]) {
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
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase
    }

    /// Folds a whole text: words separated by single spaces, apostrophes kept as `'`.
    static func fold(_ text: String) -> String {
        Tokenizer.tokenize(text).tokens.map(\.key).joined(separator: " ")
    }

    private static let latin: [UInt32: String] = {
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
