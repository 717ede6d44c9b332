import CoopBrief
import CoopModel
import Foundation
import Testing

/// The Markdown file has the tables, cites every row, and links images written beside it.
@Suite struct MarkdownWriterTests {
    /// The table rows under the `## title` heading, split into cells on unescaped pipes.
    static func table(_ markdown: String, under title: String) -> [[String]] {
        let lines = markdown.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "## \(title)") else { return [] }
        return lines[(start + 1)...].drop { $0.isEmpty }.prefix { $0.hasPrefix("|") }.map { line in
            var cells: [String] = []
            var cell = ""
            var escaped = false
            for character in line.dropFirst() {
                if escaped {
                    cell.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "|" {
                    cells.append(cell.trimmingCharacters(in: .whitespaces))
                    cell = ""
                } else {
                    cell.append(character)
                }
            }
            return cells
        }
    }

    @Test func writesTablesWithCitationsAndImagesBesideTheFile() throws {
        let folder = try Fixtures.temporaryFolder()
        let url = folder.appendingPathComponent("miclat.md")
        try Fixtures.briefing().write(to: url)
        let markdown = try String(contentsOf: url, encoding: .utf8)
        let images = try Fixtures.images()
        #expect(try Data(contentsOf: folder.appendingPathComponent("miclat-diagram.svg")) == images.svg)
        #expect(try Data(contentsOf: folder.appendingPathComponent("miclat-diagram.png")) == images.png)
        #expect(markdown.contains("](miclat-diagram.svg)"))
        #expect(markdown.contains("[PNG](miclat-diagram.png)"))
        // Nothing else is left in the folder: no temporary files.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            == ["miclat-diagram.png", "miclat-diagram.svg", "miclat.md"])

        let partners = Self.table(markdown, under: "Partenaires par secteur")
        #expect(partners.count == 5)  // header, separator, three sectors
        #expect(partners[0] == ["Secteur", "Partenaires", "Cadre", "Période", "Sources"])
        #expect(partners[2] == ["Santé", "Égypte; France", "Accord", "", "[1](#source-1)"])
        #expect(partners[3][0] == "Sécurité <& civile>")
        #expect(partners[4][4] == "[4](#source-4) [5](#source-5) [6](#source-6)")

        let agreements = Self.table(markdown, under: "Accords")
        #expect(agreements.count == 4)
        #expect(agreements[2][0] == "2007-12")
        #expect(agreements[3][0] == "non daté")
        #expect(agreements[3][1] == "Convention | santé")  // the pipe is escaped, so the row keeps 5 cells
        #expect(agreements.allSatisfy { $0.count == 5 })

        let timeline = Self.table(markdown, under: "Chronologie")
        #expect(timeline.dropFirst(2).map { $0[0] } == ["2007-12", "2014-04-01"])

        // Every citation number used in a table has its anchor in the source list.
        for number in 1...8 {
            #expect(markdown.contains("\(number). <a id=\"source-\(number)\"></a>seed.txt, ligne "))
        }
        #expect(!markdown.contains("9. <a id"))
    }

    @Test func sameBriefingSameBytes() throws {
        let folder = try Fixtures.temporaryFolder()
        let first = folder.appendingPathComponent("a.md")
        let second = folder.appendingPathComponent("b.md")
        try Fixtures.briefing().write(to: first)
        try Fixtures.briefing().write(to: second)
        let text = { (url: URL) in try String(contentsOf: url, encoding: .utf8) }
        #expect(try text(first).replacingOccurrences(of: "a-diagram", with: "b-diagram") == text(second))
        #expect(MarkdownWriter.render(try Fixtures.briefing(), imageBaseName: "x")
            == MarkdownWriter.render(try Fixtures.briefing(), imageBaseName: "x"))
    }

    @Test func arabicIsWrappedRightToLeft() throws {
        let markdown = MarkdownWriter.render(try Fixtures.briefing(language: .ar), imageBaseName: "x")
        #expect(markdown.hasPrefix("<div dir=\"rtl\" lang=\"ar\">\n\n# مذكرة إحاطة"))
        #expect(markdown.hasSuffix("</div>\n"))
        #expect(Self.table(markdown, under: "الاتفاقات")[0] == ["التاريخ", "الاتفاق", "الأطراف", "القطاعات", "المصادر"])
    }

    @Test func imageLinksSurviveSpacesInTheName() throws {
        let markdown = MarkdownWriter.render(try Fixtures.briefing(), imageBaseName: "note (v2)")
        #expect(markdown.contains("](note%20%28v2%29-diagram.svg)"))
    }

    @Test func emptySectionsSaySo() throws {
        let briefing = try Fixtures.briefing(diagram: false)
        let empty = try Briefing(
            title: briefing.title, subtitle: briefing.subtitle, date: briefing.date, language: .en, diagram: nil,
            partnersBySector: [], agreements: [], timeline: [])
        let markdown = MarkdownWriter.render(empty, imageBaseName: "x")
        #expect(markdown.components(separatedBy: "Nothing to report.").count == 5)  // three tables and the sources
        #expect(!markdown.contains("diagram.svg"))
    }
}
