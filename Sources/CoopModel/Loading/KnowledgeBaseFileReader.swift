import Yams

/// Reads the `entities:`, `relations:` and `additions:` of one knowledge-base file into records.
struct KnowledgeBaseFileReader {
    let fields: FactFieldReader
    var schema: Schema { fields.schema }

    static let entityKeys = ["id", "type", "name", "acronyms", "aliases", "properties", "dates", "sources", "note"]
    static let relationKeys = ["type", "from", "to", "properties", "dates", "sources", "note"]

    /// The three lists of a file's root mapping, or nil (with an error) for another shape.
    func sections(_ root: Node, _ reader: inout NodeReader) -> (entities: [Node], relations: [Node], additions: [Node])? {
        guard case .mapping = root else {
            reader.error(
                .badTopLevel, at: root, "the top level must be a mapping with 'entities', 'relations' and/or 'additions'",
                hint: "start the file with 'entities:' or 'relations:'")
            return nil
        }
        guard let pairs = reader.mapping(root, "the top level", allowed: ["entities", "relations", "additions"]) else { return nil }
        if pairs.isEmpty {
            reader.error(
                .badTopLevel, at: root, "the file has neither 'entities' nor 'relations' nor 'additions'", hint: "add one of them")
            return nil
        }
        var entities: [Node] = []
        var relations: [Node] = []
        var additions: [Node] = []
        for pair in pairs {
            if case .scalar(let scalar) = pair.value, scalar.string.isEmpty || scalar.string == "null" || scalar.string == "~" {
                continue
            }
            guard let items = reader.list(pair.value, "'\(pair.key)'") else { continue }
            switch pair.key {
            case "entities": entities = items
            case "relations": relations = items
            default: additions = items
            }
        }
        return (entities, relations, additions)
    }

    /// Reads one entity mapping; nil when it lacks what identifies it (id, type, French name).
    func entity(_ node: Node, _ reader: inout NodeReader) -> EntityRecord? {
        guard let pairs = reader.mapping(node, "an entity", allowed: Self.entityKeys) else { return nil }
        func field(_ key: String) -> (keyNode: Node, value: Node)? {
            pairs.first { $0.key == key }.map { ($0.keyNode, $0.value) }
        }
        guard let idField = field("id") else {
            reader.error(.missingKey, at: node, "an entity has no 'id'", hint: "add 'id: …' (e.g. dz.miclat)")
            return nil
        }
        let id = fields.id(idField.value, "the id", &reader)
        let owner = "entity '\(idField.value.scalar?.string ?? "?")'"
        var type: NodeType?
        var spec: NodeTypeSpec?
        if let typeField = field("type") {
            if let name = reader.text(typeField.value, "the type") {
                if let known = schema.nodeTypes[NodeType(rawValue: name)] {
                    type = NodeType(rawValue: name)
                    spec = known
                } else {
                    reader.error(
                        .unknownType, at: typeField.value, "unknown node type '\(name)'",
                        hint: Schema.hintForType(name, schema.nodeTypes.keys.map(\.rawValue)))
                }
            }
        } else {
            reader.error(.missingKey, at: node, "\(owner) has no 'type'", hint: "add 'type: …', a node type of schema.yaml")
        }
        var names: [(text: String, place: Place)] = []
        var french: String?, english: String?, arabic: String?
        if let nameField = field("name") {
            if let namePairs = reader.mapping(nameField.value, "the name of \(owner)", allowed: ["fr", "en", "ar"]) {
                for pair in namePairs {
                    guard let text = reader.text(pair.value, "'\(pair.key)' name"), !text.isEmpty else { continue }
                    names.append((text, reader.place(pair.value)))
                    switch pair.key {
                    case "fr": french = text
                    case "en": english = text
                    default: arabic = text
                    }
                }
                if french == nil {
                    reader.error(.missingFrenchName, at: nameField.value, "\(owner) has no French name", hint: "add 'fr: …' to 'name'")
                }
            }
        } else {
            reader.error(.missingFrenchName, at: node, "\(owner) has no name", hint: "add 'name: {fr: …}'")
        }
        let aliases = textList(field("aliases")?.value, "'aliases'", &reader, into: &names)
        let acronyms = textList(field("acronyms")?.value, "'acronyms'", &reader, into: &names)
        let properties = fields.properties(
            field("properties")?.value, specs: spec?.properties ?? [:], owner: type.map { "a \($0)" } ?? owner,
            ownerNode: node, &reader)
        let dates = fields.dates(field("dates")?.value, &reader)
        let sources = fields.sources(field("sources")?.value, owner: owner, ownerNode: node, &reader)
        let note = field("note").flatMap { reader.text($0.value, "'note'") }
        guard let id, let type, let french else { return nil }
        let entity = Entity(
            id: id, type: type, names: Names(fr: french, en: english, ar: arabic), aliases: aliases, acronyms: acronyms,
            properties: properties.values, dates: dates, sources: sources, note: note)
        return EntityRecord(
            entity: entity, place: reader.place(node), idPlace: reader.place(idField.value), names: names,
            references: properties.references)
    }

    /// Reads one relation mapping; nil when its type or an endpoint is missing or unknown.
    func relation(_ node: Node, _ reader: inout NodeReader) -> RelationRecord? {
        guard let pairs = reader.mapping(node, "a relation", allowed: Self.relationKeys) else { return nil }
        func field(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }
        var type: RelationType?
        var spec: RelationTypeSpec?
        if let typeNode = field("type") {
            if let name = reader.text(typeNode, "the relation type") {
                if let known = schema.relationTypes[RelationType(rawValue: name)] {
                    type = RelationType(rawValue: name)
                    spec = known
                } else {
                    reader.error(
                        .unknownRelationType, at: typeNode, "unknown relation type '\(name)'",
                        hint: Schema.hintForType(name, schema.relationTypes.keys.map(\.rawValue)))
                }
            }
        } else {
            reader.error(.missingKey, at: node, "a relation has no 'type'", hint: "add 'type: …', a relation type of schema.yaml")
        }
        let owner = "a \(type?.rawValue ?? "relation") relation"
        var endpoints: [EntityID?] = []
        for key in ["from", "to"] {
            guard let endpoint = field(key) else {
                reader.error(.missingKey, at: node, "\(owner) has no '\(key)'", hint: "add '\(key): ID'")
                endpoints.append(nil)
                continue
            }
            endpoints.append(fields.id(endpoint, "'\(key)'", &reader))
        }
        let properties = fields.properties(
            field("properties"), specs: spec?.properties ?? [:], owner: owner, ownerNode: node, &reader)
        let dates = fields.dates(field("dates"), &reader)
        let sources = fields.sources(field("sources"), owner: owner, ownerNode: node, &reader)
        let note = field("note").flatMap { reader.text($0, "'note'") }
        guard let type, let from = endpoints[0], let to = endpoints[1], let fromNode = field("from"),
            let toNode = field("to")
        else { return nil }
        let relation = Relation(
            type: type, from: from, to: to, properties: properties.values, dates: dates, sources: sources, note: note)
        return RelationRecord(
            relation: relation, place: reader.place(node), fromPlace: reader.place(fromNode),
            toPlace: reader.place(toNode), references: properties.references)
    }

    func textList(
        _ node: Node?, _ what: String, _ reader: inout NodeReader, into names: inout [(text: String, place: Place)]
    ) -> [String] {
        guard let node, let items = reader.list(node, what) else { return [] }
        var result: [String] = []
        for item in items {
            guard let text = reader.text(item, "an item of \(what)"), !text.isEmpty else { continue }
            result.append(text)
            names.append((text, reader.place(item)))
        }
        return result
    }
}
