import CoopModel

/// Writes a review file straight into one growing string, candidate by candidate.
///
/// Why not `Tree`: building a tree of every candidate and joining the strings of its levels cost
/// about 15% of `coopgraph extract` on large inputs. The bytes are those `Tree` gives for the same
/// document (`ReviewTests` and `Benchmarks/extract/check_identical.sh` hold them equal); the one
/// shape `Tree` prints differently, a review without evidence, is handed to `Tree` itself.
struct ReviewWriter {
    private(set) var text = ""

    init(capacity: Int) { text.reserveCapacity(capacity) }

    // MARK: YAML

    /// The document in block YAML, after `header`.
    mutating func yaml(_ document: ReviewDocument, header: String) {
        text += header
        if document.entities.isEmpty {
            text += "entities: []\n"
        } else {
            text += "entities:"
            for candidate in document.entities { yaml(candidate) }
            text += "\n"
        }
        if document.relations.isEmpty {
            text += "relations: []\n"
        } else {
            text += "relations:"
            for candidate in document.relations { yaml(candidate) }
            text += "\n"
        }
    }

    private mutating func yaml(_ candidate: CandidateEntity) {
        let entity = candidate.entity
        text += "\n  - id: "
        quote(entity.id.rawValue)
        text += "\n    type: "
        quote(entity.type.rawValue)
        text += "\n    name: {fr: "
        quote(entity.names.fr)
        if let en = entity.names.en {
            text += ", en: "
            quote(en)
        }
        if let ar = entity.names.ar {
            text += ", ar: "
            quote(ar)
        }
        text += "}"
        if !entity.acronyms.isEmpty {
            text += "\n    acronyms: "
            flowList(entity.acronyms)
        }
        if !entity.aliases.isEmpty {
            text += "\n    aliases: "
            flowList(entity.aliases)
        }
        yamlCommon(properties: entity.properties, dates: entity.dates, sources: entity.sources, note: entity.note)
        yaml(candidate.review)
    }

    private mutating func yaml(_ candidate: CandidateRelation) {
        let relation = candidate.relation
        text += "\n  - type: "
        quote(relation.type.rawValue)
        text += "\n    from: "
        quote(relation.from.rawValue)
        text += "\n    to: "
        quote(relation.to.rawValue)
        yamlCommon(properties: relation.properties, dates: relation.dates, sources: relation.sources, note: relation.note)
        yaml(candidate.review)
    }

    private mutating func yamlCommon(properties: [String: PropertyValue], dates: [DatedRole], sources: [SourceRef], note: String?) {
        if !properties.isEmpty {
            let sorted = properties.sorted { $0.key < $1.key }
            // `Tree` prints a map on one line when no value is a list holding a list.
            let flat = sorted.allSatisfy { Self.isFlat($0.value) }
            text += flat ? "\n    properties: {" : "\n    properties:"
            for (offset, pair) in sorted.enumerated() {
                if flat {
                    if offset > 0 { text += ", " }
                    text += pair.key + ": "
                } else {
                    text += "\n      " + pair.key + ": "
                }
                flow(pair.value)
            }
            if flat { text += "}" }
        }
        if !dates.isEmpty {
            text += "\n    dates:"
            for date in dates.sorted() {
                text += "\n      - {role: "
                quote(date.role.rawValue)
                text += ", date: "
                quote(date.date.description)
                text += "}"
            }
        }
        text += "\n    sources: ["
        for (offset, source) in sources.enumerated() {
            if offset > 0 { text += ", " }
            quote(source.description)
        }
        text += "]"
        if let note {
            text += "\n    note: "
            quote(note)
        }
    }

    private mutating func yaml(_ review: Review) {
        guard !review.evidence.isEmpty else {
            text += "\n    review:" + ReviewDocument.tree(review).yaml(indent: 6)
            return
        }
        text += "\n    review:\n      id: "
        quote(review.id)
        text += "\n      status: "
        quote(review.status.rawValue)
        text += "\n      confidence: " + ReviewDocument.format2(review.confidence)
        text += "\n      rule: "
        quote(review.rule)
        if review.existing { text += "\n      existing: true" }
        text += "\n      evidence:"
        for evidence in review.evidence {
            text += "\n        - {document: "
            quote(evidence.document)
            text += ", line: " + String(evidence.line) + ", span: [" + String(evidence.start) + ", " + String(evidence.end) + "], text: "
            quote(evidence.text)
            text += ", sentence: "
            quote(evidence.sentence)
            text += "}"
        }
    }

    // MARK: JSON

    /// The document as indented JSON, with a final newline.
    mutating func json(_ document: ReviewDocument) {
        text += "{\n  \"entities\": "
        if document.entities.isEmpty {
            text += "[]"
        } else {
            text += "[\n"
            for (offset, candidate) in document.entities.enumerated() {
                if offset > 0 { text += ",\n" }
                json(candidate)
            }
            text += "\n  ]"
        }
        text += ",\n  \"relations\": "
        if document.relations.isEmpty {
            text += "[]"
        } else {
            text += "[\n"
            for (offset, candidate) in document.relations.enumerated() {
                if offset > 0 { text += ",\n" }
                json(candidate)
            }
            text += "\n  ]"
        }
        text += "\n}\n"
    }

    private mutating func json(_ candidate: CandidateEntity) {
        let entity = candidate.entity
        text += "    {\n      \"id\": "
        quote(entity.id.rawValue)
        text += ",\n      \"type\": "
        quote(entity.type.rawValue)
        text += ",\n      \"name\": {\n        \"fr\": "
        quote(entity.names.fr)
        if let en = entity.names.en {
            text += ",\n        \"en\": "
            quote(en)
        }
        if let ar = entity.names.ar {
            text += ",\n        \"ar\": "
            quote(ar)
        }
        text += "\n      }"
        if !entity.acronyms.isEmpty {
            text += ",\n      \"acronyms\": "
            flowList(entity.acronyms)
        }
        if !entity.aliases.isEmpty {
            text += ",\n      \"aliases\": "
            flowList(entity.aliases)
        }
        jsonCommon(properties: entity.properties, dates: entity.dates, sources: entity.sources, note: entity.note)
        json(candidate.review)
        text += "\n    }"
    }

    private mutating func json(_ candidate: CandidateRelation) {
        let relation = candidate.relation
        text += "    {\n      \"type\": "
        quote(relation.type.rawValue)
        text += ",\n      \"from\": "
        quote(relation.from.rawValue)
        text += ",\n      \"to\": "
        quote(relation.to.rawValue)
        jsonCommon(properties: relation.properties, dates: relation.dates, sources: relation.sources, note: relation.note)
        json(candidate.review)
        text += "\n    }"
    }

    private mutating func jsonCommon(properties: [String: PropertyValue], dates: [DatedRole], sources: [SourceRef], note: String?) {
        if !properties.isEmpty {
            text += ",\n      \"properties\": {\n"
            for (offset, pair) in properties.sorted(by: { $0.key < $1.key }).enumerated() {
                if offset > 0 { text += ",\n" }
                text += "        "
                quote(pair.key)
                text += ": "
                flow(pair.value)
            }
            text += "\n      }"
        }
        if !dates.isEmpty {
            text += ",\n      \"dates\": [\n"
            for (offset, date) in dates.sorted().enumerated() {
                if offset > 0 { text += ",\n" }
                text += "        {\n          \"role\": "
                quote(date.role.rawValue)
                text += ",\n          \"date\": "
                quote(date.date.description)
                text += "\n        }"
            }
            text += "\n      ]"
        }
        text += ",\n      \"sources\": ["
        for (offset, source) in sources.enumerated() {
            if offset > 0 { text += ", " }
            quote(source.description)
        }
        text += "]"
        if let note {
            text += ",\n      \"note\": "
            quote(note)
        }
    }

    private mutating func json(_ review: Review) {
        text += ",\n      \"review\": {\n        \"id\": "
        quote(review.id)
        text += ",\n        \"status\": "
        quote(review.status.rawValue)
        text += ",\n        \"confidence\": " + ReviewDocument.format2(review.confidence)
        text += ",\n        \"rule\": "
        quote(review.rule)
        if review.existing { text += ",\n        \"existing\": true" }
        text += ",\n        \"evidence\": "
        if review.evidence.isEmpty {
            text += "[]"
        } else {
            text += "[\n"
            for (offset, evidence) in review.evidence.enumerated() {
                if offset > 0 { text += ",\n" }
                text += "          {\n            \"document\": "
                quote(evidence.document)
                text += ",\n            \"line\": " + String(evidence.line)
                text += ",\n            \"span\": [" + String(evidence.start) + ", " + String(evidence.end) + "]"
                text += ",\n            \"text\": "
                quote(evidence.text)
                text += ",\n            \"sentence\": "
                quote(evidence.sentence)
                text += "\n          }"
            }
            text += "\n        ]"
        }
        text += "\n      }"
    }

    // MARK: Values

    /// Whether a property value is a scalar or a list of scalars (what `Tree` calls simple in a map).
    private static func isFlat(_ value: PropertyValue) -> Bool {
        guard case .list(let items) = value else { return true }
        return items.allSatisfy { if case .list = $0 { return false } else { return true } }
    }

    /// A property value in flow style (the same in YAML and JSON: it holds no map).
    private mutating func flow(_ value: PropertyValue) {
        switch value {
        case .string(let string): quote(string)
        case .int(let number): text += String(number)
        case .bool(let flag): text += flag ? "true" : "false"
        case .list(let items):
            text += "["
            for (offset, item) in items.enumerated() {
                if offset > 0 { text += ", " }
                flow(item)
            }
            text += "]"
        }
    }

    private mutating func flowList(_ items: [String]) {
        text += "["
        for (offset, item) in items.enumerated() {
            if offset > 0 { text += ", " }
            quote(item)
        }
        text += "]"
    }

    /// Appends `value` double-quoted, as `Tree.quote` does.
    private mutating func quote(_ value: String) {
        if value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }) {
            text += Tree.quote(value)
        } else {
            text += "\""
            text += value
            text += "\""
        }
    }
}
