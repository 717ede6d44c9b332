import Foundation
import Testing
@testable import GraphvizKit

/// Renders from many tasks at once stay separate and correct.
@Suite struct ConcurrencyTests {
    @Test func manyTasksRenderTheirOwnGraphs() async throws {
        let results = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for index in 0..<32 {
                group.addTask {
                    let graph = Fixtures.small(prefix: "t\(index)-")
                    return (index, try Graphviz.render(graph, engine: index.isMultiple(of: 2) ? .dot : .neato, format: .svg))
                }
            }
            return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        #expect(results.count == 32)
        for (index, svg) in results {
            let document = try #require(SVGDocument(svg))
            let nodeTexts = document.texts.filter { $0 != "Outer" }
            #expect(Set(nodeTexts) == ["t\(index)-a", "t\(index)-b", "t\(index)-c"])
            #expect(nodeTexts.count == 3)
        }
    }
}
