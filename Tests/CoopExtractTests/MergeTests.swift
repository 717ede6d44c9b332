import CoopExtract
import CoopModel
import Foundation
import Testing

/// Merging accepted candidates: reuse of existing ids, extra sources, curated facts untouched.
struct MergeTests {
    private let curated = """
        entities:
          - id: IT
            type: country
            name: {fr: Italie, en: Italy}
            sources: ["ISO-3166-1"]
          - id: dz.mesrs
            type: ministry
            name: {fr: "Ministère de l'Enseignement supérieur et de la Recherche scientifique"}
            acronyms: [MESRS]
            sources: ["a.txt:2"]
          - id: agr.dz-it.2017-07.agriculture
            type: agreement
            name: {fr: "Protocole d'accord agricole"}
            properties: {kind: protocole_accord}
            dates: [{role: signed, date: "2017-07-04"}]
            sources: ["a.txt:5"]
        relations:
          - type: cooperates_with
            from: IT
            to: dz.mesrs
            sources: ["a.txt:7"]
        """

    private func setUp() throws -> URL {
        let data = try Support.temporaryFolder()
        try FileManager.default.createDirectory(at: data.appendingPathComponent("kb"), withIntermediateDirectories: true)
        try curated.write(to: data.appendingPathComponent("kb/curated.yaml"), atomically: true, encoding: .utf8)
        try "documents:\n  - file: a.txt\n  - file: b.txt\n".write(to: data.appendingPathComponent("sources.yaml"), atomically: true, encoding: .utf8)
        return data
    }

    private func candidate(_ entity: Entity, _ status: ReviewStatus, id: String) -> CandidateEntity {
        CandidateEntity(entity: entity, review: Review(id: id, status: status, confidence: 0.9, rule: "test",
                                                       evidence: [Evidence(document: "b.txt", line: 3, start: 0, end: 1, text: "x", sentence: "x")]))
    }

    private func review() throws -> ReviewDocument {
        var ministry = Entity(id: "dz.ministere-enseignement", type: .ministry, names: Names(fr: "Ministère de l'Enseignement Supérieur"), acronyms: ["MESRS"])
        ministry.sources = [SourceRef(document: "b.txt", line: 3)]
        var institute = Entity(id: "dz.inraa", type: .agency, names: Names(fr: "Institut National de la Recherche Agronomique"), acronyms: ["INRAA"])
        institute.sources = [SourceRef(document: "b.txt", line: 4)]
        var agreement = Entity(id: "agr.2017-07-04.protocole-accord", type: .agreement, names: Names(fr: "Protocole d'accord"),
                               properties: ["kind": .string("protocole_accord")], dates: [DatedRole(.signed, try .iso("2017-07-04"))])
        agreement.sources = [SourceRef(document: "b.txt", line: 5)]
        var rejected = Entity(id: "dz.bogus", type: .agency, names: Names(fr: "Service Bidon"))
        rejected.sources = [SourceRef(document: "b.txt", line: 6)]
        let relation = { (from: EntityID, to: EntityID, line: Int, id: String, status: ReviewStatus) in
            CandidateRelation(
                relation: Relation(type: .cooperatesWith, from: from, to: to, sources: [SourceRef(document: "b.txt", line: line)]),
                review: Review(id: id, status: status, confidence: 0.8, rule: "test", evidence: []))
        }
        return ReviewDocument(
            entities: [
                candidate(ministry, .accepted, id: "c1"), candidate(institute, .accepted, id: "c2"),
                candidate(agreement, .accepted, id: "c3"), candidate(rejected, .rejected, id: "c4"),
            ],
            relations: [
                relation("dz.ministere-enseignement", "IT", 8, "c5", .accepted), relation("dz.inraa", "IT", 9, "c6", .accepted),
                relation("dz.bogus", "IT", 10, "c7", .accepted), relation("dz.inraa", "dz.mesrs", 11, "c8", .pending),
            ])
    }

    @Test func reusesIdsAddsSourcesAndKeepsCuratedFacts() throws {
        let data = try setUp()
        let before = try KnowledgeFiles.load(directory: data)
        let curatedBytes = try Data(contentsOf: data.appendingPathComponent("kb/curated.yaml"))
        let report = try Merger.merge(try review(), into: data)
        #expect(report.newEntities == 1)
        #expect(report.newRelations == 1)
        #expect(report.skipped.count == 1)
        #expect(report.written == ["kb/extracted-b.yaml"])
        #expect(try Data(contentsOf: data.appendingPathComponent("kb/curated.yaml")) == curatedBytes)

        let after = try KnowledgeFiles.load(directory: data)
        // Nothing curated is lost: every entity and relation is still there, with at least its sources.
        for entity in before.entities {
            let kept = try #require(after.entities.first { $0.id == entity.id })
            #expect(Set(entity.sources).isSubset(of: Set(kept.sources)))
            #expect(Set(entity.aliases + entity.acronyms).isSubset(of: Set(kept.aliases + kept.acronyms)))
        }
        for relation in before.relations {
            #expect(after.relations.contains { $0.type == relation.type && $0.from == relation.from && $0.to == relation.to
                && Set(relation.sources).isSubset(of: Set($0.sources)) })
        }
        let ministry = try #require(after.entities.first { $0.id == "dz.mesrs" })
        #expect(ministry.aliases.contains("Ministère de l'Enseignement Supérieur"))
        #expect(Set(ministry.sources) == [SourceRef(document: "a.txt", line: 2), SourceRef(document: "b.txt", line: 3)])
        #expect(!after.entities.contains { $0.id == "dz.ministere-enseignement" || $0.id == "dz.bogus" })
        let agreements = after.entities.filter { $0.type == .agreement }
        #expect(agreements.count == 1)
        #expect(Set(agreements[0].sources) == [SourceRef(document: "a.txt", line: 5), SourceRef(document: "b.txt", line: 5)])
        let cooperation = after.relations.filter { $0.type == .cooperatesWith && Set([$0.from, $0.to]) == ["IT", "dz.mesrs"] }
        #expect(cooperation.count == 1)
        #expect(Set(cooperation[0].sources) == [SourceRef(document: "a.txt", line: 7), SourceRef(document: "b.txt", line: 8)])
        #expect(after.relations.contains { $0.from == "dz.inraa" && $0.to == "IT" })
        #expect(after.entities.count == before.entities.count + 1)
        #expect(after.graph().relationCount == 2)
    }

    @Test func mergingTwiceAddsNothingNew() throws {
        let data = try setUp()
        _ = try Merger.merge(try review(), into: data)
        let once = try String(contentsOf: data.appendingPathComponent("kb/extracted-b.yaml"), encoding: .utf8)
        let second = try Merger.merge(try review(), into: data)
        #expect(second.newEntities == 0)
        #expect(second.newRelations == 0)
        #expect(second.additions == 0)
        #expect(try String(contentsOf: data.appendingPathComponent("kb/extracted-b.yaml"), encoding: .utf8) == once)
    }

    @Test func unlistedDocumentIsReported() throws {
        let data = try setUp()
        try "documents: []\n".write(to: data.appendingPathComponent("sources.yaml"), atomically: true, encoding: .utf8)
        let report = try Merger.merge(try review(), into: data)
        #expect(report.unlistedDocuments == ["b.txt"])
    }
}
