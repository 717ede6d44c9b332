import CoopBrief
import CoopModel
import Foundation
import Testing

/// The HTML page is well-formed XHTML with the inline SVG, the tables and their citations.
@Suite struct HTMLWriterTests {
    @Test func parsesAsXMLWithInlineSVGTablesAndCitations() throws {
        let html = HTMLWriter.render(try Fixtures.briefing())
        let root = try ParsedXML.parse(Data(html.utf8))
        #expect(root.name == "html")
        #expect(root.attributes["lang"] == "fr")
        #expect(root.attributes["dir"] == "ltr")
        // The SVG is inline, inside the figure, without its prolog or DOCTYPE.
        let figure = try #require(root.all("figure").first)
        #expect(figure.all("svg").count == 1)
        #expect(!html.contains("<?xml"))
        #expect(!html.contains("<!DOCTYPE svg"))
        #expect(html.contains("<svg width=\"275pt\""))

        let tables = root.all("table")
        #expect(tables.map { $0.all("tbody").first?.all("tr").count ?? -1 } == [3, 2, 2])
        let partnerCells = tables[0].all("tbody")[0].all("tr")[1].all("td").map(\.allText)
        #expect(partnerCells == ["Sécurité <& civile>", "Ministère français de l'Intérieur", "Accord", "2007-12", "[2] [3]"])
        let agreementNames = tables[1].all("tbody")[0].all("tr").map { $0.all("td")[1].allText }
        #expect(agreementNames == ["Accord de sécurité", "Convention | santé"])

        // Every link in a sources cell points at an item of the source list.
        let anchors = Set(root.all("li").compactMap { $0.attributes["id"] })
        #expect(anchors == Set((1...8).map { "source-\($0)" }))
        for row in tables.flatMap({ $0.all("tbody")[0].all("tr") }) {
            let links = row.all("a").compactMap { $0.attributes["href"] }
            #expect(!links.isEmpty)
            #expect(links.allSatisfy { anchors.contains(String($0.dropFirst())) })
        }
        #expect(root.all("li")[0].allText == "seed.txt, ligne 7")
    }

    @Test func isPrintFriendly() throws {
        let html = HTMLWriter.render(try Fixtures.briefing())
        let style = try #require(try ParsedXML.parse(Data(html.utf8)).all("style").first?.allText)
        #expect(style.contains("@media print"))
        #expect(style.contains("table.kept, figure, tr { page-break-inside: avoid"))
        let root = try ParsedXML.parse(Data(html.utf8))
        #expect(root.all("table").allSatisfy { $0.attributes["class"] == "kept" })
        let long = (1...30).map {
            TimelineItem(date: PartialDate(year: 1990 + $0)!, event: "fact \($0)", sources: [Fixtures.source($0)])
        }
        let briefing = try Briefing(
            title: "T", subtitle: "S", date: Fixtures.day, language: .en, diagram: nil, partnersBySector: [],
            agreements: [], timeline: long)
        let longTable = try #require(try ParsedXML.parse(Data(HTMLWriter.render(briefing).utf8)).all("table").first)
        #expect(longTable.attributes["class"] == nil)
        #expect(style.contains("display: table-header-group"))
    }

    @Test func arabicSetsRightToLeft() throws {
        let root = try ParsedXML.parse(Data(HTMLWriter.render(try Fixtures.briefing(language: .ar)).utf8))
        #expect(root.attributes["dir"] == "rtl")
        #expect(root.attributes["lang"] == "ar")
        #expect(root.attributes["xml:lang"] == "ar")
        #expect(root.all("th").first?.allText == "القطاع")
    }

    @Test func sameBriefingSameBytesOnDisk() throws {
        let folder = try Fixtures.temporaryFolder()
        try Fixtures.briefing().write(to: folder.appendingPathComponent("a.html"))
        try Fixtures.briefing().write(to: folder.appendingPathComponent("b.html"))
        let first = try Data(contentsOf: folder.appendingPathComponent("a.html"))
        #expect(first == (try Data(contentsOf: folder.appendingPathComponent("b.html"))))
        #expect(String(decoding: first, as: UTF8.self) == HTMLWriter.render(try Fixtures.briefing()))
    }

    @Test func refusesAnUnknownExtension() throws {
        let url = try Fixtures.temporaryFolder().appendingPathComponent("note.pdf")
        #expect(throws: BriefError.unsupportedFormat(path: url.path)) { try Fixtures.briefing().write(to: url) }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }
}
