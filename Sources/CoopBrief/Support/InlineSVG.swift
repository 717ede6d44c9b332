import Foundation

/// The `<svg>` element of an SVG document, without its XML prolog, DOCTYPE and leading comments,
/// ready to sit inside an XHTML page.
enum InlineSVG {
    /// The text from the first `<svg` to the last `</svg>`, or nil when there is no such element.
    static func element(of svg: Data) -> String? {
        let text = String(decoding: svg, as: UTF8.self)
        guard let start = text.range(of: "<svg"), let end = text.range(of: "</svg>", options: .backwards),
            start.lowerBound < end.lowerBound
        else { return nil }
        return String(text[start.lowerBound..<end.upperBound])
    }
}
