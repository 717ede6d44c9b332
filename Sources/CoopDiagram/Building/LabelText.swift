import CoopModel

/// Label and tooltip text of entities and relations, in one language.
struct LabelText {
    let graph: KnowledgeGraph
    let style: StyleTable
    let language: Language

    /// The types whose dates are written on the node itself.
    private static let datedOnNode: Set<NodeType> = [.agreement, .event, .programme, .jointBody]

    /// The node label: acronym or wrapped name, then the dates for agreements, events and programmes.
    func label(of entity: EntityIndex) -> String {
        let value = graph.entity(at: entity)
        let prefersAcronym = style.style(of: value.type).prefersAcronym
        var lines = Self.wrap(value.label(in: language, preferAcronym: prefersAcronym), width: 24, maxLines: 4)
        if Self.datedOnNode.contains(value.type), !value.dates.isEmpty { lines.append(dates(value.dates)) }
        return lines.joined(separator: "\n")
    }

    /// `signé 2006-02-16 · en vigueur 2008`, in date order.
    func dates(_ dates: [DatedRole]) -> String {
        dates.sorted().map { role($0.role) + " " + $0.date.description }.joined(separator: " · ")
    }

    /// The tooltip of an entity: name, type, dates, citations.
    func tooltip(of entity: EntityIndex) -> String {
        let value = graph.entity(at: entity)
        var lines = [value.names.name(in: language) + " (\(value.id))", typeName(value.type)]
        if !value.dates.isEmpty { lines.append(dates(value.dates)) }
        lines.append(sources(value.sources))
        return lines.joined(separator: "\n")
    }

    /// The tooltip of one line drawing `relations`: one paragraph per fact.
    func tooltip(of relations: [RelationIndex]) -> String {
        var paragraphs: [String] = []
        for relation in relations {
            let payload = graph.payload(of: relation)
            var lines = [
                name(graph.source(of: relation)) + " — " + relationName(graph.relationType(at: relation)) + " — "
                    + name(graph.target(of: relation))
            ]
            if let area = payload.properties["area"]?.stringValue { lines.append(area) }
            if let under = payload.properties["under"]?.stringValue, let agreement = graph.index(of: EntityID(under)) {
                lines.append("→ " + name(agreement))
            }
            if !payload.dates.isEmpty { lines.append(dates(payload.dates)) }
            lines.append(sources(payload.sources))
            paragraphs.append(lines.joined(separator: "\n"))
        }
        let header = relations.count > 1 ? ["\(relations.count) \(Wording.facts.text(language))"] : []
        return (header + paragraphs).joined(separator: "\n\n")
    }

    func name(_ entity: EntityIndex) -> String { graph.entity(at: entity).names.name(in: language) }

    func typeName(_ type: NodeType) -> String {
        graph.schema.nodeTypes[type]?.label.text(in: language) ?? type.rawValue
    }

    func relationName(_ type: RelationType) -> String {
        graph.schema.relationTypes[type]?.label.text(in: language) ?? type.rawValue
    }

    private func role(_ role: DateRole) -> String {
        graph.schema.dateRoles[role]?.text(in: language) ?? role.rawValue
    }

    private func sources(_ sources: [SourceRef]) -> String {
        Wording.sources.text(language) + ": " + sources.sorted().map(\.description).joined(separator: ", ")
    }

    /// `text` broken at spaces into lines of about `width` characters; past `maxLines`, the last ends with `…`.
    static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] += " …"
        }
        return lines
    }
}
