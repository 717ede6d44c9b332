import Foundation

/// Folds a name for look-up: case, accents, apostrophes, dashes and spacing do not matter,
/// so "Algérie", "ALGERIE" and "algerie" share one key.
public enum NameKey {
    /// The look-up key of `text`.
    /// - Complexity: O(n) in the length of `text`.
    public static func make(_ text: String) -> String {
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
}
