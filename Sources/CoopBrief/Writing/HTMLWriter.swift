import CoopModel
import Foundation

/// Writes a briefing as one self-contained, print-friendly XHTML page with the diagram inline.
public enum HTMLWriter {
    /// The page: well-formed XML (so it parses as XHTML too), `dir="rtl"` for Arabic.
    public static func render(_ briefing: Briefing) -> String {
        let labels = briefing.labels
        let language = briefing.language.rawValue
        let direction = briefing.isRightToLeft ? "rtl" : "ltr"
        let title = "\(labels.documentKind) — \(briefing.title)"
        var html = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="\(language)" xml:lang="\(language)" dir="\(direction)">
            <head>
            <meta charset="utf-8"/>
            <title>\(XMLText.escape(title))</title>
            <style>
            \(stylesheet)
            </style>
            </head>
            <body>
            <header>
            <p class="kind">\(XMLText.escape(labels.documentKind))</p>
            <h1>\(XMLText.escape(briefing.title))</h1>
            <p class="meta">\(XMLText.escape(briefing.subtitle)) · \(XMLText.escape(labels.preparedOn)) \
            <time datetime="\(briefing.date)">\(briefing.date)</time></p>
            </header>

            """
        if let diagram = briefing.diagram, let svg = InlineSVG.element(of: diagram.svg) {
            html += """
                <section class="diagram">
                <h2>\(XMLText.escape(labels.diagramSection))</h2>
                <figure role="img" aria-label="\(XMLText.escape(diagram.altText))">
                \(svg)
                <figcaption>\(XMLText.escape(diagram.altText))</figcaption>
                </figure>
                </section>

                """
        }
        for table in briefing.tables { html += section(table, labels: labels) }
        html += "<section class=\"sources\">\n<h2>\(XMLText.escape(labels.sourcesSection))</h2>\n"
        if briefing.citations.isEmpty {
            html += "<p>\(XMLText.escape(labels.nothing))</p>\n"
        } else {
            html += "<ol>\n"
            for citation in briefing.citations {
                html += "<li id=\"source-\(citation.number)\">\(XMLText.escape(citation.text(labels)))</li>\n"
            }
            html += "</ol>\n"
        }
        html += "</section>\n</body>\n</html>\n"
        return html
    }

    /// Writes the page to `url` atomically.
    public static func write(_ briefing: Briefing, to url: URL) throws(BriefError) {
        try AtomicFile.write(Data(render(briefing).utf8), to: url, failure: BriefError.writing(url))
    }

    private static func section(_ table: BriefingTable, labels: BriefingLabels) -> String {
        var html = "<section>\n<h2>\(XMLText.escape(table.title))</h2>\n"
        guard !table.rows.isEmpty else { return html + "<p>\(XMLText.escape(labels.nothing))</p>\n</section>\n\n" }
        // A short table is kept whole on a printed page; a long one breaks between rows only.
        let kept = table.rows.count <= keptTogetherRows ? " class=\"kept\"" : ""
        html += "<table\(kept)>\n<thead>\n<tr>"
        for header in table.header { html += "<th scope=\"col\">\(XMLText.escape(header))</th>" }
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>"
            for cell in row.cells { html += "<td>\(XMLText.escape(cell))</td>" }
            let cited = row.citations.map { "<a href=\"#source-\($0)\">[\($0)]</a>" }.joined(separator: " ")
            html += "<td class=\"cite\">\(cited)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n\n"
    }

    /// Tables of at most this many rows are kept on one printed page.
    static let keptTogetherRows = 12

    /// Screen and print styles; rows, short tables and the figure are never split across pages.
    static let stylesheet = """
        body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4;
               max-width: 60em; margin: 2em auto; padding: 0 1em; color: #1a1a1a; }
        header .kind { text-transform: uppercase; letter-spacing: 0.08em; color: #555; margin: 0; }
        h1 { margin: 0.2em 0; font-size: 1.7em; }
        h2 { font-size: 1.25em; border-bottom: 1px solid #b8c4d6; padding-bottom: 0.2em; margin-top: 1.6em; }
        .meta { color: #444; }
        figure { margin: 1em 0; text-align: center; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { font-size: 0.9em; color: #555; }
        table { border-collapse: collapse; width: 100%; font-size: 0.95em; }
        th, td { border: 1px solid #9aa7ba; padding: 0.3em 0.5em; text-align: start; vertical-align: top; }
        th { background: #dde5f1; }
        td.cite { white-space: nowrap; }
        a { color: #1f4e8c; }
        @page { size: A4; margin: 18mm; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
          h2 { page-break-after: avoid; break-after: avoid; }
          table.kept, figure, tr { page-break-inside: avoid; break-inside: avoid; }
          thead { display: table-header-group; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
