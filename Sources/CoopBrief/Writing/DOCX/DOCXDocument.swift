/// Builds `word/document.xml`: headings, the diagram, real Word tables with repeated header rows,
/// and the source list; paragraphs, runs and tables are marked right-to-left for Arabic.
struct DOCXDocument {
    let briefing: Briefing

    /// A4 with 2 cm margins, in twentieths of a point.
    static let pageWidth = 11_906, pageHeight = 16_838, margin = 1_134
    /// The width available to text and tables, in twips.
    static let textWidth = pageWidth - 2 * margin
    /// English Metric Units per inch, and per twip.
    static let emuPerInch = 914_400, emuPerTwip = 635
    /// The tallest the drawing may be: the page's text height less room for the title, the
    /// section heading and the caption, so the diagram stays on the first page.
    static let maxDrawingHeight = (pageHeight - 2 * margin - 4_800) * emuPerTwip

    private var rtl: Bool { briefing.isRightToLeft }

    /// The drawing's size in EMU: the PNG's pixels at 200 dpi, scaled down (keeping the aspect
    /// ratio) only when that would not fit the text frame.
    static func drawingExtent(width: Int, height: Int) -> (cx: Int, cy: Int) {
        let dpi = BriefingDiagram.dotsPerInch
        var cx = width * emuPerInch / dpi
        var cy = height * emuPerInch / dpi
        let maxWidth = textWidth * emuPerTwip
        if cx > maxWidth {
            cy = cy * maxWidth / cx
            cx = maxWidth
        }
        if cy > maxDrawingHeight {
            cx = cx * maxDrawingHeight / cy
            cy = maxDrawingHeight
        }
        return (cx, cy)
    }

    func xml() -> String {
        let labels = briefing.labels
        var body = paragraph(briefing.title, style: "Title")
        body += paragraph("\(labels.documentKind) · \(briefing.subtitle) · \(labels.preparedOn) \(briefing.date)", style: "Subtitle")
        if let diagram = briefing.diagram {
            body += paragraph(labels.diagramSection, style: "Heading1")
            body += drawing(diagram)
            body += paragraph(diagram.altText, style: "Caption")
        }
        for table in briefing.tables {
            body += paragraph(table.title, style: "Heading1")
            body += table.rows.isEmpty ? paragraph(labels.nothing) : self.table(table)
        }
        body += paragraph(labels.sourcesSection, style: "Heading1")
        if briefing.citations.isEmpty { body += paragraph(labels.nothing) }
        for citation in briefing.citations {
            body += paragraph("[\(citation.number)] \(citation.text(labels))")
        }
        var section = #"<w:sectPr><w:pgSz w:w="\#(Self.pageWidth)" w:h="\#(Self.pageHeight)"/>"#
        section += #"<w:pgMar w:top="\#(Self.margin)" w:right="\#(Self.margin)" w:bottom="\#(Self.margin)" "#
        section += #"w:left="\#(Self.margin)" w:header="567" w:footer="567" w:gutter="0"/>"#
        section += rtl ? "<w:bidi/></w:sectPr>" : "</w:sectPr>"
        return DOCXParts.header + #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
            + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" "#
            + #"xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" "#
            + #"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" "#
            + #"xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">"#
            + "<w:body>" + body + section + "</w:body></w:document>"
    }

    /// A paragraph of one run; `keepNext` holds it on the page of the next paragraph.
    private func paragraph(_ text: String, style: String? = nil, bold: Bool = false, keepNext: Bool = false) -> String {
        "<w:p>" + paragraphProperties(style: style, keepNext: keepNext) + run(text, bold: bold) + "</w:p>"
    }

    private func paragraphProperties(style: String?, keepNext: Bool) -> String {
        var properties = ""
        if let style { properties += #"<w:pStyle w:val="\#(style)"/>"# }
        if keepNext { properties += "<w:keepNext/>" }
        if rtl { properties += "<w:bidi/>" }
        return properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
    }

    private func run(_ text: String, bold: Bool = false) -> String {
        var properties = bold ? "<w:b/><w:bCs/>" : ""
        if rtl { properties += "<w:rtl/>" }
        let runProperties = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
        return #"<w:r>\#(runProperties)<w:t xml:space="preserve">\#(XMLText.escape(text))</w:t></w:r>"#
    }

    private func drawing(_ diagram: BriefingDiagram) -> String {
        let (cx, cy) = Self.drawingExtent(width: diagram.pixelSize.width, height: diagram.pixelSize.height)
        let alt = XMLText.escape(diagram.altText)
        var xml = "<w:p>" + paragraphProperties(style: "Caption", keepNext: true) + "<w:r><w:drawing>"
        xml += #"<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\#(cx)" cy="\#(cy)"/>"#
        xml += #"<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="1" name="Diagram" descr="\#(alt)"/>"#
        xml += #"<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>"#
        xml += #"<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>"#
        xml += #"<pic:nvPicPr><pic:cNvPr id="1" name="diagram.png" descr="\#(alt)"/><pic:cNvPicPr/></pic:nvPicPr>"#
        xml += #"<pic:blipFill><a:blip r:embed="\#(DOCXParts.diagramRelationship)"/><a:stretch><a:fillRect/></a:stretch>"#
        xml += #"</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\#(cx)" cy="\#(cy)"/></a:xfrm>"#
        xml += #"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"#
        return xml + "</wp:inline></w:drawing></w:r></w:p>"
    }

    /// A table of at most this many rows is kept on one page; a longer one may break between rows.
    static let keptTogetherRows = 12

    /// A bordered table whose first row repeats on each page; rows never split; a short table
    /// keeps each row with the next so it is not broken, a long one keeps only its header with
    /// the first row (keeping it all would push it whole to the next page, leaving a gap).
    private func table(_ table: BriefingTable) -> String {
        let total = table.weights.reduce(0, +)
        let widths = table.weights.map { Self.textWidth * $0 / max(total, 1) }
        var xml = #"<w:tbl><w:tblPr><w:tblStyle w:val="TableNormal"/>"#
        if rtl { xml += "<w:bidiVisual/>" }
        xml += #"<w:tblW w:w="\#(widths.reduce(0, +))" w:type="dxa"/><w:tblBorders>"#
        for side in ["top", rtl ? "right" : "left", "bottom", rtl ? "left" : "right", "insideH", "insideV"] {
            xml += #"<w:\#(side) w:val="single" w:sz="4" w:space="0" w:color="9AA7BA"/>"#
        }
        xml += #"</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" "#
        xml += #"w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>"#
        for width in widths { xml += #"<w:gridCol w:w="\#(width)"/>"# }
        xml += "</w:tblGrid>"
        xml += tableRow(table.header, widths: widths, header: true, keepNext: true)
        let short = table.rows.count <= Self.keptTogetherRows
        for (number, row) in table.rows.enumerated() {
            let cited = row.citations.map { "[\($0)]" }.joined(separator: " ")
            xml += tableRow(
                row.cells + [cited], widths: widths, header: false, keepNext: short && number < table.rows.count - 1)
        }
        return xml + "</w:tbl>" + paragraph("")
    }

    private func tableRow(_ cells: [String], widths: [Int], header: Bool, keepNext: Bool) -> String {
        var xml = "<w:tr><w:trPr><w:cantSplit/>" + (header ? "<w:tblHeader/>" : "") + "</w:trPr>"
        for (cell, width) in zip(cells, widths) {
            xml += #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/>"#
            if header { xml += #"<w:shd w:val="clear" w:color="auto" w:fill="DDE5F1"/>"# }
            xml += "</w:tcPr><w:p>" + paragraphProperties(style: "TableText", keepNext: keepNext)
            xml += run(cell, bold: header) + "</w:p></w:tc>"
        }
        return xml + "</w:tr>"
    }
}
