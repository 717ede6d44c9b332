import CoopExchange
import CoopModel
import Foundation
import Testing

@Suite("GEXF")
struct GEXFTests {
    private func document() throws -> XMLElements {
        var output = ""
        GEXF.write(try ExchangeFixture.graph(), to: &output)
        return XMLElements(output)
    }

    @Test("The graph is dynamic with date times, in the GEXF 1.3 namespace")
    func header() throws {
        let xml = try document()
        #expect(xml.wellFormed)
        let root = try #require(xml.named("gexf").first)
        #expect(root.attributes["xmlns"] == "http://gexf.net/1.3" && root.attributes["version"] == "1.3")
        let graph = try #require(xml.named("graph").first)
        #expect(graph.attributes["mode"] == "dynamic" && graph.attributes["timeformat"] == "date")
    }

    @Test(
        "Nodes start on the first day their dates may denote and end on the last",
        arguments: [
            // In force 2009 wins over signed 2004; an agreement stays open.
            ("agr.dz-fr.2004.road", "2009-01-01", nil),
            // An event held in May 2008 spans the month.
            ("evt.2008-05.session", "2008-05-01", "2008-05-31"),
            // An event with an end date ends on it.
            ("evt.2008-05-15.visit", "2008-05-15", "2008-05-16"),
            // Undated: always present.
            ("DZ", nil, nil),
        ] as [(String, String?, String?)])
    func nodeSpells(id: String, start: String?, end: String?) throws {
        let node = try #require(try document().named("node").first { $0.attributes["id"] == id })
        #expect(node.attributes["start"] == start)
        #expect(node.attributes["end"] == end)
    }

    @Test("Edges carry their period: started 2009 until 2012; a participation in an event ends with it")
    func edgeSpells() throws {
        let edges = try document().named("edge")
        let cooperation = try #require(edges.first { $0.attributes["id"] == "e3" })
        #expect(cooperation.attributes["start"] == "2009-01-01" && cooperation.attributes["end"] == "2012-12-31")
        let visit = try #require(edges.first { $0.attributes["id"] == "e5" })
        #expect(visit.attributes["start"] == "2008-05-15" && visit.attributes["end"] == "2008-05-15")
        #expect(edges.first { $0.attributes["id"] == "e4" }?.attributes["start"] == nil)
    }

    @Test("Every attribute value refers to a declared attribute")
    func declaredAttributes() throws {
        let xml = try document()
        let declared = Set(xml.named("attribute").compactMap { $0.attributes["id"] })
        let used = Set(xml.named("attvalue").compactMap { $0.attributes["for"] })
        #expect(!used.isEmpty && used.isSubset(of: declared))
    }
}
