import CoopModel
import CoopQuery
import Foundation
import Testing
import ZIPFoundation

/// `coopgraph brief` on the shipped knowledge base, checked against CoopQuery's answers.
@Suite struct BriefCommandTests {
    /// The shipped knowledge base, loaded in-process as the oracle.
    static let base: KnowledgeBase? = try? KnowledgeBase.load(directory: CLI.data)

    /// Runs `brief arguments… -o folder/name` and returns the output file.
    private static func brief(_ arguments: [String], name: String, in folder: URL) throws -> URL {
        let output = folder.appendingPathComponent(name)
        let result = try CLI.run(["brief"] + arguments + ["-o", output.path, "--date", "2026-01-01"])
        #expect(result.status == 0, "\(result.stderr)")
        return output
    }

    /// The rows of the Markdown table under `## title`, as cells (the citation cell last).
    private static func tableRows(_ markdown: String, section title: String) -> [[String]] {
        let lines = markdown.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "## \(title)") else { return [] }
        var rows: [[String]] = []
        for line in lines[(start + 1)...] {
            if line.hasPrefix("## ") { break }
            guard line.hasPrefix("| "), !line.hasPrefix("| --- |") else { continue }
            rows.append(line.dropFirst(2).dropLast(2).components(separatedBy: " | "))
        }
        return Array(rows.dropFirst())  // the header
    }

    @Test func markdownBriefOfAnEntityHasTheQueryAnswers() throws {
        let base = try #require(Self.base)
        let graph = base.graph
        let miclat = try #require(graph.index(of: EntityID("dz.miclat")))
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Self.brief(["dz.miclat"], name: "miclat.md", in: folder)
        let markdown = try String(contentsOf: url, encoding: .utf8)
        #expect(markdown.contains("2026-01-01"))

        // Oracle: CoopQuery's answers for MICLAT and the bodies under its authority (DGPC, DNRM).
        let answer = partners(PartnersQuery(entity: miclat, includeSubordinates: true), in: graph)
        let links = answer.links
        #expect(answer.members.count > 1)
        // One partners row per sector of the links (plus one for links without a sector).
        let sectors = Set(links.flatMap { $0.sectors(in: graph).map(Optional.some) + ($0.sectors(in: graph).isEmpty ? [nil] : []) })
        let partnerRows = Self.tableRows(markdown, section: "Partenaires par secteur")
        #expect(!links.isEmpty)
        #expect(partnerRows.count == sectors.count)

        // One agreements row per agreement a member is party to, dated by its signature (or "non daté").
        let expected = Set(answer.members.flatMap { agreements(AgreementsQuery(parties: [$0]), in: graph).rows.map(\.agreement) })
        let agreementRows = Self.tableRows(markdown, section: "Accords")
        #expect(!expected.isEmpty)
        #expect(agreementRows.count == expected.count)
        let expectedDates = expected.map { agreement in
            let entity = graph.entity(at: agreement)
            return (entity.date(.signed) ?? entity.dates.map(\.date).min())?.description ?? "non daté"
        }
        #expect(agreementRows.map { $0[0] }.sorted() == expectedDates.sorted())

        // One timeline row per distinct (date, role, subject) of the members' timelines, with its date.
        let entries = answer.members.flatMap { timeline(of: $0, in: graph).entries }
        let distinct = Set(entries.map { "\($0.date)|\($0.role)|\($0.subject)" })
        #expect(!distinct.isEmpty)
        let timelineRows = Self.tableRows(markdown, section: "Chronologie")
        #expect(timelineRows.count == distinct.count)
        #expect(timelineRows.map { $0[0] }.sorted() == distinct.map { String($0.prefix { $0 != "|" }) }.sorted())
        #expect(timelineRows.map { $0[0] } == timelineRows.map { $0[0] }.sorted(), "the timeline is in date order")

        // Every row cites a numbered source listed at the end.
        let listed = markdown.components(separatedBy: "\n").filter { $0.contains("<a id=\"source-") }.count
        #expect(listed > 0)
        for row in partnerRows + agreementRows + timelineRows {
            let cited = try #require(row.last)
            #expect(cited.hasPrefix("[") && cited.contains("](#source-"), "uncited row \(row)")
        }

        // The diagram files beside it: an SVG and a PNG drawn at 200 dpi (pixels = points × 200 / 72).
        let svg = try String(contentsOf: folder.appendingPathComponent("miclat-diagram.svg"), encoding: .utf8)
        let png = try Data(contentsOf: folder.appendingPathComponent("miclat-diagram.png"))
        let points = try #require(Self.svgWidthPoints(svg))
        let pixels = try #require(Self.pngWidth(png))
        #expect(abs(Double(pixels) - points * 200 / 72) <= 3, "PNG \(pixels) px for an SVG of \(points) pt")
        // The drawing shows MICLAT and its partners.
        #expect(svg.contains("<title>dz.miclat</title>"))
        for partner in Set(links.map(\.partner)) {
            #expect(svg.contains("<title>\(graph.entity(at: partner).id.rawValue.replacingOccurrences(of: "-", with: "&#45;"))</title>"))
        }
    }

    @Test func htmlBriefParsesAndInlinesTheSVG() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Self.brief(["dz.miclat"], name: "miclat.html", in: folder)
        let data = try Data(contentsOf: url)
        let tree = try ElementCounter.parse(data)
        #expect(tree.names.first == "html")
        #expect(tree.count("svg") == 1)
        #expect(tree.count("table") == 3)
        #expect(tree.count("tr") > 10)
        #expect(String(decoding: data, as: UTF8.self).contains("<svg"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["miclat.html"])
    }

    @Test func docxBriefEmbedsA200DPIDrawing() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Self.brief(["dz.miclat"], name: "miclat.docx", in: folder)
        let archive = try Archive(url: url, accessMode: .read)
        let media = archive.filter { $0.path.hasPrefix("word/media/") && $0.path.hasSuffix(".png") }
        #expect(media.count == 1)
        var png = Data()
        _ = try archive.extract(try #require(media.first)) { png.append($0) }
        var document = Data()
        _ = try archive.extract(try #require(archive["word/document.xml"])) { document.append($0) }
        let text = String(decoding: document, as: UTF8.self)
        #expect(text.contains("Accords") && text.contains("Chronologie"))
        // Independent check of the resolution: the same diagram as SVG, in points.
        let markdown = try Self.brief(["dz.miclat"], name: "same.md", in: folder)
        let svg = try String(contentsOf: markdown.deletingLastPathComponent().appendingPathComponent("same-diagram.svg"), encoding: .utf8)
        let points = try #require(Self.svgWidthPoints(svg))
        let pixels = try #require(Self.pngWidth(png))
        #expect(abs(Double(pixels) - points * 200 / 72) <= 3)
    }

    @Test func briefOfAViewUsesItsSelection() throws {
        let base = try #require(Self.base)
        let graph = base.graph
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Self.brief(["04-dgpc-interventions"], name: "view.md", in: folder)
        let markdown = try String(contentsOf: url, encoding: .utf8)
        #expect(markdown.contains("Interventions internationales de la Protection civile algérienne"))
        // Oracle: the DGPC's interventions are dated events; each appears in the timeline with its date.
        let dgpc = try #require(graph.index(of: EntityID("dz.dgpc")))
        let interventions = graph.outgoing(dgpc).filter { graph.relationType(at: $0) == .intervenedIn }
            .map { graph.target(of: $0) }.filter { !graph.entity(at: $0).dates.isEmpty }
        #expect(!interventions.isEmpty)
        let rows = Self.tableRows(markdown, section: "Chronologie")
        #expect(rows.count >= interventions.count)
        for event in interventions {
            let dates = Set(graph.entity(at: event).dates.map(\.date.description))
            #expect(rows.contains { dates.contains($0[0]) }, "no timeline row for \(graph.entity(at: event).id)")
        }
        let svg = try String(contentsOf: folder.appendingPathComponent("view-diagram.svg"), encoding: .utf8)
        #expect(svg.contains("<title>dz.dgpc</title>"))
        #expect(Self.tableRows(markdown, section: "Accords").isEmpty)
    }

    @Test func unknownSubjectIsRefusedWithSuggestions() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["brief", "dz.miclta", "-o", folder.appendingPathComponent("x.md").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("dz.miclat"))
        #expect(result.stderr.contains("04-dgpc-interventions"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// The `width="…pt"` of an SVG's root element.
    static func svgWidthPoints(_ svg: String) -> Double? {
        guard let root = svg.range(of: "<svg"), let width = svg[root.upperBound...].range(of: "width=\"") else { return nil }
        let digits = svg[width.upperBound...].prefix { $0.isNumber || $0 == "." }
        return Double(digits)
    }

    /// The width in pixels from a PNG's IHDR chunk.
    static func pngWidth(_ png: Data) -> Int? {
        let bytes = [UInt8](png.prefix(24))
        guard bytes.count == 24, bytes[12...15] == [0x49, 0x48, 0x44, 0x52] else { return nil }
        return bytes[16...19].reduce(0) { $0 << 8 | Int($1) }
    }
}
