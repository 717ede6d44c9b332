import Foundation

// The one place that decides how a Swift string reaches Graphviz; the C builder and the DOT
// writer both go through it so a render and its DOT text always agree.

/// Text that Graphviz's label processing gives back literally: backslashes doubled (else `\N`,
/// `\n`, `\l` act and `C:\Net` loses letters), line breaks as `\n` (centred), and `&` as `&amp;`
/// (else `&lt;` written literally would show as `<`).
func escapedLiteralText(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    var previousWasCR = false
    for scalar in text.unicodeScalars {
        defer { previousWasCR = scalar == "\r" }
        switch scalar {
        case "\\": result += "\\\\"
        case "&": result += "&amp;"
        case "\r": result += "\\n"
        case "\n": if !previousWasCR { result += "\\n" }
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result
}

/// Text made safe inside XML character data and attribute values.
func xmlEscaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result
}

/// Text inside an HTML-like label: XML-escaped, and backslashes doubled because Graphviz
/// still expands `\N`, `\G`… there (observed: `C:\Net` rendered as "C:net" for node `n`).
func escapedHTMLText(_ text: String) -> String {
    xmlEscaped(text).replacingOccurrences(of: "\\", with: "\\\\")
}

extension AttributeValue {
    /// The string handed to Graphviz (for HTML: the markup without the outer `< >`).
    var graphvizString: String {
        switch self {
        case .raw(let value): value
        case .text(let text): escapedLiteralText(text)
        case .html(let html): html.markup
        case .url(let url): xmlEscaped(url)
        }
    }

    /// Whether the string must be registered with `agstrdup_html`.
    var isHTML: Bool {
        if case .html = self { return true }
        return false
    }
}
