import CoopModel
import Foundation

/// What a merge did.
public struct MergeReport: Hashable, Sendable {
    /// The files written, relative to the data folder.
    public var written: [String] = []
    public var newEntities = 0
    public var newRelations = 0
    /// Names or sources added to facts the KB already had.
    public var additions = 0
    /// Accepted candidates left out, with the reason.
    public var skipped: [String] = []
    /// Documents cited but not listed in `sources.yaml`.
    public var unlistedDocuments: [String] = []
}

/// Adds the accepted candidates of a review file to the knowledge base, in `kb/extracted-<doc>.yaml`.
///
/// Curated files are never rewritten. An accepted entity the KB already has (same id, or one of
/// its names, aliases or acronyms; for agreements also the same kind and signature date) keeps
/// its id and gains the new names and sources through an `additions:` entry; the same for a
/// relation with the same type and endpoints.
public enum Merger {
    /// Merges the accepted candidates of `review` into the KB of `data`.
    public static func merge(_ review: ReviewDocument, into data: URL) throws(ExtractError) -> MergeReport {
        let knowledge = try KnowledgeFiles.load(directory: data)
        let graph = knowledge.graph()
        var report = MergeReport()
        var remap: [EntityID: EntityID] = [:]
        var outputs: [String: MergeOutput] = [:]
        var usedIDs = Set(knowledge.entities.map(\.id))

        for candidate in review.entities where candidate.review.status == .accepted {
            let entity = candidate.entity
            let file = outputName(for: candidate.review.evidence.first?.document ?? entity.sources.first?.document)
            if let existing = match(entity, in: graph) {
                remap[entity.id] = existing.id
                let known = Set((existing.names.all + existing.aliases + existing.acronyms).map(NameKey.make))
                var addition = KnowledgeFiles.Addition(entity: existing.id)
                addition.aliases = unique((entity.names.all + entity.aliases).filter { !known.contains(NameKey.make($0)) })
                addition.acronyms = unique(entity.acronyms.filter { !known.contains(NameKey.make($0)) })
                addition.sources = entity.sources.filter { !existing.sources.contains($0) }
                if !addition.aliases.isEmpty || !addition.acronyms.isEmpty || !addition.sources.isEmpty {
                    outputs[file, default: MergeOutput()].additions.append(addition)
                    report.additions += 1
                }
            } else {
                var fresh = entity
                var suffix = 2
                while usedIDs.contains(fresh.id) && remap[entity.id] == nil {
                    fresh.id = EntityID("\(entity.id.rawValue)-\(suffix)")
                    suffix += 1
                }
                usedIDs.insert(fresh.id)
                remap[entity.id] = fresh.id
                outputs[file, default: MergeOutput()].entities.append(fresh)
                report.newEntities += 1
            }
        }
        let existingRelations = knowledge.relations
        for candidate in review.relations where candidate.review.status == .accepted {
            var relation = candidate.relation
            relation.from = remap[relation.from] ?? relation.from
            relation.to = remap[relation.to] ?? relation.to
            guard usedIDs.contains(relation.from) || graph.index(of: relation.from) != nil,
                usedIDs.contains(relation.to) || graph.index(of: relation.to) != nil
            else {
                report.skipped.append("\(candidate.review.id): \(relation.type) \(relation.from) → \(relation.to) names an entity that is neither in the KB nor accepted; accept it too")
                continue
            }
            relation.properties = relation.properties.mapValues { remapValue($0, remap) }
            let file = outputName(for: candidate.review.evidence.first?.document ?? relation.sources.first?.document)
            let symmetric = relation.type == .cooperatesWith
            let same: (Relation) -> Bool = {
                $0.type == relation.type
                    && (($0.from, $0.to) == (relation.from, relation.to) || symmetric && ($0.from, $0.to) == (relation.to, relation.from))
            }
            if let existing = existingRelations.first(where: same) {
                let sources = relation.sources.filter { !existing.sources.contains($0) }
                if !sources.isEmpty {
                    var addition = KnowledgeFiles.Addition()
                    addition.relation = RelationKey(type: existing.type, from: existing.from, to: existing.to)
                    addition.sources = sources
                    outputs[file, default: MergeOutput()].additions.append(addition)
                    report.additions += 1
                }
            } else if let index = outputs[file]?.relations.firstIndex(where: same) {
                var merged = outputs[file] ?? MergeOutput()
                merged.relations[index].sources += relation.sources.filter { !merged.relations[index].sources.contains($0) }
                outputs[file] = merged
            } else {
                outputs[file, default: MergeOutput()].relations.append(relation)
                report.newRelations += 1
            }
        }
        let listed = listedDocuments(data)
        let cited = Set(review.entities.filter { $0.review.status == .accepted }.flatMap { $0.entity.sources.map(\.document) }
            + review.relations.filter { $0.review.status == .accepted }.flatMap { $0.relation.sources.map(\.document) })
        report.unlistedDocuments = cited.subtracting(listed).sorted()

        let folder = data.appendingPathComponent("kb")
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw ExtractError(file: folder.path, "cannot be created: \(error.localizedDescription)")
        }
        for name in outputs.keys.sorted() {
            guard var output = outputs[name] else { continue }
            if let earlier = knowledge.files.first(where: { $0.name == name }) {
                output.entities = earlier.document.entities.map(\.entity) + output.entities
                output.relations = earlier.document.relations.map(\.relation) + output.relations
                output.additions = earlier.additions + output.additions
            }
            let url = folder.appendingPathComponent(name)
            try AtomicFile.write(Data(output.encoded().utf8), to: url, failure: ExtractError.writing(url))
            report.written.append("kb/" + name)
        }
        return report
    }

    /// The KB entity that `entity` names: same id, or a shared name of a compatible type.
    static func match(_ entity: Entity, in graph: KnowledgeGraph) -> Entity? {
        if let same = graph.entity(entity.id) { return same }
        for name in entity.names.all + entity.aliases + entity.acronyms {
            for index in graph.lookup(name) where graph.entity(at: index).type == entity.type {
                return graph.entity(at: index)
            }
        }
        if entity.type == .agreement, let signed = entity.date(.signed) {
            return graph.entities(ofType: .agreement).first {
                $0.properties["kind"] == entity.properties["kind"] && $0.date(.signed) == signed
            }
        }
        return nil
    }

    /// `extracted-<document stem>.yaml`, with only safe characters.
    static func outputName(for document: String?) -> String {
        let stem = (document ?? "review").split(separator: ".").first.map(String.init) ?? "review"
        let safe = stem.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_") ? Character($0) : "-" }
        return "extracted-" + String(safe) + ".yaml"
    }

    private static func remapValue(_ value: PropertyValue, _ remap: [EntityID: EntityID]) -> PropertyValue {
        switch value {
        case .string(let text): return .string(remap[EntityID(text)]?.rawValue ?? text)
        case .list(let items): return .list(items.map { remapValue($0, remap) })
        default: return value
        }
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert(NameKey.make($0)).inserted }
    }

    private static func listedDocuments(_ data: URL) -> Set<String> {
        guard let text = try? String(contentsOf: data.appendingPathComponent("sources.yaml"), encoding: .utf8),
            let root = try? YAMLReading.compose(text, file: "sources.yaml")
        else { return [] }
        return Set(YAMLReading.items(root["documents"]).compactMap { YAMLReading.string($0["file"]) })
    }
}

/// The content of one `extracted-*.yaml` file.
struct MergeOutput {
    var entities: [Entity] = []
    var relations: [Relation] = []
    var additions: [KnowledgeFiles.Addition] = []

    /// The file in the KB format (plus `additions:`), without review records.
    func encoded() -> String {
        var text = """
            # Facts accepted from `coopgraph extract` and added by `coopgraph merge`.
            # Edit freely; `additions` give extra names and sources to facts kept in other files.

            """
        let entityTrees = entities.map { ReviewDocument.tree(CandidateEntity(entity: $0, review: Review(confidence: 1, rule: "", evidence: []))) }
        let relationTrees = relations.map { ReviewDocument.tree(CandidateRelation(relation: $0, review: Review(confidence: 1, rule: "", evidence: []))) }
        func strip(_ tree: Tree) -> Tree {
            guard case .map(let pairs) = tree else { return tree }
            return .map(pairs.filter { $0.0 != "review" })
        }
        text += section("entities", entityTrees.map(strip))
        text += section("relations", relationTrees.map(strip))
        let additionTrees: [Tree] = additions.map { addition in
            var pairs: [(String, Tree)] = []
            if let entity = addition.entity { pairs.append(("entity", .text(entity.rawValue))) }
            if let key = addition.relation {
                pairs.append(("relation", .map([("type", .text(key.type.rawValue)), ("from", .text(key.from.rawValue)), ("to", .text(key.to.rawValue))])))
            }
            if !addition.aliases.isEmpty { pairs.append(("aliases", .list(addition.aliases.map(Tree.text)))) }
            if !addition.acronyms.isEmpty { pairs.append(("acronyms", .list(addition.acronyms.map(Tree.text)))) }
            if !addition.sources.isEmpty { pairs.append(("sources", .list(addition.sources.map { .text($0.description) }))) }
            return .map(pairs)
        }
        if !additionTrees.isEmpty { text += section("additions", additionTrees) }
        return text
    }

    private func section(_ key: String, _ items: [Tree]) -> String {
        items.isEmpty ? "\(key): []\n" : "\(key):" + Tree.list(items).yaml(indent: 2) + "\n"
    }
}
