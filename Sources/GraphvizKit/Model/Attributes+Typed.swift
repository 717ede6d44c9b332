// Typed accessors for the attributes diagrams use most; everything else goes through the subscript.
extension Attributes {
    /// The `label`: plain text or HTML.
    public var label: Label? {
        get { self["label"]?.label }
        set { self["label"] = newValue.map(AttributeValue.init) }
    }

    /// The external label `xlabel`.
    public var xlabel: Label? {
        get { self["xlabel"]?.label }
        set { self["xlabel"] = newValue.map(AttributeValue.init) }
    }

    /// The `tooltip`, shown literally.
    public var tooltip: String? {
        get { self["tooltip"]?.string }
        set { self["tooltip"] = newValue.map(AttributeValue.text) }
    }

    /// The link target `href` (wins over `URL` in SVG).
    public var href: String? {
        get { self["href"]?.string }
        set { self["href"] = newValue.map(AttributeValue.url) }
    }

    /// The link target `URL`.
    public var url: String? {
        get { self["URL"]?.string }
        set { self["URL"] = newValue.map(AttributeValue.url) }
    }

    /// The node `shape`.
    public var shape: NodeShape? {
        get { self["shape"].map { NodeShape(rawValue: $0.string) } }
        set { self["shape"] = newValue.map { .raw($0.rawValue) } }
    }

    /// The drawing `color` (a name like `red`, `#rrggbb`, or a colour list).
    public var color: String? {
        get { self["color"]?.string }
        set { self["color"] = newValue.map(AttributeValue.raw) }
    }

    /// The `fillcolor`, used when the style includes `filled`.
    public var fillcolor: String? {
        get { self["fillcolor"]?.string }
        set { self["fillcolor"] = newValue.map(AttributeValue.raw) }
    }

    /// The text colour `fontcolor`.
    public var fontcolor: String? {
        get { self["fontcolor"]?.string }
        set { self["fontcolor"] = newValue.map(AttributeValue.raw) }
    }

    /// The background colour `bgcolor` (graphs and clusters); `transparent` is allowed.
    public var bgcolor: String? {
        get { self["bgcolor"]?.string }
        set { self["bgcolor"] = newValue.map(AttributeValue.raw) }
    }

    /// The `style` list, e.g. `[.filled, .rounded]`.
    public var style: [Style]? {
        get {
            self["style"].map { value in
                value.string.split(separator: ",").map { Style(rawValue: $0.trimmingSpaces) }
            }
        }
        set { self["style"] = newValue.map { .raw($0.map(\.rawValue).joined(separator: ",")) } }
    }

    /// The font family `fontname`, e.g. `DejaVu Sans`.
    public var fontname: String? {
        get { self["fontname"]?.string }
        set { self["fontname"] = newValue.map(AttributeValue.raw) }
    }

    /// The font size in points.
    public var fontsize: Double? {
        get { self["fontsize"].flatMap { Double($0.string) } }
        set { self["fontsize"] = newValue.map { .raw(graphvizNumber($0)) } }
    }

    /// The line width in points.
    public var penwidth: Double? {
        get { self["penwidth"].flatMap { Double($0.string) } }
        set { self["penwidth"] = newValue.map { .raw(graphvizNumber($0)) } }
    }

    /// The rank direction of `dot` layouts.
    public var rankdir: RankDirection? {
        get { self["rankdir"].flatMap { RankDirection(rawValue: $0.string) } }
        set { self["rankdir"] = newValue.map { .raw($0.rawValue) } }
    }

    /// The head arrow of edges.
    public var arrowhead: ArrowType? {
        get { self["arrowhead"].map { ArrowType(rawValue: $0.string) } }
        set { self["arrowhead"] = newValue.map { .raw($0.rawValue) } }
    }

    /// The tail arrow of edges (drawn when `dir` is `back` or `both`).
    public var arrowtail: ArrowType? {
        get { self["arrowtail"].map { ArrowType(rawValue: $0.string) } }
        set { self["arrowtail"] = newValue.map { .raw($0.rawValue) } }
    }

    /// How edges are drawn.
    public var splines: Splines? {
        get { self["splines"].flatMap { Splines(rawValue: $0.string) } }
        set { self["splines"] = newValue.map { .raw($0.rawValue) } }
    }

    /// How overlapping nodes are separated.
    public var overlap: Overlap? {
        get { self["overlap"].flatMap { Overlap(rawValue: $0.string) } }
        set { self["overlap"] = newValue.map { .raw($0.rawValue) } }
    }
}

/// A number as Graphviz reads it, without a trailing `.0` so output stays stable.
func graphvizNumber(_ value: Double) -> String {
    if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
