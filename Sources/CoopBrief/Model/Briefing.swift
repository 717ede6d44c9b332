import CoopModel

/// A briefing an analyst can hand over: a diagram, partner, agreement and timeline tables, and
/// the numbered sources that every row cites. Writers turn it into Markdown, HTML or DOCX.
public struct Briefing: Hashable, Sendable {
    /// The document's title, e.g. the entity's name.
    public let title: String
    /// One line under the title: what the subject is (type, id, acronym).
    public let subtitle: String
    /// The day the briefing was prepared; injected, so tests are deterministic.
    public let date: PartialDate
    /// The language of the labels and names.
    public let language: Language
    /// The cooperation diagram, if one was drawn.
    public let diagram: BriefingDiagram?
    /// Partners grouped by the sector of their cooperation.
    public let partnersBySector: [SectorPartnersRow]
    /// The agreements, oldest first, undated last.
    public let agreements: [AgreementEntry]
    /// Dated facts, oldest first.
    public let timeline: [TimelineItem]
    /// Every source cited by a row, numbered in the order of first citation.
    public let citations: [Citation]

    private let numbers: [SourceRef: Int]

    /// A briefing of these rows; numbers their sources and refuses a row that cites none.
    /// - Parameter documentTitles: titles of cited documents, by file name, shown in the source list.
    public init(
        title: String, subtitle: String, date: PartialDate, language: Language, diagram: BriefingDiagram?,
        partnersBySector: [SectorPartnersRow], agreements: [AgreementEntry], timeline: [TimelineItem],
        documentTitles: [String: String] = [:]
    ) throws(BriefError) {
        var numbers: [SourceRef: Int] = [:]
        var citations: [Citation] = []
        func cite(_ sources: [SourceRef], section: String, row: String) throws(BriefError) {
            guard !sources.isEmpty else { throw .uncitedRow(section: section, row: row) }
            for source in sources where numbers[source] == nil {
                numbers[source] = citations.count + 1
                citations.append(
                    Citation(number: citations.count + 1, source: source, documentTitle: documentTitles[source.document]))
            }
        }
        for row in partnersBySector { try cite(row.sources, section: "partners", row: row.sector) }
        for row in agreements { try cite(row.sources, section: "agreements", row: row.name) }
        for row in timeline { try cite(row.sources, section: "timeline", row: row.event) }
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.language = language
        self.diagram = diagram
        self.partnersBySector = partnersBySector
        self.agreements = agreements
        self.timeline = timeline
        self.citations = citations
        self.numbers = numbers
    }

    /// The labels (section titles, column headers) in the briefing's language.
    public var labels: BriefingLabels { BriefingLabels(language) }

    /// Whether the text runs right to left (Arabic).
    public var isRightToLeft: Bool { language == .ar }

    /// The citation numbers of `sources`, ascending.
    /// - Complexity: O(k log k) for k sources.
    public func citationNumbers(_ sources: [SourceRef]) -> [Int] {
        sources.compactMap { numbers[$0] }.sorted()
    }
}

/// A numbered entry of the source list: a document and, for a text, its line.
public struct Citation: Hashable, Sendable {
    /// The number rows refer to, from 1.
    public let number: Int
    /// The document and line.
    public let source: SourceRef
    /// The document's title, when the caller knows it.
    public let documentTitle: String?

    /// The citation as text: `FILE, line N — Title`. In right-to-left text the file name is
    /// fenced with left-to-right marks, so `003_x.txt` is not split around its underscore.
    public func text(_ labels: BriefingLabels) -> String {
        var text = labels.language == .ar ? "\u{200E}\(source.document)\u{200E}" : source.document
        if let line = source.line { text += ", \(labels.line) \(line)" }
        if let documentTitle { text += " — \(documentTitle)" }
        return text
    }
}
