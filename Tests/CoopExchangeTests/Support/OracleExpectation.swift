import CoopModel
import Foundation

/// What NetworkX and rdflib should read from coopgraph's files, restated from the graph itself
/// with the documented mapping (not with the writers' code), for `Oracle/check_exchange.py`.
enum OracleExpectation {
    /// The expectation as JSON for `check_exchange.py`.
    static func json(for graph: KnowledgeGraph, partnersOf entity: EntityID) throws -> Data {
        var graphmlNodes: [String: Any] = [:]
        var gexfNodes: [String: Any] = [:]
        for index in graph.entityIndices {
            let entity = graph.entity(at: index)
            var attributes: [String: Any] = ["type": entity.type.rawValue, "name_fr": entity.names.fr]
            if let english = entity.names.en { attributes["name_en"] = english }
            if let arabic = entity.names.ar { attributes["name_ar"] = arabic }
            if !entity.aliases.isEmpty { attributes["aliases"] = entity.aliases }
            if !entity.acronyms.isEmpty { attributes["acronyms"] = entity.acronyms }
            common(&attributes, properties: entity.properties, dates: entity.dates, sources: entity.sources, note: entity.note)
            graphmlNodes[entity.id.rawValue] = attributes
            attributes["label"] = entity.names.fr
            period(&attributes, FactPeriod(dates: entity.dates, isEvent: entity.type == .event))
            gexfNodes[entity.id.rawValue] = attributes
        }
        var graphmlEdges: [String: Any] = [:]
        var gexfEdges: [String: Any] = [:]
        for index in graph.relationIndices {
            let relation = graph.relation(at: index)
            var attributes: [String: Any] = ["relation": relation.type.rawValue]
            common(&attributes, properties: relation.properties, dates: relation.dates, sources: relation.sources, note: relation.note)
            graphmlEdges["e\(index)"] = ["source": relation.from.rawValue, "target": relation.to.rawValue, "attributes": attributes]
            attributes["label"] = relation.type.rawValue
            let isEvent = graph.entity(relation.to)?.type == .event
            period(&attributes, FactPeriod(dates: relation.dates, isEvent: isEvent))
            gexfEdges["e\(index)"] = ["source": relation.from.rawValue, "target": relation.to.rawValue, "attributes": attributes]
        }
        let root: [String: Any] = [
            "graphml": ["nodes": graphmlNodes, "edges": graphmlEdges],
            "gexf": ["nodes": gexfNodes, "edges": gexfEdges],
            "rdf": ["entity": iri(entity)],
        ]
        return try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])
    }

    /// The entity's IRI: the namespace and the id with every byte but `A-Z a-z 0-9 - . _ ~` percent-encoded.
    static func iri(_ id: EntityID) -> String {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
        let encoded = id.rawValue.utf8.map { unreserved.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }
        return "https://coopgraph.example/id/" + encoded.joined()
    }

    private static func common(
        _ attributes: inout [String: Any], properties: [String: PropertyValue], dates: [DatedRole], sources: [SourceRef],
        note: String?
    ) {
        if !dates.isEmpty { attributes["dates"] = dates.map { "\($0.role.rawValue):\($0.date)" }.joined(separator: " ") }
        if !sources.isEmpty { attributes["sources"] = sources.map(\.description) }
        if let note { attributes["note"] = note }
        for (name, value) in properties { attributes["prop_" + name] = json(value) }
    }

    private static func json(_ value: PropertyValue) -> Any {
        switch value {
        case .string(let text): return text
        case .int(let number): return number
        case .bool(let flag): return flag
        case .list(let items): return items.map(json)
        }
    }

    private static func period(_ attributes: inout [String: Any], _ period: FactPeriod) {
        func iso(_ day: Int) -> String { String(format: "%04d-%02d-%02d", day / 10_000, day / 100 % 100, day % 100) }
        if let start = period.start { attributes["start"] = iso(start) }
        if let end = period.end { attributes["end"] = iso(end) }
    }
}
