import Foundation
import Testing
@testable import GraphvizKit

/// Plain labels reach the SVG exactly as written, through the C builder and through DOT text.
@Suite struct LabelEscapingTests {
    static let cases: [(label: String, lines: [String])] = [
        (#"say "hi" & 'bye'"#, [#"say "hi" & 'bye'"#]),
        (#"C:\Net\new"#, [#"C:\Net\new"#]),
        (#"trailing\"#, [#"trailing\"#]),
        (#"double\\back"#, [#"double\\back"#]),
        ("first\nsecond", ["first", "second"]),
        ("a < b > c", ["a < b > c"]),
        ("AT&T &amp; &lt;x&gt;", ["AT&T &amp; &lt;x&gt;"]),
        ("تعاون دولي", ["تعاون دولي"]),
        (#"\N \G \E \T \H \L \l \r"#, [#"\N \G \E \T \H \L \l \r"#]),
        ("<B>not html</B>", ["<B>not html</B>"]),
    ]

    @Test(arguments: cases)
    func plainLabelRendersLiterally(label: String, lines: [String]) throws {
        let svg = try Graphviz.render(Fixtures.singleNode(label: .plain(label)), format: .svg)
        let document = try #require(SVGDocument(svg))
        #expect(document.texts == lines)
    }

    @Test(arguments: cases)
    func plainLabelSurvivesDOTText(label: String, lines: [String]) throws {
        let dot = DOTWriter.write(Fixtures.singleNode(label: .plain(label)))
        let svg = try Graphviz.render(dot: dot, format: .svg)
        let document = try #require(SVGDocument(svg))
        #expect(document.texts == lines)
    }

    @Test(arguments: [#"C:\Net\new"#, "x&y", "two\nlines", "\"q\""])
    func nodeNameWithoutLabelRendersLiterally(name: String) throws {
        var graph = Graph()
        graph.addNode(name)
        let document = try #require(SVGDocument(try Graphviz.render(graph, format: .svg)))
        #expect(document.texts == name.split(separator: "\n").map(String.init))
    }

    @Test func htmlLabelEscapesItsText() throws {
        let label = HTMLLabel([
            .text("Tom & Jerry <3", .init(bold: true)),
            .lineBreak(),
            .text(#"C:\Net "q""#, .init(italic: true, color: "#336699")),
        ])
        let graph = Fixtures.singleNode(label: .html(label))
        for svg in [try Graphviz.render(graph, format: .svg), try Graphviz.render(dot: DOTWriter.write(graph), format: .svg)] {
            let document = try #require(SVGDocument(svg))
            #expect(document.texts == ["Tom & Jerry <3", #"C:\Net "q""#])
        }
    }

    @Test func htmlTableRendersEveryCell() throws {
        let table = HTMLLabel.Table(
            rows: [
                .init([.init(text: "Name", style: .init(bold: true)), .init(text: "Value")]),
                .init([.init(text: "<key>"), .init(text: "a & b")]),
            ],
            border: 0, cellBorder: 1
        )
        let svg = try Graphviz.render(Fixtures.singleNode(label: .html(HTMLLabel(table: table))), format: .svg)
        let document = try #require(SVGDocument(svg))
        #expect(document.texts == ["Name", "Value", "<key>", "a & b"])
    }

    @Test func htmlMarkupIsExact() {
        let label = HTMLLabel([.text("a<b", .init(bold: true, fontName: "DejaVu Sans", pointSize: 10)), .lineBreak(.left)])
        #expect(label.markup == #"<FONT FACE="DejaVu Sans" POINT-SIZE="10"><B>a&lt;b</B></FONT><BR ALIGN="LEFT"/>"#)
    }

    @Test func hrefWithQueryGivesWellFormedSVG() throws {
        let target = "https://example.org/search?x=1&y=2&q=\"a<b\""
        var graph = Graph()
        var attributes = Attributes()
        attributes.href = target
        attributes.tooltip = "Tip & <trick>"
        graph.addNode("n", attributes: attributes)
        let document = try #require(SVGDocument(try Graphviz.render(graph, format: .svg)))
        #expect(document.attribute("xlink:href", of: "a") == [target])
        #expect(document.attribute("xlink:title", of: "a") == ["Tip & <trick>"])
    }

    @Test func arabicRendersInPNG() throws {
        let graph = Fixtures.singleNode(label: .plain("تعاون دولي"), fontname: "DejaVu Sans")
        let png = try Graphviz.render(graph, format: .png)
        #expect(Fixtures.pngSize(png) != nil)
    }
}
