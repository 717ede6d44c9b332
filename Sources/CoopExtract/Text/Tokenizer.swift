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
    /// Whether the first letter is upper case.
    var capitalized: Bool
    /// Whether every letter is upper case (and there are at least two).
    var allCaps: Bool
    /// Whether a space (or the line start) comes before the token.
    var spaceBefore: Bool
}

/// The tokens of one line and its scalars, to cut original text back out of it.
struct TokenizedLine: Sendable {
    var tokens: [Token]
    var scalars: [Unicode.Scalar]

    /// The original text between two scalar offsets.
    func text(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[max(0, start)..<min(end, scalars.count)])
        return String(view)
    }

    /// The original text from token `first` through token `last`.
    func text(tokens first: Int, _ last: Int) -> String {
        text(tokens[first].start, tokens[last].end)
    }
}

/// Splits a line into tokens: runs of letters, runs of digits, and single marks.
enum Tokenizer {
    /// Tokenizes `line`.
    /// - Complexity: O(n) in the number of scalars.
    static func tokenize(_ line: String) -> TokenizedLine {
        let scalars = Array(line.unicodeScalars)
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        var spaceBefore = true
        while index < scalars.count {
            let scalar = scalars[index]
            let kind = Folding.classify(scalar)
            switch kind {
            case .space:
                spaceBefore = true
                index += 1
                continue
            case .letter:
                let start = index
                var key = String.UnicodeScalarView()
                var upper = 0
                var letters = 0
                while index < scalars.count, Folding.classify(scalars[index]) == .letter {
                    let current = scalars[index]
                    if Folding.isUpper(current) { upper += 1 }
                    letters += 1
                    Folding.appendFolded(current, to: &key)
                    index += 1
                }
                // "à" stays apart from the verb "a": the one is a connector, the other ends a name.
                let isGraveA = index - start == 1 && (scalars[start] == "à" || scalars[start] == "À")
                tokens.append(Token(
                    key: isGraveA ? "à" : String(key), kind: .word, start: start, end: index,
                    capitalized: Folding.isUpper(scalars[start]), allCaps: letters >= 2 && upper == letters,
                    spaceBefore: spaceBefore))
            case .digit:
                let start = index
                var key = String.UnicodeScalarView()
                while index < scalars.count, Folding.classify(scalars[index]) == .digit {
                    key.append(scalars[index])
                    index += 1
                }
                tokens.append(Token(
                    key: String(key), kind: .number, start: start, end: index, capitalized: false,
                    allCaps: false, spaceBefore: spaceBefore))
            case .apostrophe, .hyphen, .other:
                let tokenKind: Token.Kind = kind == .apostrophe ? .apostrophe : kind == .hyphen ? .hyphen : .punct
                let key: String
                switch tokenKind {
                case .apostrophe: key = "'"
                case .hyphen: key = "-"
                default: key = String(scalar)
                }
                tokens.append(Token(
                    key: key, kind: tokenKind, start: index, end: index + 1, capitalized: false,
                    allCaps: false, spaceBefore: spaceBefore))
                index += 1
            }
            spaceBefore = false
        }
        return TokenizedLine(tokens: tokens, scalars: scalars)
    }
}
