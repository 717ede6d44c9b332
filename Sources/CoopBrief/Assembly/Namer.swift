import CoopModel

/// Names the indices of a graph in one language, after checking that the content's indices exist.
struct Namer {
    let graph: KnowledgeGraph
    let language: Language

    /// A namer for `content`; throws when the content names an index the graph lacks.
    init(graph: KnowledgeGraph, language: Language, content: BriefingContent, subject: BriefingSubject) throws(BriefError) {
        self.graph = graph
        self.language = language
        var entities: [EntityIndex] = []
        if case .entity(let index) = subject { entities.append(index) }
        for fact in content.partners { entities += [fact.partner] + fact.sectors + (fact.link.map { [$0] } ?? []) }
        for fact in content.agreements { entities += [fact.agreement] + fact.parties + fact.sectors }
        for fact in content.timeline { entities.append(fact.subject) }
        if let bad = entities.first(where: { !graph.entityIndices.contains($0) }) {
            throw .unknownIndex(kind: "entity", index: bad, count: graph.entityCount)
        }
        let relations = content.agreements.flatMap(\.relations)
        if let bad = relations.first(where: { !graph.relationIndices.contains($0) }) {
            throw .unknownIndex(kind: "relation", index: bad, count: graph.relationCount)
        }
    }

    /// The entity's name, with its acronym in parentheses when it has one.
    func name(_ index: EntityIndex) -> String {
        let entity = graph.entity(at: index)
        let name = entity.names.name(in: language)
        guard let acronym = entity.acronyms.first, acronym != name else { return name }
        return "\(name) (\(acronym))"
    }

    /// The names of distinct entities, in reading order.
    func names(_ indices: [EntityIndex]) -> [String] { Self.readingOrder(Set(indices.map(name))) }

    /// Sorts names as a reader expects, ignoring case and accents (`Égypte` before `France`);
    /// names that fold alike keep a fixed order by their exact text.
    static func readingOrder(_ names: some Sequence<String>) -> [String] {
        names.map { (key: NameKey.make($0), name: $0) }.sorted { ($0.key, $0.name) < ($1.key, $1.name) }.map(\.name)
    }

    /// Whether `lhs` comes before `rhs` in reading order.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        (NameKey.make(lhs), lhs) < (NameKey.make(rhs), rhs)
    }

    /// The schema's label of a node type.
    func typeLabel(_ type: NodeType) -> String {
        graph.schema.nodeTypes[type]?.label.text(in: language) ?? type.rawValue
    }

    /// The schema's label of a date role.
    func role(_ role: DateRole) -> String { graph.schema.dateRoles[role]?.text(in: language) ?? role.rawValue }

    /// The title and subtitle of a briefing on `subject`.
    func heading(of subject: BriefingSubject) -> (title: String, subtitle: String) {
        switch subject {
        case .entity(let index):
            let entity = graph.entity(at: index)
            return (name(index), "\(typeLabel(entity.type)) · \(entity.id)")
        case .view(let name, let title):
            return (title, name)
        }
    }
}
