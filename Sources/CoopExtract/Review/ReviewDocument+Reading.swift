import CoopModel
import Foundation
import Yams

extension ReviewDocument {
    /// Reads a review file (YAML or JSON) or a knowledge-base file; items without `review:` are
    /// read as accepted. Values are read as text; errors name the file and line.
    public static func read(_ url: URL) throws(ExtractError) -> ReviewDocument {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw ExtractError(file: url.path, "cannot be read as UTF-8 text: \(error.localizedDescription)")
        }
        return try parse(text, file: url.path)
    }

    /// Parses the text of a review or knowledge-base file named `file`.
    public static func parse(_ text: String, file: String) throws(ExtractError) -> ReviewDocument {
        guard let root = try YAMLReading.compose(text, file: file) else { return ReviewDocument() }
        var document = ReviewDocument()
        for item in YAMLReading.items(root["entities"]) {
            let line = YAMLReading.line(item)
            guard let id = YAMLReading.string(item["id"]), let type = YAMLReading.string(item["type"]),
                let fr = YAMLReading.string(item["name"]?["fr"]) ?? YAMLReading.string(item["name"])
            else {
                throw ExtractError(file: file, line: line, "an entity needs `id`, `type` and `name: {fr: …}`")
            }
            var entity = Entity(
                id: EntityID(id), type: NodeType(rawValue: type),
                names: Names(fr: fr, en: YAMLReading.string(item["name"]?["en"]), ar: YAMLReading.string(item["name"]?["ar"])),
                aliases: YAMLReading.strings(item["aliases"]), acronyms: YAMLReading.strings(item["acronyms"]))
            entity.properties = try properties(item["properties"], file: file)
            entity.dates = try dates(item["dates"], file: file)
            entity.sources = YAMLReading.strings(item["sources"]).compactMap(SourceRef.init(parsing:))
            entity.note = YAMLReading.string(item["note"])
            document.entities.append(CandidateEntity(entity: entity, review: try review(item["review"], file: file)))
        }
        for item in YAMLReading.items(root["relations"]) {
            let line = YAMLReading.line(item)
            guard let type = YAMLReading.string(item["type"]), let from = YAMLReading.string(item["from"]),
                let to = YAMLReading.string(item["to"])
            else {
                throw ExtractError(file: file, line: line, "a relation needs `type`, `from` and `to`")
            }
            var relation = Relation(type: RelationType(rawValue: type), from: EntityID(from), to: EntityID(to))
            relation.properties = try properties(item["properties"], file: file)
            relation.dates = try dates(item["dates"], file: file)
            relation.sources = YAMLReading.strings(item["sources"]).compactMap(SourceRef.init(parsing:))
            relation.note = YAMLReading.string(item["note"])
            document.relations.append(CandidateRelation(relation: relation, review: try review(item["review"], file: file)))
        }
        return document
    }

    private static func properties(_ node: Node?, file: String) throws(ExtractError) -> [String: PropertyValue] {
        var result: [String: PropertyValue] = [:]
        for (key, value) in YAMLReading.pairs(node) {
            if let sequence = value.sequence {
                result[key] = .list(sequence.compactMap { $0.scalar.map { PropertyValue.string($0.string) } })
            } else if let text = value.scalar?.string {
                result[key] = Int(text).map(PropertyValue.int) ?? (text == "true" || text == "false" ? .bool(text == "true") : .string(text))
            }
        }
        return result
    }

    private static func dates(_ node: Node?, file: String) throws(ExtractError) -> [DatedRole] {
        var result: [DatedRole] = []
        for item in YAMLReading.items(node) {
            guard let role = YAMLReading.string(item["role"]), let text = YAMLReading.string(item["date"]) else {
                throw ExtractError(file: file, line: YAMLReading.line(item), "a date needs `role` and `date`")
            }
            do {
                result.append(DatedRole(DateRole(rawValue: role), try PartialDate(parsing: text)))
            } catch {
                throw ExtractError(file: file, line: YAMLReading.line(item), error.description)
            }
        }
        return result
    }

    private static func review(_ node: Node?, file: String) throws(ExtractError) -> Review {
        guard let node else { return Review(status: .accepted, confidence: 1, rule: "curated", evidence: []) }
        let statusText = YAMLReading.string(node["status"]) ?? "pending"
        guard let status = ReviewStatus(rawValue: statusText) else {
            throw ExtractError(file: file, line: YAMLReading.line(node["status"]), "status '\(statusText)' is unknown; write pending, accepted or rejected")
        }
        var evidence: [Evidence] = []
        for item in YAMLReading.items(node["evidence"]) {
            let span = YAMLReading.strings(item["span"]).compactMap { Int($0) }
            evidence.append(Evidence(
                document: YAMLReading.string(item["document"]) ?? "", line: Int(YAMLReading.string(item["line"]) ?? "") ?? 0,
                start: span.first ?? 0, end: span.last ?? 0, text: YAMLReading.string(item["text"]) ?? "",
                sentence: YAMLReading.string(item["sentence"]) ?? ""))
        }
        return Review(
            id: YAMLReading.string(node["id"]) ?? "", status: status,
            confidence: Double(YAMLReading.string(node["confidence"]) ?? "") ?? 0,
            rule: YAMLReading.string(node["rule"]) ?? "", existing: YAMLReading.string(node["existing"]) == "true",
            evidence: evidence)
    }
}
