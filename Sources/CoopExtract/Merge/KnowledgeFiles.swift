import CoopModel
import Foundation

/// The knowledge-base files of `Data/kb`, read for linking, merging and scoring.
///
/// This is a tolerant reader of the KB format (entities, relations and the `additions:` section
/// that `coopgraph merge` writes); the schema rules are the validator's job.
public struct KnowledgeFiles: Sendable {
    /// Each file's name (in `kb/`) and its content, in file-name order.
    public var files: [(name: String, document: ReviewDocument, additions: [Addition])]

    /// Extra names and sources for a fact kept elsewhere (written by `coopgraph merge`).
    public struct Addition: Hashable, Sendable {
        /// The entity that gains names or sources, or nil for a relation.
        public var entity: EntityID?
        /// The relation that gains sources, or nil for an entity.
        public var relation: RelationKey?
        public var aliases: [String] = []
        public var acronyms: [String] = []
        public var sources: [SourceRef] = []
    }

    /// Reads every `*.yaml` file of `directory/kb` (a missing `kb/` gives an empty KB; a missing
    /// `directory` is an error).
    public static func load(directory: URL) throws(ExtractError) -> KnowledgeFiles {
        try ExtractError.requireFolder(directory, holding: "kb/ and lexicons/")
        let folder = directory.appendingPathComponent("kb")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        var files: [(name: String, document: ReviewDocument, additions: [Addition])] = []
        for name in names {
            let url = folder.appendingPathComponent(name)
            let text: String
            do { text = try String(contentsOf: url, encoding: .utf8) } catch {
                throw ExtractError(file: url.path, "cannot be read as UTF-8 text: \(error.localizedDescription)")
            }
            let document = try ReviewDocument.parse(text, file: url.path)
            files.append((name, document, try additions(text, file: url.path)))
        }
        return KnowledgeFiles(files: files)
    }

    /// Every entity of every file, with additions applied.
    public var entities: [Entity] {
        var list: [Entity] = []
        var position: [EntityID: Int] = [:]
        for file in files {
            for candidate in file.document.entities where position[candidate.entity.id] == nil {
                position[candidate.entity.id] = list.count
                list.append(candidate.entity)
            }
        }
        for file in files {
            for addition in file.additions {
                guard let id = addition.entity, let index = position[id] else { continue }
                list[index].aliases += addition.aliases.filter { !list[index].aliases.contains($0) }
                list[index].acronyms += addition.acronyms.filter { !list[index].acronyms.contains($0) }
                list[index].sources += addition.sources.filter { !list[index].sources.contains($0) }
            }
        }
        return list
    }

    /// Every relation of every file, with additions applied.
    public var relations: [Relation] {
        var list = files.flatMap { $0.document.relations.map(\.relation) }
        for addition in files.flatMap(\.additions) {
            guard let key = addition.relation else { continue }
            for index in list.indices where list[index].type == key.type
                && (list[index].from, list[index].to) == (key.from, key.to) {
                list[index].sources += addition.sources.filter { !list[index].sources.contains($0) }
            }
        }
        return list
    }

    /// The knowledge graph of these files; relations naming unknown entities are left out.
    public func graph(schema: Schema = Schema(nodeTypes: [:], relationTypes: [:], dateRoles: [:])) -> KnowledgeGraph {
        var builder = KnowledgeGraphBuilder(schema: schema)
        for entity in entities { _ = try? builder.add(entity) }
        var partial = builder
        let lookupGraph = partial.build()
        for var relation in relations {
            if builder.index(of: relation.from) == nil, let found = lookupGraph.lookup(relation.from.rawValue).first {
                relation.from = lookupGraph.entity(at: found).id
            }
            if builder.index(of: relation.to) == nil, let found = lookupGraph.lookup(relation.to.rawValue).first {
                relation.to = lookupGraph.entity(at: found).id
            }
            try? builder.add(relation)
        }
        partial = builder
        return partial.build()
    }

    private static func additions(_ text: String, file: String) throws(ExtractError) -> [Addition] {
        guard text.contains("additions:"), let root = try YAMLReading.compose(text, file: file) else { return [] }
        return YAMLReading.items(root["additions"]).map { item in
            var addition = Addition()
            addition.entity = YAMLReading.string(item["entity"]).map(EntityID.init(rawValue:))
            if let relation = item["relation"], let type = YAMLReading.string(relation["type"]),
                let from = YAMLReading.string(relation["from"]), let to = YAMLReading.string(relation["to"])
            {
                addition.relation = RelationKey(type: RelationType(rawValue: type), from: EntityID(from), to: EntityID(to))
            }
            addition.aliases = YAMLReading.strings(item["aliases"])
            addition.acronyms = YAMLReading.strings(item["acronyms"])
            addition.sources = YAMLReading.strings(item["sources"]).compactMap(SourceRef.init(parsing:))
            return addition
        }
    }
}
