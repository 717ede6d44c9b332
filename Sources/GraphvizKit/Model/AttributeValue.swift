/// The value of one Graphviz attribute, tagged with how it must be passed to Graphviz.
public enum AttributeValue: Sendable, Hashable {
    /// A value passed to Graphviz unchanged: colours, shapes, numbers, escape sequences you mean.
    case raw(String)
    /// Literal text shown as written; Graphviz's escapes (`\N`, `\l`, `&amp;`…) are neutralised
    /// and a newline becomes a centred line break.
    case text(String)
    /// An HTML-like label built from escaped content.
    case html(HTMLLabel)
    /// A link target (`href`, `URL`); XML-escaped because Graphviz 2.42 writes it raw into SVG.
    case url(String)
}

extension AttributeValue: ExpressibleByStringLiteral {
    /// A raw value from a string literal, e.g. `"red"` or `"box"`.
    public init(stringLiteral value: String) {
        self = .raw(value)
    }
}

extension AttributeValue {
    /// The value from a label.
    public init(_ label: Label) {
        switch label {
        case .plain(let text): self = .text(text)
        case .html(let html): self = .html(html)
        }
    }

    /// The label this value denotes, when it is text or HTML.
    var label: Label? {
        switch self {
        case .text(let text): .plain(text)
        case .html(let html): .html(html)
        case .raw, .url: nil
        }
    }

    /// The string as the user gave it, whatever the kind.
    var string: String {
        switch self {
        case .raw(let value), .text(let value), .url(let value): value
        case .html(let html): html.markup
        }
    }
}
