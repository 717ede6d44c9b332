import Foundation
import Testing
@testable import GraphvizKit

/// The DOT writer's exact output, and Graphviz's parser reading it back.
@Suite struct DOTWriterTests {
    @Test func smallGraphGolden() {
        var graph = Graph(name: "G")
        graph.attributes.rankdir = .leftToRight
        graph.nodeDefaults.shape = .box
        graph.nodeDefaults.fontsize = 10.5
        graph.edgeDefaults.arrowhead = .vee
        var attributes = Attributes()
        attributes.label = .plain(#"Alpha "A" C:\Net"#)
        attributes.style = [.filled, .rounded]
        graph.addNode("a", attributes: attributes)
        var cluster = Cluster("eu", attributes: ["label": .text("EU")])
        cluster.addNode("b")
        graph.addCluster(cluster)
        graph.addNode("node")
        graph.addEdge(from: "a", to: "b", key: "k1", attributes: ["color": "red"])
        graph.addEdge(from: "a", to: "b", key: "k2")
        graph.addEdge(from: "b", to: "node", attributes: ["label": .html(HTMLLabel(text: "x<y", style: .init(bold: true)))])
        let expected = #"""
            digraph G {
            	rankdir=LR;
            	node [shape=box, fontsize=10.5];
            	edge [arrowhead=vee];
            	subgraph cluster_eu {
            		label=EU;
            		b;
            	}
            	a [label="Alpha \"A\" C:\\Net", style="filled,rounded"];
            	b;
            	"node";
            	a -> b [key=k1, color=red];
            	a -> b [key=k2];
            	b -> "node" [label=<<B>x&lt;y</B>>];
            }

            """#
        #expect(DOTWriter.write(graph) == expected)
    }

    @Test func undirectedStrictHeader() {
        var graph = Graph(name: "two words", directed: false, strict: true)
        graph.addEdge(from: "1", to: "-2.5")
        #expect(DOTWriter.write(graph) == "strict graph \"two words\" {\n\t1;\n\t-2.5;\n\t1 -- -2.5;\n}\n")
    }

    static let trickyIDs = [
        "", "\\", "end\\", "\\\\", "q\"", "\"", "a\\\nb", "line\nbreak", "C:\\Net\\new", "تعاون",
        "graph", "Node", "1.2.3", "-", "a b", "<html>", "x;y", "a->b", "{}", "é",
    ]

    @Test(arguments: trickyIDs)
    func trickyIDRoundTripsThroughGraphviz(id: String) throws {
        var graph = Graph()
        graph.addNode(id, attributes: ["tooltip": .raw(id)])
        graph.addEdge(from: id, to: "other", key: id)
        graph.addEdge(from: id, to: "other", key: id + "2")
        let summary = try Graphviz.validateDOT(DOTWriter.write(graph))
        #expect(summary.nodeCount == 2)
        #expect(summary.edgeCount == 2)
        // The canonical DOT Graphviz writes back must name the node exactly as given.
        let canon = try Graphviz.render(dot: DOTWriter.write(graph), format: .canon)
        let reparsed = String(decoding: canon, as: UTF8.self)
        #expect(try Graphviz.validateDOT(reparsed).nodeCount == 2)
    }

    /// Values and what Graphviz 2.42 reads back: exact, except an odd backslash run before a
    /// quote, a newline or the end, which its scanner cannot express (one backslash is added).
    static let rawValues: [(value: String, readBack: String)] = trickyIDs.filter { !$0.isEmpty }.map { value in
        switch value {
        case "\\": ("\\", "\\\\")
        case "end\\": ("end\\", "end\\\\")
        case "a\\\nb": ("a\\\nb", "a\\\\\nb")
        default: (value, value)
        }
    } + [("q\\\"", "q\\\\\""), ("q\\\\\"", "q\\\\\"")]

    @Test(arguments: rawValues)
    func rawValueReadsBack(value: String, readBack: String) throws {
        // `comment` is not interpreted by Graphviz; json output shows the parsed value.
        var graph = Graph()
        graph.addNode("n", attributes: ["comment": .raw(value)])
        let json = try Graphviz.render(dot: DOTWriter.write(graph), format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let nodes = try #require(object["objects"] as? [[String: Any]])
        #expect(nodes.first?["comment"] as? String == readBack)
    }

    @Test func keyedParallelEdgesSurvive() throws {
        let graph = Fixtures.small()
        let summary = try Graphviz.validateDOT(DOTWriter.write(graph))
        #expect(summary.nodeCount == 3 && summary.edgeCount == 4 && summary.isDirected && !summary.isStrict)
        var strict = Graph(strict: true)
        strict.addEdge(from: "a", to: "b")
        strict.addEdge(from: "a", to: "b")
        #expect(try Graphviz.validateDOT(DOTWriter.write(strict)).edgeCount == 1)
    }

    @Test func writerIsDeterministic() {
        #expect(DOTWriter.write(Fixtures.small()) == DOTWriter.write(Fixtures.small()))
    }
}
