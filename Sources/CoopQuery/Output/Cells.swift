import CoopModel

/// Cell values shared by the answers' result sets.
enum Cells {
    static func id(_ entity: EntityIndex, _ graph: KnowledgeGraph) -> JSONValue {
        .string(graph.entity(at: entity).id.rawValue)
    }

    static func name(_ entity: EntityIndex, _ graph: KnowledgeGraph, _ language: Language) -> JSONValue {
        .string(graph.entity(at: entity).label(in: language))
    }

    static func type(_ entity: EntityIndex, _ graph: KnowledgeGraph) -> JSONValue {
        .string(graph.entity(at: entity).type.rawValue)
    }

    static func ids(_ entities: [EntityIndex], _ graph: KnowledgeGraph) -> JSONValue {
        .array(entities.map { id($0, graph) })
    }

    static func dates(_ dates: [DatedRole]) -> JSONValue {
        .array(
            dates.sorted().map {
                .object([JSONField("role", .string($0.role.rawValue)), JSONField("date", .string($0.date.description))])
            })
    }

    static func date(_ date: PartialDate?) -> JSONValue { .optional(date?.description) }

    static func sources(_ sources: [SourceRef]) -> JSONValue {
        .array(Array(Set(sources)).sorted().map { .string($0.description) })
    }
}

extension ResultSet {
    /// Makes a table show `column`'s entity ids by their names in `language`.
    mutating func showNames(in column: String, of entities: [EntityIndex], graph: KnowledgeGraph, language: Language) {
        namedColumns.insert(column)
        for entity in entities { displayNames[graph.id(of: entity).rawValue] = graph.entity(at: entity).label(in: language) }
    }
}
