import CoopModel

/// The triples of one subject, each (predicate, object) pair once, in a fixed order.
struct RDFBlock {
    let subject: RDFTerm
    private(set) var pairs: [(predicate: RDFTerm, object: RDFTerm)] = []
    private var seen = Set<[RDFTerm]>()

    init(subject: RDFTerm) {
        self.subject = subject
    }

    /// Adds a triple unless the block already has it.
    mutating func add(_ predicate: RDFTerm, _ object: RDFTerm) {
        if seen.insert([predicate, object]).inserted { pairs.append((predicate, object)) }
    }
}

/// Turns a graph into RDF, one subject block at a time, for the N-Triples and Turtle writers.
///
/// Order: the vocabulary (classes, then properties, in name order), the entities in id order
/// (each with its outgoing relations as direct triples), then one `rdf:Statement` per relation
/// in relation order, carrying its properties, dates, sources and note.
struct RDFBlocks {
    let graph: KnowledgeGraph
    let vocabulary: RDFVocabulary

    private static let type = RDFTerm.iri(RDFNamespace.rdf + "type")
    private static let label = RDFTerm.iri(RDFNamespace.rdfs + "label")
    private static let altLabel = RDFTerm.iri(RDFNamespace.skos + "altLabel")
    private static let note = RDFTerm.iri(RDFNamespace.skos + "note")

    init(graph: KnowledgeGraph) throws(ExchangeError) {
        self.graph = graph
        self.vocabulary = try RDFVocabulary(graph: graph)
    }

    /// Calls `body` with every block, in order.
    /// - Complexity: O(n log n + m) plus the size of the entities and payloads.
    func forEach(_ body: (RDFBlock) -> Void) {
        vocabularyBlocks(body)
        for index in graph.sortedEntityIndices { body(entityBlock(index)) }
        for index in graph.relationIndices { body(statementBlock(index)) }
    }

    private func labels(_ text: LocalizedText?, into block: inout RDFBlock) {
        guard let text else { return }
        block.add(Self.label, .literal(text.fr, language: "fr"))
        if let english = text.en { block.add(Self.label, .literal(english, language: "en")) }
        if let arabic = text.ar { block.add(Self.label, .literal(arabic, language: "ar")) }
    }

    private func vocabularyBlocks(_ body: (RDFBlock) -> Void) {
        let schema = graph.schema
        let rdfClass = RDFTerm.iri(RDFNamespace.rdfs + "Class")
        let rdfProperty = RDFTerm.iri(RDFNamespace.rdf + "Property")
        let terms = vocabulary.terms
        for (type, _) in terms.classes {
            var block = RDFBlock(subject: vocabulary.class(type))
            block.add(Self.type, rdfClass)
            labels(schema.nodeTypes[type]?.label, into: &block)
            body(block)
        }
        for (type, _) in terms.relations {
            var block = RDFBlock(subject: vocabulary.property(type))
            block.add(Self.type, rdfProperty)
            labels(schema.relationTypes[type]?.label, into: &block)
            body(block)
        }
        for (role, _) in terms.roles {
            var block = RDFBlock(subject: vocabulary.property(role))
            block.add(Self.type, rdfProperty)
            labels(schema.dateRoles[role], into: &block)
            body(block)
        }
        for (name, _) in terms.properties {
            var block = RDFBlock(subject: vocabulary.property(named: name))
            block.add(Self.type, rdfProperty)
            block.add(Self.label, .literal(name))
            body(block)
        }
        var source = RDFBlock(subject: RDFVocabulary.term("source"))
        source.add(Self.type, rdfProperty)
        source.add(Self.label, .literal("source (FILE:LINE)", language: "en"))
        body(source)
        var acronym = RDFBlock(subject: RDFVocabulary.term("acronym"))
        acronym.add(Self.type, rdfProperty)
        acronym.add(.iri(RDFNamespace.rdfs + "subPropertyOf"), Self.altLabel)
        body(acronym)
    }

    private func entityBlock(_ index: EntityIndex) -> RDFBlock {
        let entity = graph.entity(at: index)
        var block = RDFBlock(subject: RDFVocabulary.entity(entity.id))
        block.add(Self.type, vocabulary.class(entity.type))
        block.add(Self.label, .literal(entity.names.fr, language: "fr"))
        if let english = entity.names.en { block.add(Self.label, .literal(english, language: "en")) }
        if let arabic = entity.names.ar { block.add(Self.label, .literal(arabic, language: "ar")) }
        for alias in entity.aliases { block.add(Self.altLabel, .literal(alias)) }
        for acronym in entity.acronyms {
            block.add(Self.altLabel, .literal(acronym))
            block.add(RDFVocabulary.term("acronym"), .literal(acronym))
        }
        let specs = graph.schema.nodeTypes[entity.type]?.properties ?? [:]
        facts(properties: entity.properties, specs: specs, dates: entity.dates, sources: entity.sources, note: entity.note, into: &block)
        for relation in graph.outgoing(index) {
            block.add(vocabulary.property(graph.relationType(at: relation)), RDFVocabulary.entity(graph.entity(at: graph.target(of: relation)).id))
        }
        return block
    }

    private func statementBlock(_ index: RelationIndex) -> RDFBlock {
        let type = graph.relationType(at: index)
        let payload = graph.payload(of: index)
        var block = RDFBlock(subject: RDFVocabulary.statement(index))
        block.add(Self.type, .iri(RDFNamespace.rdf + "Statement"))
        block.add(.iri(RDFNamespace.rdf + "subject"), RDFVocabulary.entity(graph.entity(at: graph.source(of: index)).id))
        block.add(.iri(RDFNamespace.rdf + "predicate"), vocabulary.property(type))
        block.add(.iri(RDFNamespace.rdf + "object"), RDFVocabulary.entity(graph.entity(at: graph.target(of: index)).id))
        let specs = graph.schema.relationTypes[type]?.properties ?? [:]
        facts(properties: payload.properties, specs: specs, dates: payload.dates, sources: payload.sources, note: payload.note, into: &block)
        return block
    }

    private func facts(
        properties: [String: PropertyValue], specs: [String: PropertySpec], dates: [DatedRole], sources: [SourceRef],
        note: String?, into block: inout RDFBlock
    ) {
        for (name, value) in properties.sorted(by: { $0.key < $1.key }) {
            let predicate = vocabulary.property(named: name)
            let isReference: Bool
            if case .reference = specs[name]?.kind { isReference = true } else { isReference = false }
            for item in Self.items(value) { block.add(predicate, Self.object(item, isReference: isReference)) }
        }
        for dated in dates { block.add(vocabulary.property(dated.role), Self.literal(dated.date)) }
        for source in sources { block.add(RDFVocabulary.term("source"), .literal(source.description)) }
        if let note { block.add(Self.note, .literal(note)) }
    }

    private static func items(_ value: PropertyValue) -> [PropertyValue] {
        if case .list(let items) = value { return items.flatMap(Self.items) }
        return [value]
    }

    private static func object(_ value: PropertyValue, isReference: Bool) -> RDFTerm {
        switch value {
        case .string(let text): return isReference ? RDFVocabulary.entity(EntityID(text)) : .literal(text)
        case .int(let number): return .literal(String(number), datatype: RDFNamespace.xsd + "integer")
        case .bool(let flag): return .literal(flag ? "true" : "false", datatype: RDFNamespace.xsd + "boolean")
        case .list: return .literal(value.description)
        }
    }

    /// A partial date as `xsd:gYear`, `xsd:gYearMonth` or `xsd:date`, by its precision.
    static func literal(_ date: PartialDate) -> RDFTerm {
        let datatype = date.day != nil ? "date" : date.month != nil ? "gYearMonth" : "gYear"
        return .literal(date.description, datatype: RDFNamespace.xsd + datatype)
    }
}
