import CoopDiagram
import CoopModel
import GraphvizKit
import Testing

/// The synthetic graph and the large-graph drawing mode.
@Suite struct LargeGraphTests {
    @Test func syntheticGraphHasTheAskedSizeAndRepeats() throws {
        let first = try SyntheticGraph.make(nodes: 5_000, schema: Fixtures.base.schema)
        let second = try SyntheticGraph.make(nodes: 5_000, schema: Fixtures.base.schema)
        #expect(first.entityCount == 5_000)
        #expect(first.relationCount > 7_000)
        #expect(first.relationIndices.map { first.source(of: $0) } == second.relationIndices.map { second.source(of: $0) })
    }

    @Test func largeGraphsAreDrawnAsDotsWithSfdpSettings() throws {
        let graph = try SyntheticGraph.make(nodes: 1_000, schema: Fixtures.base.schema)
        let subgraph = Subgraph(entities: Set(graph.entityIndices), relations: Array(graph.relationIndices), of: graph)
        var options = DiagramOptions(style: Fixtures.style)
        options.engine = .sfdp
        let drawing = Diagram.graph(of: subgraph, in: graph, options: options)
        let dot = DOTWriter.write(drawing)
        #expect(dot.contains("overlap=prism") && dot.contains("outputorder=edgesfirst"))
        let unlabelled = drawing.nodes.filter { $0.attributes.label == .plain("") }.count
        #expect(unlabelled > 900 && unlabelled < 1_000)
        let svg = try #require(XMLTree.parse(try Diagram.render(subgraph, of: graph, options: options, format: .svg)))
        #expect(svg.groups("node").count == 1_001)
    }
}
