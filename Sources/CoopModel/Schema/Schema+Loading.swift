import Foundation
import Yams

extension Schema {
    /// Reads `schema.yaml`: node types, relation types, date roles and groups (expanded).
    public static func load(from url: URL, limits: LoadLimits = .default) throws(KnowledgeBaseError) -> Schema {
        var diagnostics: [Diagnostic] = []
        let schema = read(url, limits: limits, diagnostics: &diagnostics)
        guard let schema, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw KnowledgeBaseError(errors: diagnostics)
        }
        return schema
    }

    /// Reads a schema from YAML text; `file` names it in messages.
    public init(yaml: String, file: String = "schema.yaml") throws(KnowledgeBaseError) {
        var reader = NodeReader(file: file)
        switch YAMLFile.parse(bytes: Array(yaml.utf8), file: file, limits: .default) {
        case .failure(let diagnostic):
            throw KnowledgeBaseError(errors: [diagnostic])
        case .success(let root):
            let schema = Schema.read(root, reader: &reader)
            guard let schema, reader.diagnostics.isEmpty else { throw KnowledgeBaseError(errors: reader.diagnostics) }
            self = schema
        }
    }

    /// Reads `url`, appending its problems to `diagnostics`.
    static func read(_ url: URL, limits: LoadLimits, diagnostics: inout [Diagnostic]) -> Schema? {
        YAMLFile.parse(url, limits: limits, diagnostics: &diagnostics) { root, reader in read(root, reader: &reader) }
    }

    /// Reads a schema's root mapping.
    static func read(_ root: Node, reader: inout NodeReader) -> Schema? {
        let topKeys = ["version", "date_roles", "groups", "node_types", "relation_types"]
        guard let top = reader.mapping(root, "the schema", allowed: topKeys) else { return nil }
        func section(_ key: String) -> Node? { top.first { $0.key == key }?.value }

        var dateRoles: [DateRole: LocalizedText] = [:]
        if let node = section("date_roles"), let pairs = reader.mapping(node, "date_roles") {
            for pair in pairs {
                if let label = readLabel(pair.value, "the label of date role '\(pair.key)'", &reader) {
                    dateRoles[DateRole(rawValue: pair.key)] = label
                }
            }
        }
        guard let nodeSection = section("node_types"), let nodePairs = reader.mapping(nodeSection, "node_types") else {
            if section("node_types") == nil {
                reader.error(.schemaInvalid, at: root, "the schema has no 'node_types'", hint: "declare the node types")
            }
            return nil
        }
        let declared = Set(nodePairs.map { NodeType(rawValue: $0.key) })
        var groups: [String: [NodeType]] = [:]
        if let node = section("groups"), let pairs = reader.mapping(node, "groups") {
            for pair in pairs {
                guard let items = reader.list(pair.value, "group '\(pair.key)'") else { continue }
                var members: [NodeType] = []
                for item in items {
                    guard let name = reader.text(item, "a member of group '\(pair.key)'") else { continue }
                    if declared.contains(NodeType(rawValue: name)) {
                        members.append(NodeType(rawValue: name))
                    } else {
                        reader.error(
                            .schemaInvalid, at: item, "group '\(pair.key)' names '\(name)', which is not a node type",
                            hint: hintForType(name, declared.map(\.rawValue)))
                    }
                }
                groups[pair.key] = members
            }
        }
        let context = TypeSetContext(declared: declared, groups: groups)
        var nodeTypes: [NodeType: NodeTypeSpec] = [:]
        for pair in nodePairs {
            let what = "node type '\(pair.key)'"
            guard let fields = reader.mapping(pair.value, what, allowed: ["label", "properties", "vocabulary"]) else {
                continue
            }
            var spec = NodeTypeSpec(label: LocalizedText(fr: pair.key))
            for field in fields {
                switch field.key {
                case "label": spec.label = readLabel(field.value, "the label of \(what)", &reader) ?? spec.label
                case "properties": spec.properties = readProperties(field.value, of: what, context, &reader)
                default: spec.isVocabulary = readBool(field.value, "'vocabulary' of \(what)", &reader)
                }
            }
            nodeTypes[NodeType(rawValue: pair.key)] = spec
        }
        var relationTypes: [RelationType: RelationTypeSpec] = [:]
        if let node = section("relation_types"), let pairs = reader.mapping(node, "relation_types") {
            for pair in pairs {
                let what = "relation type '\(pair.key)'"
                let allowed = ["label", "from", "to", "properties", "symmetric"]
                guard let fields = reader.mapping(pair.value, what, allowed: allowed) else { continue }
                var spec = RelationTypeSpec(label: LocalizedText(fr: pair.key), from: [], to: [])
                for field in fields {
                    switch field.key {
                    case "label": spec.label = readLabel(field.value, "the label of \(what)", &reader) ?? spec.label
                    case "from": spec.from = context.types(field.value, "'from' of \(what)", &reader)
                    case "to": spec.to = context.types(field.value, "'to' of \(what)", &reader)
                    case "properties": spec.properties = readProperties(field.value, of: what, context, &reader)
                    default: spec.symmetric = readBool(field.value, "'symmetric' of \(what)", &reader)
                    }
                }
                if spec.from.isEmpty || spec.to.isEmpty {
                    reader.error(
                        .schemaInvalid, at: pair.keyNode, "\(what) needs non-empty 'from' and 'to' lists",
                        hint: "list the node types (or groups) it may link")
                }
                relationTypes[RelationType(rawValue: pair.key)] = spec
            }
        }
        return Schema(nodeTypes: nodeTypes, relationTypes: relationTypes, dateRoles: dateRoles, groups: groups)
    }

    private static func readLabel(_ node: Node, _ what: String, _ reader: inout NodeReader) -> LocalizedText? {
        guard let pairs = reader.mapping(node, what, allowed: ["fr", "en", "ar"]) else { return nil }
        var texts: [String: String] = [:]
        for pair in pairs { texts[pair.key] = reader.text(pair.value, "'\(pair.key)' of \(what)") }
        guard let french = texts["fr"] else {
            reader.error(.missingFrenchName, at: node, "\(what) has no French text", hint: "add 'fr: …'")
            return nil
        }
        return LocalizedText(fr: french, en: texts["en"], ar: texts["ar"])
    }

    private static func readBool(_ node: Node, _ what: String, _ reader: inout NodeReader) -> Bool {
        guard let text = reader.text(node, what) else { return false }
        guard text == "true" || text == "false" else {
            reader.error(.propertyKind, at: node, "\(what) must be true or false, not '\(text)'", hint: "write true or false")
            return false
        }
        return text == "true"
    }

    private static func readProperties(
        _ node: Node, of owner: String, _ context: TypeSetContext, _ reader: inout NodeReader
    ) -> [String: PropertySpec] {
        guard let pairs = reader.mapping(node, "the properties of \(owner)") else { return [:] }
        var specs: [String: PropertySpec] = [:]
        for pair in pairs {
            let what = "property '\(pair.key)' of \(owner)"
            guard let fields = reader.mapping(pair.value, what, allowed: ["kind", "values", "to", "many", "required"]),
                let kindField = fields.first(where: { $0.key == "kind" }),
                let kindName = reader.text(kindField.value, "the kind of \(what)")
            else {
                reader.error(.schemaInvalid, at: pair.keyNode, "\(what) needs a 'kind'", hint: "string, int, bool, enum or ref")
                continue
            }
            func field(_ key: String) -> Node? { fields.first { $0.key == key }?.value }
            let kind: PropertySpec.Kind
            switch kindName {
            case "string": kind = .string
            case "int": kind = .int
            case "bool": kind = .bool
            case "enum":
                let values = field("values").flatMap { reader.list($0, "the values of \(what)") } ?? []
                let names = values.compactMap { reader.text($0, "a value of \(what)") }
                if names.isEmpty {
                    reader.error(.schemaInvalid, at: pair.keyNode, "\(what) is an enum without 'values'", hint: "list its values")
                }
                kind = .enumeration(names)
            case "ref":
                guard let target = field("to") else {
                    reader.error(.schemaInvalid, at: pair.keyNode, "\(what) is a ref without 'to'", hint: "list the node types it may name")
                    continue
                }
                kind = .reference(context.types(target, "'to' of \(what)", &reader))
            default:
                reader.error(
                    .schemaInvalid, at: kindField.value, "unknown property kind '\(kindName)' for \(what)",
                    hint: "use string, int, bool, enum or ref")
                continue
            }
            var spec = PropertySpec(kind: kind)
            if let many = field("many") { spec.many = readBool(many, "'many' of \(what)", &reader) }
            if let required = field("required") { spec.required = readBool(required, "'required' of \(what)", &reader) }
            specs[pair.key] = spec
        }
        return specs
    }

    static func hintForType(_ name: String, _ known: [String]) -> String {
        if let near = Suggest.nearest(to: name, among: known.sorted()) { return "did you mean '\(near)'?" }
        return "known types: \(known.sorted().joined(separator: ", "))"
    }
}

/// Expands type lists that may name groups.
private struct TypeSetContext {
    let declared: Set<NodeType>
    let groups: [String: [NodeType]]

    func types(_ node: Node, _ what: String, _ reader: inout NodeReader) -> Set<NodeType> {
        guard let items = reader.list(node, what) else { return [] }
        var result: Set<NodeType> = []
        for item in items {
            guard let name = reader.text(item, "an item of \(what)") else { continue }
            if let members = groups[name] {
                result.formUnion(members)
            } else if declared.contains(NodeType(rawValue: name)) {
                result.insert(NodeType(rawValue: name))
            } else {
                reader.error(
                    .schemaInvalid, at: item, "\(what) names '\(name)', which is neither a node type nor a group",
                    hint: Schema.hintForType(name, declared.map(\.rawValue) + groups.keys))
            }
        }
        return result
    }
}
