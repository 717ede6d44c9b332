import CoopExtract
import CoopModel
import Testing

/// The scorer's matching passes and its stated-only gold set, each against facts written here.
struct ScoreTests {
    private func cite(_ line: Int) -> [SourceRef] { [SourceRef(document: "test.txt", line: line)] }

    @Test func agreementsBetweenBodiesMatchByTheirParties() throws {
        let extraction = try Support.extract("Deux contrats ont été signés entre l'Office National du Tourisme et l'Agence italienne du tourisme.")
        let office = Entity(id: "dz.ont", type: .agency, names: Names(fr: "Office National du Tourisme"), sources: cite(1))
        let enit = Entity(id: "it.enit", type: .agency, names: Names(fr: "Agence italienne du tourisme"), sources: cite(1))
        // Named otherwise and cited on another line: only the parties can tie it.
        let contracts = Entity(id: "agr.tourisme", type: .agreement, names: Names(fr: "Marchés de promotion"),
                               properties: ["kind": .string("contrat")], sources: cite(2))
        let parties = [office, enit].map { Relation(type: .partyTo, from: $0.id, to: contracts.id, sources: cite(1)) }
        let score = ExtractionScore.score(extraction, gold: [office, enit, contracts], goldRelations: parties, documents: ["test.txt"])
        #expect(score.missedEntities.isEmpty, "\(score.missedEntities)")
        #expect(score.matchedGoldRelations == 2)
        // Every extracted relation is either matched or listed as unmatched, with its rule.
        #expect(score.spuriousRelations.count == score.extractedRelations - score.matchedExtractedRelations)
        #expect(score.spuriousRelations.allSatisfy { $0.hasSuffix(")") && $0.contains(" → ") })
        #expect(!score.spuriousRelations.contains { $0.hasPrefix("party_to dz.ont") })
        // With other parties the same agreement is not matched.
        let other = Entity(id: "es.tourism", type: .agency, names: Names(fr: "Agence espagnole du tourisme"), sources: cite(1))
        let otherParties = [office, other].map { Relation(type: .partyTo, from: $0.id, to: contracts.id, sources: cite(1)) }
        let unmatched = ExtractionScore.score(extraction, gold: [office, other, contracts], goldRelations: otherParties, documents: ["test.txt"])
        #expect(unmatched.missedEntities.contains { $0.contains("agr.tourisme") })
    }

    @Test func anUndatedEventMatchesOnItsLineByItsWords() throws {
        let extraction = try Support.extract("Un échange de visites ministérielles a eu lieu à Rome.")
        let sameLine = Entity(id: "evt.visits", type: .event, names: Names(fr: "Échange de visites ministérielles algéro-italiennes"),
                              properties: ["kind": .string("visit")], sources: cite(1))
        #expect(ExtractionScore.score(extraction, gold: [sameLine], goldRelations: [], documents: ["test.txt"]).entityRecall == 1)
        let otherLine = Entity(id: "evt.visits", type: .event, names: sameLine.names, properties: sameLine.properties, sources: cite(3))
        #expect(ExtractionScore.score(extraction, gold: [otherLine], goldRelations: [], documents: ["test.txt"]).entityRecall == 0)
        let otherKind = Entity(id: "evt.visits", type: .event, names: sameLine.names, properties: ["kind": .string("other")], sources: cite(1))
        #expect(ExtractionScore.score(extraction, gold: [otherKind], goldRelations: [], documents: ["test.txt"]).entityRecall == 0)
    }

    @Test func statedOnlyLeavesOutInferredFactsAndTheirLinks() throws {
        let extraction = try Support.extract("Dans le domaine de la santé, l'Algérie coopère avec Cuba.")
        let health = Entity(id: "sector.health", type: .sector, names: Names(fr: "Santé"), sources: cite(1))
        let programme = Entity(id: "prog.x", type: .programme, names: Names(fr: "Appui cubain aux hôpitaux"),
                               properties: ["basis": .string("inferred")], sources: cite(1))
        let relations = [
            Relation(type: .covers, from: programme.id, to: health.id, sources: cite(1)),
            Relation(type: .cooperatesWith, from: "DZ", to: "CU", sources: cite(1)),
            Relation(type: .heldIn, from: programme.id, to: "CU", properties: ["basis": .string("inferred")], sources: cite(1)),
        ]
        let gold = [health, programme]
        let strict = ExtractionScore.score(extraction, gold: gold, goldRelations: relations, documents: ["test.txt"])
        #expect((strict.goldEntities, strict.goldRelations) == (2, 3))
        let stated = ExtractionScore.score(extraction, gold: gold, goldRelations: relations, documents: ["test.txt"], statedOnly: true)
        #expect((stated.goldEntities, stated.goldRelations) == (1, 1))
        #expect(stated.entityRecall == 1 && stated.relationRecall == 1)
    }

    @Test func aNameSharedWithAFactOfAnotherTypeDoesNotLinkToIt() throws {
        // The gold sector has the programme's words as an alias; the extracted scholarship
        // programme must match the gold programme (third pass, same line and words), not the sector.
        let extraction = try Support.extract("Depuis 2015, l'Algérie offre chaque année une quarantaine de bourses d'études universitaires à des étudiants éthiopiens.")
        let sector = Entity(id: "sector.training", type: .sector, names: Names(fr: "Formation"), aliases: ["bourses d'études universitaires"], sources: cite(1))
        let programme = Entity(id: "prog.dz-et.bourses", type: .programme, names: Names(fr: "Bourses d'études universitaires algériennes pour étudiants éthiopiens"),
                               properties: ["kind": .string("scholarship")], sources: cite(1))
        let extracted = try #require(extraction.entities.first { $0.entity.type == .programme })
        #expect(extracted.entity.names.fr.lowercased().hasPrefix("bourses d'études universitaires"))
        let score = ExtractionScore.score(extraction, gold: [sector, programme], goldRelations: [], documents: ["test.txt"])
        #expect(!score.missedEntities.contains { $0.contains("prog.dz-et.bourses") })
        #expect(!score.spuriousEntities.contains { $0.hasPrefix("programme") })
    }

    @Test func bodiesOfTwoTypesStillLinkByName() {
        #expect(ExtractionScore.compatible(.agency, .organisation))
        #expect(ExtractionScore.compatible(.ministry, .jointBody))
        #expect(!ExtractionScore.compatible(.sector, .programme))
        #expect(!ExtractionScore.compatible(.agreement, .event))
        #expect(ExtractionScore.compatible(nil, .place))
    }
}
