import CoopBrief
import CoopModel
import Foundation
import Testing
import ZIPFoundation

/// The .docx unzips into the required parts; its XML has the tables, the citations and the
/// embedded PNG laid out at 200 dpi.
@Suite struct DOCXWriterTests {
    /// The package's entries, in archive order, with their bytes.
    static func unzip(_ data: Data) throws -> [(path: String, data: Data)] {
        let archive = try Archive(data: data, accessMode: .read)
        return try archive.map { entry in
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            return (entry.path, bytes)
        }
    }

    static func part(_ name: String, of entries: [(path: String, data: Data)]) throws -> Data {
        try require(entries.first { $0.path == name }?.data, name)
    }

    @Test func hasTheRequiredPartsInAFixedOrder() throws {
        let entries = try Self.unzip(try DOCXWriter.render(try Fixtures.briefing()))
        #expect(entries.map(\.path) == [
            "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
            "word/_rels/document.xml.rels", "word/media/diagram.png",
        ])
        for entry in entries where entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels") {
            _ = try ParsedXML.parse(entry.data)
        }
        let types = try ParsedXML.parse(try Self.part("[Content_Types].xml", of: entries))
        #expect(types.all("Default").contains { $0.attributes["Extension"] == "png" && $0.attributes["ContentType"] == "image/png" })
        #expect(Set(types.all("Override").compactMap { $0.attributes["PartName"] }) == ["/word/document.xml", "/word/styles.xml"])
        let rels = try ParsedXML.parse(try Self.part("_rels/.rels", of: entries))
        #expect(rels.all("Relationship").first?.attributes["Target"] == "word/document.xml")
    }

    @Test func tablesHaveHeaderRowsAndCitedRows() throws {
        let entries = try Self.unzip(try DOCXWriter.render(try Fixtures.briefing()))
        let document = try ParsedXML.parse(try Self.part("word/document.xml", of: entries))
        let tables = document.all("w:tbl")
        #expect(tables.map { $0.all("w:tr").count } == [4, 3, 3])
        for table in tables {
            let rows = table.all("w:tr")
            #expect(rows[0].all("w:tblHeader").count == 1)
            #expect(rows.dropFirst().allSatisfy { $0.all("w:tblHeader").isEmpty })
            #expect(rows.allSatisfy { $0.all("w:tc").count == table.all("w:gridCol").count })
            // Every body row ends with at least one citation number.
            for row in rows.dropFirst() {
                let cited = try require(row.all("w:tc").last).allText
                #expect(cited.range(of: #"^\[\d+\]( \[\d+\])*$"#, options: .regularExpression) != nil)
            }
        }
        let cells = tables[1].all("w:tr")[1].all("w:tc").map(\.allText)
        #expect(cells == [
            "2007-12", "Accord de sécurité", "Ministère de l'Intérieur (MICLAT); Ministère français de l'Intérieur",
            "Sécurité <& civile>", "[2] [3] [7]",
        ])
        #expect(tables[0].all("w:tr")[0].all("w:tc").map(\.allText) == ["Secteur", "Partenaires", "Cadre", "Période", "Sources"])
        let paragraphs = document.all("w:p").map(\.allText)
        #expect(paragraphs.contains("[7] seed.txt, ligne 10"))
        #expect(paragraphs.contains("Chronologie"))
        let headings = document.all("w:p").filter { $0.all("w:pStyle").first?.attributes["w:val"] == "Heading1" }
        #expect(headings.map(\.allText) == ["Schéma de coopération", "Partenaires par secteur", "Accords", "Chronologie", "Sources"])
    }

    @Test func embedsThePNGAt200DPI() throws {
        let briefing = try Fixtures.briefing()
        let entries = try Self.unzip(try DOCXWriter.render(briefing))
        let png = try Self.part("word/media/diagram.png", of: entries)
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png == (try Fixtures.images().png))
        // Oracle: the fixture is 763 × 272 px (see Fixtures/diagram.dot); 200 px make an inch of 914400 EMU.
        let document = try ParsedXML.parse(try Self.part("word/document.xml", of: entries))
        let extent = try require(document.all("wp:extent").first)
        #expect(extent.attributes["cx"] == String(763 * 914_400 / 200))
        #expect(extent.attributes["cy"] == String(272 * 914_400 / 200))
        let blip = try require(document.all("a:blip").first?.attributes["r:embed"])
        let rels = try ParsedXML.parse(try Self.part("word/_rels/document.xml.rels", of: entries))
        #expect(rels.all("Relationship").first { $0.attributes["Id"] == blip }?.attributes["Target"] == "media/diagram.png")
    }

    @Test func shrinksADiagramWiderThanThePage() throws {
        // A PNG header of 4000 × 1000 px: 20 in at 200 dpi, wider than A4's text frame.
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        png += Data("IHDR".utf8) + Data([0, 0, 0x0F, 0xA0, 0, 0, 0x03, 0xE8, 8, 6, 0, 0, 0])
        let graph = try Fixtures.graph()
        let content = BriefingContent(diagram: DiagramImages(svg: try Fixtures.images().svg, png: png))
        let briefing = try Briefing.assemble(
            subject: .entity(0), content: content, graph: graph, language: .en, date: Fixtures.day)
        let entries = try Self.unzip(try DOCXWriter.render(briefing))
        let extent = try require(try ParsedXML.parse(try Self.part("word/document.xml", of: entries)).all("wp:extent").first)
        let cx = try require(Int(extent.attributes["cx"] ?? ""))
        let cy = try require(Int(extent.attributes["cy"] ?? ""))
        let textWidth = (11_906 - 2 * 1_134) * 635  // A4 less 2 cm margins, twips to EMU
        #expect(cx == textWidth)
        #expect(abs(cx - 4 * cy) <= 4)
    }

    @Test func arabicIsRightToLeft() throws {
        let entries = try Self.unzip(try DOCXWriter.render(try Fixtures.briefing(language: .ar)))
        let document = try ParsedXML.parse(try Self.part("word/document.xml", of: entries))
        let paragraphs = document.all("w:p")
        #expect(paragraphs.allSatisfy { !$0.all("w:bidi").isEmpty })
        #expect(document.all("w:r").filter { !$0.all("w:t").isEmpty }.allSatisfy { !$0.all("w:rtl").isEmpty })
        #expect(document.all("w:tbl").allSatisfy { !$0.all("w:bidiVisual").isEmpty })
        #expect(document.all("w:sectPr").first?.all("w:bidi").count == 1)
        // File names stay whole in right-to-left text, and lists use the Arabic semicolon.
        #expect(paragraphs.contains { $0.allText == "[7] \u{200E}seed.txt\u{200E}, السطر 10" })
        let parties = document.all("w:tbl")[1].all("w:tr")[2].all("w:tc")[2].allText
        #expect(parties == "فرنسا؛ مصر؛ وزارة الداخلية (MICLAT)")
        let styles = try ParsedXML.parse(try Self.part("word/styles.xml", of: entries))
        #expect(styles.all("w:lang").first?.attributes["w:val"] == "ar-DZ")

        let french = try Self.unzip(try DOCXWriter.render(try Fixtures.briefing()))
        let frenchDocument = try ParsedXML.parse(try Self.part("word/document.xml", of: french))
        #expect(frenchDocument.all("w:bidi").isEmpty)
        #expect(frenchDocument.all("w:rtl").isEmpty)
    }

    @Test func sameBriefingSameBytes() throws {
        let folder = try Fixtures.temporaryFolder()
        try Fixtures.briefing().write(to: folder.appendingPathComponent("a.docx"))
        try Fixtures.briefing().write(to: folder.appendingPathComponent("b.docx"))
        let first = try Data(contentsOf: folder.appendingPathComponent("a.docx"))
        #expect(first == (try Data(contentsOf: folder.appendingPathComponent("b.docx"))))
        #expect(first == (try DOCXWriter.render(try Fixtures.briefing())))
    }

    @Test func keepsShortTablesTogetherAndLetsLongOnesBreak() throws {
        func keepNextRows(_ briefing: Briefing) throws -> [[Bool]] {
            let entries = try Self.unzip(try DOCXWriter.render(briefing))
            let document = try ParsedXML.parse(try Self.part("word/document.xml", of: entries))
            return document.all("w:tbl").map { table in
                table.all("w:tr").map { row in row.all("w:p").allSatisfy { !$0.all("w:keepNext").isEmpty } }
            }
        }
        // Short tables: every row keeps with the next but the last.
        for rows in try keepNextRows(try Fixtures.briefing()) {
            #expect(rows == Array(repeating: true, count: rows.count - 1) + [false])
        }
        // A 30-row timeline: only the header keeps with the first row.
        let long = (1...30).map {
            TimelineItem(date: PartialDate(year: 1990 + $0)!, event: "fact \($0)", sources: [Fixtures.source($0)])
        }
        let briefing = try Briefing(
            title: "T", subtitle: "S", date: Fixtures.day, language: .en, diagram: nil, partnersBySector: [],
            agreements: [], timeline: long)
        let rows = try #require(try keepNextRows(briefing).first)
        #expect(rows == [true] + Array(repeating: false, count: 30))
    }

    @Test func leavesNoDiagramPartWithoutADiagram() throws {
        let entries = try Self.unzip(try DOCXWriter.render(try Fixtures.briefing(diagram: false)))
        #expect(!entries.contains { $0.path.hasPrefix("word/media/") })
        let rels = try ParsedXML.parse(try Self.part("word/_rels/document.xml.rels", of: entries))
        #expect(rels.all("Relationship").count == 1)
    }
}
