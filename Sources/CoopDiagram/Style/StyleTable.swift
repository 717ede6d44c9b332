import CoopModel

/// The one style table of every diagram: how each node type and relation type is drawn, the
/// palette the colours come from, the fonts, and how large graphs are thinned. Loaded from
/// `Data/style.yaml`; a user file can override any part of it.
public struct StyleTable: Hashable, Sendable {
    /// How nodes of one type are drawn.
    public struct NodeStyle: Hashable, Sendable {
        /// Graphviz shape name (`box`, `ellipse`, `note`, …).
        public var shape: String
        /// Fill colour, `#rrggbb`.
        public var fill: String
        /// Text colour, `#rrggbb`.
        public var text: String
        /// Border colour, `#rrggbb`.
        public var border: String
        /// Extra Graphviz styles besides `filled` (`rounded`, `dashed`, …).
        public var styles: [String]
        /// Whether the label is the acronym, when the entity has one.
        public var prefersAcronym: Bool
        /// A glyph that looks like the shape, shown in the legend.
        public var glyph: String
    }

    /// How relations of one type are drawn.
    public struct RelationStyle: Hashable, Sendable {
        /// Line colour, `#rrggbb`.
        public var color: String
        /// Line kind.
        public var line: LineKind
        /// Graphviz arrow name at the head; `none` for symmetric relations.
        public var arrow: String
        /// Line width in points.
        public var width: Double
    }

    /// A line kind, with Graphviz's style names.
    public enum LineKind: String, Hashable, Sendable, CaseIterable {
        case solid, dashed, dotted, bold
    }

    /// Fonts for labels, the legend and the title.
    public struct Fonts: Hashable, Sendable {
        /// Font family; it must cover Arabic for `--lang ar` (DejaVu Sans does).
        public var family: String
        /// Node label size in points.
        public var size: Double
        /// Legend and edge label size in points.
        public var smallSize: Double
        /// Title size in points.
        public var titleSize: Double
    }

    /// How graphs over `threshold` nodes are drawn: small labelled hubs, unlabelled dots elsewhere.
    public struct LargeGraph: Hashable, Sendable {
        /// Above this many nodes a graph is drawn as a large graph.
        public var threshold: Int
        /// Nodes with at least this degree keep their label.
        public var labelDegree: Int
        /// Diameter of unlabelled nodes, in inches.
        public var dotSize: Double
    }

    /// The named colours, `name → #rrggbb`.
    public var palette: [String: String]
    /// Node styles by type.
    public var nodes: [NodeType: NodeStyle]
    /// Relation styles by type.
    public var relations: [RelationType: RelationStyle]
    /// Fonts.
    public var fonts: Fonts
    /// Large-graph settings.
    public var largeGraph: LargeGraph
    /// Graph background colour.
    public var background: String
    /// Cluster frame and label colour.
    public var clusterColor: String

    /// The style of nodes of `type`; a neutral grey box for a type the table does not name.
    /// - Complexity: O(1) on average.
    public func style(of type: NodeType) -> NodeStyle {
        nodes[type] ?? NodeStyle(
            shape: "box", fill: "#DDDDDD", text: "#000000", border: "#555555", styles: [], prefersAcronym: false, glyph: "■")
    }

    /// The style of relations of `type`; a thin grey line for a type the table does not name.
    /// - Complexity: O(1) on average.
    public func style(of type: RelationType) -> RelationStyle {
        relations[type] ?? RelationStyle(color: "#777777", line: .solid, arrow: "normal", width: 1)
    }

    /// A table with no types, the fonts Arabic needs, and the default large-graph settings.
    public static let empty = StyleTable(
        palette: [:], nodes: [:], relations: [:],
        fonts: Fonts(family: "DejaVu Sans", size: 11, smallSize: 9, titleSize: 16),
        largeGraph: LargeGraph(threshold: 400, labelDegree: 25, dotSize: 0.08),
        background: "#FFFFFF", clusterColor: "#666666")
}
