import CoopBrief
import CoopModel
import Foundation

/// Paths and small graphs shared by the briefing tests.
enum Fixtures {
    /// The repository's root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let folder = root.appendingPathComponent("Tests/CoopBriefTests/Fixtures")

    /// A fixed preparation day, so outputs are deterministic.
    static let day = PartialDate(year: 2025, month: 3, day: 14)!

    static func images() throws -> DiagramImages {
        DiagramImages(
            svg: try Data(contentsOf: folder.appendingPathComponent("diagram.svg")),
            png: try Data(contentsOf: folder.appendingPathComponent("diagram.png")))
    }

    static func source(_ line: Int) -> SourceRef { SourceRef(document: "seed.txt", line: line) }

    /// A small graph: MICLAT, its French counterpart, two agreements, one event, two sectors.
    static func graph() throws -> KnowledgeGraph {
        let schema = try Schema.load(from: root.appendingPathComponent("Data/schema.yaml"))
        var builder = KnowledgeGraphBuilder(schema: schema)
        func entity(_ id: EntityID, _ type: NodeType, _ fr: String, _ en: String, _ ar: String, line: Int,
            acronyms: [String] = [], dates: [DatedRole] = []) throws
        {
            try builder.add(
                Entity(id: id, type: type, names: Names(fr: fr, en: en, ar: ar), acronyms: acronyms, dates: dates,
                    sources: [source(line)]))
        }
        try entity("FR", .country, "France", "France", "فرنسا", line: 2)
        try entity("EG", .country, "Égypte", "Egypt", "مصر", line: 2)
        try entity("dz.miclat", .ministry, "Ministère de l'Intérieur", "Ministry of the Interior", "وزارة الداخلية",
            line: 3, acronyms: ["MICLAT"])
        try entity("fr.mi", .ministry, "Ministère français de l'Intérieur", "French Ministry of the Interior",
            "وزارة الداخلية الفرنسية", line: 4)
        try entity("sector.health", .sector, "Santé", "Health", "الصحة", line: 5)
        try entity("sector.security", .sector, "Sécurité <& civile>", "Security", "الأمن", line: 5)
        try entity("agr.security", .agreement, "Accord de sécurité", "Security agreement", "اتفاق الأمن", line: 6,
            dates: [DatedRole(.signed, PartialDate(year: 2007, month: 12)!)])
        try entity("agr.health", .agreement, "Convention | santé", "Health convention", "اتفاقية الصحة", line: 7)
        try entity("evt.session", .event, "Session mixte", "Joint session", "الدورة المشتركة", line: 8,
            dates: [DatedRole(.held, PartialDate(year: 2014, month: 4, day: 1)!)])
        func relation(_ type: RelationType, _ from: EntityID, _ to: EntityID, line: Int,
            properties: [String: PropertyValue] = [:]) throws
        {
            try builder.add(Relation(type: type, from: from, to: to, properties: properties, sources: [source(line)]))
        }
        try relation(.partyTo, "dz.miclat", "agr.security", line: 6)
        try relation(.partyTo, "fr.mi", "agr.security", line: 9)
        try relation(.covers, "agr.security", "sector.security", line: 10)
        try relation(.partyTo, "dz.miclat", "agr.health", line: 7)
        try relation(.partyTo, "FR", "agr.health", line: 7)
        try relation(.partyTo, "EG", "agr.health", line: 7)
        try relation(.covers, "agr.health", "sector.health", line: 11)
        try relation(.tookPartIn, "dz.miclat", "evt.session", line: 8)
        try relation(.tookPartIn, "fr.mi", "evt.session", line: 12)
        try relation(.cooperatesWith, "dz.miclat", "fr.mi", line: 13)
        return builder.build()
    }

    /// The briefing of `id` in the fixture graph, with the fixture diagram.
    static func briefing(_ id: EntityID = "dz.miclat", language: Language = .fr, diagram: Bool = true) throws -> Briefing {
        let graph = try graph()
        let entity = try require(graph.index(of: id), "entity \(id)")
        var content = ProvisionalContent.make(for: entity, in: graph)
        if diagram { content.diagram = try images() }
        return try Briefing.assemble(
            subject: .entity(entity), content: content, graph: graph, language: language, date: day)
    }

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coopbrief-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Thrown by `#require`-like helpers outside a test body.
struct MissingFixture: Error, CustomStringConvertible {
    let description: String
}

/// Unwraps `value` or throws, for helpers that are not test functions.
func require<T>(_ value: T?, _ what: String = "value") throws -> T {
    guard let value else { throw MissingFixture(description: "missing \(what)") }
    return value
}
