import Yams

/// Names and citations that one file adds to a fact defined in another (`additions:`).
struct AdditionRecord {
    /// The fact that gains names or citations.
    enum Target: Hashable {
        case entity(EntityID)
        case relation(RelationType, from: EntityID, to: EntityID)
    }

    var target: Target
    /// Where the target is named (the `entity:` or `relation:` value).
    var targetPlace: Place
    var aliases: [String]
    var acronyms: [String]
    /// Each alias and acronym with its place, for the ambiguous-name check.
    var names: [(text: String, place: Place)]
    var sources: [SourceRef]
}

extension KnowledgeBaseFileReader {
    static let additionKeys = ["entity", "relation", "aliases", "acronyms", "sources"]

    /// Reads one item of `additions:`; nil when it does not name its target properly.
    func addition(_ node: Node, _ reader: inout NodeReader) -> AdditionRecord? {
        guard let pairs = reader.mapping(node, "an addition", allowed: Self.additionKeys) else { return nil }
        func field(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }
        var target: AdditionRecord.Target?
        var targetPlace = reader.place(node)
        switch (field("entity"), field("relation")) {
        case (let entityNode?, nil):
            targetPlace = reader.place(entityNode)
            target = fields.id(entityNode, "the entity of an addition", &reader).map { .entity($0) }
        case (nil, let relationNode?):
            targetPlace = reader.place(relationNode)
            target = relationTarget(relationNode, &reader)
        case (nil, nil):
            reader.error(
                .missingKey, at: node, "an addition names no fact to add to",
                hint: "add 'entity: ID' or 'relation: {type: TYPE, from: ID, to: ID}'")
        case (.some, .some):
            reader.error(
                .wrongShape, at: node, "an addition names both an entity and a relation",
                hint: "write two additions, one for each")
        }
        var names: [(text: String, place: Place)] = []
        let aliases = textList(field("aliases"), "'aliases'", &reader, into: &names)
        let acronyms = textList(field("acronyms"), "'acronyms'", &reader, into: &names)
        if case .relation = target, let first = names.first {
            reader.error(
                .propertyNotAllowed, at: first.place, "a relation has no names; an addition to a relation adds only 'sources'",
                hint: "remove 'aliases' and 'acronyms' from this addition")
        }
        let sourcesNode = field("sources")
        let sources = sourcesNode.map { fields.sources($0, owner: "an addition", ownerNode: node, &reader) } ?? []
        if aliases.isEmpty && acronyms.isEmpty && sourcesNode == nil {
            reader.error(
                .missingKey, at: node, "an addition adds nothing", hint: "give it 'aliases', 'acronyms' or 'sources'")
        }
        guard let target else { return nil }
        return AdditionRecord(
            target: target, targetPlace: targetPlace, aliases: aliases, acronyms: acronyms, names: names, sources: sources)
    }

    /// The `{type, from, to}` of a relation addition.
    private func relationTarget(_ node: Node, _ reader: inout NodeReader) -> AdditionRecord.Target? {
        guard let pairs = reader.mapping(node, "the relation of an addition", allowed: ["type", "from", "to"]) else {
            return nil
        }
        func field(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }
        var values: [String: EntityID] = [:]
        for key in ["from", "to"] {
            guard let endpoint = field(key) else {
                reader.error(.missingKey, at: node, "the relation of an addition has no '\(key)'", hint: "add '\(key): ID'")
                continue
            }
            values[key] = fields.id(endpoint, "'\(key)'", &reader)
        }
        guard let typeNode = field("type") else {
            reader.error(
                .missingKey, at: node, "the relation of an addition has no 'type'", hint: "add 'type: …', a relation type of schema.yaml")
            return nil
        }
        guard let name = reader.text(typeNode, "the relation type") else { return nil }
        let type = RelationType(rawValue: name)
        guard schema.relationTypes[type] != nil else {
            reader.error(
                .unknownRelationType, at: typeNode, "unknown relation type '\(name)'",
                hint: Schema.hintForType(name, schema.relationTypes.keys.map(\.rawValue)))
            return nil
        }
        guard let from = values["from"], let to = values["to"] else { return nil }
        return .relation(type, from: from, to: to)
    }
}
