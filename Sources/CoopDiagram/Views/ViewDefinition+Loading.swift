import CoopModel
import Foundation
import GraphvizKit
import Yams

extension ViewDefinition {
    /// The keys a view file may use.
    static let keys = [
        "title", "select", "node_types", "relation_types", "time", "prune_isolated", "group_by", "sides",
        "merge_parallel", "relation_labels", "layout", "formats",
    ]

    /// Reads the view file at `url`; entity names are resolved in `graph`, types checked against its schema.
    public static func load(_ url: URL, graph: KnowledgeGraph) throws(DiagramError) -> ViewDefinition {
        let name = url.deletingPathExtension().lastPathComponent
        return try parse(YAMLReader.text(of: url), name: name, file: url.relativePath, graph: graph)
    }

    /// Reads view YAML `text` from `file`.
    public static func parse(_ text: String, name: String, file: String, graph: KnowledgeGraph) throws(DiagramError) -> ViewDefinition {
        let reader = ViewReader(yaml: YAMLReader(file: file), graph: graph)
        var view = ViewDefinition(name: name)
        var sawSelect = false
        for pair in try reader.yaml.mapping(reader.yaml.root(of: text), "the view", allowed: keys) {
            let value = pair.value
            switch pair.key {
            case "title": view.title = try reader.localized(value, "title")
            case "select":
                view.selection.scope = try reader.scope(value)
                sawSelect = true
            case "node_types":
                view.selection.nodeTypes = try reader.types(value, "node_types", known: graph.schema.sortedNodeTypes)
            case "relation_types":
                view.selection.relationTypes = try reader.types(value, "relation_types", known: graph.schema.sortedRelationTypes)
            case "time": view.selection.time = try reader.time(value)
            case "prune_isolated": view.selection.pruneIsolated = try reader.yaml.bool(value, "prune_isolated")
            case "group_by": view.presentation.grouping = try reader.yaml.choice(value, "group_by", as: Presentation.Grouping.self)
            case "sides":
                let ids = try reader.entities(value, "sides")
                guard ids.count == 2 else { throw reader.yaml.error(value, "sides must name two countries, like [DZ, FR]") }
                view.presentation.sides = Sides(ids[0], ids[1])
            case "merge_parallel": view.presentation.mergesParallel = try reader.yaml.bool(value, "merge_parallel")
            case "relation_labels": view.presentation.labelsRelations = try reader.yaml.bool(value, "relation_labels")
            case "layout": try reader.layout(value, into: &view)
            default:
                view.formats = []
                for item in try reader.yaml.list(value, "formats") {
                    view.formats.append(try reader.yaml.choice(item, "format", as: DiagramFormat.self))
                }
            }
        }
        guard sawSelect else {
            throw DiagramError.invalidInput(
                file: file, line: 1, column: 1, message: "the view has no 'select:'",
                hint: "add e.g. 'select: {whole: true}' or 'select: {ego: {entity: DGPC, depth: 2}}'")
        }
        return view
    }
}

/// Reads the parts of a view file that need the graph: entity names and type names.
private struct ViewReader {
    let yaml: YAMLReader
    let graph: KnowledgeGraph

    func localized(_ node: Yams.Node, _ what: String) throws(DiagramError) -> LocalizedText {
        var texts: [String: String] = [:]
        for pair in try yaml.mapping(node, what, allowed: ["fr", "en", "ar"]) {
            texts[pair.key] = try yaml.string(pair.value, "\(what).\(pair.key)")
        }
        guard let fr = texts["fr"] else { throw yaml.error(node, "\(what) needs a French text 'fr'") }
        return LocalizedText(fr: fr, en: texts["en"], ar: texts["ar"])
    }

    func entity(_ node: Yams.Node, _ what: String) throws(DiagramError) -> EntityID {
        let text = try yaml.string(node, what)
        do {
            return graph.entity(at: try EntityResolver.resolve(text, in: graph)).id
        } catch {
            throw yaml.error(node, "in \(what): \(error)")
        }
    }

    func entities(_ node: Yams.Node, _ what: String) throws(DiagramError) -> [EntityID] {
        var result: [EntityID] = []
        for item in try yaml.list(node, what) { result.append(try entity(item, what)) }
        return result
    }

    func types<T: RawRepresentable & Hashable>(_ node: Yams.Node, _ what: String, known: [T]) throws(DiagramError) -> Set<T>
    where T.RawValue == String {
        var result = Set<T>()
        for item in try yaml.list(node, what) {
            let text = try yaml.string(item, what)
            guard let type = known.first(where: { $0.rawValue == text }) else {
                throw yaml.error(item, "'\(text)' in \(what) is not a type of the schema", hint: "use one of: " + known.map(\.rawValue).joined(separator: ", "))
            }
            result.insert(type)
        }
        return result
    }

    func scope(_ node: Yams.Node) throws(DiagramError) -> Selection.Scope {
        let pairs = try yaml.mapping(node, "select", allowed: ["whole", "ego", "sector", "pair", "members"])
        guard pairs.count == 1, let pair = pairs.first else {
            throw yaml.error(node, "select must have exactly one of: whole, ego, sector, pair, members")
        }
        switch pair.key {
        case "whole":
            guard try yaml.bool(pair.value, "select.whole") else { throw yaml.error(pair.value, "write 'whole: true'") }
            return .whole
        case "ego":
            var center: EntityID?
            var depth = 1
            for field in try yaml.mapping(pair.value, "select.ego", allowed: ["entity", "depth"]) {
                if field.key == "entity" { center = try entity(field.value, "select.ego.entity") }
                else { depth = try yaml.int(field.value, "select.ego.depth", in: 0...10) }
            }
            guard let center else { throw yaml.error(pair.value, "select.ego needs 'entity: NAME'") }
            return .ego(center, depth: depth)
        case "sector":
            return .sector(try entity(pair.value, "select.sector"))
        case "pair":
            let ids = try entities(pair.value, "select.pair")
            guard ids.count == 2 else { throw yaml.error(pair.value, "select.pair must name two countries, like [DZ, FR]") }
            return .pair(ids[0], ids[1])
        default:
            var countries: [EntityID] = []
            var kinds: [NodeType] = []
            var depth = 1
            for field in try yaml.mapping(pair.value, "select.members", allowed: ["of", "types", "depth"]) {
                switch field.key {
                case "of": countries = try entities(field.value, "select.members.of")
                case "types": kinds = try types(field.value, "select.members.types", known: graph.schema.sortedNodeTypes).sorted()
                default: depth = try yaml.int(field.value, "select.members.depth", in: 0...10)
                }
            }
            guard !countries.isEmpty, !kinds.isEmpty else {
                throw yaml.error(pair.value, "select.members needs 'of: [countries]' and 'types: [node types]'")
            }
            return .members(of: countries, types: kinds, depth: depth)
        }
    }

    func time(_ node: Yams.Node) throws(DiagramError) -> TimeFilter {
        var filter = TimeFilter()
        for pair in try yaml.mapping(node, "time", allowed: ["as_of", "since", "until", "keep_undated"]) {
            if pair.key == "keep_undated" {
                filter.keepsUndated = try yaml.bool(pair.value, "time.keep_undated")
                continue
            }
            let text = try yaml.string(pair.value, "time.\(pair.key)")
            let date: PartialDate
            do {
                date = try PartialDate(parsing: text)
            } catch {
                throw yaml.error(pair.value, "time.\(pair.key): \(error)")
            }
            switch pair.key {
            case "as_of": filter.asOf = date
            case "since": filter.since = date
            default: filter.until = date
            }
        }
        return filter
    }

    func layout(_ node: Yams.Node, into view: inout ViewDefinition) throws(DiagramError) {
        for pair in try yaml.mapping(node, "layout", allowed: ["engine", "rankdir", "line_scale", "graph"]) {
            switch pair.key {
            case "engine": view.engine = try yaml.choice(pair.value, "layout engine", as: LayoutEngine.self)
            case "rankdir":
                let text = try yaml.string(pair.value, "layout.rankdir")
                guard ["LR", "RL", "TB", "BT"].contains(text) else {
                    throw yaml.error(pair.value, "'\(text)' is not a rankdir", hint: "use LR, RL, TB or BT")
                }
                view.presentation.rankdir = text
            case "line_scale": view.presentation.lineScale = try yaml.number(pair.value, "layout.line_scale", in: 0.1...5)
            default:
                for attribute in try yaml.mapping(pair.value, "layout.graph", allowed: nil) {
                    view.presentation.graphAttributes.append(
                        RawAttribute(attribute.key, try yaml.string(attribute.value, "layout.graph.\(attribute.key)")))
                }
            }
        }
    }
}
