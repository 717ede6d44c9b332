/// A Graphviz layout engine; raw values are Graphviz's names.
public enum LayoutEngine: String, Sendable, Hashable, CaseIterable, Codable {
    /// Hierarchical layers, for directed graphs; draws clusters.
    case dot
    /// Spring model (stress majorisation).
    case neato
    /// Force-directed; draws clusters.
    case fdp
    /// Multiscale force-directed, for large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a root node.
    case twopi
    /// Clusters packed as nested boxes.
    case osage
    /// Squarified treemap of clusters.
    case patchwork
}
