import Foundation
import Yams

/// Reads typed values out of one YAML file's node tree; every refusal names file:line:column.
struct YAMLReader {
    /// The file's name as shown in messages.
    let file: String

    /// The root node of `text`, or an error at the place the parser stopped.
    func root(of text: String) throws(DiagramError) -> Node {
        do {
            guard let node = try Yams.compose(yaml: text, .basic) else {  // values are typed from their text
                throw DiagramError.invalidInput(
                    file: file, line: 1, column: 1, message: "the file is empty", hint: "write a mapping of 'key: value' lines")
            }
            return node
        } catch let error as DiagramError {
            throw error
        } catch let error as YamlError {
            throw syntaxError(error)
        } catch {
            throw DiagramError.invalidInput(file: file, line: 1, column: 1, message: "\(error)", hint: "fix the YAML")
        }
    }

    /// An error at `node`.
    func error(_ node: Node, _ message: String, hint: String = "") -> DiagramError {
        .invalidInput(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, message: message, hint: hint)
    }

    /// The pairs of a mapping, refusing keys outside `allowed` (nil allows any) and repeated keys.
    func mapping(_ node: Node, _ what: String, allowed: [String]?) throws(DiagramError) -> [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let mapping) = node else {
            throw error(node, "\(what) must be a mapping of 'key: value' lines, not \(shape(node))")
        }
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else { throw error(keyNode, "a key in \(what) must be plain text") }
            if let allowed, !allowed.contains(key.string) {
                let near = allowed.filter { $0.hasPrefix(String(key.string.prefix(2))) }
                let guess = near.isEmpty ? "" : "did you mean \(near.map { "'\($0)'" }.joined(separator: " or "))? "
                throw error(keyNode, "unknown key '\(key.string)' in \(what)", hint: guess + "allowed keys: " + allowed.joined(separator: ", "))
            }
            guard !pairs.contains(where: { $0.key == key.string }) else {
                throw error(keyNode, "the key '\(key.string)' appears twice in \(what)", hint: "keep one of them")
            }
            pairs.append((key.string, keyNode, value))
        }
        return pairs
    }

    /// The text of a scalar.
    func string(_ node: Node, _ what: String) throws(DiagramError) -> String {
        guard case .scalar(let scalar) = node else { throw error(node, "\(what) must be a single value, not \(shape(node))") }
        return scalar.string
    }

    /// The items of a list; a single scalar counts as a one-item list.
    func list(_ node: Node, _ what: String) throws(DiagramError) -> [Node] {
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar: return [node]
        default: throw error(node, "\(what) must be a list like [a, b], not \(shape(node))")
        }
    }

    /// The strings of a list.
    func strings(_ node: Node, _ what: String) throws(DiagramError) -> [String] {
        var result: [String] = []
        for item in try list(node, what) { result.append(try string(item, "an item of \(what)")) }
        return result
    }

    /// A whole number within `range`.
    func int(_ node: Node, _ what: String, in range: ClosedRange<Int>) throws(DiagramError) -> Int {
        let text = try string(node, what)
        guard let value = Int(text), range.contains(value) else {
            throw error(node, "\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return value
    }

    /// A decimal number within `range`.
    func number(_ node: Node, _ what: String, in range: ClosedRange<Double>) throws(DiagramError) -> Double {
        let text = try string(node, what)
        guard let value = Double(text), range.contains(value) else {
            throw error(node, "\(what) must be a number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return value
    }

    /// `true` or `false`.
    func bool(_ node: Node, _ what: String) throws(DiagramError) -> Bool {
        switch try string(node, what) {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw error(node, "\(what) must be true or false")
        }
    }

    /// One of `choices`, with the list of them when the value is not one.
    func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ what: String, as _: T.Type) throws(DiagramError) -> T
    where T.RawValue == String {
        let text = try string(node, what)
        guard let value = T(rawValue: text) else {
            throw error(node, "'\(text)' is not a valid \(what)", hint: "use one of: " + T.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }

    private func shape(_ node: Node) -> String {
        switch node {
        case .scalar: return "a single value"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }

    private func syntaxError(_ error: YamlError) -> DiagramError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return .invalidInput(file: file, line: mark.line, column: mark.column, message: "YAML syntax error: \(problem)", hint: "fix the YAML at this place")
        default:
            return .invalidInput(file: file, line: 1, column: 1, message: "YAML error: \(error)", hint: "fix the YAML")
        }
    }
}

extension YAMLReader {
    /// Reads `url` as UTF-8 text.
    static func text(of url: URL) throws(DiagramError) -> String {
        do {
            let data = try Data(contentsOf: url)
            guard let text = String(data: data, encoding: .utf8) else {
                throw DiagramError.io(path: url.path, reason: "the file is not UTF-8 text")
            }
            return text
        } catch let error as DiagramError {
            throw error
        } catch {
            throw DiagramError.io(path: url.path, reason: error.localizedDescription)
        }
    }
}
