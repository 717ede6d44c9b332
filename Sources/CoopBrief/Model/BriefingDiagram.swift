import Foundation

/// The briefing's diagram: one drawing as SVG (for Markdown and HTML) and PNG (for DOCX).
public struct BriefingDiagram: Hashable, Sendable {
    /// The SVG document, as Graphviz writes it.
    public let svg: Data
    /// The PNG image, rendered at ``BriefingDiagram/dotsPerInch``.
    public let png: Data
    /// A text description for readers who cannot see the image.
    public let altText: String
    /// The PNG's size in pixels, from its IHDR chunk.
    public let pixelSize: (width: Int, height: Int)

    /// The resolution the PNG is rendered at and laid out with in DOCX.
    public static let dotsPerInch = 200

    /// A diagram of these images; checks that `svg` holds an `<svg>` element and `png` is a PNG.
    public init(svg: Data, png: Data, altText: String) throws(BriefError) {
        guard let size = PNGHeader.pixelSize(of: png) else {
            throw .invalidDiagram("the PNG image has no PNG signature or IHDR chunk")
        }
        guard InlineSVG.element(of: svg) != nil else {
            throw .invalidDiagram("the SVG image has no <svg> … </svg> element")
        }
        self.svg = svg
        self.png = png
        self.altText = altText
        self.pixelSize = size
    }

    public static func == (lhs: BriefingDiagram, rhs: BriefingDiagram) -> Bool {
        lhs.svg == rhs.svg && lhs.png == rhs.png && lhs.altText == rhs.altText
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(svg)
        hasher.combine(png)
        hasher.combine(altText)
    }
}
