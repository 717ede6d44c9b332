import CoopModel

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

    func optional(_ column: Int?) -> String? {
        guard let column, !record.isEmpty(column) else { return nil }
        return record.string(column)
    }

    func list(_ column: Int?) -> [String] { ListCell.split(optional(column) ?? "") }

    func properties(_ columns: [(column: Int, name: String, kind: ColumnKind)]) throws(ExchangeError)
        -> [String: PropertyValue]
    {
        var properties: [String: PropertyValue] = [:]
        for (column, name, kind) in columns {
            guard let text = optional(column) else { continue }
            switch kind {
            case .string: properties[name] = .string(text)
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

    func dates(_ column: Int?) throws(ExchangeError) -> [DatedRole] {
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

    func sources(_ column: Int?) throws(ExchangeError) -> [SourceRef] {
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

/// Relation payloads by the exact bytes of their cells, so that repeated payloads are parsed once.
struct PayloadCache {
    private var slots: [UInt64: (bytes: [UInt8], ends: [Int], payload: RelationPayload)] = [:]

    mutating func payload(
        for record: CSVRecord, after start: Int, parse: () throws(ExchangeError) -> RelationPayload
    ) throws(ExchangeError) -> RelationPayload {
        let from = start == 0 ? 0 : (start <= record.count ? record.ends[start - 1] : record.bytes.count)
        let bytes = record.bytes[from...]
        let ends = record.ends[min(start, record.count)...]
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        for end in ends { hash = (hash ^ UInt64(end - from)) &* 0x100_0000_01b3 }
        if let slot = slots[hash], slot.bytes.elementsEqual(bytes), slot.ends.elementsEqual(ends.map { $0 - from }) {
            return slot.payload
        }
        let payload = try parse()
        if slots[hash] == nil { slots[hash] = (Array(bytes), ends.map { $0 - from }, payload) }
        return payload
    }
}
