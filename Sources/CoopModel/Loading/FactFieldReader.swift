import Yams

/// Reads the fields entities and relations share: properties, dates, sources and ids.
struct FactFieldReader {
    let schema: Schema
    let catalog: SourceCatalog?

    /// Whether `text` is a well-formed id: `[A-Za-z0-9][A-Za-z0-9._-]*`.
    static func isValidID(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCIIAlphanumeric else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric || $0 == "." || $0 == "_" || $0 == "-" }
    }

    /// Reads an id-valued scalar; reports a malformed one.
    func id(_ node: Node, _ what: String, _ reader: inout NodeReader) -> EntityID? {
        guard let text = reader.text(node, what) else { return nil }
        guard Self.isValidID(text) else {
            reader.error(
                .invalidID, at: node, "\(what) '\(text)' is not a valid id",
                hint: "ids use letters, digits, '.', '_' and '-', and start with a letter or digit")
            return nil
        }
        return EntityID(text)
    }

    /// Reads `properties:` against `specs`; ref values are returned for checking later.
    func properties(
        _ node: Node?, specs: [String: PropertySpec], owner: String, ownerNode: Node, _ reader: inout NodeReader
    ) -> (values: [String: PropertyValue], references: [ReferenceCheck]) {
        var values: [String: PropertyValue] = [:]
        var references: [ReferenceCheck] = []
        let allowed = specs.keys.sorted()
        var written: Set<String> = []
        if let node, let pairs = reader.mapping(node, "the properties of \(owner)") {
            for pair in pairs {
                written.insert(pair.key)
                guard let spec = specs[pair.key] else {
                    let near = Suggest.nearest(to: pair.key, among: allowed).map { "did you mean '\($0)'? " } ?? ""
                    let list = allowed.isEmpty ? "\(owner) takes no properties" : "allowed: \(allowed.joined(separator: ", "))"
                    reader.error(
                        .propertyNotAllowed, at: pair.keyNode, "property '\(pair.key)' is not allowed for \(owner)",
                        hint: near + list)
                    continue
                }
                let items: [Node]
                if spec.many {
                    guard let list = reader.list(pair.value, "property '\(pair.key)'") else { continue }
                    items = list
                } else {
                    items = [pair.value]
                }
                var parsed: [PropertyValue] = []
                for item in items {
                    guard let value = value(item, spec: spec, name: pair.key, &reader, &references) else { continue }
                    parsed.append(value)
                }
                guard parsed.count == items.count else { continue }
                values[pair.key] = spec.many ? .list(parsed) : parsed[0]
            }
        }
        // A required property written with a bad value was reported already.
        for name in allowed where specs[name]?.required == true && !written.contains(name) {
            reader.error(
                .missingProperty, at: node ?? ownerNode, "\(owner) requires the property '\(name)'",
                hint: "add '\(name): …' under 'properties'")
        }
        return (values, references)
    }

    private func value(
        _ node: Node, spec: PropertySpec, name: String, _ reader: inout NodeReader, _ references: inout [ReferenceCheck]
    ) -> PropertyValue? {
        guard let text = reader.text(node, "property '\(name)'") else { return nil }
        switch spec.kind {
        case .string:
            return .string(text)
        case .int:
            guard let number = Int(text) else {
                reader.error(
                    .propertyKind, at: node, "property '\(name)' must be a whole number, not '\(text)'",
                    hint: "write digits only, e.g. 3")
                return nil
            }
            return .int(number)
        case .bool:
            guard text == "true" || text == "false" else {
                reader.error(
                    .propertyKind, at: node, "property '\(name)' must be true or false, not '\(text)'",
                    hint: "write true or false")
                return nil
            }
            return .bool(text == "true")
        case .enumeration(let allowed):
            guard allowed.contains(text) else {
                let near = Suggest.nearest(to: text, among: allowed).map { "did you mean '\($0)'? " } ?? ""
                reader.error(
                    .enumValue, at: node, "'\(text)' is not a value of property '\(name)'",
                    hint: near + "allowed: \(allowed.joined(separator: ", "))")
                return nil
            }
            return .string(text)
        case .reference(let types):
            guard let id = id(node, "property '\(name)'", &reader) else { return nil }
            references.append(ReferenceCheck(property: name, id: id, allowed: types, place: reader.place(node)))
            return .string(id.rawValue)
        }
    }

    /// Reads `dates:`, a list of `{role, date}` mappings.
    func dates(_ node: Node?, _ reader: inout NodeReader) -> [DatedRole] {
        guard let node, let items = reader.list(node, "'dates'") else { return [] }
        var result: [DatedRole] = []
        for item in items {
            guard let fields = reader.mapping(item, "a date", allowed: ["role", "date"]) else { continue }
            guard let roleField = fields.first(where: { $0.key == "role" }),
                let dateField = fields.first(where: { $0.key == "date" })
            else {
                reader.error(.missingKey, at: item, "a date needs both 'role' and 'date'", hint: "write {role: signed, date: \"2007-12\"}")
                continue
            }
            guard let roleText = reader.text(roleField.value, "'role'"),
                let dateText = reader.text(dateField.value, "'date'")
            else { continue }
            let role = DateRole(rawValue: roleText)
            var known = true
            if schema.dateRoles[role] == nil {
                let roles = schema.dateRoles.keys.map(\.rawValue).sorted()
                let near = Suggest.nearest(to: roleText, among: roles).map { "did you mean '\($0)'? " } ?? ""
                reader.error(
                    .unknownDateRole, at: roleField.value, "unknown date role '\(roleText)'",
                    hint: near + "date roles: \(roles.joined(separator: ", "))")
                known = false
            }
            do {
                let date = try PartialDate(parsing: dateText)
                if known { result.append(DatedRole(role, date)) }
            } catch {
                switch error {
                case .malformed:
                    reader.error(.malformedDate, at: dateField.value, "'\(dateText)' is not a date", hint: "write YYYY, YYYY-MM or YYYY-MM-DD")
                case .impossible:
                    reader.error(
                        .impossibleDate, at: dateField.value, "'\(dateText)' is not a real calendar date",
                        hint: "check the month (1–12) and the number of days in that month")
                }
            }
        }
        return result
    }

    /// Reads `sources:`, a non-empty list of `FILE:LINE` or `FILE` citations of declared documents.
    func sources(_ node: Node?, owner: String, ownerNode: Node, _ reader: inout NodeReader) -> [SourceRef] {
        guard let node else {
            reader.error(.missingSource, at: ownerNode, "\(owner) has no source", hint: "add 'sources: [\"FILE:LINE\"]'")
            return []
        }
        guard let items = reader.list(node, "'sources'") else { return [] }
        if items.isEmpty {
            reader.error(.missingSource, at: node, "\(owner) has an empty list of sources", hint: "cite at least one FILE:LINE")
        }
        var result: [SourceRef] = []
        for item in items {
            guard let text = reader.text(item, "a source") else { continue }
            guard let source = SourceRef(parsing: text) else {
                reader.error(.malformedSource, at: item, "'\(text)' is not a citation", hint: "write FILE:LINE (line ≥ 1) or FILE")
                continue
            }
            if let catalog {
                guard let document = catalog.document(named: source.document) else {
                    let files = catalog.documents.map(\.file)
                    let near = Suggest.nearest(to: source.document, among: files).map { "did you mean '\($0)'? " } ?? ""
                    reader.error(
                        .undeclaredDocument, at: item, "the document '\(source.document)' is not declared in sources.yaml",
                        hint: near + "declare it in sources.yaml or cite one of: \(files.joined(separator: ", "))")
                    continue
                }
                if let line = source.line, let lines = document.lines, line > lines {
                    reader.error(
                        .sourceLineOutOfRange, at: item,
                        "line \(line) is beyond the end of '\(source.document)', which has \(lines) lines",
                        hint: "check the line number")
                }
            }
            result.append(source)
        }
        return result
    }
}

extension Unicode.Scalar {
    var isASCIIAlphanumeric: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
    }
}
