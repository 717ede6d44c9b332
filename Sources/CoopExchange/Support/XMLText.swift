/// Escaping for XML 1.0 text and double-quoted attribute values.
enum XMLText {
    /// `text` escaped for element content or a double-quoted attribute.
    ///
    /// `&`, `<`, `>` and `"` become entities; tab, newline and carriage return become character
    /// references so that attribute normalisation keeps them. Characters XML 1.0 forbids
    /// (C0 controls, U+FFFE, U+FFFF) cannot be written at all and become U+FFFD.
    /// - Complexity: O(n) in the length of `text`.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsWork) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            default:
                if isAllowed(scalar) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result.unicodeScalars.append(replacement)
                }
            }
        }
        return result
    }

    /// The character written in place of one XML cannot carry.
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether XML 1.0 allows `scalar` in a document (surrogates never reach a Swift scalar).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "\t", "\n", "\r": return true
        default: return !isAllowed(scalar)
        }
    }
}
