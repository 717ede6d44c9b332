/// Little closed classes of folded words the relation rules test token by token.
///
/// Why: an array literal (`["la", "le", "les"].contains(key)`) was allocated and freed on every
/// call, and a `Set<String>` hashes the key with SipHash; these compare the key's length, then
/// only the words of that length (two different strings compared cost a call into the standard
/// library, `Sentence.same`).
enum ClosedWords {
    /// "la", "le", "les", "l", "'".
    @inline(__always)
    static func isDefiniteArticle(_ key: String) -> Bool {
        switch key.utf8.count {
        case 1: return key == "l" || key == "'"
        case 2: return key == "la" || key == "le"
        case 3: return key == "les"
        default: return false
        }
    }

    /// "de", "du", "des", "d".
    @inline(__always)
    static func isOf(_ key: String) -> Bool {
        switch key.utf8.count {
        case 1: return key == "d"
        case 2: return key == "de" || key == "du"
        case 3: return key == "des"
        default: return false
        }
    }

    /// "de", "d".
    @inline(__always)
    static func isDe(_ key: String) -> Bool {
        switch key.utf8.count {
        case 1: return key == "d"
        case 2: return key == "de"
        default: return false
        }
    }

    /// "ce", "cet", "cette", "ces".
    @inline(__always)
    static func isDemonstrative(_ key: String) -> Bool {
        switch key.utf8.count {
        case 2: return key == "ce"
        case 3: return key == "cet" || key == "ces"
        case 5: return key == "cette"
        default: return false
        }
    }

    /// A bullet opening a line: "-", "•", "*".
    @inline(__always)
    static func isBullet(_ key: String) -> Bool {
        guard key.utf8.count <= 3 else { return false }
        // ("•" is E2 80 A2: only a key opening with E2 can be it.)
        return key == "-" || key == "*" || key.utf8.first == 0xE2 && key == "•"
    }
}
