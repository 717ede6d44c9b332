import CoopModel
import Foundation

extension Neo4jCSV {
    /// Writes `nodes.csv` and `relationships.csv` of `graph` into `directory` (created if needed),
    /// each through a temporary file renamed at the end, so no half-written file is left.
    /// - Complexity: O(n + m) plus the size of the text.
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
            for index in graph.entityIndices {
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

    private static func writeFile(_ url: URL, _ fill: (inout CSVOutput) -> Void) throws(ExchangeError) {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary.path)
        else { throw .io(path: temporary.path, reason: "cannot create the file; check the folder's permissions") }
        var output = CSVOutput(handle: handle)
        fill(&output)
        do {
            try output.finish()
            if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
            try FileManager.default.moveItem(at: temporary, to: url)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .io(path: url.path, reason: "cannot write the file (\(error.localizedDescription))")
        }
    }
}

/// Buffered RFC 4180 output: rows of cells, CRLF-terminated, written in large blocks; the first
/// write error is kept and thrown by ``finish()``.
struct CSVOutput {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var failure: (any Error)?

    init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(1 << 20)
    }

    /// Appends one row.
    mutating func row(_ cells: [String]) {
        let quote = UInt8(ascii: "\"")
        for (position, cell) in cells.enumerated() {
            if position > 0 { buffer.append(UInt8(ascii: ",")) }
            if cell.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 10 || $0 == 13 }) {
                buffer.append(quote)
                for byte in cell.utf8 {
                    if byte == quote { buffer.append(quote) }
                    buffer.append(byte)
                }
                buffer.append(quote)
            } else {
                buffer.append(contentsOf: cell.utf8)
            }
        }
        buffer.append(contentsOf: [13, 10])
        if buffer.count >= 1 << 20 { drain() }
    }

    /// Writes what is buffered, closes the file, and throws the first write error.
    mutating func finish() throws {
        drain()
        if let failure { throw failure }
        try handle.close()
    }

    private mutating func drain() {
        guard failure == nil, !buffer.isEmpty else { return }
        do { try handle.write(contentsOf: buffer) } catch { failure = error }
        buffer.removeAll(keepingCapacity: true)
    }
}
