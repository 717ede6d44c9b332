/// The checks that need every file at once: duplicate ids, shared names, references, endpoints,
/// and the warnings (isolated entities, repeated relations).
struct CrossChecks {
    let schema: Schema
    let entities: [EntityRecord]
    let relations: [RelationRecord]

    /// Every cross-file problem, in no particular order (the report sorts them).
    func run() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var byID: [EntityID: Int] = [:]
        for (position, record) in entities.enumerated() {
            if let first = byID[record.entity.id] {
                diagnostics.append(
                    error(
                        .duplicateID, at: record.idPlace,
                        "the id '\(record.entity.id)' is already used by the entity at \(entities[first].idPlace)",
                        hint: "give one of the two entities another id, or merge them"))
            } else {
                byID[record.entity.id] = position
            }
        }
        diagnostics += ambiguousNames(byID: byID)
        for record in entities {
            diagnostics += references(record.references, byID: byID)
        }
        var linked = Set<EntityID>()
        for record in relations {
            diagnostics += references(record.references, byID: byID)
            let relation = record.relation
            guard let spec = schema.relationTypes[relation.type] else { continue }
            for (id, place, allowed, side) in [
                (relation.from, record.fromPlace, spec.from, "start"), (relation.to, record.toPlace, spec.to, "end"),
            ] {
                guard let target = byID[id] else {
                    diagnostics.append(error(.danglingReference, at: place, "no entity has the id '\(id)'", hint: danglingHint(id)))
                    continue
                }
                linked.insert(id)
                let type = entities[target].entity.type
                if !allowed.contains(type) {
                    diagnostics.append(
                        error(
                            .endpointType, at: place,
                            "a '\(relation.type)' relation cannot \(side) at '\(id)', a \(type)",
                            hint: "it may \(side) at: \(allowed.map(\.rawValue).sorted().joined(separator: ", "))"))
                }
            }
        }
        for record in entities where !linked.contains(record.entity.id) {
            guard schema.nodeTypes[record.entity.type]?.isVocabulary != true else { continue }
            diagnostics.append(
                Diagnostic(
                    .warning, .isolatedEntity, file: record.idPlace.file, line: record.idPlace.line,
                    column: record.idPlace.column, message: "the \(record.entity.type) '\(record.entity.id)' has no relations",
                    hint: "link it to the graph, or remove it"))
        }
        diagnostics += duplicateRelations()
        return diagnostics
    }

    private func error(_ code: Diagnostic.Code, at place: Place, _ message: String, hint: String?) -> Diagnostic {
        Diagnostic(.error, code, file: place.file, line: place.line, column: place.column, message: message, hint: hint)
    }

    /// A name key shared by two entities makes name look-ups ambiguous.
    private func ambiguousNames(byID: [EntityID: Int]) -> [Diagnostic] {
        var owners: [String: (entity: Int, text: String, place: Place)] = [:]
        var diagnostics: [Diagnostic] = []
        for (position, record) in entities.enumerated() where byID[record.entity.id] == position {
            var ownKeys = Set<String>()
            for name in record.names {
                let key = NameKey.make(name.text)
                guard !key.isEmpty, ownKeys.insert(key).inserted else { continue }
                if let owner = owners[key] {
                    let other = entities[owner.entity].entity.id
                    diagnostics.append(
                        error(
                            .ambiguousName, at: name.place,
                            "'\(name.text)' also names '\(other)' ('\(owner.text)' at \(owner.place)), so it would resolve to two entities",
                            hint: "make the name, alias or acronym distinct, or drop it from one of the entities"))
                } else {
                    owners[key] = (position, name.text, name.place)
                }
            }
        }
        return diagnostics
    }

    private func references(_ checks: [ReferenceCheck], byID: [EntityID: Int]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for check in checks {
            guard let target = byID[check.id] else {
                diagnostics.append(
                    error(
                        .refMissing, at: check.place, "property '\(check.property)' names '\(check.id)', which no entity has as id",
                        hint: danglingHint(check.id)))
                continue
            }
            let type = entities[target].entity.type
            if !check.allowed.contains(type) {
                diagnostics.append(
                    error(
                        .refWrongType, at: check.place,
                        "property '\(check.property)' names '\(check.id)', a \(type)",
                        hint: "it must name a \(check.allowed.map(\.rawValue).sorted().joined(separator: " or "))"))
            }
        }
        return diagnostics
    }

    /// Relations name entities by id only; suggest the id whose names match, or the nearest id.
    private func danglingHint(_ id: EntityID) -> String {
        let key = NameKey.make(id.rawValue)
        let named = entities.filter { record in record.names.contains { NameKey.make($0.text) == key } }
        if named.count == 1 {
            return "entities are named by id only; '\(id)' is a name of '\(named[0].entity.id)', write that id"
        }
        if let near = Suggest.nearest(to: id.rawValue, among: entities.map(\.entity.id.rawValue).sorted()) {
            return "did you mean '\(near)'? (entities are named by id only)"
        }
        return "add an entity with this id, or fix the id (entities are named by id only)"
    }

    /// The same fact written twice: same type, endpoints (either way for a symmetric type), properties and dates.
    private func duplicateRelations() -> [Diagnostic] {
        struct Key: Hashable {
            let type: RelationType
            let ends: [EntityID]
            let properties: [String: PropertyValue]
            let dates: [DatedRole]
        }
        var seen: [Key: Place] = [:]
        var diagnostics: [Diagnostic] = []
        for record in relations {
            let relation = record.relation
            let symmetric = schema.relationTypes[relation.type]?.symmetric == true
            let ends = symmetric ? [relation.from, relation.to].sorted() : [relation.from, relation.to]
            let key = Key(type: relation.type, ends: ends, properties: relation.properties, dates: relation.dates.sorted())
            if let first = seen[key] {
                diagnostics.append(
                    Diagnostic(
                        .warning, .duplicateRelation, file: record.place.file, line: record.place.line,
                        column: record.place.column,
                        message: "this '\(relation.type)' relation from '\(relation.from)' to '\(relation.to)' repeats the one at \(first)",
                        hint: "keep one relation and list both sources on it"))
            } else {
                seen[key] = record.place
            }
        }
        return diagnostics
    }
}
