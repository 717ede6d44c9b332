import CoopDiagram
import CoopModel
import Foundation
import Testing

/// The SVG of the DGPC timeline: legend, tooltips with citations, stable ids.
@Suite struct SVGStructureTests {
    let svg: XMLTree

    init() throws {
        svg = try #require(XMLTree.parse(try Fixtures.render("04-dgpc-interventions", .svg)))
    }

    @Test func legendListsExactlyTheTypesDrawn() throws {
        let legend = try #require(svg.groups("node").first { $0.attributes["id"] == "legend" })
        let texts = Set(legend.texts)
        for expected in ["Légende", "Organisme", "Pays", "Événement", "Lieu", "est intervenu lors de", "tenu à", "situé en"] {
            #expect(texts.contains(expected), "legend lacks \(expected)")
        }
        for absent in ["Accord", "Ministère", "partie à", "porte sur"] { #expect(!texts.contains(absent)) }
        #expect(svg.groups("cluster").contains { $0.attributes["id"] == "cluster_legend" })
    }

    @Test func everyNodeIsAnEntityWithItsCitationsInTheTooltip() throws {
        let graph = Fixtures.base.graph
        let nodes = svg.groups("node").filter { $0.attributes["id"] != "legend" }
        #expect(nodes.count == 15)
        for node in nodes {
            let id = try #require(node.attributes["id"])
            let entity = try #require(graph.entity(EntityID(id)), "\(id) is no entity id")
            let tooltip = try #require(node.tooltip)
            for source in entity.sources { #expect(tooltip.contains(source.description)) }
        }
        let fire = try #require(nodes.first { $0.attributes["id"] == "evt.2003.fr.forest-fires" }?.tooltip)
        #expect(fire.contains("tenu 2003"))
    }

    @Test func edgesHaveStableRelationIdsAndCitedTooltips() throws {
        let edges = svg.groups("edge")
        let ids = edges.compactMap { $0.attributes["id"] }
        #expect(ids.count == edges.count)
        #expect(ids.contains("intervened_in--dz.dgpc--evt.2003.fr.forest-fires"))
        #expect(ids.contains("held_in--evt.2003.ir.bam-earthquake--place.ir.bam"))
        for edge in edges { #expect(edge.tooltip?.contains("003_5b8319ec8c5604ef.txt:23") == true) }
    }

    @Test func interventionsAreDrawnLeftToRightInTimeOrder() throws {
        let events = ["evt.2003.ir.bam-earthquake", "evt.2004.ma.al-hoceima-earthquake", "evt.2023-09.ly.floods"]
        var lefts: [Double] = []
        for id in events {
            let node = try #require(svg.groups("node").first { $0.attributes["id"] == id })
            let shape = try #require(node.all.first { $0.name == "polygon" }?.attributes["points"])
            let xs = shape.split(separator: " ").compactMap { Double($0.split(separator: ",")[0]) }
            lefts.append(try #require(xs.min()))
        }
        #expect(lefts == lefts.sorted())
    }

    @Test func arabicSVGCarriesArabicLabelsAndLegend() throws {
        let arabic = try #require(XMLTree.parse(try Fixtures.render("04-dgpc-interventions", .svg, language: .ar)))
        #expect(arabic.texts.contains("مفتاح الرموز"))
        #expect(arabic.texts.contains("التدخلات الدولية للحماية المدنية الجزائرية"))
        #expect(arabic.all.contains { $0.attributes["font-family"] == "DejaVu Sans" })
    }
}
