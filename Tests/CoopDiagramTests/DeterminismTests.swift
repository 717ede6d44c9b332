import CoopModel
import Foundation
import GraphvizKit
import Testing

@testable import CoopDiagram

@Suite struct DeterminismTests {
    @Test func clusteredGraphRendersTheSameSVGEveryTime() throws {
        var graph = GraphvizKit.Graph(name: "G")
        for name in ["b", "legend", "a", "c"] {
            var cluster = Cluster(name)
            cluster.addNode("n" + name)
            cluster.addNode("m" + name)
            graph.addCluster(cluster)
        }
        for name in ["b", "legend", "a", "c"] { graph.addEdge(from: "n" + name, to: "m" + name) }
        var outputs = Set<Data>()
        var noise: [[Int]] = []
        for round in 0..<6 {
            noise.append(Array(repeating: round, count: 10 + round * 37))
            outputs.insert(try Graphviz.render(graph, format: .canon))
        }
        if outputs.count > 1 {
            for output in outputs { print(String(decoding: output, as: UTF8.self)) }
        }
        #expect(outputs.count == 1)
        #expect(noise.count == 6)
    }
}
