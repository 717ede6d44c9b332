extension KnowledgeBase.Assembly {
    /// Applies every `additions:` item to the fact it names: aliases, acronyms and citations are
    /// appended (without repeats); a target that no file defines is an error at its place.
    mutating func applyAdditions() {
        guard !additions.isEmpty else { return }
        var entityPosition: [EntityID: Int] = [:]
        for (position, record) in entities.enumerated() where entityPosition[record.entity.id] == nil {
            entityPosition[record.entity.id] = position
        }
        var relationPositions: [AdditionRecord.Target: [Int]] = [:]
        for (position, record) in relations.enumerated() {
            let relation = record.relation
            relationPositions[.relation(relation.type, from: relation.from, to: relation.to), default: []].append(position)
        }
        for addition in additions {
            switch addition.target {
            case .entity(let id):
                guard let position = entityPosition[id] else {
                    diagnostics.append(
                        missing(addition, "no entity has the id '\(id)', so nothing can be added to it",
                                hint: "define the entity in a file of kb/, or correct the id"))
                    continue
                }
                var entity = entities[position].entity
                let known = Set((entity.names.all + entity.aliases + entity.acronyms).map(NameKey.make))
                entity.aliases += addition.aliases.filter { !known.contains(NameKey.make($0)) && !entity.aliases.contains($0) }
                entity.acronyms += addition.acronyms.filter { !entity.acronyms.contains($0) }
                entity.sources += addition.sources.filter { !entity.sources.contains($0) }
                entities[position].entity = entity
                let added = Set(entity.aliases + entity.acronyms)
                entities[position].names += addition.names.filter { added.contains($0.text) }
            case .relation(let type, let from, let to):
                let symmetric = schema?.relationTypes[type]?.symmetric ?? false
                let positions = relationPositions[addition.target]
                    ?? (symmetric ? relationPositions[.relation(type, from: to, to: from)] : nil)
                guard let positions else {
                    diagnostics.append(
                        missing(addition, "no file has a '\(type)' relation from '\(from)' to '\(to)', so nothing can be added to it",
                                hint: "define the relation under 'relations:', or correct its type and ends"))
                    continue
                }
                for position in positions {
                    relations[position].relation.sources += addition.sources.filter {
                        !relations[position].relation.sources.contains($0)
                    }
                }
            }
        }
    }

    private func missing(_ addition: AdditionRecord, _ message: String, hint: String) -> Diagnostic {
        let place = addition.targetPlace
        return Diagnostic(
            .error, .missingAdditionTarget, file: place.file, line: place.line, column: place.column, message: message, hint: hint)
    }
}
