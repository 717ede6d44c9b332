import CoopDiagram
import CoopModel
import Foundation
import GraphvizKit
import Testing

/// The style table: complete for the schema, overridable field by field, the legend's only source.
@Suite struct StyleTableTests {
    @Test func shippedTableStylesEveryTypeOfTheSchema() {
        let schema = Fixtures.base.schema
        #expect(Set(Fixtures.style.nodes.keys) == Set(schema.nodeTypes.keys))
        #expect(Set(Fixtures.style.relations.keys) == Set(schema.relationTypes.keys))
        #expect(Fixtures.style.fonts.family == "DejaVu Sans")
        #expect(Fixtures.style.style(of: NodeType.event).fill == "#D55E00")
    }

    @Test func userFileOverridesOnlyWhatItSets() throws {
        let yaml = "nodes:\n  country: {fill: \"#112233\"}\nrelations:\n  covers: {line: dashed}\n"
        let table = try StyleTable.parse(yaml, file: "mine.yaml", over: Fixtures.style, schema: Fixtures.base.schema)
        #expect(table.style(of: NodeType.country).fill == "#112233")
        #expect(table.style(of: NodeType.country).shape == "ellipse")
        #expect(table.style(of: RelationType.covers).line == .dashed)
        #expect(table.style(of: RelationType.covers).color == Fixtures.style.style(of: RelationType.covers).color)
        #expect(table.style(of: NodeType.ministry) == Fixtures.style.style(of: NodeType.ministry))
    }

    @Test func mistakesNameTheirPlace() {
        func message(_ yaml: String) -> String {
            do {
                _ = try StyleTable.parse(yaml, file: "mine.yaml", over: Fixtures.style, schema: Fixtures.base.schema)
                return ""
            } catch {
                return error.description
            }
        }
        #expect(message("nodes:\n  country: {fill: reddish}\n").hasPrefix("mine.yaml:2:19: error: nodes.country.fill 'reddish'"))
        #expect(message("nodes:\n  contry: {fill: blue}\n").contains("unknown key 'contry'"))
        #expect(message("relations:\n  covers: {line: wavy}\n").contains("use one of: solid, dashed, dotted, bold"))
    }

    @Test func overrideChangesTheDrawingAndTheLegendTogether() throws {
        let table = try StyleTable.parse("nodes:\n  country: {fill: \"#112233\"}\n", file: "mine.yaml", over: Fixtures.style)
        let view = try Fixtures.view("03-miclat-partners")
        var options = Fixtures.options(view)
        options.style = table
        let drawing = Diagram.graph(of: try view.selection.apply(to: Fixtures.base.graph), in: Fixtures.base.graph, options: options)
        let dot = DOTWriter.write(drawing)
        #expect(dot.contains("fillcolor=\"#112233\""))
        let legend = try #require(drawing.node(id: "legend")?.attributes["label"])
        guard case .html(let html) = legend else {
            Issue.record("the legend is not an HTML table")
            return
        }
        #expect(html.markup.contains("BGCOLOR=\"#112233\""))
        #expect(html.markup.contains("Pays") && html.markup.contains("Ministère") && html.markup.contains("coopère avec"))
        #expect(!html.markup.contains("Accord") && !html.markup.contains("porte sur"))
    }
}
