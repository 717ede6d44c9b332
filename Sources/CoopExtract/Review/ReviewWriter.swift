import CoopModel

/// Writes a review file straight into one growing buffer of UTF-8 bytes, candidate by candidate.
///
/// Why not `Tree`: building a tree of every candidate and joining the strings of its levels cost
/// about 15% of `coopgraph extract` on large inputs. Why bytes rather than a `String`: appending
/// to a string checked its capacity and its UTF-8 on each piece, and the text was copied once
/// more into bytes to be written. The bytes are those `Tree` gives for the same document
/// (`ReviewTests` and `Benchmarks/extract/check_identical.sh` hold them equal); the one shape
/// `Tree` prints differently, a review without evidence, is handed to `Tree` itself.
struct ReviewWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: YAML

    /// The document in block YAML, after `header`.
    mutating func yaml(_ document: ReviewDocument, header: String) {
        put(header)
        if document.entities.isEmpty {
            put("entities: []\n")
        } else {
            put("entities:")
            for candidate in document.entities { yaml(candidate) }
            put("\n")
        }
        if document.relations.isEmpty {
            put("relations: []\n")
        } else {
            put("relations:")
            for candidate in document.relations { yaml(candidate) }
            put("\n")
        }
    }

    private mutating func yaml(_ candidate: CandidateEntity) {
        let entity = candidate.entity
        put("\n  - id: ")
        quote(entity.id.rawValue)
        put("\n    type: ")
        quote(entity.type.rawValue)
        put("\n    name: {fr: ")
        quote(entity.names.fr)
        if let en = entity.names.en {
            put(", en: ")
            quote(en)
        }
        if let ar = entity.names.ar {
            put(", ar: ")
            quote(ar)
        }
        put("}")
        if !entity.acronyms.isEmpty {
            put("\n    acronyms: ")
            flowList(entity.acronyms)
        }
        if !entity.aliases.isEmpty {
            put("\n    aliases: ")
            flowList(entity.aliases)
        }
        yamlCommon(properties: entity.properties, dates: entity.dates, sources: entity.sources, note: entity.note)
        yaml(candidate.review)
    }

    private mutating func yaml(_ candidate: CandidateRelation) {
        let relation = candidate.relation
        put("\n  - type: ")
        quote(relation.type.rawValue)
        put("\n    from: ")
        quote(relation.from.rawValue)
        put("\n    to: ")
        quote(relation.to.rawValue)
        yamlCommon(properties: relation.properties, dates: relation.dates, sources: relation.sources, note: relation.note)
        yaml(candidate.review)
    }

    private mutating func yamlCommon(properties: [String: PropertyValue], dates: [DatedRole], sources: [SourceRef], note: String?) {
        if !properties.isEmpty {
            let sorted = properties.sorted { $0.key < $1.key }
            // `Tree` prints a map on one line when no value is a list holding a list.
            let flat = sorted.allSatisfy { Self.isFlat($0.value) }
            put(flat ? "\n    properties: {" : "\n    properties:")
            for (offset, pair) in sorted.enumerated() {
                if flat {
                    if offset > 0 { put(", ") }
                    put(pair.key)
                    put(": ")
                } else {
                    put("\n      ")
                    put(pair.key)
                    put(": ")
                }
                flow(pair.value)
            }
            if flat { put("}") }
        }
        if !dates.isEmpty {
            put("\n    dates:")
            for date in dates.sorted() {
                put("\n      - {role: ")
                quote(date.role.rawValue)
                put(", date: ")
                quote(date.date.description)
                put("}")
            }
        }
        put("\n    sources: [")
        for (offset, source) in sources.enumerated() {
            if offset > 0 { put(", ") }
            quote(source)
        }
        put("]")
        if let note {
            put("\n    note: ")
            quote(note)
        }
    }

    private mutating func yaml(_ review: Review) {
        guard !review.evidence.isEmpty else {
            put("\n    review:" + ReviewDocument.tree(review).yaml(indent: 6))
            return
        }
        put("\n    review:\n      id: ")
        quote(review.id)
        put("\n      status: ")
        quote(review.status.rawValue)
        put("\n      confidence: ")
        put(ReviewDocument.format2(review.confidence))
        put("\n      rule: ")
        quote(review.rule)
        if review.existing { put("\n      existing: true") }
        put("\n      evidence:")
        for evidence in review.evidence {
            put("\n        - {document: ")
            quote(evidence.document)
            put(", line: ")
            put(evidence.line)
            put(", span: [")
            put(evidence.start)
            put(", ")
            put(evidence.end)
            put("], text: ")
            quote(evidence.text)
            put(", sentence: ")
            quote(evidence.sentence)
            put("}")
        }
    }

    // MARK: JSON

    /// The document as indented JSON, with a final newline.
    mutating func json(_ document: ReviewDocument) {
        put("{\n  \"entities\": ")
        if document.entities.isEmpty {
            put("[]")
        } else {
            put("[\n")
            for (offset, candidate) in document.entities.enumerated() {
                if offset > 0 { put(",\n") }
                json(candidate)
            }
            put("\n  ]")
        }
        put(",\n  \"relations\": ")
        if document.relations.isEmpty {
            put("[]")
        } else {
            put("[\n")
            for (offset, candidate) in document.relations.enumerated() {
                if offset > 0 { put(",\n") }
                json(candidate)
            }
            put("\n  ]")
        }
        put("\n}\n")
    }

    private mutating func json(_ candidate: CandidateEntity) {
        let entity = candidate.entity
        put("    {\n      \"id\": ")
        quote(entity.id.rawValue)
        put(",\n      \"type\": ")
        quote(entity.type.rawValue)
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
        quote(relation.type.rawValue)
        put(",\n      \"from\": ")
        quote(relation.from.rawValue)
        put(",\n      \"to\": ")
        quote(relation.to.rawValue)
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
                quote(date.role.rawValue)
                put(",\n          \"date\": ")
                quote(date.date.description)
                put("\n        }")
            }
            put("\n      ]")
        }
        put(",\n      \"sources\": [")
        for (offset, source) in sources.enumerated() {
            if offset > 0 { put(", ") }
            quote(source)
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
        quote(review.status.rawValue)
        put(",\n        \"confidence\": ")
        put(ReviewDocument.format2(review.confidence))
        put(",\n        \"rule\": ")
        quote(review.rule)
        if review.existing { put(",\n        \"existing\": true") }
        put(",\n        \"evidence\": ")
        if review.evidence.isEmpty {
            put("[]")
        } else {
            put("[\n")
            for (offset, evidence) in review.evidence.enumerated() {
                if offset > 0 { put(",\n") }
                put("          {\n            \"document\": ")
                quote(evidence.document)
                put(",\n            \"line\": ")
                put(evidence.line)
                put(",\n            \"span\": [")
                put(evidence.start)
                put(", ")
                put(evidence.end)
                put("]")
                put(",\n            \"text\": ")
                quote(evidence.text)
                put(",\n            \"sentence\": ")
                quote(evidence.sentence)
                put("\n          }")
            }
            put("\n        ]")
        }
        put("\n      }")
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
        case .int(let number): put(number)
        case .bool(let flag): put(flag ? "true" : "false")
        case .list(let items):
            put("[")
            for (offset, item) in items.enumerated() {
                if offset > 0 { put(", ") }
                flow(item)
            }
            put("]")
        }
    }

    private mutating func flowList(_ items: [String]) {
        put("[")
        for (offset, item) in items.enumerated() {
            if offset > 0 { put(", ") }
            quote(item)
        }
        put("]")
    }

    /// Appends `value` double-quoted, as `Tree.quote` does.
    private mutating func quote(_ value: String) {
        var value = value
        value.withUTF8 { text in
            bytes.append(0x22)
            // Most texts need no escape: one pass over the bytes, then one copy. (U+0085, U+2028,
            // U+2029 and U+FEFF start with the bytes C2 or E2/EF, so any of those sends the text
            // to the careful path, as in `Tree.quote`.)
            if Self.needsEscape(text) { escape(text) } else { bytes.append(contentsOf: text) }
            bytes.append(0x22)
        }
    }

    /// Appends `source.description` (`FILE:LINE`) double-quoted, without building that string
    /// for each of a candidate's up to 50 citations (the escapes are per scalar, so quoting the
    /// parts gives the bytes of quoting the whole).
    private mutating func quote(_ source: SourceRef) {
        var document = source.document
        document.withUTF8 { text in
            bytes.append(0x22)
            if Self.needsEscape(text) { escape(text) } else { bytes.append(contentsOf: text) }
        }
        if let line = source.line {
            bytes.append(0x3A)
            put(line)
        }
        bytes.append(0x22)
    }

    /// Whether `text` holds a byte that `Tree.quote` escapes or checks scalar by scalar: a
    /// control, `"`, `\`, DEL, or one of the lead bytes C2, E2, EF.
    ///
    /// Eight bytes at a time: a word with no such byte and no byte at or above 0x80 is passed at
    /// once; the others are looked up byte by byte. (Texts are mostly letters and spaces; the
    /// byte-by-byte test was a quarter of the writer's instructions.)
    static func needsEscape(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return false }
        @inline(__always) func trigger(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == 0xEF
        }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        var index = 0
        let count = text.count
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // Any byte ≥ 0x80, < 0x20 (the high bit of `byte - 0x20` without the byte's own),
            // or equal to 0x22, 0x5C or 0x7F.
            let suspicious = word & highs != 0 || (word &- ones &* 0x20) & ~word & highs != 0
                || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C)) || hasZeroByte(word ^ (ones &* 0x7F))
            if suspicious {
                for offset in index..<index + 8 where trigger(text[offset]) { return true }
            }
            index += 8
        }
        while index < count {
            if trigger(text[index]) { return true }
            index += 1
        }
        return false
    }

    /// Appends `text` (valid UTF-8) with the escapes of `Tree.quote`, scalar by scalar.
    private mutating func escape(_ text: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < text.count {
            let lead = text[index]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            let end = min(index + length, text.count)
            var value = UInt32(lead)
            if length > 1 {
                value &= length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07
                for offset in index + 1..<end { value = value << 6 | UInt32(text[offset] & 0x3F) }
            }
            switch value {
            case 0x22: put("\\\"")
            case 0x5C: put("\\\\")
            case 0x0A: put("\\n")
            case 0x0D: put("\\r")
            case 0x09: put("\\t")
            case 0..<0x20, 0x7F, 0x85, 0x2028, 0x2029, 0xFEFF:
                put("\\u")
                let hex = String(value, radix: 16)
                for _ in hex.utf8.count..<max(4, hex.utf8.count) { bytes.append(0x30) }
                put(hex)
            default:
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[index..<end]))
            }
            index = end
        }
    }

    /// Appends `piece`'s UTF-8.
    @inline(__always)
    private mutating func put(_ piece: String) {
        var piece = piece
        piece.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends `number` in decimal, as `String(number)` writes it.
    private mutating func put(_ number: Int) {
        if number < 0 {
            guard number != .min else { return put(String(number)) }
            bytes.append(0x2D)
            return put(-number)
        }
        if number < 10 { return bytes.append(0x30 + UInt8(number)) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = number
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                buffer[19 - count] = 0x30 + UInt8(rest % 10)
                rest /= 10
                count += 1
            }
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }
}
