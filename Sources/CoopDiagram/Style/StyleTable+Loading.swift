import CoopModel
import Foundation
import Yams

extension StyleTable {
    /// Reads the style file at `url` over `base`: each field it sets replaces the base's.
    /// `Data/style.yaml` is read over ``empty``; a user file is read over the result.
    public static func load(_ url: URL, over base: StyleTable = .empty, schema: Schema? = nil) throws(DiagramError) -> StyleTable {
        try parse(YAMLReader.text(of: url), file: url.relativePath, over: base, schema: schema)
    }

    /// The shipped table `style.yaml` of a knowledge-base folder, with `override` read over it when given.
    public static func load(dataDirectory: URL, override: URL? = nil, schema: Schema? = nil) throws(DiagramError) -> StyleTable {
        var table = try load(dataDirectory.appendingPathComponent("style.yaml"), schema: schema)
        if let override { table = try load(override, over: table, schema: schema) }
        return table
    }

    /// Reads style YAML `text` (from `file`) over `base`; with a `schema`, type names must be its own.
    public static func parse(
        _ text: String, file: String, over base: StyleTable = .empty, schema: Schema? = nil
    ) throws(DiagramError) -> StyleTable {
        let reader = YAMLReader(file: file)
        var table = base
        let keys = ["version", "palette", "fonts", "background", "cluster_color", "nodes", "relations", "large_graph"]
        let pairs = try reader.mapping(reader.root(of: text), "the style file", allowed: keys)
        // The palette first: colours elsewhere may name it, wherever it sits in the file.
        if let palette = pairs.first(where: { $0.key == "palette" }) {
            for entry in try reader.mapping(palette.value, "palette", allowed: nil) {
                table.palette[entry.key] = try table.color(entry.value, "palette colour '\(entry.key)'", reader, paletteless: true)
            }
        }
        for pair in pairs {
            switch pair.key {
            case "version":
                _ = try reader.int(pair.value, "version", in: 1...1)
            case "fonts":
                try table.readFonts(pair.value, reader)
            case "background":
                table.background = try table.color(pair.value, "background", reader)
            case "cluster_color":
                table.clusterColor = try table.color(pair.value, "cluster_color", reader)
            case "nodes":
                let known = schema.map { $0.sortedNodeTypes.map(\.rawValue) }
                for entry in try reader.mapping(pair.value, "nodes (node types)", allowed: known) {
                    try table.readNode(NodeType(rawValue: entry.key), entry.value, reader)
                }
            case "relations":
                let known = schema.map { $0.sortedRelationTypes.map(\.rawValue) }
                for entry in try reader.mapping(pair.value, "relations (relation types)", allowed: known) {
                    try table.readRelation(RelationType(rawValue: entry.key), entry.value, reader)
                }
            case "large_graph":
                try table.readLargeGraph(pair.value, reader)
            default:
                break
            }
        }
        return table
    }

    private mutating func readFonts(_ node: Node, _ reader: YAMLReader) throws(DiagramError) {
        for pair in try reader.mapping(node, "fonts", allowed: ["family", "size", "small_size", "title_size"]) {
            switch pair.key {
            case "family": fonts.family = try reader.string(pair.value, "fonts.family")
            case "size": fonts.size = try reader.number(pair.value, "fonts.size", in: 4...72)
            case "small_size": fonts.smallSize = try reader.number(pair.value, "fonts.small_size", in: 4...72)
            default: fonts.titleSize = try reader.number(pair.value, "fonts.title_size", in: 4...96)
            }
        }
    }

    private mutating func readNode(_ type: NodeType, _ node: Node, _ reader: YAMLReader) throws(DiagramError) {
        var style = self.style(of: type)
        let keys = ["shape", "fill", "text", "border", "style", "acronym", "glyph"]
        for pair in try reader.mapping(node, "the style of node type '\(type)'", allowed: keys) {
            let what = "nodes.\(type).\(pair.key)"
            switch pair.key {
            case "shape": style.shape = try reader.string(pair.value, what)
            case "fill": style.fill = try color(pair.value, what, reader)
            case "text": style.text = try color(pair.value, what, reader)
            case "border": style.border = try color(pair.value, what, reader)
            case "style": style.styles = try reader.strings(pair.value, what)
            case "acronym": style.prefersAcronym = try reader.bool(pair.value, what)
            default: style.glyph = try reader.string(pair.value, what)
            }
        }
        nodes[type] = style
    }

    private mutating func readRelation(_ type: RelationType, _ node: Node, _ reader: YAMLReader) throws(DiagramError) {
        var style = self.style(of: type)
        for pair in try reader.mapping(node, "the style of relation type '\(type)'", allowed: ["color", "line", "arrow", "width"]) {
            let what = "relations.\(type).\(pair.key)"
            switch pair.key {
            case "color": style.color = try color(pair.value, what, reader)
            case "line": style.line = try reader.choice(pair.value, "line kind", as: LineKind.self)
            case "arrow": style.arrow = try reader.string(pair.value, what)
            default: style.width = try reader.number(pair.value, what, in: 0.1...10)
            }
        }
        relations[type] = style
    }

    private mutating func readLargeGraph(_ node: Node, _ reader: YAMLReader) throws(DiagramError) {
        for pair in try reader.mapping(node, "large_graph", allowed: ["threshold", "label_degree", "dot_size"]) {
            switch pair.key {
            case "threshold": largeGraph.threshold = try reader.int(pair.value, "large_graph.threshold", in: 1...10_000_000)
            case "label_degree": largeGraph.labelDegree = try reader.int(pair.value, "large_graph.label_degree", in: 0...10_000_000)
            default: largeGraph.dotSize = try reader.number(pair.value, "large_graph.dot_size", in: 0.01...2)
            }
        }
    }

    /// A palette name or `#rrggbb`, as `#RRGGBB`.
    private func color(_ node: Node, _ what: String, _ reader: YAMLReader, paletteless: Bool = false) throws(DiagramError) -> String {
        let text = try reader.string(node, what)
        if !paletteless, let named = palette[text] { return named }
        let hex = text.dropFirst()
        guard text.hasPrefix("#"), hex.count == 6, hex.allSatisfy(\.isHexDigit) else {
            let names = palette.keys.sorted().joined(separator: ", ")
            throw reader.error(
                node, "\(what) '\(text)' is neither a palette colour nor #rrggbb",
                hint: paletteless || names.isEmpty ? "write it as #rrggbb" : "use #rrggbb or one of: \(names)")
        }
        return text.uppercased()
    }
}

