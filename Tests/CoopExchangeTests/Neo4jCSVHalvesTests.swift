import CoopModel
import Foundation
import Testing

@testable import CoopExchange

/// Reading `relationships.csv` in two halves at once must give what reading it in one go gives:
/// the same relations in the same order, the same errors at the same lines.
@Suite struct Neo4jCSVHalvesTests {
    static let schema = Schema(nodeTypes: [:], relationTypes: [:], dateRoles: [:])

    func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coopexchange-halves-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Reads `directory` in one go and in halves (threshold 0: any file with a middle line splits).
    func bothWays(_ directory: URL) -> (whole: Result<KnowledgeGraph, ExchangeError>, halves: Result<KnowledgeGraph, ExchangeError>) {
        let nodes = directory.appendingPathComponent(Neo4jCSV.nodesFile)
        let relationships = directory.appendingPathComponent(Neo4jCSV.relationshipsFile)
        func read(_ threshold: Int) -> Result<KnowledgeGraph, ExchangeError> {
            do {
                return .success(try Neo4jCSV.read(nodes: nodes, relationships: relationships, schema: Self.schema, halvesFrom: threshold))
            } catch {
                return .failure(error)
            }
        }
        return (read(.max), read(0))
    }

    /// Relations materialised in order, with the type table: what a reader of the graph can see.
    func relations(_ graph: KnowledgeGraph) -> ([Relation], [RelationType]) {
        (graph.relationIndices.map(graph.relation(at:)), graph.relationTypesByCode)
    }

    func write(_ text: String, _ file: String, in directory: URL) throws {
        try text.write(to: directory.appendingPathComponent(file), atomically: true, encoding: .utf8)
    }

    @Test func halvesGiveTheSameGraphAsOneGo() throws {
        let source = SyntheticGraph.make(nodes: 300, edges: 4_000, seed: 11, schema: Self.schema)
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Neo4jCSV.write(source, to: folder)
        #expect(Neo4jCSV.Halves(folder.appendingPathComponent(Neo4jCSV.relationshipsFile), from: 0) != nil)
        let (whole, halves) = bothWays(folder)
        let one = try whole.get(), two = try halves.get()
        #expect(two.relationCount == source.relationCount)
        #expect(relations(two) == relations(one))
        #expect(relations(two).0 == source.relationIndices.map(source.relation(at:)))
        for entity in one.entityIndices {
            #expect(Array(two.outgoingEnds(entity)) == Array(one.outgoingEnds(entity)))
            #expect(Array(two.incomingEnds(entity)) == Array(one.incomingEnds(entity)))
        }
    }

    /// A quoted line break across the middle: the second half would start inside a field, so the
    /// file is read in one go instead, with the same result.
    @Test func aQuotedLineBreakAcrossTheMiddleFallsBackToOneGo() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("id:ID,:LABEL,name_fr\na,country,A\nb,country,B\n", Neo4jCSV.nodesFile, in: folder)
        let note = (1...40).map { "line \($0) of a long note" }.joined(separator: "\n")
        let rows = ":START_ID,:END_ID,:TYPE,note\na,b,cooperates_with,\n\"b\",a,cooperates_with,\"\(note)\"\na,a,member_of,\n"
        try write(rows, Neo4jCSV.relationshipsFile, in: folder)
        let url = folder.appendingPathComponent(Neo4jCSV.relationshipsFile)
        let halves = try #require(Neo4jCSV.Halves(url, from: 0))
        let bytes = try Data(contentsOf: url)
        let noteRange = try #require(bytes.range(of: Data("line 1 of".utf8)))
        #expect(halves.split > noteRange.lowerBound && halves.split < bytes.count - 20, "the middle falls inside the note")
        let (whole, split) = bothWays(folder)
        let one = try whole.get(), two = try split.get()
        #expect(relations(two) == relations(one))
        #expect(two.relationCount == 3)
        #expect(two.relation(at: 1).note == note)
    }

    @Test func errorsInTheSecondHalfPointAtTheirLineInTheFile() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("id:ID,:LABEL,name_fr\na,country,A\nb,country,B\n", Neo4jCSV.nodesFile, in: folder)
        var rows = [":START_ID,:END_ID,:TYPE,note"]
        rows += (0..<100).map { "a,b,cooperates_with,\"row \($0)\nwith a line break\"" }
        rows += (0..<300).map { _ in "a,b,cooperates_with," }
        rows.append("a,nobody,member_of,")
        rows += (0..<10).map { _ in "b,a,member_of," }
        try write(rows.joined(separator: "\n") + "\n", Neo4jCSV.relationshipsFile, in: folder)
        // The middle falls among the plain rows, after the quoted line breaks: the halves are used.
        let url = folder.appendingPathComponent(Neo4jCSV.relationshipsFile)
        let split = try #require(Neo4jCSV.Halves(url, from: 0)).split
        let bytes = try Data(contentsOf: url)
        #expect(bytes[..<split].filter { $0 == UInt8(ascii: "\"") }.count == 200)
        #expect(bytes[split...].firstRange(of: Data("nobody".utf8)) != nil)
        let (whole, halves) = bothWays(folder)
        guard case .failure(let expected) = whole, case .failure(let error) = halves else {
            Issue.record("both reads must fail on the unknown id")
            return
        }
        #expect(error == expected)
        // Header, 100 rows of two lines each, 300 rows of one: the bad row is on line 502.
        #expect(error.description.hasPrefix("relationships.csv:502:"), "\(error)")
        #expect(error.description.contains("'nobody'"))
    }

    @Test func theFirstErrorInFileOrderWinsWhenBothHalvesFail() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("id:ID,:LABEL,name_fr\na,country,A\nb,country,B\n", Neo4jCSV.nodesFile, in: folder)
        var rows = [":START_ID,:END_ID,:TYPE"]
        rows += (0..<50).map { _ in "a,b,cooperates_with" }
        rows.append("a,first,member_of")
        rows += (0..<100).map { _ in "a,b,cooperates_with" }
        rows.append("a,second,member_of")
        rows += (0..<50).map { _ in "b,a,member_of" }
        try write(rows.joined(separator: "\n") + "\n", Neo4jCSV.relationshipsFile, in: folder)
        let (whole, halves) = bothWays(folder)
        guard case .failure(let expected) = whole, case .failure(let error) = halves else {
            Issue.record("both reads must fail on the unknown ids")
            return
        }
        #expect(error == expected)
        #expect(error.description.hasPrefix("relationships.csv:52:") && error.description.contains("'first'"), "\(error)")
    }

    @Test func checkpointsUndoRelationsTypesAndPayloads() throws {
        var builder = KnowledgeGraphBuilder(schema: Self.schema)
        try builder.add(Entity(id: "a", type: .country, names: Names(fr: "A")))
        try builder.add(Entity(id: "b", type: .country, names: Names(fr: "B")))
        try builder.add(Relation(type: .memberOf, from: "a", to: "b", note: "kept"))
        let mark = builder.checkpoint
        try builder.add(Relation(type: .cooperatesWith, from: "b", to: "a", note: "undone"))
        try builder.add(Relation(type: .memberOf, from: "b", to: "a", note: "kept"))
        builder.rollBack(to: mark)
        try builder.add(Relation(type: .partyTo, from: "b", to: "b", note: "undone"))
        let graph = builder.build()
        #expect(graph.relationCount == 2)
        #expect(graph.relationTypesByCode == [.memberOf, .partyTo])
        #expect(graph.relationIndices.map { graph.relation(at: $0).note } == ["kept", "undone"])
        #expect(Array(graph.outgoing(1)) == [1] && Array(graph.incoming(0)).isEmpty)
    }
}
