import Foundation
import Testing

/// `--render FILE` draws exactly the answer's subgraph.
@Suite struct RenderAnswerTests {
    /// The ids of the nodes of a Graphviz SVG: the `<title>` of each `class="node"` group.
    static func nodeIDs(_ svg: String) -> Set<String> {
        var ids = Set<String>()
        for group in svg.components(separatedBy: "class=\"node\"").dropFirst() {
            guard let open = group.range(of: "<title>"), let close = group.range(of: "</title>") else { continue }
            ids.insert(Self.unescaped(String(group[open.upperBound..<close.lowerBound])))
        }
        return ids
    }

    /// The number of edge groups of a Graphviz SVG.
    static func edgeCount(_ svg: String) -> Int { svg.components(separatedBy: "class=\"edge\"").count - 1 }

    private static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&#45;", with: "-").replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test(arguments: [["partners", "DGPC"], ["path", "DGPC", "ANRU"], ["agreements", "--party", "DZ", "FR"]])
    func renderedNodesAreTheAnswersEntities(arguments: [String]) throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svgURL = folder.appendingPathComponent("answer.svg")
        let drawn = try CLI.run(arguments + ["--render", svgURL.path])
        #expect(drawn.status == 0, "\(drawn.stderr)")
        let json = try CLI.run(arguments + ["--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        let subgraph = try #require(object["subgraph"] as? [String: Any])
        let entities = try #require(subgraph["entities"] as? [String])
        let relations = try #require(subgraph["relations"] as? [[String: String]])
        #expect(!entities.isEmpty)
        let svg = try String(contentsOf: svgURL, encoding: .utf8)
        // Every node is one of the answer's entities, except the legend (the one node of the legend cluster).
        #expect(svg.contains("<title>cluster_legend</title>"))
        #expect(Self.nodeIDs(svg).subtracting(["legend"]) == Set(entities))
        // Parallel relations of one type may be merged into one line, never more lines than relations.
        #expect(Self.edgeCount(svg) <= relations.count)
        #expect(Self.edgeCount(svg) > 0 || relations.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["answer.svg"])
    }

    @Test func renderFollowsTheLanguageAndWritesPNG() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let english = folder.appendingPathComponent("en.svg")
        let french = folder.appendingPathComponent("fr.svg")
        #expect(try CLI.run(["partners", "DGPC", "--lang", "en", "--render", english.path]).status == 0)
        #expect(try CLI.run(["partners", "DGPC", "--render", french.path]).status == 0)
        let englishText = try String(contentsOf: english, encoding: .utf8)
        let frenchText = try String(contentsOf: french, encoding: .utf8)
        #expect(Self.nodeIDs(englishText) == Self.nodeIDs(frenchText))
        #expect(englishText != frenchText)
        let png = folder.appendingPathComponent("answer.png")
        #expect(try CLI.run(["partners", "DGPC", "--render", png.path]).status == 0)
        #expect(try Data(contentsOf: png).prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    }
}
