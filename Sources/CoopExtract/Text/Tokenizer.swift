/// A word, number or punctuation mark of a line, with its folded key and its place.
struct Token: Sendable {
    /// What the token is.
    enum Kind: UInt8, Sendable {
        case word, number, apostrophe, hyphen, punct
    }

    /// The folded text: lower case, no accents; `'` for any apostrophe, `-` for any dash.
    var key: String
    var kind: Kind
    /// Start offset in the line, in Unicode scalars.
    var start: Int
    /// End offset (exclusive) in the line, in Unicode scalars.
    var end: Int
    /// Start and end offsets in the line's UTF-8 bytes, to cut the text back out.
    var byteStart: Int
    var byteEnd: Int
    /// Whether the first letter is upper case.
    var capitalized: Bool
    /// Whether every letter is upper case (and there are at least two).
    var allCaps: Bool
}

/// The tokens of one line and its UTF-8 bytes, to cut original text back out of it.
struct TokenizedLine: Sendable {
    var tokens: [Token]
    var bytes: [UInt8]

    /// The original text between two byte offsets.
    func text(bytes start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The original text from token `first` through token `last`.
    func text(tokens first: Int, _ last: Int) -> String {
        text(bytes: tokens[first].byteStart, tokens[last].byteEnd)
    }
}

/// Splits a line into tokens: runs of letters, runs of digits, and single marks.
///
/// Works on the UTF-8 bytes with an ASCII fast path; offsets are kept both in bytes (to cut
/// text) and in Unicode scalars (the unit of evidence spans).
enum Tokenizer {
    /// Tokenizes `line`.
    /// - Complexity: O(n) in the number of bytes.
    static func tokenize(_ line: String) -> TokenizedLine {
        let bytes = Array(line.utf8)
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var key: [UInt8] = []
        key.reserveCapacity(64)
        var index = 0
        var scalarIndex = 0
        let count = bytes.count
        while index < count {
            let (scalar, length) = decode(bytes, index)
            let kind = Folding.classify(scalar)
            switch kind {
            case .space:
                index += length
                scalarIndex += 1
            case .letter:
                let start = index
                let startScalar = scalarIndex
                var upper = 0
                var letters = 0
                let capitalized = Folding.isUpper(scalar)
                key.removeAll(keepingCapacity: true)
                var current = scalar
                var currentLength = length
                while true {
                    if Folding.isUpper(current) { upper += 1 }
                    letters += 1
                    Folding.appendFolded(current, to: &key)
                    index += currentLength
                    scalarIndex += 1
                    guard index < count else { break }
                    (current, currentLength) = decode(bytes, index)
                    guard Folding.classify(current) == .letter else { break }
                }
                // "à" stays apart from the verb "a": the one is a connector, the other ends a name.
                let isGraveA = letters == 1 && (scalar == "à" || scalar == "À")
                tokens.append(Token(
                    key: isGraveA ? "à" : String(decoding: key, as: UTF8.self), kind: .word, start: startScalar,
                    end: scalarIndex, byteStart: start, byteEnd: index, capitalized: capitalized,
                    allCaps: letters >= 2 && upper == letters))
            case .digit:
                let start = index
                let startScalar = scalarIndex
                key.removeAll(keepingCapacity: true)
                var current = scalar
                var currentLength = length
                while true {
                    key.append(contentsOf: String(current).utf8)
                    index += currentLength
                    scalarIndex += 1
                    guard index < count else { break }
                    (current, currentLength) = decode(bytes, index)
                    guard Folding.classify(current) == .digit else { break }
                }
                tokens.append(Token(
                    key: String(decoding: key, as: UTF8.self), kind: .number, start: startScalar, end: scalarIndex,
                    byteStart: start, byteEnd: index, capitalized: false, allCaps: false))
            case .apostrophe, .hyphen, .other:
                let tokenKind: Token.Kind = kind == .apostrophe ? .apostrophe : kind == .hyphen ? .hyphen : .punct
                let text: String
                switch tokenKind {
                case .apostrophe: text = "'"
                case .hyphen: text = "-"
                default: text = String(scalar)
                }
                tokens.append(Token(
                    key: text, kind: tokenKind, start: scalarIndex, end: scalarIndex + 1, byteStart: index,
                    byteEnd: index + length, capitalized: false, allCaps: false))
                index += length
                scalarIndex += 1
            }
        }
        return TokenizedLine(tokens: tokens, bytes: bytes)
    }

    /// The scalar starting at byte `index` of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: [UInt8], _ index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
