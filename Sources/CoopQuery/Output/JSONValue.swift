import CoopModel

/// A JSON value whose objects keep their key order, so that encoding is byte-for-byte stable.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([JSONField])

    /// A string, or null when `text` is nil.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// The value as one cell of a table or CSV: lists joined by `; `, objects by spaces.
    public var cellText: String {
        switch self {
        case .null: return ""
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return Self.format(number)
        case .string(let text): return text
        case .array(let items): return items.map(\.cellText).joined(separator: "; ")
        case .object(let fields): return fields.map(\.value.cellText).filter { !$0.isEmpty }.joined(separator: " ")
        }
    }

    /// Compact JSON text, with `indent` levels of two spaces when `pretty`.
    public func encoded(pretty: Bool = true, indent: Int = 0) -> String {
        var output = ""
        write(to: &output, pretty: pretty, indent: indent)
        return output
    }

    private func write(to output: inout String, pretty: Bool, indent: Int) {
        let newline = pretty ? "\n" + String(repeating: "  ", count: indent + 1) : ""
        let closing = pretty ? "\n" + String(repeating: "  ", count: indent) : ""
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let number): output += String(number)
        case .double(let number): output += number.isFinite ? Self.format(number) : "null"
        case .string(let text): JSONString.append(text, to: &output)
        case .array(let items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "["
            for (position, item) in items.enumerated() {
                output += (position > 0 ? "," : "") + newline
                item.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            output += closing + "]"
        case .object(let fields):
            guard !fields.isEmpty else { output += "{}"; return }
            output += "{"
            for (position, field) in fields.enumerated() {
                output += (position > 0 ? "," : "") + newline
                JSONString.append(field.key, to: &output)
                output += pretty ? ": " : ":"
                field.value.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            output += closing + "}"
        }
    }

    /// Shortest text that reads back as the same number, without exponent for common sizes.
    static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}

/// One key and value of a JSON object.
public struct JSONField: Sendable, Equatable {
    public let key: String
    public let value: JSONValue

    /// A field `key: value`.
    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}
