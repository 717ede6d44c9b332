import CoopModel
import Foundation

/// Paths and the shipped knowledge base, loaded once for all tests.
enum Fixtures {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `Data/`.
    static let data = root.appendingPathComponent("Data")
    /// `Graphs/`.
    static let graphs = root.appendingPathComponent("Graphs")
    /// The shipped knowledge base.
    static let base: KnowledgeBase = {
        do {
            return try KnowledgeBase.load(directory: data)
        } catch {
            preconditionFailure("the shipped knowledge base must load: \(error)")
        }
    }()
}

import CoopDiagram

extension Fixtures {
    /// The shipped style table.
    static let style: StyleTable = {
        do {
            return try StyleTable.load(dataDirectory: data, schema: base.schema)
        } catch {
            preconditionFailure("the shipped style table must load: \(error)")
        }
    }()

    /// The names of the shipped views, in file order.
    static var viewNames: [String] {
        ((try? ViewRenderer.viewFiles(in: graphs)) ?? []).map { $0.deletingPathExtension().lastPathComponent }
    }

    /// The shipped view `name`.
    static func view(_ name: String) throws -> ViewDefinition {
        try ViewDefinition.load(ViewRenderer.viewFile(named: name, in: graphs), graph: base.graph)
    }

    /// The diagram options a shipped view is rendered with by `coopgraph render`.
    static func options(_ view: ViewDefinition, language: Language = .fr) -> DiagramOptions {
        ViewRenderer(graph: base.graph, style: style, language: language).options(for: view)
    }

    /// The bytes of shipped view `name` in `format`.
    static func render(_ name: String, _ format: DiagramFormat, language: Language = .fr) throws -> Data {
        let view = try view(name)
        let subgraph = try view.selection.apply(to: base.graph)
        return try Diagram.render(subgraph, of: base.graph, options: options(view, language: language), format: format)
    }
}
