/// Little closed classes of folded words the relation rules test token by token.
///
/// Why: an array literal (`["la", "le", "les"].contains(key)`) was allocated and freed on every
/// call, and a `Set<String>` hashes the key with SipHash; these compare the key's length, then
/// the few small strings in place.
enum ClosedWords {
    /// "la", "le", "les", "l", "'".
    @inline(__always)
    static func isDefiniteArticle(_ key: String) -> Bool {
        guard key.utf8.count <= 3 else { return false }
        switch key {
        case "la", "le", "les", "l", "'": return true
        default: return false
        }
    }

    /// "de", "du", "des", "d".
    @inline(__always)
    static func isOf(_ key: String) -> Bool {
        guard key.utf8.count <= 3 else { return false }
        switch key {
        case "de", "du", "des", "d": return true
        default: return false
        }
    }

    /// "de", "d".
    @inline(__always)
    static func isDe(_ key: String) -> Bool { key == "de" || key == "d" }

    /// "ce", "cet", "cette", "ces".
    @inline(__always)
    static func isDemonstrative(_ key: String) -> Bool {
        guard key.utf8.count <= 5 else { return false }
        switch key {
        case "ce", "cet", "cette", "ces": return true
        default: return false
        }
    }

    /// A bullet opening a line: "-", "•", "*".
    @inline(__always)
    static func isBullet(_ key: String) -> Bool {
        guard key.utf8.count <= 3 else { return false }
        switch key {
        case "-", "•", "*": return true
        default: return false
        }
    }
}
