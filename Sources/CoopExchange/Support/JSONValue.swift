import CoopModel

/// A JSON value as read from a file; each nested value keeps the place where it starts.
indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONNode])
    /// Members in file order; a key given twice is refused by the parser.
    case object([JSONMember])

    /// A short name of the value's kind, for error messages.
    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .integer, .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// A JSON value with its line and column (1-based) in the file it came from.
struct JSONNode: Hashable, Sendable {
    let value: JSONValue
    let line: Int
    let column: Int
}

/// One `"key": value` member of a JSON object.
struct JSONMember: Hashable, Sendable {
    let key: String
    let node: JSONNode
}

extension JSONNode {
    /// The member named `key`, when this is an object that has it.
    subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.node
    }
}

/// Writing JSON text.
enum JSONText {
    /// `text` as a JSON string literal (``CoopModel/JSONString``); the same text is a valid
    /// N-Triples and Turtle string literal.
    static func quoted(_ text: String) -> String { JSONString.quoted(text) }

    /// Strings as a compact JSON array: `["a","b"]`.
    static func array(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ",") + "]"
    }
}

extension String {
    /// The string padded on the left with zeros to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
