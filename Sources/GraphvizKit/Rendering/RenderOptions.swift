/// Options applied to a graph just before layout.
public struct RenderOptions: Sendable, Hashable {
    /// Dots per inch for bitmap formats (Graphviz's default is 96); ignored for vector formats.
    public var dpi: Double?
    /// Whether the background is transparent (`bgcolor=transparent`).
    public var transparentBackground: Bool

    /// Options; the defaults change nothing.
    public init(dpi: Double? = nil, transparentBackground: Bool = false) {
        self.dpi = dpi
        self.transparentBackground = transparentBackground
    }
}
