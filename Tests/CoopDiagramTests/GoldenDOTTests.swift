import CoopDiagram
import CoopModel
import Foundation
import GraphvizKit
import Testing

/// The DOT text of every shipped view, compared with `Golden/NAME.dot`.
/// Regenerate with `COOPGRAPH_UPDATE_GOLDEN=1 swift test --filter CoopDiagramTests`.
@Suite struct GoldenDOTTests {
    static let golden = Fixtures.root.appendingPathComponent("Tests/CoopDiagramTests/Golden")
    static let updating = ProcessInfo.processInfo.environment["COOPGRAPH_UPDATE_GOLDEN"] == "1"

    @Test(arguments: Fixtures.viewNames)
    func viewDOTMatchesGolden(name: String) throws {
        let dot = String(decoding: try Fixtures.render(name, .dot), as: UTF8.self)
        let url = Self.golden.appendingPathComponent("\(name).dot")
        if Self.updating {
            try dot.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(dot == expected, "DOT of \(name) changed; if intended: COOPGRAPH_UPDATE_GOLDEN=1 swift test --filter CoopDiagramTests")
    }

    @Test func everyViewHasAGoldenFileAndNoOther() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.golden.path).filter { $0.hasSuffix(".dot") }
        #expect(files.sorted() == Fixtures.viewNames.map { "\($0).dot" })
        #expect(Fixtures.viewNames.count == 5)
    }

    @Test(arguments: Fixtures.viewNames)
    func graphvizReadsTheDOTWithTheSameCounts(name: String) throws {
        let view = try Fixtures.view(name)
        let subgraph = try view.selection.apply(to: Fixtures.base.graph)
        let drawing = Diagram.graph(of: subgraph, in: Fixtures.base.graph, options: Fixtures.options(view))
        let summary = try Graphviz.validateDOT(DOTWriter.write(drawing))
        #expect(summary.nodeCount == drawing.nodes.count)
        #expect(summary.edgeCount == drawing.edges.count)
    }

    @Test func dotIsTheSameInEveryLanguageRunTwice() throws {
        for language in [Language.fr, .en, .ar] {
            let first = try Fixtures.render("02-dz-fr-sectors", .dot, language: language)
            let second = try Fixtures.render("02-dz-fr-sectors", .dot, language: language)
            #expect(first == second)
        }
    }
}
