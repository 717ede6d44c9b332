import CoopExtract
import CoopModel
import Testing

/// The scorer's optional programme alignment by the Dice coefficient of content words.
struct ProgrammeAlignmentTests {
    private func cite(_ line: Int, _ document: String = "test.txt") -> [SourceRef] { [SourceRef(document: document, line: line)] }

    private func goldProgramme(_ id: EntityID, _ name: String, line: Int = 5, document: String = "test.txt") -> Entity {
        Entity(id: id, type: .programme, names: Names(fr: name), properties: ["kind": .string("programme")], sources: cite(line, document))
    }

    /// One activity: "Formation des douaniers aux contrôles numériques" (content words formation,
    /// douanier, controle, numerique).
    private func extraction() throws -> Extraction {
        try Support.extract("Les actions conjointes portent principalement sur la formation des douaniers aux contrôles numériques.")
    }

    @Test func contentWordsAndDiceFollowTheirDefinition() {
        #expect(ExtractionScore.contentWords("Renforcement des capacités de la formation") == ["renforcement", "capacite", "formation"])
        #expect(ExtractionScore.contentWords("L'appui aux services d'eau") == ["appui", "service", "eau"])
        #expect(ExtractionScore.dice(["a", "b"], ["a", "b", "c"]) == 0.8)
        #expect(ExtractionScore.dice([], []) == 0)
    }

    @Test func aProgrammeWordedOtherwiseAlignsOnlyWhenAsked() throws {
        // Cited on another line than the extracted one, so no earlier pass links it.
        let gold = goldProgramme("prog.customs-training", "Formation numérique des douaniers")
        let exact = ExtractionScore.score(try extraction(), gold: [gold], goldRelations: [], documents: ["test.txt"])
        #expect(exact.entityRecall == 0)
        let aligned = ExtractionScore.score(try extraction(), gold: [gold], goldRelations: [], documents: ["test.txt"], alignProgrammes: true)
        #expect(aligned.entityRecall == 1)
        // (The sentence's sectors are extracted too; only the programme matters here.)
        #expect(!aligned.spuriousEntities.contains { $0.hasPrefix("programme") })
        #expect(exact.spuriousEntities.contains { $0.hasPrefix("programme") })
    }

    @Test func aNearMissDoesNotAlign() throws {
        // Shares "formation" and "douaniers" but is about something else: 2·2/9 ≈ 0.44 < 0.6.
        let gold = goldProgramme("prog.customs-investigation", "Formation des douaniers aux techniques d'enquête financière")
        let aligned = ExtractionScore.score(try extraction(), gold: [gold], goldRelations: [], documents: ["test.txt"], alignProgrammes: true)
        #expect(aligned.entityRecall == 0)
        #expect(aligned.spuriousEntities.filter { $0.hasPrefix("programme") }.count == 1)
    }

    @Test func alignmentIsOneToOneBestFirst() throws {
        let close = goldProgramme("prog.b-close", "Formation des douaniers aux contrôles numériques avancés")   // 8/9
        let farther = goldProgramme("prog.a-farther", "Formation numérique des douaniers")                   // 6/7
        let score = ExtractionScore.score(try extraction(), gold: [farther, close], goldRelations: [], documents: ["test.txt"], alignProgrammes: true)
        #expect(score.matchedGoldEntities == 1)
        #expect(score.missedEntities.count == 1 && score.missedEntities[0].contains("prog.a-farther"))
    }

    @Test func aProgrammeOfAnotherDocumentDoesNotAlign() throws {
        let gold = goldProgramme("prog.customs-training", "Formation numérique des douaniers", document: "other.txt")
        let score = ExtractionScore.score(try extraction(), gold: [gold], goldRelations: [], documents: ["test.txt", "other.txt"], alignProgrammes: true)
        #expect(score.matchedGoldEntities == 0)
    }

    @Test func relationsFollowTheAlignedProgramme() throws {
        let text = "Dans le domaine de l'énergie, la coopération porte sur la formation des techniciens des centrales solaires."
        let gold = goldProgramme("prog.solar-training", "Formation de techniciens pour les centrales solaires", line: 9)
        let sector = Entity(id: "sector.energy", type: .sector, names: Names(fr: "Energie"), sources: cite(1))
        let covers = Relation(type: .covers, from: gold.id, to: sector.id, sources: cite(1))
        let extraction = try Support.extract(text)
        let exact = ExtractionScore.score(extraction, gold: [gold, sector], goldRelations: [covers], documents: ["test.txt"])
        let aligned = ExtractionScore.score(extraction, gold: [gold, sector], goldRelations: [covers], documents: ["test.txt"], alignProgrammes: true)
        #expect(exact.relationRecall == 0)
        #expect(aligned.relationRecall == 1)
    }
}
