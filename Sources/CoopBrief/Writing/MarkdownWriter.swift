import CoopModel
import Foundation

/// Writes a briefing as Markdown, with the diagram beside it as `NAME-diagram.svg` and `.png`.
public enum MarkdownWriter {
    /// The Markdown text; images are linked as `imageBaseName-diagram.svg` and `.png`.
    public static func render(_ briefing: Briefing, imageBaseName: String) -> String {
        let labels = briefing.labels
        var lines: [String] = []
        if briefing.isRightToLeft { lines += ["<div dir=\"rtl\" lang=\"ar\">", ""] }
        lines += ["# \(labels.documentKind) — \(escape(briefing.title))", ""]
        lines += ["*\(escape(briefing.subtitle))* · \(labels.preparedOn) \(briefing.date)", ""]
        if let diagram = briefing.diagram {
            let svg = linkTarget(imageBaseName + "-diagram.svg")
            let png = linkTarget(imageBaseName + "-diagram.png")
            lines += ["## \(labels.diagramSection)", ""]
            lines += ["![\(escape(diagram.altText))](\(svg))", ""]
            lines += ["[PNG](\(png))", ""]
        }
        for table in briefing.tables {
            lines += ["## \(table.title)", ""]
            guard !table.rows.isEmpty else {
                lines += [labels.nothing, ""]
                continue
            }
            lines.append("| " + table.header.map(escape).joined(separator: " | ") + " |")
            lines.append("|" + String(repeating: " --- |", count: table.header.count))
            for row in table.rows {
                let cited = row.citations.map { "[\($0)](#source-\($0))" }.joined(separator: " ")
                lines.append("| " + (row.cells.map(escape) + [cited]).joined(separator: " | ") + " |")
            }
            lines.append("")
        }
        lines += ["## \(labels.sourcesSection)", ""]
        if briefing.citations.isEmpty { lines.append(labels.nothing) }
        for citation in briefing.citations {
            lines.append("\(citation.number). <a id=\"source-\(citation.number)\"></a>\(escape(citation.text(labels)))")
        }
        lines.append("")
        if briefing.isRightToLeft { lines += ["</div>", ""] }
        return lines.joined(separator: "\n")
    }

    /// Writes the images first, then the Markdown file, each atomically.
    public static func write(_ briefing: Briefing, to url: URL) throws(BriefError) {
        let base = url.deletingPathExtension().lastPathComponent
        let folder = url.deletingLastPathComponent()
        if let diagram = briefing.diagram {
            let svg = folder.appendingPathComponent(base + "-diagram.svg")
            let png = folder.appendingPathComponent(base + "-diagram.png")
            try AtomicFile.write(diagram.svg, to: svg, failure: BriefError.writing(svg))
            try AtomicFile.write(diagram.png, to: png, failure: BriefError.writing(png))
        }
        try AtomicFile.write(Data(render(briefing, imageBaseName: base).utf8), to: url, failure: BriefError.writing(url))
    }

    /// Text safe inside a paragraph or a table cell: Markdown's marks are backslash-escaped,
    /// line breaks become spaces.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "|", "*", "_", "`", "[", "]", "<", ">", "#", "!": result += "\\\(character)"
            case "\n", "\r", "\r\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    /// A relative link target, percent-encoded so spaces and parentheses survive.
    static func linkTarget(_ name: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "()")
        return name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name
    }
}
