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
        return key == "la" || key == "le" || key == "les" || key == "l" || key == "'"
    }

    /// "de", "du", "des", "d".
    @inline(__always)
    static func isOf(_ key: String) -> Bool {
        guard key.utf8.count <= 3 else { return false }
        return key == "de" || key == "du" || key == "des" || key == "d"
    }

    /// "de", "d".
    @inline(__always)
    static func isDe(_ key: String) -> Bool { key == "de" || key == "d" }

    /// "ce", "cet", "cette", "ces".
    @inline(__always)
    static func isDemonstrative(_ key: String) -> Bool {
        guard key.utf8.count <= 5 else { return false }
        return key == "ce" || key == "cet" || key == "cette" || key == "ces"
    }

    /// A bullet opening a line: "-", "•", "*".
    @inline(__always)
    static func isBullet(_ key: String) -> Bool {
        guard key.utf8.count <= 3 else { return false }
        // ("•" is E2 80 A2: only a key opening with E2 can be it.)
        return key == "-" || key == "*" || key.utf8.first == 0xE2 && key == "•"
    }
}
