import CoopModel

/// How a column of a flat format (GraphML, GEXF) holds its values.
enum FlatKind: Hashable, Sendable {
    case string, integer, boolean
    /// A JSON array in a string: lists of names, sources, list-valued properties.
    case jsonArray
    /// Any JSON value in a string: a property whose values differ in kind between entities.
    case jsonValue

    /// The attribute type GraphML and GEXF declare for the column.
    var xmlType: String {
        switch self {
        case .integer: return "long"
        case .boolean: return "boolean"
        case .string, .jsonArray, .jsonValue: return "string"
        }
    }

    /// The text GraphML's `<desc>` and this module's readers use to mark JSON columns.
    var marker: String? {
        switch self {
        case .jsonArray: return "JSON array"
        case .jsonValue: return "JSON value"
        default: return nil
        }
    }
}

/// One attribute column of nodes or edges in a flat format.
struct FlatColumn: Hashable, Sendable {
    let name: String
    let kind: FlatKind
    /// The entity or relation property the column holds, for `prop_<name>` columns.
    let property: String?
}

/// The attribute columns of a graph in the flat formats and how entities and relations fill them.
///
/// Nodes carry `type`, `name_fr`, `name_en`, `name_ar`, `aliases`, `acronyms`, `dates`,
/// `sources`, `note` and one `prop_<name>` per property; edges carry `relation`, `dates`,
/// `sources`, `note` and their `prop_<name>`. Lists are JSON arrays; dates are
/// `role:date` words separated by spaces (`signed:2007-12 in_force:2008`).
struct FlatAttributes: Sendable {
    let nodeColumns: [FlatColumn]
    let edgeColumns: [FlatColumn]

    static let propertyPrefix = "prop_"

    /// The columns `graph` needs; property columns take the kind all their values share.
    /// - Complexity: O(n + m) over entities and relations.
    init(graph: KnowledgeGraph) {
        var nodeKinds: [String: Set<FlatKind>] = [:]
        for index in graph.entityIndices {
            for (key, value) in graph.entity(at: index).properties { nodeKinds[key, default: []].insert(Self.kind(of: value)) }
        }
        var edgeKinds: [String: Set<FlatKind>] = [:]
        for index in graph.relationIndices {
            for (key, value) in graph.payload(of: index).properties { edgeKinds[key, default: []].insert(Self.kind(of: value)) }
        }
        nodeColumns = Self.fixedNodeColumns + Self.propertyColumns(nodeKinds)
        edgeColumns = Self.fixedEdgeColumns + Self.propertyColumns(edgeKinds)
    }

    static let fixedNodeColumns: [FlatColumn] = [
        FlatColumn(name: "type", kind: .string, property: nil),
        FlatColumn(name: "name_fr", kind: .string, property: nil),
        FlatColumn(name: "name_en", kind: .string, property: nil),
        FlatColumn(name: "name_ar", kind: .string, property: nil),
        FlatColumn(name: "aliases", kind: .jsonArray, property: nil),
        FlatColumn(name: "acronyms", kind: .jsonArray, property: nil),
        FlatColumn(name: "dates", kind: .string, property: nil),
        FlatColumn(name: "sources", kind: .jsonArray, property: nil),
        FlatColumn(name: "note", kind: .string, property: nil),
    ]

    static let fixedEdgeColumns: [FlatColumn] = [
        FlatColumn(name: "relation", kind: .string, property: nil),
        FlatColumn(name: "dates", kind: .string, property: nil),
        FlatColumn(name: "sources", kind: .jsonArray, property: nil),
        FlatColumn(name: "note", kind: .string, property: nil),
    ]

    private static func kind(of value: PropertyValue) -> FlatKind {
        switch value {
        case .string: return .string
        case .int: return .integer
        case .bool: return .boolean
        case .list: return .jsonArray
        }
    }

    private static func propertyColumns(_ kinds: [String: Set<FlatKind>]) -> [FlatColumn] {
        kinds.keys.sorted().map { name in
            let seen = kinds[name] ?? []
            let kind = seen.count == 1 ? seen.first ?? .jsonValue : .jsonValue
            return FlatColumn(name: propertyPrefix + name, kind: kind, property: name)
        }
    }

    /// The non-empty node cells of `entity`, in column order, as (column position, text).
    func nodeCells(_ entity: Entity) -> [(column: Int, text: String)] {
        var cells: [(column: Int, text: String)] = [(0, entity.type.rawValue), (1, entity.names.fr)]
        if let english = entity.names.en { cells.append((2, english)) }
        if let arabic = entity.names.ar { cells.append((3, arabic)) }
        if !entity.aliases.isEmpty { cells.append((4, JSONText.array(entity.aliases))) }
        if !entity.acronyms.isEmpty { cells.append((5, JSONText.array(entity.acronyms))) }
        cells += Self.commonCells(dates: entity.dates, sources: entity.sources, note: entity.note, first: 6)
        cells += Self.propertyCells(entity.properties, columns: nodeColumns, first: Self.fixedNodeColumns.count)
        return cells
    }

    /// The non-empty edge cells of a relation, in column order, as (column position, text).
    func edgeCells(type: RelationType, payload: RelationPayload) -> [(column: Int, text: String)] {
        var cells: [(column: Int, text: String)] = [(0, type.rawValue)]
        cells += Self.commonCells(dates: payload.dates, sources: payload.sources, note: payload.note, first: 1)
        cells += Self.propertyCells(payload.properties, columns: edgeColumns, first: Self.fixedEdgeColumns.count)
        return cells
    }

    private static func commonCells(dates: [DatedRole], sources: [SourceRef], note: String?, first: Int)
        -> [(column: Int, text: String)]
    {
        var cells: [(column: Int, text: String)] = []
        if !dates.isEmpty { cells.append((first, dates.map(\.flatText).joined(separator: " "))) }
        if !sources.isEmpty { cells.append((first + 1, JSONText.array(sources.map(\.description)))) }
        if let note { cells.append((first + 2, note)) }
        return cells
    }

    private static func propertyCells(_ properties: [String: PropertyValue], columns: [FlatColumn], first: Int)
        -> [(column: Int, text: String)]
    {
        guard !properties.isEmpty else { return [] }
        var cells: [(column: Int, text: String)] = []
        for position in first..<columns.count {
            guard let name = columns[position].property, let value = properties[name] else { continue }
            cells.append((position, encode(value, as: columns[position].kind)))
        }
        return cells
    }

    /// `value` written for a column of `kind`.
    static func encode(_ value: PropertyValue, as kind: FlatKind) -> String {
        switch (kind, value) {
        case (.string, .string(let text)): return text
        case (.integer, .int(let number)): return String(number)
        case (.boolean, .bool(let flag)): return flag ? "true" : "false"
        default: return value.jsonText
        }
    }
}
