import CoopModel
import Foundation
import GraphvizKit

/// Turns a subgraph into a styled GraphvizKit graph: nodes, lines, clusters, legend, title.
struct DiagramBuilder {
    let graph: KnowledgeGraph
    let subgraph: Subgraph
    let options: DiagramOptions

    /// One drawn line: one relation, or several parallel ones merged.
    private struct Line {
        let type: RelationType
        var tail: String
        var head: String
        var relations: [RelationIndex]
        var reversed = false
    }

    func build() -> GraphvizKit.Graph {
        let style = options.style
        let text = LabelText(graph: graph, style: style, language: options.language)
        let placement = Placement(graph: graph, subgraph: subgraph, presentation: options.presentation, language: options.language)
        let isLarge = subgraph.entities.count > style.largeGraph.threshold
        var diagram = GraphvizKit.Graph(
            name: options.name, directed: true, attributes: graphAttributes(isLarge: isLarge),
            nodeDefaults: nodeDefaults(), edgeDefaults: edgeDefaults(isLarge: isLarge))

        let groups = mirrorsOrder ? placement.groups.reversed() : placement.groups
        let instances = mirrorsOrder ? placement.instances.reversed() : placement.instances
        for group in groups {
            var cluster = Cluster(group.key)
            cluster.attributes.label = .plain(group.label)
            cluster.attributes.style = [.rounded, .filled]
            cluster.attributes.color = style.clusterColor
            cluster.attributes.fillcolor = "#F6F6F6"
            cluster.attributes.fontsize = style.fonts.smallSize + 1
            cluster.attributes["id"] = .raw("cluster_" + group.key)
            for instance in instances where instance.group == group.key { cluster.addNode(instance.name) }
            diagram.addCluster(cluster)
        }
        var degree: [EntityIndex: Int] = [:]
        for relation in subgraph.relations {
            degree[graph.source(of: relation), default: 0] += 1
            degree[graph.target(of: relation), default: 0] += 1
        }
        for instance in instances {
            diagram.addNode(instance.name, attributes: nodeAttributes(instance, text: text, large: isLarge, degree: degree[instance.entity] ?? 0))
        }
        let lines = self.lines(placement, order: instances)
        for line in lines { diagram.addEdge(edge(line, text: text, large: isLarge)) }

        if options.showsLegend {
            let nodeTypes = Set(placement.instances.map { graph.entity(at: $0.entity).type }).sorted()
            let relationTypes = Set(lines.map(\.type)).sorted()
            let legend = Legend.cluster(nodeTypes: nodeTypes, relationTypes: relationTypes, style: style, text: text)
            diagram.addCluster(legend.cluster)
            diagram.addNode(legend.node)
        }
        return diagram
    }

    /// Whether nodes and frames go in reverse order: an Arabic timeline laid out top to bottom
    /// reads its years right to left (a left-to-right one is flipped by `rankdir=RL` instead).
    private var mirrorsOrder: Bool {
        options.language == .ar && options.presentation.grouping == .year
            && ["TB", "BT"].contains(options.presentation.rankdir ?? "TB")
    }

    private func graphAttributes(isLarge: Bool) -> Attributes {
        let style = options.style
        var attributes = Attributes()
        if let title = options.title {
            attributes.label = .plain(title.text(in: options.language))
            attributes["labelloc"] = "t"
            attributes.fontsize = style.fonts.titleSize
        }
        attributes.fontname = style.fonts.family
        attributes.bgcolor = style.background
        if var rankdir = options.presentation.rankdir {
            if options.language == .ar, rankdir == "LR" { rankdir = "RL" }
            attributes["rankdir"] = .raw(rankdir)
        }
        attributes["newrank"] = "true"
        attributes["pad"] = "0.2"
        if options.presentation.grouping == .year { attributes["ordering"] = "out" }
        if isLarge {
            attributes.overlap = .prism
            attributes["outputorder"] = "edgesfirst"
            attributes.splines = .line
        }
        if let width = options.widthInches { attributes["size"] = .raw(Self.decimal(width) + ",10000!") }
        for raw in options.presentation.graphAttributes { attributes[raw.name] = .raw(raw.value) }
        return attributes
    }

    private func nodeDefaults() -> Attributes {
        var attributes = Attributes()
        attributes.fontname = options.style.fonts.family
        attributes.fontsize = options.style.fonts.size
        attributes["margin"] = "0.08,0.04"
        return attributes
    }

    private func edgeDefaults(isLarge: Bool) -> Attributes {
        var attributes = Attributes()
        attributes.fontname = options.style.fonts.family
        attributes.fontsize = options.style.fonts.smallSize
        attributes["arrowsize"] = isLarge ? "0.3" : "0.7"
        return attributes
    }

    private func nodeAttributes(_ instance: Placement.Instance, text: LabelText, large: Bool, degree: Int) -> Attributes {
        let entity = graph.entity(at: instance.entity)
        let style = options.style.style(of: entity.type)
        var attributes = Attributes()
        attributes["id"] = .raw(instance.name)
        attributes.tooltip = text.tooltip(of: instance.entity)
        attributes.fillcolor = style.fill
        attributes.color = style.border
        attributes.fontcolor = style.text
        if large && degree < options.style.largeGraph.labelDegree {
            attributes.shape = .circle
            attributes.label = .plain("")
            attributes["width"] = .raw(Self.decimal(options.style.largeGraph.dotSize))
            attributes["fixedsize"] = "true"
            attributes.style = [.filled]
            attributes.penwidth = 0.3
        } else {
            attributes.shape = NodeShape(rawValue: style.shape)
            attributes.label = .plain(text.label(of: instance.entity))
            attributes.style = [.filled] + style.styles.map(Style.init(rawValue:))
        }
        return attributes
    }

    /// The drawn lines in a stable order, parallel relations merged when the view asks.
    private func lines(_ placement: Placement, order instances: [Placement.Instance]) -> [Line] {
        let position = Dictionary(uniqueKeysWithValues: instances.enumerated().map { ($1.name, $0) })
        let sides = SideAssignment(graph: graph, sides: options.presentation.sides)
        var lines: [Line] = []
        var merged: [String: Int] = [:]
        for relation in subgraph.relations {
            let type = graph.relationType(at: relation)
            guard !placement.hiddenRelationTypes.contains(type),
                let tail = placement.name(of: graph.source(of: relation), in: relation),
                let head = placement.name(of: graph.target(of: relation), in: relation)
            else { continue }
            var line = Line(type: type, tail: tail, head: head, relations: [relation])
            if sides.pointsBackwards(type, from: graph.source(of: relation), to: graph.target(of: relation)) {
                line = Line(type: type, tail: head, head: tail, relations: [relation], reversed: true)
            }
            guard options.presentation.mergesParallel else {
                lines.append(line)
                continue
            }
            let key = "\(type.rawValue)|\(line.tail)|\(line.head)"
            if let index = merged[key] {
                lines[index].relations.append(relation)
            } else {
                merged[key] = lines.count
                lines.append(line)
            }
        }
        return lines.sorted {
            (position[$0.tail] ?? 0, position[$0.head] ?? 0, $0.type, $0.relations[0])
                < (position[$1.tail] ?? 0, position[$1.head] ?? 0, $1.type, $1.relations[0])
        }
    }

    private func edge(_ line: Line, text: LabelText, large: Bool) -> Edge {
        let style = options.style.style(of: line.type)
        let key = StableKey.relation(line.relations[0], in: graph)
        var attributes = Attributes()
        attributes["id"] = .raw(key + (line.tail.contains("@") || line.head.contains("@") ? "@" + (line.tail.contains("@") ? line.tail : line.head) : ""))
        attributes.tooltip = text.tooltip(of: line.relations)
        attributes.color = large ? style.color + "99" : style.color
        let count = Double(line.relations.count)
        let width = style.width + (count > 1 ? (count.squareRoot() - 1) : 0)
        attributes.penwidth = large ? 0.4 : (width * options.presentation.lineScale * 100).rounded() / 100
        if style.line != .solid { attributes.style = [Style(rawValue: style.line.rawValue)] }
        if style.arrow == "none" {
            attributes["dir"] = "none"
        } else if line.reversed {
            attributes["dir"] = "back"
            attributes.arrowtail = ArrowType(rawValue: style.arrow)
        } else {
            attributes.arrowhead = ArrowType(rawValue: style.arrow)
        }
        var label: [String] = []
        if options.presentation.labelsRelations { label.append(text.relationName(line.type)) }
        if line.relations.count > 1 { label.append("×\(line.relations.count)") }
        if !label.isEmpty {
            attributes.label = .plain(label.joined(separator: " "))
            attributes.fontcolor = style.color
        }
        return Edge(from: line.tail, to: line.head, key: key, attributes: attributes)
    }

    /// A decimal for a Graphviz attribute, fixed to three places so the DOT text is stable.
    private static func decimal(_ value: Double) -> String {
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
