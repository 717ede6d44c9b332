import CoopModel
import Foundation

extension ReviewDocument {
    static let header = """
        # coopgraph review file: facts proposed by `coopgraph extract`, in the knowledge-base format.
        # Set each `review.status` to accepted or rejected (or use `coopgraph review`), then run
        # `coopgraph merge` on this file. Evidence spans count Unicode scalars from the start of the
        # line, end excluded. This file quotes the documents: keep it out of the repository.

        """

    /// The document as text in `format`; the same candidates give the same bytes.
    /// - Complexity: O(n) in the size of the text.
    public func encoded(as format: Format) -> String {
        String(decoding: encodedBytes(as: format), as: UTF8.self)
    }

    /// The UTF-8 bytes of `encoded(as: format)`, without building the `String`. To write a large
    /// review file, ``write(as:to:blockSize:)`` streams the same bytes without holding them all.
    /// - Complexity: O(n) in the size of the text.
    public func encodedBytes(as format: Format) -> [UInt8] {
        // About 300 bytes of YAML per candidate, more for JSON: one allocation in most cases.
        var writer = ReviewWriter(capacity: (entities.count + relations.count) * (format == .json ? 900 : 700) + 1024)
        let keep = { (_: UnsafeRawBufferPointer) throws(Never) in }
        switch format {
        case .json: writer.json(self, sink: keep)
        case .yaml: writer.yaml(self, header: Self.header, sink: keep)
        }
        return writer.bytes.array
    }

    /// The size of the blocks a review file is streamed in: large enough that the system calls
    /// cost nothing, small enough to stay in the processor's cache.
    public static let defaultBlockSize = 1 << 18

    /// Streams the bytes of `encodedBytes(as: format)` to `sink`, in order, in blocks of about
    /// `blockSize` bytes (a block ends between two candidates), never holding the whole text.
    /// An error thrown by `sink` stops the writing and is passed on.
    /// - Complexity: O(n) in the size of the text; memory O(`blockSize` + the largest candidate).
    public func write<Failure: Error>(
        as format: Format, blockSize: Int = defaultBlockSize, to sink: (UnsafeRawBufferPointer) throws(Failure) -> Void
    ) throws(Failure) {
        var writer = ReviewWriter(blockSize: blockSize)
        switch format {
        case .json: try writer.json(self, sink: sink)
        case .yaml: try writer.yaml(self, header: Self.header, sink: sink)
        }
    }

    /// Writes the document in `format` to the file at `url`, streamed into a temporary file
    /// beside it that is renamed over `url` at the end: on an error the temporary file is
    /// removed and `url` is left as it was.
    /// - Complexity: O(n) in the size of the text; memory O(`blockSize` + the largest candidate).
    public func write(as format: Format, to url: URL, blockSize: Int = defaultBlockSize) throws(ExtractError) {
        try write(as: format, to: url, blockSize: blockSize) { (_: UnsafeRawBufferPointer) throws(ExtractError) in }
    }

    /// `write(as:to:blockSize:)`, showing each block to `inspect` before the file gets it (the
    /// tests' way to fail in the middle of a file).
    func write(
        as format: Format, to url: URL, blockSize: Int, inspecting inspect: (UnsafeRawBufferPointer) throws(ExtractError) -> Void
    ) throws(ExtractError) {
        let failure = ExtractError.writing(url)
        try AtomicFile.write(to: url, failure: failure) { (stream: inout FileTextStream) throws(ExtractError) in
            try write(as: format, blockSize: blockSize) { (block: UnsafeRawBufferPointer) throws(ExtractError) in
                try inspect(block)
                try stream.write(block, failure: failure)
            }
        }
    }

    /// The document through `Tree`, as it was written before `ReviewWriter`: the oracle of the
    /// writer's tests.
    func encodedThroughTree(as format: Format) -> String {
        let tree = Tree.map([
            ("entities", .list(entities.map(Self.tree))),
            ("relations", .list(relations.map(Self.tree))),
        ])
        switch format {
        case .json:
            return tree.json(indent: 0) + "\n"
        case .yaml:
            guard case .map(let pairs) = tree else { return "" }
            var text = Self.header
            for (key, value) in pairs {
                if case .list(let items) = value, items.isEmpty { text += "\(key): []\n" } else { text += "\(key):" + value.yaml(indent: 2) + "\n" }
            }
            return text
        }
    }

    static func tree(_ candidate: CandidateEntity) -> Tree {
        let entity = candidate.entity
        var pairs: [(String, Tree)] = [("id", .text(entity.id.rawValue)), ("type", .text(entity.type.rawValue))]
        var name: [(String, Tree)] = [("fr", .text(entity.names.fr))]
        if let en = entity.names.en { name.append(("en", .text(en))) }
        if let ar = entity.names.ar { name.append(("ar", .text(ar))) }
        pairs.append(("name", .map(name)))
        if !entity.acronyms.isEmpty { pairs.append(("acronyms", .list(entity.acronyms.map(Tree.text)))) }
        if !entity.aliases.isEmpty { pairs.append(("aliases", .list(entity.aliases.map(Tree.text)))) }
        pairs += common(properties: entity.sortedProperties, dates: entity.dates, sources: entity.sources, note: entity.note)
        pairs.append(("review", tree(candidate.review)))
        return .map(pairs)
    }

    static func tree(_ candidate: CandidateRelation) -> Tree {
        let relation = candidate.relation
        var pairs: [(String, Tree)] = [
            ("type", .text(relation.type.rawValue)), ("from", .text(relation.from.rawValue)), ("to", .text(relation.to.rawValue)),
        ]
        pairs += common(properties: relation.sortedProperties, dates: relation.dates, sources: relation.sources, note: relation.note)
        pairs.append(("review", tree(candidate.review)))
        return .map(pairs)
    }

    private static func common(
        properties: [(key: String, value: PropertyValue)], dates: [DatedRole], sources: [SourceRef], note: String?
    ) -> [(String, Tree)] {
        var pairs: [(String, Tree)] = []
        if !properties.isEmpty { pairs.append(("properties", .map(properties.map { ($0.key, tree($0.value)) }))) }
        if !dates.isEmpty {
            pairs.append(("dates", .list(dates.sorted().map { .map([("role", .text($0.role.rawValue)), ("date", .text($0.date.description))]) })))
        }
        pairs.append(("sources", .list(sources.map { .text($0.description) })))
        if let note { pairs.append(("note", .text(note))) }
        return pairs
    }

    private static func tree(_ value: PropertyValue) -> Tree {
        switch value {
        case .string(let text): return .text(text)
        case .int(let number): return .number(String(number))
        case .bool(let flag): return .number(flag ? "true" : "false")
        case .list(let items): return .list(items.map(tree))
        }
    }

    static func tree(_ review: Review) -> Tree {
        var pairs: [(String, Tree)] = [
            ("id", .text(review.id)), ("status", .text(review.status.rawValue)),
            ("confidence", .number(String(format2(review.confidence)))), ("rule", .text(review.rule)),
        ]
        if review.existing { pairs.append(("existing", .number("true"))) }
        pairs.append(("evidence", .list(review.evidence.map {
            .map([
                ("document", .text($0.document)), ("line", .number(String($0.line))),
                ("span", .list([.number(String($0.start)), .number(String($0.end))])), ("text", .text($0.text)),
                ("sentence", .text($0.sentence)),
            ])
        })))
        return .map(pairs)
    }

    /// A confidence with two decimals, without locale or float noise.
    static func format2(_ value: Double) -> String {
        let hundredths = Int((min(max(value, 0), 1) * 100).rounded())
        return hundredths == 100 ? "1.0" : "0." + String(hundredths).leftPadded(2)
    }
}
