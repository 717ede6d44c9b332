import CoopBrief
import CoopModel
import Foundation
import Testing

/// The assembly names, groups, sorts and cites the facts it is given.
@Suite struct AssemblyTests {
    @Test func groupsPartnersBySectorWithUnstatedLast() throws {
        let briefing = try Fixtures.briefing()
        let rows = briefing.partnersBySector
        #expect(rows.map(\.sector) == ["Santé", "Sécurité <& civile>", "Secteur non précisé"])
        #expect(rows[0].partners == ["Égypte", "France"])  // reading order ignores the accent
        #expect(rows[0].links == ["Accord"])
        #expect(rows[0].period == "")
        #expect(rows[1].partners == ["Ministère français de l'Intérieur"])
        #expect(rows[1].period == "2007-12")
        #expect(rows[2].links == ["Coopération directe", "Événement"])
        #expect(rows[2].period == "2014-04-01")
        #expect(rows[2].sources == [8, 12, 13].map(Fixtures.source))
    }

    @Test func sortsAgreementsByDateUndatedLastAndCitesTheirLinks() throws {
        let briefing = try Fixtures.briefing()
        #expect(briefing.agreements.map(\.name) == ["Accord de sécurité", "Convention | santé"])
        #expect(briefing.agreements[0].date == PartialDate(year: 2007, month: 12))
        #expect(briefing.agreements[1].date == nil)
        #expect(briefing.agreements[0].parties == ["Ministère de l'Intérieur (MICLAT)", "Ministère français de l'Intérieur"])
        #expect(briefing.agreements[1].parties == ["Égypte", "France", "Ministère de l'Intérieur (MICLAT)"])
        // The covers relation (line 10) is cited, not only the agreement itself (line 6).
        #expect(briefing.agreements[0].sources == [6, 9, 10].map(Fixtures.source))
    }

    @Test func timelineIsDatedAndOrdered() throws {
        let briefing = try Fixtures.briefing()
        #expect(briefing.timeline.map(\.date.description) == ["2007-12", "2014-04-01"])
        #expect(briefing.timeline.map(\.event) == ["Accord de sécurité — signé", "Session mixte — tenu"])
    }

    @Test func numbersSourcesInOrderOfFirstCitation() throws {
        let briefing = try Fixtures.briefing()
        #expect(briefing.citations.map(\.number) == Array(1...8))
        #expect(briefing.citations.map(\.source.line) == [7, 6, 9, 8, 12, 13, 10, 11])
        for row in briefing.agreements {
            let numbers = briefing.citationNumbers(row.sources)
            #expect(numbers.count == row.sources.count)
            #expect(numbers.map { briefing.citations[$0 - 1].source }.sorted() == row.sources)
        }
    }

    @Test func refusesARowWithoutSources() throws {
        #expect(throws: BriefError.uncitedRow(section: "agreements", row: "X")) {
            try Briefing(
                title: "T", subtitle: "S", date: Fixtures.day, language: .fr, diagram: nil, partnersBySector: [],
                agreements: [AgreementEntry(date: nil, name: "X", parties: [], sectors: [], sources: [])], timeline: [])
        }
    }

    @Test func refusesIndicesTheGraphDoesNotHave() throws {
        let graph = try Fixtures.graph()
        let content = BriefingContent(timeline: [
            TimelineFact(date: Fixtures.day, role: .held, subject: graph.entityCount + 3, sources: [Fixtures.source(1)])
        ])
        #expect(throws: BriefError.unknownIndex(kind: "entity", index: graph.entityCount + 3, count: graph.entityCount)) {
            try Briefing.assemble(subject: .entity(0), content: content, graph: graph, language: .fr, date: Fixtures.day)
        }
    }

    @Test func refusesADiagramThatIsNotAPNG() throws {
        let images = try Fixtures.images()
        #expect(throws: BriefError.self) {
            try BriefingDiagram(svg: images.svg, png: images.svg, altText: "x")
        }
        #expect(throws: BriefError.self) {
            try BriefingDiagram(svg: Data("<html/>".utf8), png: images.png, altText: "x")
        }
    }

    @Test func namesEverythingInArabic() throws {
        let briefing = try Fixtures.briefing(language: .ar)
        #expect(briefing.title == "وزارة الداخلية (MICLAT)")
        #expect(briefing.subtitle == "وزارة · dz.miclat")
        #expect(briefing.partnersBySector.map(\.sector) == ["الأمن", "الصحة", "قطاع غير محدد"])
        #expect(briefing.diagram?.altText == "مخطط شبكة تعاون وزارة الداخلية (MICLAT)")
        #expect(briefing.isRightToLeft)
    }

    @Test func titlesAViewByItsGivenTitle() throws {
        let graph = try Fixtures.graph()
        let briefing = try Briefing.assemble(
            subject: .view(name: "security", title: "Coopération de sécurité"), content: BriefingContent(), graph: graph,
            language: .fr, date: Fixtures.day)
        #expect(briefing.title == "Coopération de sécurité")
        #expect(briefing.citations.isEmpty)
    }
}
