import Foundation

/// Folds a name for look-up: case, accents, apostrophes, dashes and spacing do not matter,
/// so "Algérie", "ALGERIE" and "algerie" share one key.
public enum NameKey {
    /// The look-up key of `text`.
    /// - Complexity: O(n) in the length of `text`.
    public static func make(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(text) }
        if let key = latinKey(text) { return key }
        var key = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark {
                continue
            }
            if properties.isAlphabetic || properties.numericType != nil {
                if pendingSpace && !key.isEmpty { key.append(" ") }
                pendingSpace = false
                switch scalar {
                case "œ": key.append(contentsOf: "oe".unicodeScalars)
                case "æ": key.append(contentsOf: "ae".unicodeScalars)
                case "ß": key.append(contentsOf: "ss".unicodeScalars)
                default: key.append(scalar)
                }
            } else {
                pendingSpace = true
            }
        }
        return String(key)
    }

    /// The key of a text of ASCII, French accented letters and the usual French marks (`’`, `«`,
    /// no-break spaces, dashes), folded from a table: the same key as the Unicode path (lower
    /// case, then each letter's canonical decomposition without its accent), which cost tens of
    /// thousands of instructions per name through Foundation. Nil for any other scalar.
    private static func latinKey(_ text: String) -> String? {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            // The folded letters, one or two ASCII bytes; (0, 0) for a separator.
            var folded: (UInt8, UInt8) = (0, 0)
            if value < 0x80 {
                let byte = UInt8(value)
                let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
                if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lower) {
                    folded.0 = lower
                }
            } else {
                switch value {
                case 0xC0...0xC5, 0xE0...0xE5: folded.0 = UInt8(ascii: "a")
                case 0xC6, 0xE6: folded = (UInt8(ascii: "a"), UInt8(ascii: "e"))
                case 0xC7, 0xE7: folded.0 = UInt8(ascii: "c")
                case 0xC8...0xCB, 0xE8...0xEB: folded.0 = UInt8(ascii: "e")
                case 0xCC...0xCF, 0xEC...0xEF: folded.0 = UInt8(ascii: "i")
                case 0xD1, 0xF1: folded.0 = UInt8(ascii: "n")
                case 0xD2...0xD6, 0xF2...0xF6: folded.0 = UInt8(ascii: "o")
                case 0xD9...0xDC, 0xF9...0xFC: folded.0 = UInt8(ascii: "u")
                case 0xDD, 0xFD, 0xFF: folded.0 = UInt8(ascii: "y")
                case 0x152, 0x153: folded = (UInt8(ascii: "o"), UInt8(ascii: "e"))
                // No-break spaces, guillemets, quotation marks, dashes, the ellipsis: separators.
                case 0xA0, 0xAB, 0xBB, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x202F: break
                default: return nil
                }
            }
            if folded.0 == 0 {
                pendingSpace = true
                continue
            }
            if pendingSpace && !key.isEmpty { key.append(UInt8(ascii: " ")) }
            pendingSpace = false
            key.append(folded.0)
            if folded.1 != 0 { key.append(folded.1) }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// The key of an all-ASCII text: the same folding without Unicode tables (letters and digits
    /// kept, lowercased; every run of other characters becomes one space between words).
    private static func asciiKey(_ text: String) -> String {
        // Written straight into the string's storage: the key is never longer than the text.
        String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var count = 0
            var pendingSpace = false
            for byte in text.utf8 {
                let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
                if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lower) {
                    if pendingSpace && count > 0 {
                        buffer[count] = UInt8(ascii: " ")
                        count += 1
                    }
                    pendingSpace = false
                    buffer[count] = lower
                    count += 1
                } else {
                    pendingSpace = true
                }
            }
            return count
        }
    }

    /// The edit distance between `a` and `b` by Unicode scalar: insertions, deletions,
    /// substitutions and swaps of two adjacent letters (the commonest typo) each count 1 (optimal
    /// string alignment); nil as soon as it must exceed `limit`. The one edit distance of coopgraph.
    /// - Complexity: O(|a|·|b|) time, O(|b|) space.
    public static func editDistance(_ a: String, _ b: String, limit: Int = .max) -> Int? {
        let left = Array(a.unicodeScalars)
        let right = Array(b.unicodeScalars)
        if abs(left.count - right.count) > limit { return nil }
        if left.isEmpty || right.isEmpty { return max(left.count, right.count) }
        var beforePrevious = [Int](repeating: 0, count: right.count + 1)
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            var rowBest = i
            for j in 1...right.count {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                var value = min(previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1)
                if i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1] {
                    value = min(value, beforePrevious[j - 2] + 1)
                }
                current[j] = value
                rowBest = min(rowBest, value)
            }
            if rowBest > limit { return nil }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[right.count] <= limit ? previous[right.count] : nil
    }
}
