import CoopExchange
import CoopModel
import CoopQuery
import Foundation
import PythonOracle
import Testing

/// Reads coopgraph's GraphML, GEXF, N-Triples and Turtle with NetworkX and rdflib (`Oracle/check_exchange.py`).
///
/// `scripts/test.sh` prepares `.venv` and sets `COOPGRAPH_PYTHON`. Without it the suite is skipped
/// with its reason, except under `CI=true`, where a missing interpreter is a failure.
@Suite(
    "Cross-check with NetworkX and rdflib",
    .enabled(
        if: PythonOracle.python != nil || PythonOracle.isCI,
        "set COOPGRAPH_PYTHON to a Python with networkx and rdflib (scripts/test.sh does) to run the cross-check"))
struct OracleTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Oracle/check_exchange.py")
    static let dataDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data")

    struct Report: Decodable {
        struct Flat: Decodable {
            let nodes: Int
            let edges: Int
            let mismatches: [String]
        }
        struct GEXFPart: Decodable {
            let nodes: Int
            let edges: Int
            let mode: String?
            let default_reader: Bool?
            let mismatches: [String]
        }
        struct RDFPart: Decodable {
            let nt_triples: Int
            let ttl_triples: Int
            let isomorphic: Bool
            let partners_nt: [String]
            let partners_ttl: [String]
        }
        let graphml: Flat
        let gexf: GEXFPart
        let rdf: RDFPart
    }

    /// Writes every format of `graph`, runs the script and returns its report and the N-Triples line count.
    private func check(_ graph: KnowledgeGraph, partnersOf entity: EntityID) throws -> (Report, triples: Int, lines: Int) {
        _ = try #require(PythonOracle.python, "CI=true but COOPGRAPH_PYTHON is not set; run scripts/test.sh")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-oracle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = ["expected.json", "graph.graphml", "graph.gexf", "graph.nt", "graph.ttl"].map { folder.appendingPathComponent($0) }
        try OracleExpectation.json(for: graph, partnersOf: entity).write(to: files[0])
        try GraphML.write(graph, to: files[1])
        try GEXF.write(graph, to: files[2])
        let triples = try NTriples.write(graph, to: files[3])
        let turtleTriples = try Turtle.write(graph, to: files[4])
        #expect(triples == turtleTriples)
        let lines = try String(contentsOf: files[3], encoding: .utf8).split(separator: "\n")
        #expect(Set(lines).count == lines.count, "N-Triples lines repeat")

        let data = try PythonOracle.run(Self.script, files.map(\.path))
        return (try JSONDecoder().decode(Report.self, from: data), triples, lines.count)
    }

    private func verify(_ graph: KnowledgeGraph, partnersOf entity: EntityID) throws {
        let (report, triples, lines) = try check(graph, partnersOf: entity)
        #expect(report.graphml.nodes == graph.entityCount)
        #expect(report.graphml.edges == graph.relationCount)
        #expect(report.graphml.mismatches == [])
        #expect(report.gexf.nodes == graph.entityCount)
        #expect(report.gexf.edges == graph.relationCount)
        #expect(report.gexf.mode == "dynamic")
        #expect(report.gexf.default_reader == true, "read_gexf without version= should find the 1.3 namespace")
        #expect(report.gexf.mismatches == [])
        #expect(report.rdf.nt_triples == triples && lines == triples)
        #expect(report.rdf.ttl_triples == triples)
        #expect(report.rdf.isomorphic)
        // CoopQuery's partners through agreements (parties and beneficiaries) and `cooperates_with`,
        // never the entity's superiors or subordinates: the SPARQL query states the same rule.
        let index = try #require(graph.index(of: entity))
        let answer = partners(PartnersQuery(entity: index, kinds: [.agreement, .asserted]), in: graph)
        let expected = Set(answer.partners.map { graph.entity(at: $0).id }).map(OracleExpectation.iri).sorted()
        #expect(!expected.isEmpty)
        #expect(report.rdf.partners_nt == expected)
        #expect(report.rdf.partners_ttl == expected)
    }

    @Test("NetworkX and rdflib read the fixture's files back with the same nodes, edges, attributes and triples")
    func fixture() throws {
        try verify(try ExchangeFixture.graph(controlCharacters: false), partnersOf: "DZ")
    }

    @Test("The same holds for the shipped knowledge base; a SPARQL partners query agrees with the graph")
    func shippedData() throws {
        let knowledgeBase = try KnowledgeBase.load(directory: Self.dataDirectory)
        try verify(knowledgeBase.graph, partnersOf: "DZ")
    }
}
