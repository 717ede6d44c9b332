import CoopModel
import Foundation
import Testing

@testable import CoopExchange

@Suite struct Neo4jCSVTests {
    static let schema = Schema(nodeTypes: [:], relationTypes: [:], dateRoles: [:])

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coopexchange-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every entity and relation, materialised, in index order.
    /// The entities (in id order: the order the CSV lists them) and the relations (in relation order).
    func contents(_ graph: KnowledgeGraph) -> (entities: [Entity], relations: [Relation]) {
        (graph.entityIndices.map(graph.entity(at:)).sorted { $0.id < $1.id }, graph.relationIndices.map(graph.relation(at:)))
    }

    func awkwardGraph() throws -> KnowledgeGraph {
        var builder = KnowledgeGraphBuilder(schema: Self.schema)
        try builder.add(
            Entity(
                id: "DZ", type: .country, names: Names(fr: "Algérie", en: "Algeria", ar: "الجزائر"),
                aliases: ["République \"algérienne\", démocratique", "a;b\\c"], acronyms: ["RADP"],
                properties: ["un_member": .bool(true), "iso3": .string("DZA"), "codes": .list([.int(12), .int(-3)])],
                dates: [DatedRole(.created, try PartialDate(parsing: "1962-07-05"))],
                sources: [SourceRef(document: "a.txt", line: 3), SourceRef(document: "b.txt")],
                note: "Two lines:\nsecond, with comma"))
        try builder.add(
            Entity(
                id: "agr.1", type: .agreement, names: Names(fr: "Accord"), properties: ["count": .int(2)],
                dates: [DatedRole(.signed, try PartialDate(parsing: "2004")), DatedRole(.inForce, try PartialDate(parsing: "2009-03"))]))
        try builder.add(Relation(
            type: .partyTo, from: "DZ", to: "agr.1", properties: ["role": .string("party")],
            sources: [SourceRef(document: "a.txt", line: 4)]))
        try builder.add(Relation(
            type: .cooperatesWith, from: "DZ", to: "DZ", properties: ["sectors": .list([.string("s.1"), .string("s;2")])],
            dates: [DatedRole(.started, try PartialDate(parsing: "2010"))], note: "self"))
        return builder.build()
    }

    @Test func roundTripIsLosslessAndByteStable() throws {
        for graph in [try awkwardGraph(), SyntheticGraph.make(nodes: 200, edges: 900, seed: 7, schema: Self.schema)] {
            let first = try temporaryDirectory()
            let second = try temporaryDirectory()
            try Neo4jCSV.write(graph, to: first)
            let read = try Neo4jCSV.read(from: first, schema: Self.schema)
            #expect(contents(read).entities == contents(graph).entities)
            #expect(contents(read).relations == contents(graph).relations)
            try Neo4jCSV.write(read, to: second)
            for file in [Neo4jCSV.nodesFile, Neo4jCSV.relationshipsFile] {
                let a = try Data(contentsOf: first.appendingPathComponent(file))
                let b = try Data(contentsOf: second.appendingPathComponent(file))
                #expect(a == b, "\(file) differs after a round trip")
            }
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: first.path).sorted()
            #expect(leftovers == [Neo4jCSV.nodesFile, Neo4jCSV.relationshipsFile])
        }
    }

    @Test func headerDeclaresTypedPropertyColumns() throws {
        let directory = try temporaryDirectory()
        try Neo4jCSV.write(try awkwardGraph(), to: directory)
        let nodes = try String(contentsOf: directory.appendingPathComponent(Neo4jCSV.nodesFile), encoding: .utf8)
        #expect(
            nodes.split(separator: "\r\n").first
                == "id:ID,:LABEL,name_fr,name_en,name_ar,aliases:string[],acronyms:string[],codes:int[],count:int,iso3,un_member:boolean,dates:string[],sources:string[],note")
        #expect(nodes.contains("\"République \"\"algérienne\"\", démocratique;a\\;b\\\\c\""))
    }

    @Test func syntheticGraphsAreDeterministicAndSized() throws {
        let a = SyntheticGraph.make(nodes: 500, edges: 3_000, seed: 11, schema: Self.schema)
        let b = SyntheticGraph.make(nodes: 500, edges: 3_000, seed: 11, schema: Self.schema)
        let c = SyntheticGraph.make(nodes: 500, edges: 3_000, seed: 12, schema: Self.schema)
        #expect(a.relationCount == 3_000)
        #expect(abs(a.entityCount - 500) <= 10)
        #expect(contents(a).relations == contents(b).relations)
        #expect(contents(a).relations != contents(c).relations)
        let types = Set(a.relationCountsByType.map(\.type))
        #expect(types.isSuperset(of: [.partyTo, .covers, .tookPartIn, .cooperatesWith, .underAuthorityOf]))
        #expect(a.entities(ofType: .agreement).contains { $0.date(.inForce) != nil && $0.date(.signed) != nil })
    }

    func expectError(nodes: String, relationships: String = ":START_ID,:END_ID,:TYPE\n", _ expected: String) throws {
        let directory = try temporaryDirectory()
        try nodes.write(to: directory.appendingPathComponent(Neo4jCSV.nodesFile), atomically: true, encoding: .utf8)
        try relationships.write(
            to: directory.appendingPathComponent(Neo4jCSV.relationshipsFile), atomically: true, encoding: .utf8)
        let error = #expect(throws: ExchangeError.self) { try Neo4jCSV.read(from: directory, schema: Self.schema) }
        #expect(error?.description.hasPrefix(expected) == true, "got: \(error?.description ?? "no error")")
    }

    @Test func errorsPointAtFileLineAndColumn() throws {
        let header = "id:ID,:LABEL,name_fr,dates:string[]\n"
        try expectError(nodes: header + "DZ,country,\"Algérie\n", "nodes.csv:2:12: a quoted field is never closed")
        try expectError(nodes: header + "DZ,country,Alg\"erie\n", "nodes.csv:2:15: a '\"' inside an unquoted field")
        // Columns count bytes, as compilers do: "é" takes two.
        try expectError(nodes: header + "DZ,country,Algérie,signed=2004-13\n", "nodes.csv:2:21: '2004-13' is not a real calendar date")
        try expectError(nodes: header + "DZ,country,,\n", "nodes.csv:2:12: the French name is missing")
        try expectError(nodes: header + "DZ,country,A,\nDZ,country,B,\n", "nodes.csv:3:1: the id 'DZ' is used by two entities")
        try expectError(nodes: "id:ID,:LABEL,name_fr,count:float\n", "nodes.csv:1:22: unknown column type in 'count:float'")
        try expectError(nodes: "id:ID,name_fr\n", "nodes.csv:1:1: the header has no ':LABEL' column")
        try expectError(
            nodes: header + "DZ,country,A,\n", relationships: ":START_ID,:END_ID,:TYPE\r\nDZ,\"XX\",party_to\r\n",
            "relationships.csv:2:4: no node has the id 'XX'")
        try expectError(nodes: "", "nodes.csv:1:1: the file is empty")
    }

    @Test func quotedFieldsMaySpanLinesAndChunks() throws {
        let directory = try temporaryDirectory()
        let long = String(repeating: "x", count: 70)
        var text = "id:ID,:LABEL,name_fr,note\n"
        for number in 0..<50 { text += "n\(number),country,\"Name, \(number)\",\"line one\nline \"\"two\"\" \(long)\"\n" }
        try text.write(to: directory.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
        // A record points into the scanner's buffer: keep its text and line, not the record.
        var records: [(fields: [String], line: Int)] = []
        try CSVScanner(url: directory.appendingPathComponent("nodes.csv"), chunkSize: 7).forEachRecord { record in
            records.append(((0..<record.count).map(record.string), record.line))
        }
        #expect(records.count == 51)
        #expect(records[50].fields == ["n49", "country", "Name, 49", "line one\nline \"two\" \(long)"])
        #expect(records[50].line == 100)
    }
}
