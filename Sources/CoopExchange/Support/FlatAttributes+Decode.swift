import CoopModel

/// One attribute value read from a flat format, with the kind its column declares.
struct FlatCell: Sendable {
    let kind: FlatKind
    let text: String
}

/// Rebuilds entities and relations from the cells of a flat format (see ``FlatAttributes``).
struct FlatDecoder: Sendable {
    /// The file read, for error messages.
    let file: String

    /// The entity a node's cells describe; `line` and `column` place the node in the file.
    func entity(id: String, cells: [String: FlatCell], line: Int, column: Int) throws(ExchangeError) -> Entity {
        func fail(_ reason: String) -> ExchangeError {
            .malformed(file: file, line: line, column: column, reason: "node '\(id)': \(reason)")
        }
        guard let type = cells["type"]?.text, !type.isEmpty else { throw fail("no 'type' attribute; give the node type") }
        guard let french = cells["name_fr"]?.text else { throw fail("no 'name_fr' attribute; every entity needs a French name") }
        var entity = Entity(
            id: EntityID(id), type: NodeType(rawValue: type),
            names: Names(fr: french, en: cells["name_en"]?.text, ar: cells["name_ar"]?.text))
        do {
            entity.aliases = try strings(cells["aliases"])
            entity.acronyms = try strings(cells["acronyms"])
            entity.dates = try dates(cells["dates"])
            entity.sources = try sources(cells["sources"])
            entity.properties = try properties(cells)
        } catch let reason {
            throw fail(reason.text)
        }
        entity.note = cells["note"]?.text
        return entity
    }

    /// The relation an edge's cells describe; `line` and `column` place the edge in the file.
    func relation(id: String, from: String, to: String, cells: [String: FlatCell], line: Int, column: Int)
        throws(ExchangeError) -> Relation
    {
        func fail(_ reason: String) -> ExchangeError {
            .malformed(file: file, line: line, column: column, reason: "edge '\(id)': \(reason)")
        }
        guard let type = cells["relation"]?.text, !type.isEmpty else {
            throw fail("no 'relation' attribute; give the relation type")
        }
        var relation = Relation(type: RelationType(rawValue: type), from: EntityID(from), to: EntityID(to))
        do {
            relation.dates = try dates(cells["dates"])
            relation.sources = try sources(cells["sources"])
            relation.properties = try properties(cells)
        } catch let reason {
            throw fail(reason.text)
        }
        relation.note = cells["note"]?.text
        return relation
    }

    /// Why a cell could not be decoded, without its place.
    struct Reason: Error {
        let text: String
    }

    private func json(_ text: String, column name: String) throws(Reason) -> JSONNode {
        do {
            return try JSONParser.parse(Array(text.utf8), file: name)
        } catch {
            throw Reason(text: "'\(name)' is not valid JSON (\(error))")
        }
    }

    private func strings(_ cell: FlatCell?) throws(Reason) -> [String] {
        guard let cell else { return [] }
        guard case .array(let items) = try json(cell.text, column: "list").value else {
            throw Reason(text: "a list attribute must hold a JSON array of strings")
        }
        var result: [String] = []
        for item in items {
            guard case .string(let text) = item.value else { throw Reason(text: "a list attribute must hold only strings") }
            result.append(text)
        }
        return result
    }

    private func dates(_ cell: FlatCell?) throws(Reason) -> [DatedRole] {
        guard let cell else { return [] }
        var result: [DatedRole] = []
        for word in cell.text.split(separator: " ") {
            guard let dated = DatedRole(flatText: word) else {
                throw Reason(text: "'\(word)' is not a dated role; write role:YYYY[-MM[-DD]], e.g. signed:2007-12")
            }
            result.append(dated)
        }
        return result
    }

    private func sources(_ cell: FlatCell?) throws(Reason) -> [SourceRef] {
        var result: [SourceRef] = []
        for text in try strings(cell) {
            guard let source = SourceRef(parsing: text) else {
                throw Reason(text: "'\(text)' is not a source; write FILE or FILE:LINE")
            }
            result.append(source)
        }
        return result
    }

    private func properties(_ cells: [String: FlatCell]) throws(Reason) -> [String: PropertyValue] {
        var result: [String: PropertyValue] = [:]
        for (name, cell) in cells where name.hasPrefix(FlatAttributes.propertyPrefix) {
            let key = String(name.dropFirst(FlatAttributes.propertyPrefix.count))
            switch cell.kind {
            case .string:
                result[key] = .string(cell.text)
            case .integer:
                guard let number = Int(cell.text) else { throw Reason(text: "'\(name)' is not an integer: '\(cell.text)'") }
                result[key] = .int(number)
            case .boolean:
                switch cell.text.lowercased() {
                case "true", "1": result[key] = .bool(true)
                case "false", "0": result[key] = .bool(false)
                default: throw Reason(text: "'\(name)' is not true or false: '\(cell.text)'")
                }
            case .jsonArray, .jsonValue:
                let node = try json(cell.text, column: name)
                do {
                    result[key] = try PropertyValue(json: node, file: name)
                } catch {
                    throw Reason(text: "\(error)")
                }
            }
        }
        return result
    }
}
