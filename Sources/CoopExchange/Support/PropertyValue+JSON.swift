import CoopModel

extension PropertyValue {
    /// The value as compact JSON: a string, an integer, a boolean or an array of those.
    var jsonText: String {
        switch self {
        case .string(let text): return JSONText.quoted(text)
        case .int(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .list(let items): return "[" + items.map(\.jsonText).joined(separator: ",") + "]"
        }
    }

    /// The property value a JSON value stands for; other JSON kinds are refused with their place.
    init(json node: JSONNode, file: String) throws(ExchangeError) {
        switch node.value {
        case .string(let text): self = .string(text)
        case .integer(let number): self = .int(number)
        case .bool(let flag): self = .bool(flag)
        case .array(let items):
            var values: [PropertyValue] = []
            for item in items { values.append(try PropertyValue(json: item, file: file)) }
            self = .list(values)
        default:
            throw .malformed(
                file: file, line: node.line, column: node.column,
                reason: "a property value must be a string, an integer, true/false or an array of those, not \(node.value.kindName)")
        }
    }
}

extension DatedRole {
    /// The compact `role:date` form used by the flat formats (`signed:2007-12`).
    var flatText: String { "\(role.rawValue):\(date)" }

    /// Parses the `role:date` form; nil when it is not one.
    init?(flatText text: Substring) {
        guard let colon = text.firstIndex(of: ":"), let date = try? PartialDate(parsing: String(text[text.index(after: colon)...]))
        else { return nil }
        let role = String(text[..<colon])
        guard !role.isEmpty else { return nil }
        self.init(DateRole(rawValue: role), date)
    }
}
