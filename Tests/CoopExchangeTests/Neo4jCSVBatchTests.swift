import CoopModel
import Foundation
import Testing

@testable import CoopExchange

/// Plain relationship rows are added a batch at a time (``RelationshipRows/finish(into:)``): the
/// graph and the errors must be those of a row-by-row read, whatever rows the batches mix.
@Suite struct Neo4jCSVBatchTests {
    static let schema = Schema(nodeTypes: [:], relationTypes: [:], dateRoles: [:])
    /// An id longer than the table keeps inline, so its rows are read at once, between batches.
    static let longID = "organisation.with.a.long.id"

    func read(nodes: String, relationships: String) throws -> KnowledgeGraph {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try nodes.write(to: directory.appendingPathComponent(Neo4jCSV.nodesFile), atomically: true, encoding: .utf8)
        try relationships.write(
            to: directory.appendingPathComponent(Neo4jCSV.relationshipsFile), atomically: true, encoding: .utf8)
        return try Neo4jCSV.read(from: directory, schema: Self.schema)
    }

    var nodes: String {
        var text = "id:ID,:LABEL,name_fr\n"
        for number in 0..<20 { text += "n\(number),country,N\(number)\n" }
        // "é" precomposed: rows may spell it decomposed, which only the builder's fallback matches.
        text += "caf\u{E9},country,Café\n\(Self.longID),organization,Long\n"
        return text
    }

    /// Rows of every kind, in an order that cuts batches at many places; and the relations they
    /// must give, written out independently of the reader.
    func mixedRows() throws -> (text: String, expected: [Relation]) {
        var text = ":START_ID,:END_ID,:TYPE,role,dates:string[],sources:string[],note\n"
        var expected: [Relation] = []
        for row in 0..<300 {
            let from = "n\(row % 20)", to = "n\((row * 7 + 3) % 20)"
            let type: RelationType = row % 3 == 0 ? .partyTo : .cooperatesWith
            let role = row % 4 == 0 ? "party" : ""
            let year = 2000 + row % 5
            let line = row % 11 + 1
            var note = ""
            var (start, end) = (from, to)
            var (startID, endID) = (EntityID(from), EntityID(to))
            if row % 97 == 5 { (start, startID) = (Self.longID, EntityID(Self.longID)) }
            if row % 41 == 7 { (end, endID) = ("cafe\u{301}", "caf\u{E9}") }
            if row % 53 == 9 { note = "note \(row)" }
            text += "\(start),\(end),\(type.rawValue),\(role),signed=\(year),s.txt:\(line),\(note)\n"
            expected.append(
                Relation(
                    type: type, from: startID, to: endID, properties: role.isEmpty ? [:] : ["role": .string(role)],
                    dates: [DatedRole(.signed, try PartialDate(parsing: "\(year)"))],
                    sources: [SourceRef(document: "s.txt", line: line)], note: note.isEmpty ? nil : note))
        }
        return (text, expected)
    }

    @Test func batchedRowsGiveTheRelationsInFileOrder() throws {
        let (text, expected) = try mixedRows()
        let graph = try read(nodes: nodes, relationships: text)
        let relations = graph.relationIndices.map(graph.relation(at:))
        #expect(relations.count == expected.count)
        for (got, want) in zip(relations, expected) { #expect(got == want) }
        // Adjacency follows the relations: each one is listed at both its ends.
        for relation in graph.relationIndices {
            #expect(graph.outgoing(graph.source(of: relation)).contains(relation))
            #expect(graph.incoming(graph.target(of: relation)).contains(relation))
        }
    }

    @Test func anUnknownIdInABatchWinsOverALaterError() throws {
        var (text, _) = try mixedRows()
        // Line 202 (row 200) names an unknown node; line 210 has a date that is not one.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[201] = "n1,zz9,party_to,,signed=2001,s.txt:1,"
        lines[209] = "n1,n2,party_to,,signed=2001-13,s.txt:1,"
        text = lines.joined(separator: "\n")
        let error = #expect(throws: ExchangeError.self) { try read(nodes: nodes, relationships: text) }
        #expect(error?.description.hasPrefix("relationships.csv:202:4: no node has the id 'zz9'") == true, "\(String(describing: error))")
    }

    @Test func anUnknownIdInTheLastBatchIsFound() throws {
        let (text, _) = try mixedRows()
        let error = #expect(throws: ExchangeError.self) {
            try read(nodes: nodes, relationships: text + "n1,n2,party_to,,signed=2001,s.txt:1,\nn3,n4,party_to,,signed=2001,s.txt:1,\nyy,n4,party_to,,signed=2001,s.txt:1,\n")
        }
        #expect(error?.description.hasPrefix("relationships.csv:304:1: no node has the id 'yy'") == true, "\(String(describing: error))")
    }
}
