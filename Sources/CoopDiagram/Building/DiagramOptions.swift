import CoopModel
import GraphvizKit

/// Everything besides the selection that decides how a diagram looks.
public struct DiagramOptions: Hashable, Sendable {
    /// The style table (shapes, colours, lines, fonts).
    public var style: StyleTable
    /// The language of labels, legend and tooltips.
    public var language: Language
    /// Grouping, direction and line options.
    public var presentation: Presentation
    /// The layout engine.
    public var engine: LayoutEngine
    /// The title drawn above the diagram.
    public var title: LocalizedText?
    /// The graph's name in DOT.
    public var name: String
    /// Fit the drawing to this width, in inches (scaled up or down).
    public var widthInches: Double?
    /// Dots per inch of bitmap output.
    public var dpi: Double?
    /// Whether the background is transparent.
    public var transparent: Bool
    /// Whether the legend is drawn.
    public var showsLegend: Bool

    /// Options with the given style and language; everything else at its default.
    public init(
        style: StyleTable, language: Language = .fr, presentation: Presentation = Presentation(),
        engine: LayoutEngine = .dot, title: LocalizedText? = nil, name: String = "coopgraph",
        widthInches: Double? = nil, dpi: Double? = nil, transparent: Bool = false, showsLegend: Bool = true
    ) {
        self.style = style
        self.language = language
        self.presentation = presentation
        self.engine = engine
        self.title = title
        self.name = name
        self.widthInches = widthInches
        self.dpi = dpi
        self.transparent = transparent
        self.showsLegend = showsLegend
    }

    /// The render options GraphvizKit applies before layout.
    var renderOptions: RenderOptions {
        RenderOptions(dpi: dpi, transparentBackground: transparent)
    }
}
