import CoopModel
import GraphvizKit

/// A diagram described in a file of `Graphs/`: what part of the graph to show, how to group
/// and lay it out, and which files to write.
public struct ViewDefinition: Hashable, Sendable {
    /// The file's base name (`01-network`); output files take it too.
    public var name: String
    /// The title drawn above the diagram, per language.
    public var title: LocalizedText?
    /// Which entities and relations to show.
    public var selection: Selection
    /// How the selection is grouped and drawn.
    public var presentation: Presentation
    /// The layout engine.
    public var engine: LayoutEngine
    /// The output formats written beside the view file.
    public var formats: [DiagramFormat]

    /// A view with default presentation, drawn by `dot` to SVG and PNG.
    public init(
        name: String, title: LocalizedText? = nil, selection: Selection = Selection(),
        presentation: Presentation = Presentation(), engine: LayoutEngine = .dot, formats: [DiagramFormat] = [.svg, .png]
    ) {
        self.name = name
        self.title = title
        self.selection = selection
        self.presentation = presentation
        self.engine = engine
        self.formats = formats
    }
}

/// Which part of the knowledge graph a diagram shows.
public struct Selection: Hashable, Sendable {
    /// Where the selection starts.
    public enum Scope: Hashable, Sendable {
        /// Every entity.
        case whole
        /// An entity and everything within `depth` relations of it.
        case ego(EntityID, depth: Int)
        /// What covers a sector or one of its sub-sectors, with the actors around it.
        case sector(EntityID)
        /// Two countries, their institutions, and what links one side to the other.
        case pair(EntityID, EntityID)
        /// The institutions of `types` under these countries' authority, and their partners within `depth`.
        case members(of: [EntityID], types: [NodeType], depth: Int)
    }

    /// Where the selection starts.
    public var scope: Scope
    /// The node types to keep; nil keeps all.
    public var nodeTypes: Set<NodeType>?
    /// The relation types to keep; nil keeps all.
    public var relationTypes: Set<RelationType>?
    /// Keeps the facts valid as of a date or overlapping a window (CoopModel's one definition).
    public var time: TimeFilter
    /// Whether nodes left without any relation are dropped (the scope's anchors stay).
    public var pruneIsolated: Bool

    /// A selection; the defaults keep the whole graph, without isolated nodes.
    public init(
        scope: Scope = .whole, nodeTypes: Set<NodeType>? = nil, relationTypes: Set<RelationType>? = nil,
        time: TimeFilter = .none, pruneIsolated: Bool = true
    ) {
        self.scope = scope
        self.nodeTypes = nodeTypes
        self.relationTypes = relationTypes
        self.time = time
        self.pruneIsolated = pruneIsolated
    }
}

/// How a selection is grouped and laid out.
public struct Presentation: Hashable, Sendable {
    /// How nodes are gathered into framed clusters.
    public enum Grouping: String, Hashable, Sendable, CaseIterable {
        /// No clusters.
        case none
        /// Agreements, programmes, events and joint bodies by the broad sector they cover;
        /// sector nodes and `covers` lines are left out, since the frames say it.
        case sector
        /// The partners of the central entity by the area of their cooperation (`area`);
        /// a partner in several areas appears once in each.
        case area
        /// Dated entities by year, in time order (a timeline).
        case year
        /// Institutions by the country whose authority they are under.
        case country
    }

    /// How nodes are gathered into clusters.
    public var grouping: Grouping
    /// Graphviz `rankdir` for `dot` (`LR`, `TB`, …); flipped to right-to-left for Arabic when `LR`.
    public var rankdir: String?
    /// Two countries whose sides are drawn apart: the first's on the left (top), the second's on the right (bottom).
    public var sides: Sides?
    /// Whether parallel relations of one type between the same two nodes are drawn as one line.
    public var mergesParallel: Bool
    /// Whether relation lines carry their short type label (the legend explains line styles anyway).
    public var labelsRelations: Bool
    /// Extra graph attributes for the layout engine, by Graphviz name, applied last.
    public var graphAttributes: [RawAttribute]
    /// A factor on every line's width (below 1: thinner lines for crowded diagrams).
    public var lineScale: Double

    /// A presentation without clusters, merging parallel lines, without relation labels.
    public init(
        grouping: Grouping = .none, rankdir: String? = nil, sides: Sides? = nil,
        mergesParallel: Bool = true, labelsRelations: Bool = false, graphAttributes: [RawAttribute] = [],
        lineScale: Double = 1
    ) {
        self.grouping = grouping
        self.rankdir = rankdir
        self.sides = sides
        self.mergesParallel = mergesParallel
        self.labelsRelations = labelsRelations
        self.graphAttributes = graphAttributes
        self.lineScale = lineScale
    }
}

/// Two countries whose sides are drawn apart.
public struct Sides: Hashable, Sendable {
    /// The country drawn first (left in `LR`, top in `TB`).
    public var first: EntityID
    /// The country drawn last.
    public var second: EntityID

    /// Sides for `first` and `second`.
    public init(_ first: EntityID, _ second: EntityID) {
        self.first = first
        self.second = second
    }
}

/// A Graphviz attribute given by name, passed unchanged.
public struct RawAttribute: Hashable, Sendable {
    /// Graphviz's attribute name.
    public var name: String
    /// Its value.
    public var value: String

    /// The attribute `name=value`.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A file format a diagram is written in.
public enum DiagramFormat: String, Hashable, Sendable, CaseIterable {
    case svg, png, pdf
    /// The DOT text coopgraph hands to Graphviz, before layout.
    case dot

    /// The format named by a file's extension, if any.
    public init?(fileExtension: String) {
        self.init(rawValue: fileExtension.lowercased())
    }
}
