import CoopModel
import Foundation

extension Neo4jCSV {
    /// Writes `nodes.csv` (entities in id order, as the knowledge-base YAML writer lists them, so
    /// export → import → export gives the same bytes) and `relationships.csv` (relation order) of
    /// `graph` into `directory` (created if needed),
    /// each through a temporary file renamed at the end (``AtomicFile``), so no half-written file is left.
    /// - Complexity: O(n log n + m) plus the size of the text.
    public static func write(_ graph: KnowledgeGraph, to directory: URL) throws(ExchangeError) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .io(path: directory.path, reason: "cannot create the folder (\(error.localizedDescription))")
        }
        let entityColumns = try propertyColumns(graph.entityIndices.lazy.map { graph.entity(at: $0).properties })
        let relationColumns = try propertyColumns(graph.relationIndices.lazy.map { graph.payload(of: $0).properties })
        try writeFile(directory.appendingPathComponent(nodesFile)) { output in
            output.row(nodeLeading + entityColumns.map { $0.kind.header($0.name) } + trailing)
            for index in graph.sortedEntityIndices {
                let entity = graph.entity(at: index)
                var cells = [
                    entity.id.rawValue, entity.type.rawValue, entity.names.fr, entity.names.en ?? "",
                    entity.names.ar ?? "", ListCell.join(entity.aliases), ListCell.join(entity.acronyms),
                ]
                cells += entityColumns.map { cell(entity.properties[$0.name]) }
                cells += [dates(entity.dates), ListCell.join(entity.sources.map(\.description)), entity.note ?? ""]
                output.row(cells)
            }
        }
        try writeFile(directory.appendingPathComponent(relationshipsFile)) { output in
            output.row(relationshipLeading + relationColumns.map { $0.kind.header($0.name) } + trailing)
            for index in graph.relationIndices {
                let payload = graph.payload(of: index)
                var cells = [
                    graph.entity(at: graph.source(of: index)).id.rawValue,
                    graph.entity(at: graph.target(of: index)).id.rawValue, graph.relationType(at: index).rawValue,
                ]
                cells += relationColumns.map { cell(payload.properties[$0.name]) }
                cells += [dates(payload.dates), ListCell.join(payload.sources.map(\.description)), payload.note ?? ""]
                output.row(cells)
            }
        }
    }

    /// The property columns: every key in use, in key order, with the one kind all its values share.
    private static func propertyColumns(_ all: some Sequence<[String: PropertyValue]>) throws(ExchangeError)
        -> [(name: String, kind: ColumnKind)]
    {
        var kinds: [String: ColumnKind] = [:]
        for properties in all {
            for (key, value) in properties {
                guard let kind = ColumnKind(of: value) else {
                    throw .unwritable(reason: "property '\(key)' holds a list of mixed values; CSV lists hold one type")
                }
                if let known = kinds[key], known != kind {
                    throw .unwritable(
                        reason: "property '\(key)' is both \(known.rawValue) and \(kind.rawValue); give it one type")
                }
                kinds[key] = kind
            }
        }
        let reserved = Set((nodeLeading + relationshipLeading + trailing).compactMap { ColumnKind.parse(header: $0)?.name })
        if let clash = kinds.keys.sorted().first(where: reserved.contains) {
            throw .unwritable(reason: "property '\(clash)' has the name of a fixed column; rename the property")
        }
        return kinds.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    private static func cell(_ value: PropertyValue?) -> String {
        switch value {
        case nil: return ""
        case .list(let items): return ListCell.join(items.map(\.description))
        case let value?: return value.description
        }
    }

    private static func dates(_ dates: [DatedRole]) -> String {
        ListCell.join(dates.map { "\($0.role.rawValue)=\($0.date)" })
    }

    /// Writes `url` atomically; `fill` appends the rows.
    private static func writeFile(_ url: URL, _ fill: (inout FileTextStream) -> Void) throws(ExchangeError) {
        try AtomicFile.write(to: url, failure: ExchangeError.writing(url)) { (stream: inout FileTextStream) throws(ExchangeError) in
            fill(&stream)
        }
    }
}

extension FileTextStream {
    /// Appends one CSV record (``CSVField``'s quoting, CRLF-terminated).
    fileprivate mutating func row(_ cells: [String]) { write(CSVField.record(cells)) }
}
