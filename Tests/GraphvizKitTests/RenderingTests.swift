import Foundation
import Testing
@testable import GraphvizKit

/// Every engine lays out, every format renders something well-formed, dpi scales bitmaps.
@Suite struct RenderingTests {
    @Test(arguments: LayoutEngine.allCases)
    func engineLaysOutEveryNode(engine: LayoutEngine) throws {
        let graph = Fixtures.small()
        let plain = String(decoding: try Graphviz.render(graph, engine: engine, format: .plain), as: UTF8.self)
        let nodeLines = plain.split(separator: "\n").filter { $0.hasPrefix("node ") }
        #expect(plain.hasPrefix("graph "))
        #expect(nodeLines.count == graph.nodes.count)
        for line in nodeLines {
            let fields = line.split(separator: " ")
            #expect(fields.count > 3 && Double(fields[2]) != nil && Double(fields[3]) != nil)
        }
    }

    @Test(arguments: OutputFormat.allCases)
    func formatRendersWellFormedOutput(format: OutputFormat) throws {
        let graph = Fixtures.small()
        let data = try Graphviz.render(graph, format: format)
        let bytes = [UInt8](data)
        let text = String(decoding: data, as: UTF8.self)
        #expect(!bytes.isEmpty)
        switch format {
        case .svg: #expect(SVGDocument(data) != nil)
        case .svgz: #expect(bytes.starts(with: [0x1F, 0x8B]))
        case .png: #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        case .jpg: #expect(bytes.starts(with: [0xFF, 0xD8, 0xFF]))
        case .gif: #expect(text.hasPrefix("GIF8"))
        case .bmp: #expect(text.hasPrefix("BM"))
        case .tiff: #expect(bytes.starts(with: [0x49, 0x49, 0x2A, 0]) || bytes.starts(with: [0x4D, 0x4D, 0, 0x2A]))
        case .webp: #expect(text.hasPrefix("RIFF") && bytes.count > 12 && String(decoding: bytes[8..<12], as: UTF8.self) == "WEBP")
        case .pdf: #expect(text.hasPrefix("%PDF"))
        case .ps, .eps: #expect(text.hasPrefix("%!PS"))
        case .dot, .canon, .xdot:
            let summary = try Graphviz.validateDOT(text)
            #expect(summary.nodeCount == graph.nodes.count && summary.edgeCount == graph.edges.count)
        case .json, .json0:
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            #expect((object?["objects"] as? [Any])?.isEmpty == false)
        case .plain, .plainExt: #expect(text.hasPrefix("graph "))
        case .cmapx: #expect(text.hasPrefix("<map"))
        case .imap: #expect(text.hasPrefix("base"))
        }
    }

    @Test func pngDoublesAtTwiceTheDPI() throws {
        let graph = Fixtures.small()
        let small = try #require(Fixtures.pngSize(try Graphviz.render(graph, format: .png, options: .init(dpi: 72))))
        let large = try #require(Fixtures.pngSize(try Graphviz.render(graph, format: .png, options: .init(dpi: 144))))
        #expect(abs(large.width - 2 * small.width) <= 2)
        #expect(abs(large.height - 2 * small.height) <= 2)
    }

    @Test func dpiLeavesVectorFormatsAlone() throws {
        let graph = Fixtures.small()
        let plain = try Graphviz.render(graph, format: .svg)
        let withDPI = try Graphviz.render(graph, format: .svg, options: .init(dpi: 300))
        #expect(plain == withDPI)
    }

    @Test func transparentBackground() throws {
        let opaque = try #require(SVGDocument(try Graphviz.render(Fixtures.small(), format: .svg)))
        let svg = try Graphviz.render(Fixtures.small(), format: .svg, options: .init(transparentBackground: true))
        let document = try #require(SVGDocument(svg))
        #expect(opaque.attribute("fill", of: "polygon").first == "white")
        #expect(document.attribute("fill", of: "polygon").first == "none")
    }

    @Test func sameGraphRendersByteIdentical() throws {
        let graph = Fixtures.small()
        #expect(try Graphviz.render(graph, format: .svg) == Graphviz.render(graph, format: .svg))
    }

    @Test func rendersDOTText() throws {
        let svg = try Graphviz.render(dot: "graph { x -- y -- z }", engine: .neato, format: .svg)
        #expect(try #require(SVGDocument(svg)).texts == ["x", "y", "z"])
    }

    @Test func clustersAreDrawnNested() throws {
        let svg = try #require(SVGDocument(try Graphviz.render(Fixtures.small(), format: .svg)))
        let clusterClasses = svg.elements.filter { $0.name == "g" && $0.attributes["class"] == "cluster" }
        #expect(clusterClasses.count == 2)
        #expect(svg.texts.contains("Outer"))
    }
}
