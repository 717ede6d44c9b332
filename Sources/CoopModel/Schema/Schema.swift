/// The node types, relation types and date roles a knowledge base may use, read from `schema.yaml`.
public struct Schema: Hashable, Sendable {
    public var nodeTypes: [NodeType: NodeTypeSpec]
    public var relationTypes: [RelationType: RelationTypeSpec]
    public var dateRoles: [DateRole: LocalizedText]
    /// Named sets of node types (`actor`), already expanded wherever the schema uses them.
    public var groups: [String: [NodeType]]

    public init(
        nodeTypes: [NodeType: NodeTypeSpec], relationTypes: [RelationType: RelationTypeSpec],
        dateRoles: [DateRole: LocalizedText], groups: [String: [NodeType]] = [:]
    ) {
        self.nodeTypes = nodeTypes
        self.relationTypes = relationTypes
        self.dateRoles = dateRoles
        self.groups = groups
    }

    /// The node types in name order.
    public var sortedNodeTypes: [NodeType] { nodeTypes.keys.sorted() }
    /// The relation types in name order.
    public var sortedRelationTypes: [RelationType] { relationTypes.keys.sorted() }
}

/// What the schema says of one node type.
public struct NodeTypeSpec: Hashable, Sendable {
    public var label: LocalizedText
    public var properties: [String: PropertySpec]
    /// A reference vocabulary (countries, sectors): its entities need no relations of their own.
    public var isVocabulary: Bool

    public init(label: LocalizedText, properties: [String: PropertySpec] = [:], isVocabulary: Bool = false) {
        self.label = label
        self.properties = properties
        self.isVocabulary = isVocabulary
    }
}

/// What the schema says of one relation type: its endpoints and properties.
public struct RelationTypeSpec: Hashable, Sendable {
    public var label: LocalizedText
    public var from: Set<NodeType>
    public var to: Set<NodeType>
    public var properties: [String: PropertySpec]
    /// A symmetric relation reads the same both ways (`cooperates_with`).
    public var symmetric: Bool

    public init(
        label: LocalizedText, from: Set<NodeType>, to: Set<NodeType>,
        properties: [String: PropertySpec] = [:], symmetric: Bool = false
    ) {
        self.label = label
        self.from = from
        self.to = to
        self.properties = properties
        self.symmetric = symmetric
    }
}

/// The declared kind of a property and what values it accepts.
public struct PropertySpec: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case string
        case int
        case bool
        case enumeration([String])
        /// An entity id whose type is one of these.
        case reference(Set<NodeType>)
    }

    public var kind: Kind
    public var many: Bool
    public var required: Bool

    public init(kind: Kind, many: Bool = false, required: Bool = false) {
        self.kind = kind
        self.many = many
        self.required = required
    }
}
