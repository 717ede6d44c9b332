import CoopModel

/// The bytes of part of a cell.
typealias CellBytes = Slice<UnsafeBufferPointer<UInt8>>

/// Typed cells of one CSV row, with errors that point at the cell.
struct RowReader {
    let record: CSVRecord
    let file: String

    func error(_ column: Int?, _ reason: String) -> ExchangeError {
        .malformed(file: file, line: record.line, column: record.column(column ?? record.count), reason: reason)
    }

    func required(_ column: Int?, _ what: String) throws(ExchangeError) -> String {
        guard let column, !record.isEmpty(column) else { throw error(column, "the \(what) is missing; fill the cell") }
        return record.string(column)
    }

    func unknownNode(_ id: String, _ column: Int?) -> ExchangeError {
        error(column, Self.unknownNode(id))
    }

    /// Why a relationship cell that names `id` is wrong.
    static func unknownNode(_ id: String) -> String {
        "no node has the id '\(id)'; add it to \(Neo4jCSV.nodesFile) or fix the id"
    }

    func requiredBytes(_ column: Int?, _ what: String) throws(ExchangeError) -> UnsafeBufferPointer<UInt8> {
        guard let column, !record.isEmpty(column) else { throw error(column, "the \(what) is missing; fill the cell") }
        return record.field(column)
    }

    func optional(_ column: Int?) -> String? {
        guard let column, !record.isEmpty(column) else { return nil }
        return record.string(column)
    }

    func list(_ column: Int?) -> [String] { ListCell.split(optional(column) ?? "") }

    func properties(_ columns: [(column: Int, name: String, kind: ColumnKind)], _ strings: inout StringInterner)
        throws(ExchangeError) -> [String: PropertyValue]
    {
        var properties: [String: PropertyValue] = [:]
        for (column, name, kind) in columns {
            guard !record.isEmpty(column) else { continue }
            if kind == .string {
                properties[name] = .string(strings.string(record.field(column)))
                continue
            }
            let text = record.string(column)
            switch kind {
            case .string: break
            case .int: properties[name] = .int(try integer(text, column, name))
            case .intArray:
                var items: [PropertyValue] = []
                for item in ListCell.split(text) { items.append(.int(try integer(item, column, name))) }
                properties[name] = .list(items)
            case .stringArray: properties[name] = .list(ListCell.split(text).map(PropertyValue.string))
            case .boolean:
                switch text.lowercased() {
                case "true": properties[name] = .bool(true)
                case "false": properties[name] = .bool(false)
                default: throw error(column, "'\(text)' in column '\(name)' is not a boolean; write true or false")
                }
            }
        }
        return properties
    }

    /// The `role=date` items of a cell; plain cells are read from their bytes, with roles interned.
    func dates(_ column: Int?, _ strings: inout StringInterner) throws(ExchangeError) -> [DatedRole] {
        guard let column, !record.isEmpty(column) else { return [] }
        let field = record.field(column)
        guard !field.contains(UInt8(ascii: "\\")) else { return try spelledDates(column) }
        var dates: [DatedRole] = []
        for item in field[...].split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false) {
            guard let equals = item.firstIndex(of: UInt8(ascii: "=")), equals != item.startIndex,
                let date = Self.date(item[(equals + 1)...])
            else { return try spelledDates(column) }
            dates.append(DatedRole(DateRole(rawValue: strings.string(item[..<equals])), date))
        }
        return dates
    }

    /// The `FILE:LINE` items of a cell; plain cells are read from their bytes, with files interned.
    func sources(_ column: Int?, _ strings: inout StringInterner) throws(ExchangeError) -> [SourceRef] {
        guard let column, !record.isEmpty(column) else { return [] }
        let field = record.field(column)
        guard !field.contains(UInt8(ascii: "\\")) else { return try spelledSources(column) }
        var sources: [SourceRef] = []
        for item in field[...].split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false) {
            guard let colon = item.lastIndex(of: UInt8(ascii: ":")) else {
                guard !item.isEmpty else { return try spelledSources(column) }
                sources.append(SourceRef(document: strings.string(item)))
                continue
            }
            guard colon != item.startIndex, let line = Self.number(item[(colon + 1)...]), line > 0 else {
                return try spelledSources(column)
            }
            sources.append(SourceRef(document: strings.string(item[..<colon]), line: line))
        }
        return sources
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from bytes; nil for anything else (then the slow path explains).
    private static func date(_ bytes: CellBytes) -> PartialDate? {
        let parts = bytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
            let year = number(parts[0])
        else { return nil }
        let month = parts.count > 1 ? number(parts[1]) : nil
        let day = parts.count > 2 ? number(parts[2]) : nil
        if parts.count > 1 && month == nil || parts.count > 2 && day == nil { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    private static func number(_ bytes: CellBytes) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// Dates read from the cell's text, with escapes; explains what is wrong.
    private func spelledDates(_ column: Int?) throws(ExchangeError) -> [DatedRole] {
        var dates: [DatedRole] = []
        for item in list(column) {
            guard let equals = item.firstIndex(of: "="), equals != item.startIndex else {
                throw error(column, "'\(item)' is not a dated role; write role=date, e.g. signed=2004-05")
            }
            let role = DateRole(rawValue: String(item[..<equals]))
            do throws(PartialDate.Problem) {
                dates.append(DatedRole(role, try PartialDate(parsing: String(item[item.index(after: equals)...]))))
            } catch {
                throw self.error(column, error.description)
            }
        }
        return dates
    }

    /// Sources read from the cell's text, with escapes; explains what is wrong.
    private func spelledSources(_ column: Int?) throws(ExchangeError) -> [SourceRef] {
        var sources: [SourceRef] = []
        for item in list(column) {
            guard let source = SourceRef(parsing: item) else {
                throw error(column, "'\(item)' is not a source; write FILE:LINE with a positive line, or FILE")
            }
            sources.append(source)
        }
        return sources
    }

    private func integer(_ text: String, _ column: Int, _ name: String) throws(ExchangeError) -> Int {
        guard let value = Int(text) else { throw error(column, "'\(text)' in column '\(name)' is not a whole number") }
        return value
    }
}
