import CoopModel
import Foundation

/// The JSON Graph Format, version 2 (jsongraphformat.info), carrying coopgraph's whole model.
///
/// `{"graph": {"directed": true, "nodes": {id: {label, metadata}}, "edges": [...]}}`. A node's
/// `label` is its French name; its `metadata` holds `type`, `names` (`fr`/`en`/`ar`), `aliases`,
/// `acronyms`, `properties`, `dates` (`[{"role", "date"}]`), `sources` and `note`. An edge has
/// `id` (`e<index>`), `source`, `target`, `relation` and `metadata` with `properties`, `dates`,
/// `sources` and `note`. Empty lists and missing values are left out. The round trip through
/// ``read(_:file:schema:)`` is lossless.
public enum JSONGraph {
    /// Writes `graph` as JGF: one line per node (in id order) and per edge (in relation order).
    /// - Complexity: O(n log n + m) for n entities and m relations, plus the text written.
    public static func write(_ graph: KnowledgeGraph, to output: inout some TextOutputStream) {
        output.write("{\n  \"graph\": {\n    \"id\": \"coopgraph\",\n    \"type\": \"coopgraph\",\n")
        output.write("    \"directed\": true,\n    \"metadata\": {\"model\": \"coopgraph\", \"version\": 1},\n")
        output.write("    \"nodes\": {")
        var first = true
        for index in graph.sortedEntityIndices {
            let entity = graph.entity(at: index)
            output.write(first ? "\n      " : ",\n      ")
            first = false
            output.write(JSONText.quoted(entity.id.rawValue) + ": {\"label\": " + JSONText.quoted(entity.names.fr))
            output.write(", \"metadata\": " + metadata(entity) + "}")
        }
        output.write(first ? "},\n" : "\n    },\n")
        output.write("    \"edges\": [")
        first = true
        for index in graph.relationIndices {
            output.write(first ? "\n      " : ",\n      ")
            first = false
            let source = JSONText.quoted(graph.entity(at: graph.source(of: index)).id.rawValue)
            let target = JSONText.quoted(graph.entity(at: graph.target(of: index)).id.rawValue)
            output.write("{\"id\": \"e\(index)\", \"source\": \(source), \"target\": \(target), ")
            output.write("\"relation\": " + JSONText.quoted(graph.relationType(at: index).rawValue))
            output.write(", \"metadata\": " + metadata(graph.payload(of: index)) + "}")
        }
        output.write(first ? "]\n" : "\n    ]\n")
        output.write("  }\n}\n")
    }

    /// Writes `graph` as JGF to `url`, atomically.
    public static func write(_ graph: KnowledgeGraph, to url: URL) throws(ExchangeError) {
        try AtomicFile.write(to: url, failure: ExchangeError.writing(url)) { (stream: inout FileTextStream) throws(ExchangeError) in write(graph, to: &stream) }
    }

    private static func metadata(_ entity: Entity) -> String {
        var members = ["\"type\": " + JSONText.quoted(entity.type.rawValue)]
        var names = ["\"fr\": " + JSONText.quoted(entity.names.fr)]
        if let english = entity.names.en { names.append("\"en\": " + JSONText.quoted(english)) }
        if let arabic = entity.names.ar { names.append("\"ar\": " + JSONText.quoted(arabic)) }
        members.append("\"names\": {" + names.joined(separator: ", ") + "}")
        if !entity.aliases.isEmpty { members.append("\"aliases\": " + list(entity.aliases)) }
        if !entity.acronyms.isEmpty { members.append("\"acronyms\": " + list(entity.acronyms)) }
        members += common(properties: entity.properties, dates: entity.dates, sources: entity.sources, note: entity.note)
        return "{" + members.joined(separator: ", ") + "}"
    }

    private static func metadata(_ payload: RelationPayload) -> String {
        let members = common(properties: payload.properties, dates: payload.dates, sources: payload.sources, note: payload.note)
        return "{" + members.joined(separator: ", ") + "}"
    }

    private static func common(properties: [String: PropertyValue], dates: [DatedRole], sources: [SourceRef], note: String?)
        -> [String]
    {
        var members: [String] = []
        if !properties.isEmpty {
            let pairs = properties.sorted { $0.key < $1.key }.map { JSONText.quoted($0.key) + ": " + $0.value.jsonText }
            members.append("\"properties\": {" + pairs.joined(separator: ", ") + "}")
        }
        if !dates.isEmpty {
            let items = dates.map {
                "{\"role\": " + JSONText.quoted($0.role.rawValue) + ", \"date\": \"" + $0.date.description + "\"}"
            }
            members.append("\"dates\": [" + items.joined(separator: ", ") + "]")
        }
        if !sources.isEmpty { members.append("\"sources\": " + list(sources.map(\.description))) }
        if let note { members.append("\"note\": " + JSONText.quoted(note)) }
        return members
    }

    private static func list(_ items: [String]) -> String {
        "[" + items.map(JSONText.quoted).joined(separator: ", ") + "]"
    }
}
