import Foundation
import Testing
@testable import GraphvizKit

/// Repeated renders free what they allocate. Also the target of the valgrind run in README.md.
@Suite struct MemoryTests {
    @Test func repeatedRendersDoNotGrowMemory() throws {
        let graph = Fixtures.small()
        let html = Fixtures.singleNode(label: .html(HTMLLabel(text: "x & y", style: .init(bold: true))))
        func renderRound(_ count: Int) throws {
            for index in 0..<count {
                _ = try Graphviz.render(index.isMultiple(of: 2) ? graph : html, format: index.isMultiple(of: 3) ? .png : .svg)
            }
        }
        try renderRound(100)
        let before = try #require(Fixtures.residentBytes())
        try renderRound(300)
        let after = try #require(Fixtures.residentBytes())
        #expect(after - before < 8 << 20, "RSS grew by \(after - before) bytes over 300 renders")
    }
}
