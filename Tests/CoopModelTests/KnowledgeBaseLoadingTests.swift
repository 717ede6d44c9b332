import CoopModel
import Foundation
import Testing

/// Loading builds the graph from all files; warnings, text values and file choice behave as documented.
@Suite struct KnowledgeBaseLoadingTests {
    @Test func loadsEntitiesFromAllFilesBeforeRelations() throws {
        // b.yaml's relation names an entity that c.yaml (read later) declares.
        let b = "relations:\n  - type: located_in\n    from: fr.oran\n    to: FR\n    sources: [ISO-3166-1]\n"
        let c = "entities:\n  - id: fr.oran\n    type: place\n    name: {fr: Oran}\n    properties: {kind: city}\n    sources: [ISO-3166-1]\n"
        let base = try TemporaryKnowledgeBase(files: ["kb/b.yaml": Array(b.utf8), "kb/sub/c.yaml": Array(c.utf8)])
        defer { base.remove() }
        let loaded = try KnowledgeBase.load(directory: base.directory)
        #expect(loaded.graph.entityCount == 3)
        #expect(loaded.graph.relationCount == 2)
        #expect(loaded.files.map(\.lastPathComponent) == ["schema.yaml", "sources.yaml", "a.yaml", "b.yaml", "c.yaml"])
        let oran = try #require(loaded.graph.index(of: "fr.oran"))
        #expect(loaded.graph.outgoing(oran).map { loaded.graph.target(of: $0) } == [loaded.graph.index(of: "FR")])
        #expect(loaded.graph.entity(at: oran).properties["kind"] == .string("city"))
        #expect(loaded.warnings.isEmpty)
    }

    @Test func valuesStayText() throws {
        let b = """
            entities:
              - id: prog.a
                type: programme
                name: {fr: "2004"}
                properties: {quantity: 2007-12}
                dates: [{role: started, date: 2004}]
                sources: [ISO-3166-1]
              - id: agr.a
                type: agreement
                name: {fr: Accord}
                properties: {kind: accord, count: 012}
                sources: [ISO-3166-1]
            relations:
              - {type: implements, from: prog.a, to: agr.a, sources: [ISO-3166-1]}
            """
        let base = try TemporaryKnowledgeBase(b: b)
        defer { base.remove() }
        let graph = try KnowledgeBase.load(directory: base.directory).graph
        let programme = try #require(graph.entity("prog.a"))
        #expect(programme.names.fr == "2004")
        #expect(programme.properties["quantity"] == .string("2007-12"))
        #expect(programme.date(.started)?.description == "2004")
        #expect(graph.entity("agr.a")?.properties["count"] == .int(12))
    }

    @Test func loadThrowsEveryErrorAtOnce() throws {
        let b = "entities:\n  - id: x.a\n    type: agencyy\n    name: {fr: A}\n    sources: [nope.txt]\n"
        let base = try TemporaryKnowledgeBase(b: b)
        defer { base.remove() }
        #expect(throws: KnowledgeBaseError.self) { try KnowledgeBase.load(directory: base.directory) }
        do {
            _ = try KnowledgeBase.load(directory: base.directory)
        } catch {
            #expect(error.errors.map(Found.init) == [Found(.unknownType, "b.yaml", 3, 11), Found(.undeclaredDocument, "b.yaml", 5, 15)])
            let lines = error.description.split(separator: "\n")
            #expect(lines.count == 3)
            #expect(lines[0].hasSuffix("b.yaml:3:11: error: unknown node type 'agencyy' (hint: did you mean 'agency'?)"))
        }
    }

    @Test func warningsForIsolatedEntitiesAndRepeatedRelations() throws {
        let b = """
            entities:
              - id: fr.dgcl
                type: agency
                name: {fr: Direction générale des collectivités locales}
                sources: [ISO-3166-1]
              - id: sector.health
                type: sector
                name: {fr: Santé}
                sources: [ISO-3166-1]
            relations:
              - type: under_authority_of
                from: fr.anru
                to: FR
                sources: ["000_b6d4eff8678c418b.txt:24"]
            """
        let base = try TemporaryKnowledgeBase(b: b)
        defer { base.remove() }
        let report = base.validate()
        #expect(report.errors.isEmpty)
        #expect(report.warnings.map(Found.init) == [Found(.isolatedEntity, "b.yaml", 2, 9), Found(.duplicateRelation, "b.yaml", 11, 5)])
        #expect(report.warnings[1].message.contains("a.yaml:12:5"))
        let loaded = try KnowledgeBase.load(directory: base.directory)
        #expect(loaded.warnings == report.warnings)
    }

    @Test func symmetricRelationsRepeatEitherWay() throws {
        let b = """
            relations:
              - {type: cooperates_with, from: FR, to: fr.anru, sources: [ISO-3166-1]}
              - {type: cooperates_with, from: fr.anru, to: FR, sources: [ISO-3166-1]}
              - {type: under_authority_of, from: fr.anru, to: FR, properties: {}, sources: [ISO-3166-1]}
            """
        let base = try TemporaryKnowledgeBase(b: b)
        defer { base.remove() }
        #expect(base.validate().warnings.map(Found.init) == [Found(.duplicateRelation, "b.yaml", 3, 5), Found(.duplicateRelation, "b.yaml", 4, 5)])
    }

    @Test func ownNamesMayRepeatWithinOneEntity() throws {
        let b = "entities:\n  - id: dz.anru\n    type: agency\n    name: {fr: ANRU2, en: Anru2}\n    acronyms: [anru2]\n    sources: [ISO-3166-1]\n"
        let base = try TemporaryKnowledgeBase(b: b)
        defer { base.remove() }
        #expect(base.validate().errors.isEmpty)
    }

    @Test func validatesChosenFilesAgainstAGivenSchema() throws {
        let base = try TemporaryKnowledgeBase(b: "entities:\n  - id: x.a\n    type: agencyy\n    name: {fr: A}\n    sources: [ISO-3166-1]\n")
        defer { base.remove() }
        let schema = try Schema.load(from: base.directory.appendingPathComponent("schema.yaml"))
        let sources = try SourceCatalog.load(from: base.directory.appendingPathComponent("sources.yaml"))
        let onlyA = KnowledgeBase.validate(files: [base.directory.appendingPathComponent("kb/a.yaml")], schema: schema, sources: sources)
        #expect(onlyA.errors.isEmpty)
        #expect(onlyA.files.count == 1)
        let folder = KnowledgeBase.validate(files: [base.directory.appendingPathComponent("kb")], schema: schema, sources: sources)
        #expect(folder.errors.map(Found.init) == [Found(.unknownType, "b.yaml", 3, 11)])
        #expect(folder.files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["a.yaml", "b.yaml"])
    }
}
