import Foundation

/// The file formats a briefing is written in, chosen by the output's extension.
public enum BriefingFormat: String, CaseIterable, Sendable {
    case markdown, html, docx

    /// The format of an output path ending in `.md`, `.markdown`, `.html`, `.htm` or `.docx`.
    public init?(path: String) {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "docx": self = .docx
        default: return nil
        }
    }

    /// Writes `briefing` to `url` in this format, atomically.
    public func write(_ briefing: Briefing, to url: URL) throws(BriefError) {
        switch self {
        case .markdown: try MarkdownWriter.write(briefing, to: url)
        case .html: try HTMLWriter.write(briefing, to: url)
        case .docx: try DOCXWriter.write(briefing, to: url)
        }
    }
}

extension Briefing {
    /// Writes the briefing to `url` in the format its extension names.
    public func write(to url: URL) throws(BriefError) {
        guard let format = BriefingFormat(path: url.path) else { throw .unsupportedFormat(path: url.path) }
        try format.write(self, to: url)
    }

    /// The table cells of each section, in the order every writer shows them; citations as numbers.
    var tables: [BriefingTable] {
        let labels = self.labels
        let partners = BriefingTable(
            title: labels.partnersSection,
            header: [labels.sector, labels.partners, labels.links, labels.period, labels.sources],
            rows: partnersBySector.map {
                .init(
                    cells: [$0.sector, $0.partners.joined(separator: labels.listSeparator), $0.links.joined(separator: labels.listSeparator), $0.period],
                    citations: citationNumbers($0.sources))
            },
            weights: [3, 5, 3, 3, 2])
        let agreements = BriefingTable(
            title: labels.agreementsSection,
            header: [labels.date, labels.agreement, labels.parties, labels.sectors, labels.sources],
            rows: self.agreements.map {
                .init(
                    cells: [
                        $0.date?.description ?? labels.undated, $0.name, $0.parties.joined(separator: labels.listSeparator),
                        $0.sectors.joined(separator: labels.listSeparator),
                    ],
                    citations: citationNumbers($0.sources))
            },
            weights: [2, 5, 4, 3, 2])
        let timeline = BriefingTable(
            title: labels.timelineSection, header: [labels.date, labels.event, labels.sources],
            rows: self.timeline.map {
                .init(cells: [$0.date.description, $0.event], citations: citationNumbers($0.sources))
            },
            weights: [2, 10, 2])
        return [partners, agreements, timeline]
    }
}

/// One table of a briefing, as text cells: the writers' common input.
struct BriefingTable {
    struct Row {
        /// Every cell but the last (sources) column.
        let cells: [String]
        /// The citation numbers of the sources column.
        let citations: [Int]
    }

    let title: String
    let header: [String]
    let rows: [Row]
    /// Relative column widths.
    let weights: [Int]
}
