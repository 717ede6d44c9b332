/// An ordered document tree, emitted as YAML or JSON with the same bytes every time.
indirect enum Tree: Sendable {
    case text(String)
    case number(String)
    case list([Tree])
    case map([(String, Tree)])

    /// Whether the tree fits on one line in flow style.
    var isSimple: Bool {
        switch self {
        case .text, .number: return true
        case .list(let items): return items.allSatisfy { if case .map = $0 { return false } else { return $0.isSimple } }
        case .map(let pairs): return pairs.allSatisfy { if case .text = $1 { return true }; if case .number = $1 { return true }; if case .list(let items) = $1 { return items.allSatisfy { if case .text = $0 { return true }; if case .number = $0 { return true }; return false } }; return false }
        }
    }

    /// A double-quoted string, valid both in YAML and JSON.
    static func quote(_ text: String) -> String {
        // Most texts need no escape: one pass over the bytes, then a single concatenation.
        // (U+0085, U+2028, U+2029 and U+FEFF start with the bytes C2 or E2/EF, so any non-ASCII
        // byte ≥ 0xC2 sends the text to the careful path below.)
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }) {
            return "\"" + text + "\""
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    result += "\\u" + String(String(scalar.value, radix: 16).leftPadded(4))
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// The tree in flow style on one line (JSON syntax, which YAML also reads).
    var flow: String {
        switch self {
        case .text(let text): return Tree.quote(text)
        case .number(let number): return number
        case .list(let items): return "[" + items.map(\.flow).joined(separator: ", ") + "]"
        case .map(let pairs): return "{" + pairs.map { Tree.quote($0.0) + ": " + $0.1.flow }.joined(separator: ", ") + "}"
        }
    }

    /// Plain keys in YAML flow maps read better; values stay quoted.
    var yamlFlow: String {
        switch self {
        case .map(let pairs): return "{" + pairs.map { $0.0 + ": " + $0.1.yamlFlow }.joined(separator: ", ") + "}"
        case .list(let items): return "[" + items.map(\.yamlFlow).joined(separator: ", ") + "]"
        default: return flow
        }
    }

    /// Block-style YAML at `indent`, for a value that follows "key:".
    func yaml(indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        switch self {
        case .map(let pairs) where !isSimple:
            return pairs.map { key, value in
                value.isSimple ? "\n\(pad)\(key): \(value.yamlFlow)" : "\n\(pad)\(key):" + value.yaml(indent: indent + 2)
            }.joined()
        case .list(let items) where !isSimple:
            return items.map { item in
                if case .map(let pairs) = item, !item.isSimple {
                    var lines = ""
                    for (offset, pair) in pairs.enumerated() {
                        let lead = offset == 0 ? "\n\(pad)- " : "\n\(pad)  "
                        lines += pair.1.isSimple ? "\(lead)\(pair.0): \(pair.1.yamlFlow)" : "\(lead)\(pair.0):" + pair.1.yaml(indent: indent + 4)
                    }
                    return lines
                }
                return "\n\(pad)- " + item.yamlFlow
            }.joined()
        default:
            return " " + yamlFlow
        }
    }

    /// Pretty JSON at `indent`.
    func json(indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch self {
        case .map(let pairs) where !pairs.isEmpty:
            return "{\n" + pairs.map { pad + Tree.quote($0.0) + ": " + $0.1.json(indent: indent + 1) }.joined(separator: ",\n") + "\n" + close + "}"
        case .list(let items) where !items.isEmpty && !isSimple:
            return "[\n" + items.map { pad + $0.json(indent: indent + 1) }.joined(separator: ",\n") + "\n" + close + "]"
        default:
            return flow
        }
    }
}
