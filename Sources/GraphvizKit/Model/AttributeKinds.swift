/// A node shape by Graphviz's name; any name Graphviz accepts can be spelled with `init(rawValue:)`.
public struct NodeShape: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral {
    /// Graphviz's name of the shape.
    public let rawValue: String
    /// A shape with Graphviz's name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// A shape from a literal name.
    public init(stringLiteral value: String) { self.rawValue = value }

    public static let box: Self = "box"
    public static let rect: Self = "rect"
    public static let ellipse: Self = "ellipse"
    public static let circle: Self = "circle"
    public static let doublecircle: Self = "doublecircle"
    public static let point: Self = "point"
    public static let plaintext: Self = "plaintext"
    public static let plain: Self = "plain"
    public static let none: Self = "none"
    public static let diamond: Self = "diamond"
    public static let hexagon: Self = "hexagon"
    public static let octagon: Self = "octagon"
    public static let note: Self = "note"
    public static let tab: Self = "tab"
    public static let folder: Self = "folder"
    public static let cylinder: Self = "cylinder"
    public static let record: Self = "record"
    public static let mrecord: Self = "Mrecord"
}

/// An arrow shape by Graphviz's name (`normal`, `vee`, `odot`, combinations like `lteeoldiamond`).
public struct ArrowType: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral {
    /// Graphviz's name of the arrow.
    public let rawValue: String
    /// An arrow with Graphviz's name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// An arrow from a literal name.
    public init(stringLiteral value: String) { self.rawValue = value }

    public static let normal: Self = "normal"
    public static let vee: Self = "vee"
    public static let dot: Self = "dot"
    public static let odot: Self = "odot"
    public static let diamond: Self = "diamond"
    public static let odiamond: Self = "odiamond"
    public static let tee: Self = "tee"
    public static let box: Self = "box"
    public static let inv: Self = "inv"
    public static let empty: Self = "empty"
    public static let none: Self = "none"
}

/// One drawing style; several combine into Graphviz's comma-separated `style` list.
public struct Style: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral {
    /// Graphviz's name of the style.
    public let rawValue: String
    /// A style with Graphviz's name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// A style from a literal name.
    public init(stringLiteral value: String) { self.rawValue = value }

    public static let filled: Self = "filled"
    public static let rounded: Self = "rounded"
    public static let dashed: Self = "dashed"
    public static let dotted: Self = "dotted"
    public static let solid: Self = "solid"
    public static let bold: Self = "bold"
    public static let invis: Self = "invis"
    public static let diagonals: Self = "diagonals"
    public static let striped: Self = "striped"
    public static let wedged: Self = "wedged"
}

/// The direction of rank layout in `dot`.
public enum RankDirection: String, Sendable, Hashable, CaseIterable {
    case topToBottom = "TB"
    case leftToRight = "LR"
    case bottomToTop = "BT"
    case rightToLeft = "RL"
}

/// How edges are drawn.
public enum Splines: String, Sendable, Hashable, CaseIterable {
    case none
    case line
    case polyline
    case curved
    case ortho
    case spline
}

/// How node overlaps are removed by neato, fdp and sfdp.
public enum Overlap: String, Sendable, Hashable, CaseIterable {
    /// Overlaps are kept.
    case keep = "true"
    /// Voronoi-based removal (`false`).
    case remove = "false"
    case scale
    case prism
    case compress
    case ortho
    case vpsc
}
