import CoopModel

/// Writes a review file into a buffer of UTF-8 bytes, candidate by candidate: the whole file
/// (`init(capacity:)`), or a block at a time handed to a sink between candidates
/// (`init(blockSize:)`), so that a large file is never held whole.
///
/// Why not `Tree`: building a tree of every candidate and joining the strings of its levels cost
/// about 15% of `coopgraph extract` on large inputs. Why bytes rather than a `String`: appending
/// to a string checked its capacity and its UTF-8 on each piece, and the text was copied once
/// more into bytes to be written. The bytes are those `Tree` gives for the same document
/// (`ReviewTests` and `Benchmarks/extract/check_identical.sh` hold them equal); the one shape
/// `Tree` prints differently, a review without evidence, is handed to `Tree` itself.
struct ReviewWriter: ~Copyable {
    var bytes: ByteBuffer
    /// The fill at which `passOn` hands the bytes on; `Int.max` keeps them all.
    private let blockSize: Int
    /// The escape scan's verdicts on the sentences, document names and rules written so far.
    var scanned = ScannedStrings()
    /// The last document name written and its bytes as escaped (`escapeDocument`).
    var lastDocument: (name: String, escaped: [UInt8]) = ("", [])

    /// A writer that keeps the whole text, in a buffer of `capacity` bytes to begin with.
    init(capacity: Int) {
        bytes = ByteBuffer(capacity: capacity)
        blockSize = .max
    }

    /// A writer that hands its bytes on in blocks of `blockSize` bytes or a little more (a block
    /// ends between two candidates).
    init(blockSize: Int) {
        // Room for the candidate that crosses the mark, so that the buffer seldom grows.
        bytes = ByteBuffer(capacity: blockSize + (1 << 16))
        self.blockSize = max(blockSize, 1)
    }

    /// Hands the bytes written so far to `sink` once they fill a block.
    @inline(__always)
    private mutating func passOn<Failure: Error>(_ sink: (UnsafeRawBufferPointer) throws(Failure) -> Void) throws(Failure) {
        if bytes.count >= blockSize { try bytes.drain(sink) }
    }

    /// Hands the last bytes to `sink`, if any.
    private mutating func finish<Failure: Error>(_ sink: (UnsafeRawBufferPointer) throws(Failure) -> Void) throws(Failure) {
        if blockSize != .max && bytes.count > 0 { try bytes.drain(sink) }
    }

    /// The text written so far.
    var text: String { String(decoding: bytes.array, as: UTF8.self) }

    // MARK: YAML

    /// The document in block YAML, after `header`; full blocks go to `sink`.
    mutating func yaml<Failure: Error>(
        _ document: ReviewDocument, header: String, sink: (UnsafeRawBufferPointer) throws(Failure) -> Void
    ) throws(Failure) {
        put(text: header)
        if document.entities.isEmpty {
            put("entities: []\n")
        } else {
            put("entities:")
            // By index, each candidate read in place: iterating copied every candidate (a retain
            // and a release of each of its strings and arrays), and so did handing one over.
            for index in document.entities.indices {
                yaml(document.entities, at: index)
                try passOn(sink)
            }
            put("\n")
        }
        if document.relations.isEmpty {
            put("relations: []\n")
        } else {
            put("relations:")
            for index in document.relations.indices {
                yaml(document.relations, at: index)
                try passOn(sink)
            }
            put("\n")
        }
        try finish(sink)
    }

    /// The entity at `index` of `entities`, each field read in place: handed the candidate, the
    /// writer copied it first, a retain and a release of each of its strings and arrays (with
    /// the relations', about 5.5 million instructions per MB of text; the fields read in place
    /// are still retained one by one, and the review copied, so the run saves about 1 million).
    private mutating func yaml(_ entities: [CandidateEntity], at index: Int) {
        put("\n  - id: ")
        quote(entities[index].entity.id.rawValue)
        put("\n    type: ")
        quoteRepeated(entities[index].entity.type.rawValue)
        put("\n    name: {fr: ")
        quote(entities[index].entity.names.fr)
        if let en = entities[index].entity.names.en {
            put(", en: ")
            quote(en)
        }
        if let ar = entities[index].entity.names.ar {
            put(", ar: ")
            quote(ar)
        }
        put("}")
        if !entities[index].entity.acronyms.isEmpty {
            put("\n    acronyms: ")
            flowList(entities[index].entity.acronyms)
        }
        if !entities[index].entity.aliases.isEmpty {
            put("\n    aliases: ")
            flowList(entities[index].entity.aliases)
        }
        yamlCommon(properties: entities[index].entity.properties, dates: entities[index].entity.dates,
                   sources: entities[index].entity.sources, note: entities[index].entity.note)
        yamlReview(entities, at: index)
    }

    /// The relation at `index` of `relations`, each field read in place (as for entities).
    private mutating func yaml(_ relations: [CandidateRelation], at index: Int) {
        put("\n  - type: ")
        quoteRepeated(relations[index].relation.type.rawValue)
        put("\n    from: ")
        quoteRepeated(relations[index].relation.from.rawValue)
        put("\n    to: ")
        quoteRepeated(relations[index].relation.to.rawValue)
        yamlCommon(properties: relations[index].relation.properties, dates: relations[index].relation.dates,
                   sources: relations[index].relation.sources, note: relations[index].relation.note)
        yamlReview(relations, at: index)
    }

    private mutating func yamlCommon(properties: [String: PropertyValue], dates: [DatedRole], sources: [SourceRef], note: String?) {
        // One property, the usual case, is not copied into a sorted array first.
        if properties.count == 1, let only = properties.first {
            yamlProperties(CollectionOfOne(only))
        } else if !properties.isEmpty {
            yamlProperties(properties.sorted { $0.key < $1.key })
        }
        if !dates.isEmpty {
            put("\n    dates:")
            for date in dates.count > 1 ? dates.sorted() : dates {
                put("\n      - {role: ")
                quoteRepeated(date.role.rawValue)
                put(", date: ")
                quote(date.date)
                put("}")
            }
        }
        put("\n    sources: [")
        // By index: iterating copied each citation (a retain and a release of its file name).
        for index in sources.indices {
            if index > 0 { put(", ") }
            quote(sources[index])
        }
        put("]")
        if let note {
            put("\n    note: ")
            quote(note)
        }
    }

    /// The properties in key order, on one line when no value is a list holding a list (as `Tree` prints a map).
    private mutating func yamlProperties<Pairs: Collection<(key: String, value: PropertyValue)>>(_ sorted: Pairs) {
        let flat = sorted.allSatisfy { Self.isFlat($0.value) }
        put(flat ? "\n    properties: {" : "\n    properties:")
        for (offset, pair) in sorted.enumerated() {
            if flat {
                if offset > 0 { put(", ") }
                put(text: pair.key)
                put(": ")
            } else {
                put("\n      ")
                put(text: pair.key)
                put(": ")
            }
            flow(pair.value)
        }
        if flat { put("}") }
    }

    /// The review of the candidate at `index` of `candidates`, its fields read in place: handed
    /// the `Review`, the writer copied it first (an outlined copy and destroy, with a retain and
    /// a release of its id, rule and evidence, for each candidate).
    private mutating func yamlReview<Candidate: Reviewed>(_ candidates: [Candidate], at index: Int) {
        let evidence = candidates[index].review.evidence
        guard !evidence.isEmpty else {
            put(text: "\n    review:" + ReviewDocument.tree(candidates[index].review).yaml(indent: 6))
            return
        }
        put("\n    review:\n      id: ")
        quote(candidates[index].review.id)
        put("\n      status: ")
        quoteRepeated(candidates[index].review.status.rawValue)
        put("\n      confidence: ")
        putConfidence(candidates[index].review.confidence)
        put("\n      rule: ")
        quoteRepeated(candidates[index].review.rule)
        if candidates[index].review.existing { put("\n      existing: true") }
        put("\n      evidence:")
        // By index, each field read in place: iterating copied each piece of evidence (a
        // retain and a release of each of its strings).
        for index in evidence.indices {
            put("\n        - {document: ")
            quoteDocument(evidence[index].document)
            put(", line: ")
            put(evidence[index].line)
            put(", span: [")
            put(evidence[index].start)
            put(", ")
            put(evidence[index].end)
            put("], text: ")
            // (Repeated: the store hands the facts of one span the same evidence, its text in
            // one storage, so the text's verdict is found again rather than scanned.)
            quoteRepeated(evidence[index].text)
            put(", sentence: ")
            quoteRepeated(evidence[index].sentence)
            put("}")
        }
    }

    // MARK: JSON

    /// The document as indented JSON, with a final newline; full blocks go to `sink`.
    mutating func json<Failure: Error>(
        _ document: ReviewDocument, sink: (UnsafeRawBufferPointer) throws(Failure) -> Void
    ) throws(Failure) {
        put("{\n  \"entities\": ")
        if document.entities.isEmpty {
            put("[]")
        } else {
            put("[\n")
            // By index, as for YAML.
            for index in document.entities.indices {
                if index > 0 { put(",\n") }
                json(document.entities[index])
                try passOn(sink)
            }
            put("\n  ]")
        }
        put(",\n  \"relations\": ")
        if document.relations.isEmpty {
            put("[]")
        } else {
            put("[\n")
            for index in document.relations.indices {
                if index > 0 { put(",\n") }
                json(document.relations[index])
                try passOn(sink)
            }
            put("\n  ]")
        }
        put("\n}\n")
        try finish(sink)
    }

    private mutating func json(_ candidate: CandidateEntity) {
        let entity = candidate.entity
        put("    {\n      \"id\": ")
        quote(entity.id.rawValue)
        put(",\n      \"type\": ")
        quoteRepeated(entity.type.rawValue)
        put(",\n      \"name\": {\n        \"fr\": ")
        quote(entity.names.fr)
        if let en = entity.names.en {
            put(",\n        \"en\": ")
            quote(en)
        }
        if let ar = entity.names.ar {
            put(",\n        \"ar\": ")
            quote(ar)
        }
        put("\n      }")
        if !entity.acronyms.isEmpty {
            put(",\n      \"acronyms\": ")
            flowList(entity.acronyms)
        }
        if !entity.aliases.isEmpty {
            put(",\n      \"aliases\": ")
            flowList(entity.aliases)
        }
        jsonCommon(properties: entity.properties, dates: entity.dates, sources: entity.sources, note: entity.note)
        json(candidate.review)
        put("\n    }")
    }

    private mutating func json(_ candidate: CandidateRelation) {
        let relation = candidate.relation
        put("    {\n      \"type\": ")
        quoteRepeated(relation.type.rawValue)
        put(",\n      \"from\": ")
        quoteRepeated(relation.from.rawValue)
        put(",\n      \"to\": ")
        quoteRepeated(relation.to.rawValue)
        jsonCommon(properties: relation.properties, dates: relation.dates, sources: relation.sources, note: relation.note)
        json(candidate.review)
        put("\n    }")
    }

    private mutating func jsonCommon(properties: [String: PropertyValue], dates: [DatedRole], sources: [SourceRef], note: String?) {
        if !properties.isEmpty {
            put(",\n      \"properties\": {\n")
            for (offset, pair) in properties.sorted(by: { $0.key < $1.key }).enumerated() {
                if offset > 0 { put(",\n") }
                put("        ")
                quote(pair.key)
                put(": ")
                flow(pair.value)
            }
            put("\n      }")
        }
        if !dates.isEmpty {
            put(",\n      \"dates\": [\n")
            for (offset, date) in dates.sorted().enumerated() {
                if offset > 0 { put(",\n") }
                put("        {\n          \"role\": ")
                quoteRepeated(date.role.rawValue)
                put(",\n          \"date\": ")
                quote(date.date)
                put("\n        }")
            }
            put("\n      ]")
        }
        put(",\n      \"sources\": [")
        // By index: iterating copied each citation (a retain and a release of its file name).
        for index in sources.indices {
            if index > 0 { put(", ") }
            quote(sources[index])
        }
        put("]")
        if let note {
            put(",\n      \"note\": ")
            quote(note)
        }
    }

    private mutating func json(_ review: Review) {
        put(",\n      \"review\": {\n        \"id\": ")
        quote(review.id)
        put(",\n        \"status\": ")
        quoteRepeated(review.status.rawValue)
        put(",\n        \"confidence\": ")
        putConfidence(review.confidence)
        put(",\n        \"rule\": ")
        quoteRepeated(review.rule)
        if review.existing { put(",\n        \"existing\": true") }
        put(",\n        \"evidence\": ")
        if review.evidence.isEmpty {
            put("[]")
        } else {
            put("[\n")
            // By index, as for YAML.
            for index in review.evidence.indices {
                if index > 0 { put(",\n") }
                put("          {\n            \"document\": ")
                quoteDocument(review.evidence[index].document)
                put(",\n            \"line\": ")
                put(review.evidence[index].line)
                put(",\n            \"span\": [")
                put(review.evidence[index].start)
                put(", ")
                put(review.evidence[index].end)
                put("]")
                put(",\n            \"text\": ")
                quoteRepeated(review.evidence[index].text)
                put(",\n            \"sentence\": ")
                quoteRepeated(review.evidence[index].sentence)
                put("\n          }")
            }
            put("\n        ]")
        }
        put("\n      }")
    }
}

/// A candidate with a review record, so that one writer of reviews reads either kind in place.
protocol Reviewed {
    var review: Review { get }
}

extension CandidateEntity: Reviewed {}
extension CandidateRelation: Reviewed {}
