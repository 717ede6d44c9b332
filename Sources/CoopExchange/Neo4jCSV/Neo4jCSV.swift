import CoopModel
import Foundation

/// Neo4j-style CSV files of a graph, as `neo4j-admin database import` reads them:
/// `nodes.csv` and `relationships.csv` in one folder.
///
/// `nodes.csv` columns: `id:ID`, `:LABEL` (the node type), `name_fr`, `name_en`, `name_ar`,
/// `aliases:string[]`, `acronyms:string[]`, one column per property key (`kind`, `count:int`,
/// `un_member:boolean`, `sectors:string[]`, …, in key order), `dates:string[]`, `sources:string[]`,
/// `note`. `relationships.csv` columns: `:START_ID`, `:END_ID`, `:TYPE`, the property columns,
/// `dates:string[]`, `sources:string[]`, `note`.
///
/// Cells follow RFC 4180 (quoted when they hold `,`, `"` or a line break; `""` for a quote).
/// Lists are `;`-separated; inside an item, `\;` is a semicolon and `\\` a backslash. A date is
/// `role=date` (`signed=2004`, `in_force=2009-03`), a source `FILE:LINE` or `FILE`. An empty cell
/// means "absent", so empty strings and empty lists are not kept; everything else round-trips.
public enum Neo4jCSV {
    /// The file of nodes inside a folder.
    public static let nodesFile = "nodes.csv"
    /// The file of relationships inside a folder.
    public static let relationshipsFile = "relationships.csv"

    /// The fixed node columns before the properties.
    static let nodeLeading = ["id:ID", ":LABEL", "name_fr", "name_en", "name_ar", "aliases:string[]", "acronyms:string[]"]
    /// The fixed relationship columns before the properties.
    static let relationshipLeading = [":START_ID", ":END_ID", ":TYPE"]
    /// The fixed columns after the properties, in both files.
    static let trailing = ["dates:string[]", "sources:string[]", "note"]
}

/// The value type a property column declares after its name (`count:int`).
enum ColumnKind: String, CaseIterable {
    case string
    case int
    case boolean
    case stringArray = "string[]"
    case intArray = "int[]"

    /// The kind that keeps `value` exactly, or nil for a value no single kind holds (a mixed list).
    init?(of value: PropertyValue) {
        switch value {
        case .string: self = .string
        case .int: self = .int
        case .bool: self = .boolean
        case .list(let items):
            if items.allSatisfy({ $0.stringValue != nil }) {
                self = .stringArray
            } else if items.allSatisfy({ if case .int = $0 { return true } else { return false } }) {
                self = .intArray
            } else {
                return nil
            }
        }
    }

    /// `name` with this kind's suffix (none for plain strings).
    func header(_ name: String) -> String { self == .string ? name : "\(name):\(rawValue)" }

    /// Splits `header` into the property name and kind; nil for an unknown suffix.
    static func parse(header: String) -> (name: String, kind: ColumnKind)? {
        guard let colon = header.lastIndex(of: ":") else { return (header, .string) }
        guard let kind = ColumnKind(rawValue: String(header[header.index(after: colon)...])) else { return nil }
        return (String(header[..<colon]), kind)
    }
}

/// Joining and splitting `;`-separated lists with `\` escapes.
enum ListCell {
    static func join(_ items: [String]) -> String {
        items.map { item in
            guard item.utf8.contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\\") }) else { return item }
            return item.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
        }.joined(separator: ";")
    }

    static func split(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        guard text.utf8.contains(UInt8(ascii: "\\")) else {
            return text.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        }
        var items: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ";" {
                items.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        items.append(current)
        return items
    }
}
