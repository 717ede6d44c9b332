@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// Shared helpers: the repository's lexicons, fixtures and small knowledge graphs.
enum Support {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The lexicons of `Data/lexicons`.
    static func lexicon() throws -> Lexicon {
        try Lexicon.load(directory: root.appendingPathComponent("Data/lexicons"))
    }

    /// Extracts from `text` with the repository's lexicons and an optional KB.
    static func extract(_ text: String, knowledge: KnowledgeGraph? = nil, home: EntityID? = nil) throws -> Extraction {
        try Extractor(lexicon: lexicon(), knowledge: knowledge, homeCountry: home).extract(text: text, document: "test.txt")
    }

    /// A graph of `entities` (and `relations`) with an empty schema.
    static func graph(_ entities: [Entity], _ relations: [Relation] = []) throws -> KnowledgeGraph {
        var builder = KnowledgeGraphBuilder(schema: Schema(nodeTypes: [:], relationTypes: [:], dateRoles: [:]))
        for entity in entities { try builder.add(entity) }
        for relation in relations { try builder.add(relation) }
        return builder.build()
    }

    /// Every line of the fixtures (`Fixtures/*.txt`), tokenized: the inputs of the speed paths'
    /// oracle tests.
    static func fixtureLines() throws -> [TokenizedLine] {
        let files = try FileManager.default.contentsOfDirectory(at: fixtures, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        var lines: [TokenizedLine] = []
        for file in files {
            for text in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") { lines.append(Tokenizer.tokenize(String(text))) }
        }
        return lines
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coopextract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension Extraction {
    /// The entity candidate with this id.
    func entity(_ id: EntityID) -> Entity? { entities.first { $0.entity.id == id }?.entity }

    /// The entities of `type`.
    func entities(ofType type: NodeType) -> [Entity] { entities.map(\.entity).filter { $0.type == type } }

    /// The one entity of `type`: an issue is recorded, at the caller, when there are none or several.
    func only(ofType type: NodeType, sourceLocation: SourceLocation = #_sourceLocation) throws -> Entity {
        let found = entities(ofType: type)
        #expect(found.count == 1, "\(found.map(\.id))", sourceLocation: sourceLocation)
        return try #require(found.first, sourceLocation: sourceLocation)
    }

    /// The entity whose acronyms are exactly `acronyms`.
    func entity(acronyms: [String]) -> Entity? { entities.map(\.entity).first { $0.acronyms == acronyms } }

    /// The first entity with `acronym` among its acronyms.
    func entity(acronym: String) -> Entity? { entities.map(\.entity).first { $0.acronyms.contains(acronym) } }

    /// The sources of the relations of `type` that end at `target` ("who runs this programme").
    func sources(_ type: RelationType, to target: EntityID) -> Set<EntityID> {
        Set(relations.filter { $0.relation.type == type && $0.relation.to == target }.map(\.relation.from))
    }

    /// Relations of `type`, as (from, to) pairs.
    func pairs(_ type: RelationType) -> Set<[String]> {
        Set(relations.map(\.relation).filter { $0.type == type }.map { [$0.from.rawValue, $0.to.rawValue] })
    }

    /// Whether a relation of `type` links `a` and `b` (either way when `symmetric`).
    func has(_ type: RelationType, _ a: EntityID, _ b: EntityID, symmetric: Bool = false) -> Bool {
        relations.contains {
            $0.relation.type == type && (($0.relation.from, $0.relation.to) == (a, b) || symmetric && ($0.relation.from, $0.relation.to) == (b, a))
        }
    }
}

extension PartialDate {
    /// A date from its ISO text, for tests.
    static func iso(_ text: String) throws -> PartialDate { try PartialDate(parsing: text) }
}
