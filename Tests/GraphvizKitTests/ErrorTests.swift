import Foundation
import Testing
@testable import GraphvizKit

/// Each failure comes back as a GraphvizError carrying Graphviz's own words.
@Suite struct ErrorTests {
    @Test func unknownEngine() throws {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.render(Fixtures.small(), engineName: "nope", formatName: "svg")
        }
        guard case .unknownEngine(let name, let available)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(name == "nope" && available.contains("dot"))
        #expect(error?.description.contains("Use one of") == true)
    }

    @Test func unknownFormat() throws {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.render(Fixtures.small(), engineName: "dot", formatName: "nope")
        }
        guard case .unknownFormat(let name, let available)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(name == "nope" && available.contains("svg"))
    }

    @Test func malformedHTMLLabel() throws {
        let graph = Fixtures.singleNode(label: .html(HTMLLabel(trustedMarkup: "<B>x</I>")))
        let error = #expect(throws: GraphvizError.self) { try Graphviz.render(graph, format: .svg) }
        guard case .malformedHTMLLabel(let messages)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(messages.contains { $0.contains("mismatched tag") })
        #expect(messages.contains("in label of node n"))
    }

    @Test func errorsDoNotLeakIntoTheNextJob() throws {
        let broken = Fixtures.singleNode(label: .html(HTMLLabel(trustedMarkup: "<TABLE>")))
        #expect(throws: GraphvizError.self) { try Graphviz.render(broken, format: .svg) }
        #expect(try SVGDocument(Graphviz.render(Fixtures.small(), format: .svg)) != nil)
    }

    @Test func invalidDOT() throws {
        let error = #expect(throws: GraphvizError.self) { try Graphviz.validateDOT("digraph { a -> }") }
        guard case .invalidDOT(let messages)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(messages.contains { $0.contains("syntax error") })
    }

    @Test func missingPluginNamesThePackage() throws {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.requirePlugins(engineNames: ["dot", "no-such-engine"], formatNames: ["svg"])
        }
        guard case .missingPlugins(let kind, let names, let available)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(kind == .layout && names == ["no-such-engine"] && available.contains("dot"))
        #expect(error?.description.contains("libgvc6") == true)
        #expect(throws: GraphvizError.self) { try Graphviz.requirePlugins(formatNames: ["no-such-format"]) }
    }

    @Test func installedPluginsCoverTheEnums() throws {
        try Graphviz.requirePlugins(engines: LayoutEngine.allCases, formats: OutputFormat.allCases)
        let capabilities = Graphviz.capabilities()
        #expect(capabilities.version.hasPrefix("2."))
        #expect(!capabilities.textLayouts.isEmpty)
    }
}
