import CoopModel

/// coopgraph's RDF vocabulary, derived from the schema (see `Docs/rdf-vocabulary.md`).
///
/// Classes are the node types in UpperCamelCase (`joint_body` → `cg:JointBody`); relation types
/// and date roles are properties in lowerCamelCase (`party_to` → `cg:partyTo`,
/// `in_force` → `cg:inForce`); entity and relation properties are `cg:has` + UpperCamelCase
/// (`un_member` → `cg:hasUnMember`). Entities are `…/id/<percent-encoded id>`.
public struct RDFVocabulary: Sendable {
    /// The namespace of classes and properties.
    public static let namespace = "https://coopgraph.example/def#"
    /// The namespace of entities.
    public static let entityNamespace = "https://coopgraph.example/id/"
    /// The namespace of the statements that describe relations.
    public static let statementNamespace = "https://coopgraph.example/statement/"

    private var classes: [NodeType: String] = [:]
    private var relations: [RelationType: String] = [:]
    private var roles: [DateRole: String] = [:]
    private var properties: [String: String] = [:]

    /// The vocabulary for the schema's terms and any other term `graph` uses.
    /// Throws when two names would share one IRI (e.g. `a_b` and `a-b`) or a name has no letter.
    public init(graph: KnowledgeGraph) throws(ExchangeError) {
        let schema = graph.schema
        var nodeTypes = Set(schema.nodeTypes.keys).union(graph.presentNodeTypes)
        var relationTypes = Set(schema.relationTypes.keys)
        var dateRoles = Set(schema.dateRoles.keys)
        var propertyNames = Set(schema.nodeTypes.values.flatMap(\.properties.keys))
        propertyNames.formUnion(schema.relationTypes.values.flatMap(\.properties.keys))
        for index in graph.entityIndices {
            let entity = graph.entity(at: index)
            nodeTypes.insert(entity.type)
            dateRoles.formUnion(entity.dates.map(\.role))
            propertyNames.formUnion(entity.properties.keys)
        }
        for index in graph.relationIndices {
            relationTypes.insert(graph.relationType(at: index))
            let payload = graph.payload(of: index)
            dateRoles.formUnion(payload.dates.map(\.role))
            propertyNames.formUnion(payload.properties.keys)
        }
        var taken = Set(Self.fixedTerms)
        func claim(_ name: String, _ local: String, _ what: String) throws(ExchangeError) -> String {
            guard let first = local.unicodeScalars.first, ("A"..."Z").contains(first) || ("a"..."z").contains(first) else {
                throw .unwritable(reason: "the \(what) '\(name)' gives no RDF name (it must start with a letter); rename it in the schema")
            }
            guard taken.insert(local).inserted else {
                throw .unwritable(reason: "the \(what) '\(name)' would be cg:\(local), which another term already is; rename one of them in the schema")
            }
            return local
        }
        for type in nodeTypes.sorted() { classes[type] = try claim(type.rawValue, Self.camel(type.rawValue, upper: true), "node type") }
        for type in relationTypes.sorted() { relations[type] = try claim(type.rawValue, Self.camel(type.rawValue, upper: false), "relation type") }
        for role in dateRoles.sorted() { roles[role] = try claim(role.rawValue, Self.camel(role.rawValue, upper: false), "date role") }
        for name in propertyNames.sorted() { properties[name] = try claim(name, "has" + Self.camel(name, upper: true), "property") }
    }

    /// Local names of the fixed terms: `cg:source`, `cg:acronym`.
    static let fixedTerms = ["source", "acronym"]

    /// `snake_case` (or any punctuation-separated name) in camel case.
    static func camel(_ name: String, upper: Bool) -> String {
        let words = name.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        var result = ""
        for (position, word) in words.enumerated() {
            if position == 0 && !upper {
                result += word.prefix(1).lowercased() + word.dropFirst()
            } else {
                result += word.prefix(1).uppercased() + word.dropFirst()
            }
        }
        return result
    }

    /// The class of a node type.
    func `class`(_ type: NodeType) -> RDFTerm { .iri(Self.namespace + (classes[type] ?? "")) }
    /// The property of a relation type.
    func property(_ type: RelationType) -> RDFTerm { .iri(Self.namespace + (relations[type] ?? "")) }
    /// The property of a date role.
    func property(_ role: DateRole) -> RDFTerm { .iri(Self.namespace + (roles[role] ?? "")) }
    /// The property of an entity or relation property.
    func property(named name: String) -> RDFTerm { .iri(Self.namespace + (properties[name] ?? "")) }
    /// A fixed term of the `cg:` namespace.
    static func term(_ local: String) -> RDFTerm { .iri(namespace + local) }

    /// The IRI of an entity.
    static func entity(_ id: EntityID) -> RDFTerm { .iri(entityNamespace + RDFTerm.percentEncoded(id.rawValue)) }
    /// The IRI of the statement describing relation `index`.
    static func statement(_ index: RelationIndex) -> RDFTerm { .iri(statementNamespace + "e\(index)") }

    /// The node types, relation types, date roles and properties with their `cg:` local names, in name order.
    public var terms: (classes: [(NodeType, String)], relations: [(RelationType, String)], roles: [(DateRole, String)], properties: [(String, String)]) {
        (classes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
         relations.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
         roles.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
         properties.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }
}
