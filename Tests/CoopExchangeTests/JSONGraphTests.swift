import CoopExchange
import CoopModel
import Foundation
import Testing

@Suite("JSON Graph Format")
struct JSONGraphTests {
    private func text(_ graph: KnowledgeGraph) -> String {
        var output = ""
        JSONGraph.write(graph, to: &output)
        return output
    }

    @Test("Writing then reading gives the same entities and relations, control characters included")
    func roundTrip() throws {
        let graph = try ExchangeFixture.graph()
        let back = try JSONGraph.read(text(graph).bytes, file: "fixture.json", schema: ExchangeFixture.schema)
        #expect(GraphContent(back) == GraphContent(graph))
        #expect(back.entity("dz.mae")?.note?.contains("\u{07}") == true)
    }

    @Test("The bytes do not depend on the order entities were added in, nor on the run")
    func deterministic() throws {
        let first = text(try ExchangeFixture.graph())
        #expect(first == text(try ExchangeFixture.graph()))
        #expect(first == text(try ExchangeFixture.graph(reversed: true)))
    }

    @Test("The output is JSON that Foundation reads, with nodes keyed by id and typed properties")
    func structure() throws {
        let data = Data(text(try ExchangeFixture.graph()).utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let graph = try #require(root["graph"] as? [String: Any])
        #expect(graph["directed"] as? Bool == true)
        let nodes = try #require(graph["nodes"] as? [String: Any])
        #expect(nodes.count == ExchangeFixture.entities().count)
        let algeria = try #require(nodes["DZ"] as? [String: Any])
        #expect(algeria["label"] as? String == "Algérie")
        let metadata = try #require(algeria["metadata"] as? [String: Any])
        let properties = try #require(metadata["properties"] as? [String: Any])
        #expect(properties["un_member"] as? Bool == true)
        #expect((metadata["note"] as? String)?.contains("\"here\", <angle> & ampersand,\nnew line") == true)
        let edges = try #require(graph["edges"] as? [[String: Any]])
        #expect(edges.map { $0["id"] as? String } == (0..<ExchangeFixture.relations.count).map { "e\($0)" })
        #expect(edges[3]["relation"] as? String == "cooperates_with")
        let dates = try #require((edges[3]["metadata"] as? [String: Any])?["dates"] as? [[String: String]])
        #expect(dates == [["role": "started", "date": "2009"], ["role": "until", "date": "2012"]])
    }

    @Test("A JGF file from another tool: names fall back to the label, metadata may be absent on edges")
    func foreignFile() throws {
        let json = #"""
            {"graph": {"directed": true,
              "nodes": {"a": {"label": "Alpha", "metadata": {"type": "country"}},
                        "b": {"label": "B\u00e9ta \ud83c\udf0d", "metadata": {"type": "country", "names": {"fr": "Bêta", "en": "Beta"}}}},
              "edges": [{"source": "a", "target": "b", "relation": "cooperates_with"}]}}
            """#
        let graph = try JSONGraph.read(json.bytes, file: "foreign.json", schema: ExchangeFixture.schema)
        #expect(graph.entity("a")?.names == Names(fr: "Alpha"))
        #expect(graph.entity("b")?.names == Names(fr: "Bêta", en: "Beta"))
        #expect(graph.relation(at: 0) == Relation(type: .cooperatesWith, from: "a", to: "b"))
    }

    @Test(
        "Bad input is refused with its line and column",
        arguments: [
            (#"{"graph": {"nodes": {"a": {"label": "A"}}}}"#, "bad.json:1:27: 'metadata' is missing"),
            ("{\"graph\": {\n  \"nodes\": [1]}}", "bad.json:2:12: 'nodes' must be an object keyed by node id"),
            ("{\"graph\": {\"nodes\": {}, \"edges\": [\n {\"source\": \"x\", \"target\": \"y\", \"relation\": \"covers\"}]}}",
             "bad.json:2:2: a 'covers' relation names 'x'"),
            (#"{"graph": {"nodes": {"a": {"metadata": {"type": "country", "names": {"fr": "A"}, "dates": [{"role": "signed", "date": "2007-13"}]}}}}}"#,
             "bad.json:1:119: '2007-13' is not a real calendar date"),
            ("{\"graph\": {\"nodes\": {}}, }", "bad.json:1:26: expected a quoted member name"),
            ("{\"graph\": \"x\u{01}\"}", "bad.json:1:13: a control character must be escaped"),
            (#"{"graph": {}, "graph": {}}"#, "bad.json:1:15: the member 'graph' is given twice"),
            (#"{"graphs": []}"#, "bad.json:1:1: the file holds several graphs"),
        ])
    func badInput(json: String, expected: String) {
        #expect {
            _ = try JSONGraph.read(json.bytes, file: "bad.json", schema: ExchangeFixture.schema)
        } throws: { error in
            "\(error)".hasPrefix(expected)
        }
    }

    @Test("Deep nesting is refused, not a crash")
    func deepNesting() {
        let json = String(repeating: "[", count: 100_000)
        #expect(throws: ExchangeError.self) { _ = try JSONGraph.read(json.bytes, file: "deep.json", schema: ExchangeFixture.schema) }
    }
}
