/// A label whose kind is explicit: never guessed from the presence of `<`…`>`.
public enum Label: Sendable, Hashable {
    /// Text rendered literally: any Unicode, quotes, backslashes, `<`, `&`; `\n` breaks the line.
    case plain(String)
    /// An HTML-like label (tables, fonts, line breaks) built from escaped content.
    case html(HTMLLabel)
}

extension Label: ExpressibleByStringLiteral {
    /// A plain label from a string literal.
    public init(stringLiteral value: String) {
        self = .plain(value)
    }
}
