import CoopDiagram
import CoopModel
import Testing

/// What each kind of selection keeps from the shipped knowledge base.
@Suite struct SelectionTests {
    let graph = Fixtures.base.graph

    func ids(_ subgraph: Subgraph) -> Set<String> {
        Set(subgraph.entities.map { graph.entity(at: $0).id.rawValue })
    }

    @Test func egoNetworkStopsAtVocabularyNodes() throws {
        let subgraph = try Selection(scope: .ego("dz.dgpc", depth: 2)).apply(to: graph)
        let kept = ids(subgraph)
        #expect(kept.contains("evt.2003.ir.bam-earthquake") && kept.contains("place.ir.bam") && kept.contains("DZ"))
        // fr.anru is two steps away only through the country DZ, which is not crossed.
        #expect(!kept.contains("fr.anru"))
        #expect(subgraph.anchors == [try #require(graph.index(of: "dz.dgpc"))])
        for relation in subgraph.relations {
            #expect(kept.contains(graph.entity(at: graph.source(of: relation)).id.rawValue))
            #expect(kept.contains(graph.entity(at: graph.target(of: relation)).id.rawValue))
        }
    }

    @Test func pairKeepsWhatLinksTheTwoSides() throws {
        let kept = ids(try Selection(scope: .pair("DZ", "FR")).apply(to: graph))
        #expect(kept.isSuperset(of: ["DZ", "FR", "agr.dz-fr.2007-12.partenariat", "fr.anru", "dz.meat", "dz.miclat"]))
        #expect(!kept.contains("agr.dz-it.miclat-security") && !kept.contains("IT") && !kept.contains("evt.2003.ir.bam-earthquake"))
    }

    @Test func timeFilterUsesCoopModelsDefinition() throws {
        let view = try Fixtures.view("04-dgpc-interventions")
        var selection = view.selection
        selection.time = TimeFilter(asOf: try PartialDate(parsing: "2010"))
        let kept = ids(try selection.apply(to: graph))
        #expect(kept.contains("evt.2003.fr.forest-fires"))
        #expect(!kept.contains("evt.2023-09.ly.floods"))
        selection.time = TimeFilter(since: try PartialDate(parsing: "2020"))
        let recent = ids(try selection.apply(to: graph))
        #expect(recent.contains("evt.2023-09.ly.floods") && !recent.contains("evt.2003.fr.forest-fires"))
    }

    @Test func membersAreTheAgenciesOfBothCountriesWithTheirPartners() throws {
        let kept = ids(try Fixtures.view("05-agencies").selection.apply(to: graph))
        for agency in ["dz.dgpc", "dz.dnrm", "fr.anru", "fr.datar", "fr.odi"] { #expect(kept.contains(agency)) }
        #expect(kept.contains("evt.2014-06-04.anru-oran"))
        #expect(!kept.contains("IT"))
    }

    @Test func areaGroupsDrawAPartnerOncePerArea() throws {
        let dot = String(decoding: try Fixtures.render("03-miclat-partners", .dot), as: UTF8.self)
        #expect(dot.contains("\"QA@securite-et-lutte-contre-le-crime-organise\""))
        #expect(dot.contains("\"QA@modernisation-et-numerisation-de-l-administration\""))
        #expect(dot.components(separatedBy: "subgraph \"cluster_area-").count - 1 == 3)
    }

    @Test func unknownNamesAreRefusedWithCandidates() {
        #expect(throws: DiagramError.self) { try EntityResolver.resolve("Nowhere Agency", in: graph) }
        do {
            _ = try EntityResolver.resolve("Protection", in: graph)
            Issue.record("an unknown name resolved")
        } catch {
            #expect(error.description.contains("dz.dgpc"))
        }
        #expect((try? EntityResolver.resolve("MICLAT", in: graph)).map { graph.entity(at: $0).id } == "dz.miclat")
    }
}
