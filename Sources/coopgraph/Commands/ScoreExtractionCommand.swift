import ArgumentParser
import CoopExtract
import Foundation

/// `coopgraph score-extraction`: compares an extraction with the curated facts citing the same documents.
struct ScoreExtractionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score-extraction",
        abstract: "Score extraction against the curated KB: entity and relation recall/precision, date accuracy.")

    @Option(help: "The knowledge-base folder holding the gold facts (its kb/ and lexicons/).")
    var gold: String = "Data"

    @Option(parsing: .upToNextOption, help: "The documents to extract from and score.")
    var docs: [String]

    @Option(help: "The folder whose kb/ and lexicons/ the extractor links with (default: the gold folder).")
    var linkData: String?

    @Flag(help: "Also list missed and spurious facts.")
    var verbose = false

    func run() throws {
        let data = URL(fileURLWithPath: gold)
        let knowledge = try KnowledgeFiles.load(directory: data)
        let extraction = try ExtractSupport.extractor(data: linkData ?? gold, home: nil).extract(files: docs.map { URL(fileURLWithPath: $0) })
        let documents = Set(docs.map { URL(fileURLWithPath: $0).lastPathComponent })
        let score = ExtractionScore.score(
            extraction, gold: knowledge.entities, goldRelations: knowledge.relations, documents: documents)
        let scoped = ExtractionScore.score(
            extraction, gold: knowledge.entities, goldRelations: knowledge.relations, documents: documents,
            relationTypes: ExtractionScore.producedRelationTypes)
        let stated = ExtractionScore.score(
            extraction, gold: knowledge.entities, goldRelations: knowledge.relations, documents: documents, statedOnly: true)
        let statedScoped = ExtractionScore.score(
            extraction, gold: knowledge.entities, goldRelations: knowledge.relations, documents: documents,
            relationTypes: ExtractionScore.producedRelationTypes, statedOnly: true)
        let aligned = ExtractionScore.score(
            extraction, gold: knowledge.entities, goldRelations: knowledge.relations, documents: documents, alignProgrammes: true)
        let alignedScoped = ExtractionScore.score(
            extraction, gold: knowledge.entities, goldRelations: knowledge.relations, documents: documents,
            relationTypes: ExtractionScore.producedRelationTypes, alignProgrammes: true)
        func percent(_ value: Double) -> String { String(Int((value * 1000).rounded())).paddedTenths + "%" }
        print("entities:  recall \(percent(score.entityRecall)) (\(score.matchedGoldEntities)/\(score.goldEntities)), precision \(percent(score.entityPrecision)) (\(score.matchedExtractedEntities)/\(score.extractedEntities))")
        print("relations: recall \(percent(score.relationRecall)) (\(score.matchedGoldRelations)/\(score.goldRelations)), precision \(percent(score.relationPrecision)) (\(score.matchedExtractedRelations)/\(score.extractedRelations))")
        print("relations, scoped to the types the rules read (\(ExtractionScore.producedRelationTypes.map(\.rawValue).sorted().joined(separator: ", "))): recall \(percent(scoped.relationRecall)) (\(scoped.matchedGoldRelations)/\(scoped.goldRelations))")
        print("stated facts only (gold without `basis: inferred`): entity recall \(percent(stated.entityRecall)) (\(stated.matchedGoldEntities)/\(stated.goldEntities)), relation recall \(percent(stated.relationRecall)) (\(stated.matchedGoldRelations)/\(stated.goldRelations)), scoped \(percent(statedScoped.relationRecall)) (\(statedScoped.matchedGoldRelations)/\(statedScoped.goldRelations))")
        print("with programmes aligned by content words (Dice ≥ \(ExtractionScore.programmeAlignmentThreshold)): entities recall \(percent(aligned.entityRecall)) (\(aligned.matchedGoldEntities)/\(aligned.goldEntities)), precision \(percent(aligned.entityPrecision)) (\(aligned.matchedExtractedEntities)/\(aligned.extractedEntities)); relations recall \(percent(aligned.relationRecall)) (\(aligned.matchedGoldRelations)/\(aligned.goldRelations)), precision \(percent(aligned.relationPrecision)) (\(aligned.matchedExtractedRelations)/\(aligned.extractedRelations)), scoped \(percent(alignedScoped.relationRecall)) (\(alignedScoped.matchedGoldRelations)/\(alignedScoped.goldRelations))")
        print("dates:     right \(percent(score.dateAccuracy)) (\(score.rightDates)/\(score.goldDates))")
        if verbose {
            for line in score.missedEntities { print("missed entity: \(line)") }
            for line in score.spuriousEntities { print("unmatched extracted entity: \(line)") }
            for line in score.missedRelations { print("missed relation: \(line)") }
            for line in score.spuriousRelations { print("unmatched extracted relation: \(line)") }
            for line in score.wrongDates { print("wrong date: \(line)") }
        }
    }
}

extension String {
    /// "953" → "95.3".
    var paddedTenths: String { count < 2 ? "0." + self : String(dropLast()) + "." + String(suffix(1)) }
}
