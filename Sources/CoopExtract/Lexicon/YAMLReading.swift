import Yams

/// Small helpers to read YAML nodes as text, never as typed YAML values.
enum YAMLReading {
    /// Parses `text` into a node tree; a syntax error names the file, line and column.
    static func compose(_ text: String, file: String) throws(ExtractError) -> Node? {
        do {
            // The basic resolver: every scalar is read as text here, so the default resolver's
            // regular expressions (a third of a one-document run's time) would tag values for nothing.
            return try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw ExtractError(file: file, "is not valid YAML (\(error)); fix the syntax at the place shown")
        } catch {
            throw ExtractError(file: file, "could not be read as YAML: \(error)")
        }
    }

    /// A scalar as text, or a list of scalars.
    static func strings(_ node: Node?) -> [String] {
        guard let node else { return [] }
        if let scalar = node.scalar { return [scalar.string] }
        if let sequence = node.sequence { return sequence.compactMap { $0.scalar?.string } }
        return []
    }

    /// The items of a sequence, or none.
    static func items(_ node: Node?) -> [Node] { node?.sequence.map { Array($0) } ?? [] }

    /// The scalar text of `node`, if it is a scalar.
    static func string(_ node: Node?) -> String? { node?.scalar?.string }

    /// The 1-based line of `node`.
    static func line(_ node: Node?) -> Int? { node?.mark.map { $0.line } }

    /// The entries of a mapping, in file order.
    static func pairs(_ node: Node?) -> [(key: String, value: Node)] {
        guard let mapping = node?.mapping else { return [] }
        return mapping.compactMap { pair in pair.key.scalar.map { (key: $0.string, value: pair.value) } }
    }
}
