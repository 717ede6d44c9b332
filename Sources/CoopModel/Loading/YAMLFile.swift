import Foundation
import Yams

/// Reads one YAML file into a Yams node tree, refusing what could hurt: huge files, invalid UTF-8,
/// deep nesting, anchors and aliases. Every refusal is a diagnostic with the file's place.
enum YAMLFile {
    /// A file's root node, or why there is none.
    enum Outcome {
        case success(Node)
        case failure(Diagnostic)
    }

    /// Reads `url` and hands its root to `parse`, appending every problem to `diagnostics`.
    static func parse<Value>(
        _ url: URL, limits: LoadLimits, diagnostics: inout [Diagnostic],
        _ parse: (Node, inout NodeReader) -> Value?
    ) -> Value? {
        switch read(url, limits: limits) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let root):
            var reader = NodeReader(file: url.relativePath)
            let value = parse(root, &reader)
            diagnostics += reader.diagnostics
            return value
        }
    }

    /// The root node of `url`, or the diagnostic explaining why it cannot be read.
    static func read(_ url: URL, limits: LoadLimits) -> Outcome {
        let file = url.relativePath
        func failure(_ code: Diagnostic.Code, _ line: Int, _ column: Int, _ message: String, _ hint: String?)
            -> Outcome
        {
            .failure(Diagnostic(.error, code, file: file, line: line, column: column, message: message, hint: hint))
        }
        let values = try? url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey])
        guard let values, values.isRegularFile == true, let size = values.fileSize else {
            return failure(.unreadableFile, 0, 0, "cannot read this file", "check that it exists and is a regular file")
        }
        guard size <= limits.maxFileSize else {
            return failure(
                .fileTooLarge, 0, 0, "the file is \(size) bytes, over the limit of \(limits.maxFileSize)",
                "split it into smaller files under kb/")
        }
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            return failure(.unreadableFile, 0, 0, "cannot open this file", "check its permissions")
        }
        defer { try? handle.close() }
        // Read at most one byte past the limit, in case the file grew since its size was taken.
        let data = (try? handle.read(upToCount: limits.maxFileSize + 1)) ?? Data()
        guard data.count <= limits.maxFileSize else {
            return failure(
                .fileTooLarge, 0, 0, "the file is over the limit of \(limits.maxFileSize) bytes",
                "split it into smaller files under kb/")
        }
        return parse(bytes: [UInt8](data), file: file, limits: limits)
    }

    /// The root node of `bytes`, which came from `file`.
    static func parse(bytes: [UInt8], file: String, limits: LoadLimits) -> Outcome {
        func failure(_ code: Diagnostic.Code, _ line: Int, _ column: Int, _ message: String, _ hint: String?)
            -> Outcome
        {
            .failure(Diagnostic(.error, code, file: file, line: line, column: column, message: message, hint: hint))
        }
        if let offset = firstInvalidUTF8(bytes) {
            let (line, column) = place(ofByte: offset, in: bytes)
            return failure(
                .invalidUTF8, line, column,
                "the bytes at offset \(offset) are not valid UTF-8",
                "save the file as UTF-8 (it may be Latin-1 or Windows-1252)")
        }
        switch YAMLShapeScan(bytes: bytes, depthGuard: max(4 * limits.maxDepth, 256)).run() {
        case .tooDeep(let line, let column):
            return failure(
                .nestingTooDeep, line, column, "lists and mappings nest deeper than \(limits.maxDepth) levels",
                "flatten the structure; knowledge-base entries need only a few levels")
        case .anchor(let line, let column):
            return failure(
                .anchorsNotAllowed, line, column, "anchors/aliases are not allowed in the knowledge base",
                "write the value out in full instead of '&name' / '*name'")
        case nil:
            break
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let root: Node?
        let parser: Parser
        do {
            // Every value is read as text and typed by the schema, so scalars need no implicit tags:
            // the basic resolver spares a regular-expression match per scalar (also in Yams'
            // duplicate-key check, which hashes every key with its tag).
            parser = try Parser(yaml: text, resolver: .basic)
            root = try parser.singleRoot()
        } catch let error as YamlError {
            let (line, column, message) = describe(error)
            return failure(.yamlSyntax, line, column, "YAML syntax error: \(message)", "fix the YAML at this place")
        } catch {
            return failure(.yamlSyntax, 1, 1, "YAML syntax error: \(error)", "fix the YAML")
        }
        guard let root else {
            return failure(.emptyFile, 0, 0, "the file is empty", "add 'entities:' and 'relations:' lists, or delete it")
        }
        // Anchors are weak references owned by the parser: check them while it is alive.
        return withExtendedLifetime(parser) {
            if let problem = checkTree(root, maxDepth: limits.maxDepth, file: file) { return .failure(problem) }
            return .success(root)
        }
    }

    /// Walks the tree without recursion; refuses anchors (before expanding them) and deep nesting.
    private static func checkTree(_ root: Node, maxDepth: Int, file: String) -> Diagnostic? {
        var stack: [(node: Node, depth: Int)] = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            let mark = node.mark
            if case .alias = node {
                return Diagnostic(
                    .error, .anchorsNotAllowed, file: file, line: mark?.line ?? 0, column: mark?.column ?? 0,
                    message: "anchors/aliases are not allowed in the knowledge base",
                    hint: "write the value out in full")
            }
            if node.anchor != nil {
                return Diagnostic(
                    .error, .anchorsNotAllowed, file: file, line: mark?.line ?? 0, column: mark?.column ?? 0,
                    message: "anchors/aliases are not allowed in the knowledge base",
                    hint: "write the value out in full")
            }
            switch node {
            case .mapping(let mapping):
                guard depth < maxDepth || mapping.isEmpty else {
                    return tooDeep(mark, maxDepth, file)
                }
                for (key, value) in mapping.reversed() {
                    stack.append((value, depth + 1))
                    stack.append((key, depth + 1))
                }
            case .sequence(let sequence):
                guard depth < maxDepth || sequence.isEmpty else {
                    return tooDeep(mark, maxDepth, file)
                }
                for item in sequence.reversed() { stack.append((item, depth + 1)) }
            case .scalar, .alias:
                break
            }
        }
        return nil
    }

    private static func tooDeep(_ mark: Mark?, _ maxDepth: Int, _ file: String) -> Diagnostic {
        Diagnostic(
            .error, .nestingTooDeep, file: file, line: mark?.line ?? 0, column: mark?.column ?? 0,
            message: "lists and mappings nest deeper than \(maxDepth) levels",
            hint: "flatten the structure; knowledge-base entries need only a few levels")
    }

    /// The line, column and text of a Yams error.
    private static func describe(_ error: YamlError) -> (Int, Int, String) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text) at line \($0.mark.line), column \($0.mark.column))" }
            return (mark.line, mark.column, detail ?? problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (
                context.mark.line, context.mark.column,
                "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping"
            )
        case .reader(let problem, _, _, _):
            return (1, 1, problem)
        default:
            return (1, 1, "\(error)")
        }
    }

    /// The offset of the first byte that is not part of valid UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                offset += scalar.count
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    /// The 1-based line and byte column of `offset`.
    static func place(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }
}
