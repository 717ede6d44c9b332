import CoopModel
import Foundation

extension JSONGraph {
    /// Reads a JGF v2 document (one `graph` with `nodes` keyed by id) into a graph of `schema`.
    ///
    /// Nodes need `metadata.type` and a French name (`metadata.names.fr`, else the `label`);
    /// edges need `source`, `target` and `relation`. Errors name `file`, the line and the column.
    /// - Complexity: O(size of the document).
    public static func read(_ bytes: [UInt8], file: String, schema: Schema) throws(ExchangeError) -> KnowledgeGraph {
        let root = try JSONParser.parse(bytes, file: file)
        let reader = JGFReader(file: file)
        if root["graphs"] != nil, root["graph"] == nil {
            throw reader.failure(root, "the file holds several graphs ('graphs'); keep one under 'graph'")
        }
        let graph = try reader.object(try reader.required(root, "graph"), "graph")
        if case .bool(false) = graph["directed"]?.value {
            throw reader.failure(graph, "the graph says \"directed\": false; coopgraph relations are directed (from → to)")
        }
        var builder = KnowledgeGraphBuilder(schema: schema)
        if let nodes = graph["nodes"] {
            guard case .object(let members) = nodes.value else {
                throw reader.failure(nodes, "'nodes' must be an object keyed by node id (JGF v2), not \(nodes.value.kindName)")
            }
            for member in members {
                let entity = try reader.entity(id: member.key, member.node)
                do {
                    try builder.add(entity)
                } catch {
                    throw reader.failure(member.node, "\(error)")
                }
            }
        }
        if let edges = graph["edges"] {
            guard case .array(let items) = edges.value else {
                throw reader.failure(edges, "'edges' must be an array, not \(edges.value.kindName)")
            }
            for item in items {
                let relation = try reader.relation(item)
                do {
                    try builder.add(relation)
                } catch {
                    throw reader.failure(item, "\(error)")
                }
            }
        }
        return builder.build()
    }

    /// Reads the JGF file at `url`.
    public static func read(contentsOf url: URL, schema: Schema) throws(ExchangeError) -> KnowledgeGraph {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .io(path: url.path, reason: "cannot read the file: \(error.localizedDescription)")
        }
        return try read(Array(data), file: url.path, schema: schema)
    }
}

/// Turns JGF nodes and edges into coopgraph entities and relations, with precise errors.
private struct JGFReader {
    let file: String

    func failure(_ node: JSONNode, _ reason: String) -> ExchangeError {
        .malformed(file: file, line: node.line, column: node.column, reason: reason)
    }

    func required(_ node: JSONNode, _ key: String) throws(ExchangeError) -> JSONNode {
        guard let value = node[key] else { throw failure(node, "'\(key)' is missing; add it") }
        return value
    }

    func object(_ node: JSONNode, _ name: String) throws(ExchangeError) -> JSONNode {
        guard case .object = node.value else { throw failure(node, "'\(name)' must be an object, not \(node.value.kindName)") }
        return node
    }

    func string(_ node: JSONNode, _ name: String) throws(ExchangeError) -> String {
        guard case .string(let text) = node.value else { throw failure(node, "'\(name)' must be a string, not \(node.value.kindName)") }
        return text
    }

    func optionalString(_ parent: JSONNode?, _ key: String) throws(ExchangeError) -> String? {
        guard let node = parent?[key] else { return nil }
        if case .null = node.value { return nil }
        return try string(node, key)
    }

    func strings(_ parent: JSONNode, _ key: String) throws(ExchangeError) -> [String] {
        guard let node = parent[key] else { return [] }
        guard case .array(let items) = node.value else { throw failure(node, "'\(key)' must be an array of strings") }
        var result: [String] = []
        for item in items { result.append(try string(item, key)) }
        return result
    }

    func entity(id: String, _ node: JSONNode) throws(ExchangeError) -> Entity {
        _ = try object(node, id)
        let metadata = try object(try required(node, "metadata"), "metadata")
        let type = try string(try required(metadata, "type"), "type")
        let names = metadata["names"]
        let label = try optionalString(node, "label")
        guard let french = try optionalString(names, "fr") ?? label else {
            throw failure(metadata, "node '\(id)' has no French name; add metadata.names.fr (or a label)")
        }
        var entity = Entity(
            id: EntityID(id), type: NodeType(rawValue: type),
            names: Names(fr: french, en: try optionalString(names, "en"), ar: try optionalString(names, "ar")))
        entity.aliases = try strings(metadata, "aliases")
        entity.acronyms = try strings(metadata, "acronyms")
        entity.properties = try properties(metadata)
        entity.dates = try dates(metadata)
        entity.sources = try sources(metadata)
        entity.note = try optionalString(metadata, "note")
        return entity
    }

    func relation(_ node: JSONNode) throws(ExchangeError) -> Relation {
        _ = try object(node, "edge")
        let source = try string(try required(node, "source"), "source")
        let target = try string(try required(node, "target"), "target")
        let type = try string(try required(node, "relation"), "relation")
        var relation = Relation(type: RelationType(rawValue: type), from: EntityID(source), to: EntityID(target))
        if let metadata = node["metadata"] {
            _ = try object(metadata, "metadata")
            relation.properties = try properties(metadata)
            relation.dates = try dates(metadata)
            relation.sources = try sources(metadata)
            relation.note = try optionalString(metadata, "note")
        }
        return relation
    }

    private func properties(_ metadata: JSONNode) throws(ExchangeError) -> [String: PropertyValue] {
        guard let node = metadata["properties"] else { return [:] }
        guard case .object(let members) = node.value else { throw failure(node, "'properties' must be an object") }
        var result: [String: PropertyValue] = [:]
        for member in members { result[member.key] = try PropertyValue(json: member.node, file: file) }
        return result
    }

    private func dates(_ metadata: JSONNode) throws(ExchangeError) -> [DatedRole] {
        guard let node = metadata["dates"] else { return [] }
        guard case .array(let items) = node.value else { throw failure(node, "'dates' must be an array of {role, date}") }
        var result: [DatedRole] = []
        for item in items {
            let role = try string(try required(item, "role"), "role")
            let dateNode = try required(item, "date")
            let text = try string(dateNode, "date")
            do {
                result.append(DatedRole(DateRole(rawValue: role), try PartialDate(parsing: text)))
            } catch {
                throw failure(dateNode, "\(error)")
            }
        }
        return result
    }

    private func sources(_ metadata: JSONNode) throws(ExchangeError) -> [SourceRef] {
        var result: [SourceRef] = []
        for text in try strings(metadata, "sources") {
            guard let source = SourceRef(parsing: text) else {
                throw failure(metadata, "'\(text)' is not a source; write FILE or FILE:LINE")
            }
            result.append(source)
        }
        return result
    }
}
