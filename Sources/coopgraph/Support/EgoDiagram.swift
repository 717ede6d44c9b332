import CoopBrief
import CoopModel
import Foundation
import GraphvizKit

/// PROVISIONAL, until CoopDiagram is merged: the entity and its direct neighbours, drawn with
/// Graphviz as SVG and as a 200-dpi PNG for a briefing.
struct EgoDiagram {
    let entity: EntityIndex
    let graph: KnowledgeGraph
    let language: Language

    /// The two renderings of the diagram.
    func images() throws -> DiagramImages {
        let drawing = self.drawing()
        // A radial layout keeps a star of many neighbours compact enough for a page.
        let svg = try Graphviz.render(drawing, engine: .twopi, format: .svg)
        let png = try Graphviz.render(
            drawing, engine: .twopi, format: .png, options: RenderOptions(dpi: Double(BriefingDiagram.dotsPerInch)))
        return DiagramImages(svg: svg, png: png)
    }

    private func drawing() -> Graph {
        var drawing = Graph(name: "brief")
        drawing.attributes["root"] = .raw(graph.entity(at: entity).id.rawValue)
        drawing.attributes["ranksep"] = "1.6"
        drawing.attributes.overlap = .remove
        drawing.nodeDefaults.fontname = "DejaVu Sans"
        drawing.nodeDefaults.fontsize = 10
        drawing.edgeDefaults.color = "#7a8699"
        let neighbours = graph.neighbors(of: entity).sorted { graph.entity(at: $0).id < graph.entity(at: $1).id }
        for index in [entity] + neighbours {
            let node = graph.entity(at: index)
            var attributes = Attributes()
            attributes.label = .plain(Self.wrapped(node.label(in: language, preferAcronym: true)))
            attributes.shape = Self.shape(of: node.type)
            attributes.tooltip = node.names.name(in: language)
            if index == entity {
                attributes.style = [.filled]
                attributes.fillcolor = "#dde5f1"
            }
            drawing.addNode(node.id.rawValue, attributes: attributes)
        }
        let relations = (Array(graph.outgoing(entity)) + Array(graph.incoming(entity))).sorted()
        for relation in relations {
            var attributes = Attributes()
            let type = graph.relationType(at: relation)
            attributes.tooltip = graph.schema.relationTypes[type]?.label.text(in: language) ?? type.rawValue
            drawing.addEdge(
                from: graph.entity(at: graph.source(of: relation)).id.rawValue,
                to: graph.entity(at: graph.target(of: relation)).id.rawValue, key: String(relation),
                attributes: attributes)
        }
        return drawing
    }

    /// `text` broken into lines of about `width` characters at spaces.
    private static func wrapped(_ text: String, width: Int = 24) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + word.count + 1 > width {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        return (lines + [line]).joined(separator: "\n")
    }

    private static func shape(of type: NodeType) -> NodeShape {
        switch type {
        case .country: return .ellipse
        case .agreement: return .note
        case .event: return .octagon
        case .sector: return .hexagon
        case .programme: return .folder
        default: return .box
        }
    }
}
