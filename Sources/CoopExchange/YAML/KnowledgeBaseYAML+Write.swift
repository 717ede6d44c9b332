import CoopModel
import Foundation

/// The knowledge-base YAML of `Data/kb/*.yaml` (see `Data/README.md`): `entities:` then `relations:`.
public enum KnowledgeBaseYAML {
    /// Writes `graph` as a knowledge-base file: entities in id order, relations in relation order,
    /// one fact per item, flow style for names, lists and properties. `header` lines become comments.
    ///
    /// Strings stay plain when YAML reads them back as the same text and nothing else (no
    /// indicator, no `: ` or ` #`, not a number, boolean or null look-alike such as `NO`);
    /// otherwise they are double-quoted with escapes. Dates are always quoted.
    /// - Complexity: O(n log n + m) plus the text written.
    public static func write(_ graph: KnowledgeGraph, header: [String] = [], to output: inout some TextOutputStream) {
        for line in header {
            output.write(line.isEmpty ? "#\n" : "# " + line.split(whereSeparator: \.isNewline).joined(separator: " ") + "\n")
        }
        let entities = graph.sortedEntityIndices
        output.write(entities.isEmpty ? "entities: []\n" : "entities:\n")
        for (position, index) in entities.enumerated() {
            if position > 0 { output.write("\n") }
            write(graph.entity(at: index), to: &output)
        }
        output.write(graph.relationCount == 0 ? "\nrelations: []\n" : "\nrelations:\n")
        for index in graph.relationIndices {
            if index > 0 { output.write("\n") }
            let payload = graph.payload(of: index)
            output.write("  - type: " + scalar(graph.relationType(at: index).rawValue) + "\n")
            output.write("    from: " + scalar(graph.entity(at: graph.source(of: index)).id.rawValue) + "\n")
            output.write("    to: " + scalar(graph.entity(at: graph.target(of: index)).id.rawValue) + "\n")
            writeFacts(properties: payload.properties, dates: payload.dates, sources: payload.sources, note: payload.note, to: &output)
        }
    }

    /// Writes `graph` as a knowledge-base file at `url`, atomically.
    public static func write(_ graph: KnowledgeGraph, header: [String] = [], to url: URL) throws(ExchangeError) {
        try AtomicFile.write(to: url, failure: ExchangeError.writing(url)) { (stream: inout FileTextStream) throws(ExchangeError) in
            write(graph, header: header, to: &stream)
        }
    }

    private static func write(_ entity: Entity, to output: inout some TextOutputStream) {
        output.write("  - id: " + scalar(entity.id.rawValue) + "\n")
        output.write("    type: " + scalar(entity.type.rawValue) + "\n")
        var names = ["fr: " + scalar(entity.names.fr)]
        if let english = entity.names.en { names.append("en: " + scalar(english)) }
        if let arabic = entity.names.ar { names.append("ar: " + scalar(arabic)) }
        output.write("    name: {" + names.joined(separator: ", ") + "}\n")
        if !entity.acronyms.isEmpty { output.write("    acronyms: " + list(entity.acronyms) + "\n") }
        if !entity.aliases.isEmpty { output.write("    aliases: " + list(entity.aliases) + "\n") }
        writeFacts(properties: entity.properties, dates: entity.dates, sources: entity.sources, note: entity.note, to: &output)
    }

    private static func writeFacts(
        properties: [String: PropertyValue], dates: [DatedRole], sources: [SourceRef], note: String?,
        to output: inout some TextOutputStream
    ) {
        if !properties.isEmpty {
            let pairs = properties.sorted { $0.key < $1.key }.map { scalar($0.key) + ": " + value($0.value) }
            output.write("    properties: {" + pairs.joined(separator: ", ") + "}\n")
        }
        if !dates.isEmpty {
            let items = dates.map { "{role: " + scalar($0.role.rawValue) + ", date: \"" + $0.date.description + "\"}" }
            output.write("    dates: [" + items.joined(separator: ", ") + "]\n")
        }
        if !sources.isEmpty { output.write("    sources: [" + sources.map { quoted($0.description) }.joined(separator: ", ") + "]\n") }
        if let note { output.write("    note: " + scalar(note) + "\n") }
    }

    private static func list(_ items: [String]) -> String { "[" + items.map(scalar).joined(separator: ", ") + "]" }

    private static func value(_ value: PropertyValue) -> String {
        switch value {
        case .string(let text): return scalar(text)
        case .int(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .list(let items): return "[" + items.map(Self.value).joined(separator: ", ") + "]"
        }
    }

    /// `text` as a YAML scalar usable in block and flow context: plain when that is safe, else double-quoted.
    static func scalar(_ text: String) -> String { isSafePlain(text) ? text : quoted(text) }

    private static let lookAlikes: Set<String> = [
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", "=", ".inf", ".nan",
    ]

    /// Whether `text` reads back as the same string when written plain, in block or flow context.
    static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || last == " " || last == ":" { return false }
        if "-?:,[]{}#&*!|>'\"%@`<=".unicodeScalars.contains(first) { return false }
        if ("0"..."9").contains(first) || first == "+" || first == "." { return false }
        if lookAlikes.contains(text.lowercased()) { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        for scalar in text.unicodeScalars {
            switch scalar {
            case ",", "[", "]", "{", "}": return false
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFEFF
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.properties.generalCategory == .format
                {
                    return false
                }
            }
        }
        return true
    }

    /// `text` as a YAML double-quoted scalar with escapes for `"`, `\` and non-printable characters.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{0}": result += "\\0"
            case "\u{85}": result += "\\N"
            case "\u{A0}": result += "\\_"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    result += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
                } else if scalar.value == 0xFEFF || scalar.properties.generalCategory == .format {
                    result += "\\u" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
