import CoopExchange
import CoopModel
import Foundation
import Testing
import Yams

@Suite("Knowledge-base YAML writer")
struct KnowledgeBaseYAMLTests {
    private func text(_ graph: KnowledgeGraph, header: [String] = []) -> String {
        var output = ""
        KnowledgeBaseYAML.write(graph, header: header, to: &output)
        return output
    }

    /// The items of `key` in a YAML document as read by libyaml, with YAML 1.1 resolution (so an unquoted NO would be false).
    private func items(_ yaml: String, _ key: String) throws -> [[String: Any]] {
        let root = try #require(try Yams.load(yaml: yaml, .default) as? [String: Any])
        return try #require(root[key] as? [[String: Any]])
    }

    @Test("libyaml reads back every awkward string exactly: quotes, colons, hashes, new lines, NO, yes, 2007, control characters")
    func quoting() throws {
        let yaml = text(try ExchangeFixture.graph(), header: ["Imported from fixture.json", "line two"])
        #expect(yaml.hasPrefix("# Imported from fixture.json\n# line two\nentities:\n"))
        let entities = try items(yaml, "entities")
        let byID = Dictionary(uniqueKeysWithValues: entities.compactMap { item in (item["id"] as? String).map { ($0, item) } })
        for entity in ExchangeFixture.entities() {
            let item = try #require(byID[entity.id.rawValue], "missing \(entity.id)")
            let names = try #require(item["name"] as? [String: Any])
            #expect(names["fr"] as? String == entity.names.fr)
            #expect(names["ar"] as? String == entity.names.ar)
            #expect(item["note"] as? String == entity.note)
            #expect(((item["aliases"] as? [Any]) ?? []).compactMap { $0 as? String } == entity.aliases)
        }
        #expect(yaml.contains("\n  - id: \"2007\"\n"))
        #expect(yaml.contains("name: {fr: \"yes\"}"))
        #expect(yaml.contains("aliases: [République algérienne démocratique et populaire, \"NO\"]"))
        #expect(yaml.contains("dates: [{role: signed, date: \"2004\"}, {role: in_force, date: \"2009\"}]"))
    }

    @Test("Relations keep their order, typed properties and list properties")
    func relations() throws {
        let yaml = text(try ExchangeFixture.graph())
        let relations = try items(yaml, "relations")
        #expect(relations.count == ExchangeFixture.relations.count)
        #expect(relations.map { $0["type"] as? String } == ExchangeFixture.relations.map { $0.type.rawValue })
        let properties = try #require(relations[3]["properties"] as? [String: Any])
        #expect(properties["sectors"] as? [String] == ["sector.health", "sector.health/public health"])
        #expect(properties["area"] as? String == "santé & \"hôpitaux\"")
        #expect(yaml.contains("properties: {count: 2, kind: accord}"))
    }

    @Test("The bytes do not depend on the order entities were added in")
    func deterministic() throws {
        #expect(text(try ExchangeFixture.graph()) == text(try ExchangeFixture.graph(reversed: true)))
    }

    @Test("The shipped knowledge base, written as one kb file, loads back into the same graph")
    func shippedRoundTrip() throws {
        let data = OracleTests.dataDirectory
        let original = try KnowledgeBase.load(directory: data).graph
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-yaml-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("kb"), withIntermediateDirectories: true)
        for file in ["schema.yaml", "sources.yaml"] {
            try FileManager.default.copyItem(at: data.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        try KnowledgeBaseYAML.write(original, header: ["round trip"], to: folder.appendingPathComponent("kb/all.yaml"))
        let back = try KnowledgeBase.load(directory: folder).graph
        #expect(GraphContent(back) == GraphContent(original))
    }

    @Test("JGF import then YAML export then load: the shipped knowledge base survives the whole import path")
    func importPath() throws {
        let data = OracleTests.dataDirectory
        let original = try KnowledgeBase.load(directory: data).graph
        var json = ""
        JSONGraph.write(original, to: &json)
        let imported = try JSONGraph.read(Array(json.utf8), file: "kb.json", schema: original.schema)
        #expect(GraphContent(imported) == GraphContent(original))
        var graphml = ""
        GraphML.write(original, to: &graphml)
        let fromGraphML = try GraphML.read(Data(graphml.utf8), file: "kb.graphml", schema: original.schema)
        #expect(GraphContent(fromGraphML) == GraphContent(original))
    }
}
