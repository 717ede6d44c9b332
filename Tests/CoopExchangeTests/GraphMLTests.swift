import CoopExchange
import CoopModel
import Foundation
import Testing

@Suite("GraphML")
struct GraphMLTests {
    private func text(_ graph: KnowledgeGraph) -> String {
        var output = ""
        GraphML.write(graph, to: &output)
        return output
    }

    @Test("Writing then reading gives the same entities and relations")
    func roundTrip() throws {
        let graph = try ExchangeFixture.graph(controlCharacters: false)
        let back = try GraphML.read(Data(text(graph).utf8), file: "fixture.graphml", schema: ExchangeFixture.schema)
        #expect(GraphContent(back) == GraphContent(graph))
        #expect(back.entity("dz.mae")?.note == "tab\there, CR\r, end")
    }

    @Test("Quotes, angle brackets, ampersands, new lines and Arabic survive an independent XML parser")
    func escaping() throws {
        let xml = XMLElements(text(try ExchangeFixture.graph(controlCharacters: false)))
        #expect(xml.wellFormed)
        let keys = Dictionary(uniqueKeysWithValues: xml.named("key").compactMap { key in
            key.attributes["id"].map { ($0, key.attributes["attr.name"] ?? "") }
        })
        let data = xml.named("data").map { (name: keys[$0.attributes["key"] ?? ""] ?? "?", text: $0.text) }
        #expect(data.contains { $0.name == "note" && $0.text == "Quotes \"here\", <angle> & ampersand,\nnew line; colon: hash #1" })
        #expect(data.contains { $0.name == "name_ar" && $0.text == "الجزائر" })
        #expect(data.contains { $0.name == "name_fr" && $0.text == "Accord sur le transport routier \"TIR\" & transit <2004>" })
        #expect(xml.named("node").compactMap { $0.attributes["id"] }.contains("sector.health/public health"))
    }

    @Test("Characters XML cannot carry become U+FFFD and the document stays well-formed")
    func controlCharacters() throws {
        let output = text(try ExchangeFixture.graph(controlCharacters: true))
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let back = try GraphML.read(Data(output.utf8), file: "fixture.graphml", schema: ExchangeFixture.schema)
        #expect(back.entity("dz.mae")?.note == "tab\there, bell\u{FFFD}, nul-free \u{FFFD} end")
    }

    @Test("Keys are declared for every attribute, node ids are entity ids and edge ids are e<index>")
    func structure() throws {
        let graph = try ExchangeFixture.graph()
        let xml = XMLElements(text(graph))
        let nodeKeys = xml.named("key").filter { $0.attributes["for"] == "node" }.compactMap { $0.attributes["attr.name"] }
        #expect(nodeKeys == [
            "type", "name_fr", "name_en", "name_ar", "aliases", "acronyms", "dates", "sources", "note",
            "prop_count", "prop_iso3", "prop_kind", "prop_parent", "prop_un_member",
        ])
        let edgeKeys = xml.named("key").filter { $0.attributes["for"] == "edge" }.compactMap { $0.attributes["attr.name"] }
        #expect(edgeKeys == ["relation", "dates", "sources", "note", "prop_area", "prop_role", "prop_sectors", "prop_under"])
        let types = Dictionary(uniqueKeysWithValues: xml.named("key").compactMap { key in
            key.attributes["attr.name"].map { ("\(key.attributes["for"] ?? "").\($0)", key.attributes["attr.type"] ?? "") }
        })
        #expect(types["node.prop_count"] == "long" && types["node.prop_un_member"] == "boolean")
        #expect(xml.named("node").compactMap { $0.attributes["id"] } == graph.entityIndices.map { graph.entity(at: $0).id.rawValue }.sorted())
        #expect(xml.named("edge").compactMap { $0.attributes["id"] } == graph.relationIndices.map { "e\($0)" })
    }

    @Test("The bytes do not depend on the order entities were added in")
    func deterministic() throws {
        #expect(text(try ExchangeFixture.graph()) == text(try ExchangeFixture.graph(reversed: true)))
    }

    @Test("A broken document is refused with its line")
    func malformed() {
        let broken = "<?xml version=\"1.0\"?>\n<graphml>\n<graph>\n<node id=\"a\">\n</graph>"
        #expect {
            _ = try GraphML.read(Data(broken.utf8), file: "broken.graphml", schema: ExchangeFixture.schema)
        } throws: { error in
            "\(error)".hasPrefix("broken.graphml:5:") || "\(error)".hasPrefix("broken.graphml:4:")
        }
        let untyped = "<graphml><graph><node id=\"a\"/></graph></graphml>"
        #expect {
            _ = try GraphML.read(Data(untyped.utf8), file: "untyped.graphml", schema: ExchangeFixture.schema)
        } throws: { error in
            "\(error)".contains("node 'a': no 'type' attribute")
        }
    }
}
