import CoopExtract
import CoopModel
import Foundation
import Testing

/// Generalisation: documents written for these tests (other sectors and partners than the seeds),
/// scored against facts written by hand in `Fixtures/expected/`.
struct FixtureTests {
    static let documents = [
        "enseignement-superieur", "agriculture-italie", "energie-allemagne", "sante-cuba", "culture-egypte-jordanie",
        "eau-espagne-portugal", "peche-japon-norvege", "poste-tunisie-canada", "commerce-italie", "sante-chine-russie",
        "transports-coree-turquie", "justice-espagne-portugal", "habitat-chine-turquie",
        "visite-inde", "energie-mines-golfe", "multilateral-afrique",
        "surete-afripol", "accords-vietnam", "tourisme-sport-maroc",
        "agriculture-fao-triangulaire", "commission-mixte-egypte",
        "numerique-coree-estonie", "eau-ouest-africain", "environnement-climat", "douanes-statistiques", "travail-belgique",
    ]

    private func gold(_ name: String) throws -> ReviewDocument {
        try ReviewDocument.read(Support.fixtures.appendingPathComponent("expected/\(name).yaml"))
    }

    private func score(_ names: [String], knowledge: KnowledgeGraph?) throws -> ExtractionScore {
        let extraction = try Extractor(lexicon: try Support.lexicon(), knowledge: knowledge)
            .extract(files: names.map { Support.fixtures.appendingPathComponent("\($0).txt") })
        let expected = try names.map(gold)
        return ExtractionScore.score(
            extraction, gold: expected.flatMap { $0.entities.map(\.entity) },
            goldRelations: expected.flatMap { $0.relations.map(\.relation) }, documents: Set(names.map { "\($0).txt" }))
    }

    /// Without any knowledge base: only the lexicons help.
    @Test(arguments: documents)
    func eachDocumentWithoutKnowledgeBase(name: String) throws {
        let score = try score([name], knowledge: nil)
        #expect(score.entityRecall >= 0.9, "missed: \(score.missedEntities)")
        #expect(score.entityPrecision >= 0.85, "spurious: \(score.spuriousEntities)")
        #expect(score.relationRecall >= 0.75, "missed: \(score.missedRelations)")
        #expect(score.dateAccuracy >= 0.9, "wrong: \(score.wrongDates)")
    }

    @Test func allDocumentsWithoutKnowledgeBase() throws {
        let score = try score(Self.documents, knowledge: nil)
        #expect(score.entityRecall >= 0.95, "missed: \(score.missedEntities)")
        #expect(score.entityPrecision >= 0.9, "spurious: \(score.spuriousEntities)")
        #expect(score.relationRecall >= 0.85, "missed: \(score.missedRelations)")
        #expect(score.dateAccuracy >= 0.95, "wrong: \(score.wrongDates)")
    }

    /// Every citation of a gold, here and in `heldout/`, names a non-blank line of its own
    /// document: a gold that cites the wrong line would score facts against the wrong evidence.
    @Test func everyGoldCitationNamesALineOfItsDocument() throws {
        let heldout = Support.fixtures.appendingPathComponent("heldout")
        let golds = Self.documents.map { (Support.fixtures.appendingPathComponent("expected/\($0).yaml"), Support.fixtures.appendingPathComponent("\($0).txt")) }
            + (try FileManager.default.contentsOfDirectory(atPath: heldout.path)).filter { $0.hasSuffix(".expected.yaml") }.sorted().map {
                (heldout.appendingPathComponent($0), heldout.appendingPathComponent($0.replacingOccurrences(of: ".expected.yaml", with: ".txt")))
            }
        #expect(golds.count > 100)
        for (goldURL, textURL) in golds {
            let lines = try String(contentsOf: textURL, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            let gold = try ReviewDocument.read(goldURL)
            let sources = gold.entities.flatMap(\.entity.sources) + gold.relations.flatMap(\.relation.sources)
            #expect(!sources.isEmpty)
            for source in sources {
                #expect(source.document == textURL.lastPathComponent, "\(goldURL.lastPathComponent) cites \(source)")
                let line = try #require(source.line, "\(goldURL.lastPathComponent) cites \(source) without a line")
                #expect(line <= lines.count && !lines[line - 1].allSatisfy(\.isWhitespace),
                        "\(goldURL.lastPathComponent) cites \(source), a blank or missing line")
            }
        }
    }

    /// Scoring is not vacuous: an empty extraction scores zero recall.
    @Test func emptyExtractionScoresZero() throws {
        let expected = try gold("sante-cuba")
        let score = ExtractionScore.score(Extraction(), gold: expected.entities.map(\.entity),
                                          goldRelations: expected.relations.map(\.relation), documents: ["sante-cuba.txt"])
        #expect(score.entityRecall == 0)
        #expect(score.relationRecall == 0)
        #expect(score.goldEntities == expected.entities.count)
    }
}
