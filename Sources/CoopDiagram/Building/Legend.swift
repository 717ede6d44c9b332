import CoopModel
import GraphvizKit

/// The legend: one HTML-table node generated from the style table, listing only the node types
/// and relation types the diagram shows, in the diagram's language.
enum Legend {
    /// The node name of the legend, also its SVG id.
    static let nodeName = "legend"
    /// The cluster holding the legend.
    static let clusterName = "cluster_legend"

    /// The legend cluster for `nodeTypes` and `relationTypes`.
    static func cluster(
        nodeTypes: [NodeType], relationTypes: [RelationType], style: StyleTable, text: LabelText
    ) -> (cluster: Cluster, node: Node) {
        let small = style.fonts.smallSize
        let rightToLeft = text.language == .ar
        var rows: [HTMLLabel.Row] = [
            HTMLLabel.Row([HTMLLabel.Cell(text: Wording.legend.text(text.language), style: .init(bold: true, pointSize: small + 2))
                .spanning(2)])
        ]
        if !nodeTypes.isEmpty {
            rows.append(header(Wording.nodeTypes.text(text.language), small, rightToLeft))
            for type in nodeTypes {
                let node = style.style(of: type)
                var swatch = HTMLLabel.Cell(text: " " + node.glyph + " ", style: .init(pointSize: small, color: node.text))
                swatch.backgroundColor = node.fill
                rows.append(row(swatch, text.typeName(type), small, rightToLeft))
            }
        }
        if !relationTypes.isEmpty {
            rows.append(header(Wording.relationTypes.text(text.language), small, rightToLeft))
            for type in relationTypes {
                let line = style.style(of: type)
                let sample = HTMLLabel.Cell(
                    text: sample(line, rightToLeft: rightToLeft), style: .init(bold: line.line == .bold, pointSize: small, color: line.color))
                rows.append(row(sample, text.relationName(type), small, rightToLeft))
            }
        }
        let table = HTMLLabel.Table(rows: rows, border: 0, cellBorder: 0, cellSpacing: 2, cellPadding: 2)
        var attributes = Attributes()
        attributes.shape = .plaintext
        attributes.label = .html(HTMLLabel(table: table))
        attributes["id"] = .raw(nodeName)
        attributes.tooltip = Wording.legend.text(text.language)
        attributes.style = []
        var cluster = Cluster(clusterName)
        cluster.attributes.label = .plain("")
        cluster.attributes.color = style.clusterColor
        cluster.attributes.style = [.rounded]
        cluster.attributes["id"] = .raw(clusterName)
        cluster.addNode(nodeName)
        return (cluster, Node(nodeName, attributes: attributes))
    }

    private static func header(_ title: String, _ size: Double, _ rightToLeft: Bool) -> HTMLLabel.Row {
        var cell = HTMLLabel.Cell(text: title, style: .init(italic: true, pointSize: size))
        cell.columnSpan = 2
        cell.alignment = rightToLeft ? .right : .left
        return HTMLLabel.Row([cell])
    }

    /// A sample and its name; right to left (Arabic), the sample comes first on the right.
    private static func row(_ sample: HTMLLabel.Cell, _ title: String, _ size: Double, _ rightToLeft: Bool) -> HTMLLabel.Row {
        var name = HTMLLabel.Cell(text: title, style: .init(pointSize: size))
        name.alignment = rightToLeft ? .right : .left
        return HTMLLabel.Row(rightToLeft ? [name, sample] : [sample, name])
    }

    /// A line drawn in text: its kind, then an arrow head when the relation has a direction;
    /// right to left, the head points left.
    static func sample(_ style: StyleTable.RelationStyle, rightToLeft: Bool = false) -> String {
        let body = switch style.line {
        case .solid: "────"
        case .bold: "━━━━"
        case .dashed: "╌╌╌╌"
        case .dotted: "┄┄┄┄"
        }
        if rightToLeft { return (style.arrow == "none" ? "─" : "◀") + body }
        return body + (style.arrow == "none" ? "─" : "▶")
    }
}

extension HTMLLabel.Cell {
    fileprivate func spanning(_ columns: Int) -> HTMLLabel.Cell {
        var cell = self
        cell.columnSpan = columns
        return cell
    }
}
