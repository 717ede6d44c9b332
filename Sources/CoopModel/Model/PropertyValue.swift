/// The value of a typed property on an entity or a relation.
public enum PropertyValue: Hashable, Sendable, CustomStringConvertible {
    case string(String)
    case int(Int)
    case bool(Bool)
    case list([PropertyValue])

    /// The value as text; a list is joined with ", ".
    public var description: String {
        switch self {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .list(let items): return items.map(\.description).joined(separator: ", ")
        }
    }

    /// The string, when this is one.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The strings of a list, or the single string as a one-element list.
    public var strings: [String] {
        switch self {
        case .string(let text): return [text]
        case .list(let items): return items.compactMap(\.stringValue)
        default: return []
        }
    }
}
