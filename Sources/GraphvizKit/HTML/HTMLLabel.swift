/// An HTML-like Graphviz label, built from escaped content so user text can never break it.
///
/// A label is text (runs and line breaks) or a single table; a cell holds text or a table.
/// Graphviz rejects other mixes at render time with ``GraphvizError/malformedHTMLLabel(messages:)``.
public struct HTMLLabel: Sendable, Hashable {
    /// The inner markup, without the outer `< >`.
    public let markup: String

    /// A label from elements: text runs, line breaks, tables.
    public init(_ elements: [Element]) {
        self.markup = elements.map(\.markup).joined()
    }

    /// A label of one text run.
    public init(text: String, style: TextStyle = TextStyle()) {
        self.init([.text(text, style)])
    }

    /// A label of one table.
    public init(table: Table) {
        self.init([.table(table)])
    }

    /// A label from markup you vouch for; it is not escaped, and Graphviz checks it when rendering.
    public init(trustedMarkup markup: String) {
        self.markup = markup
    }
}

extension HTMLLabel {
    /// One piece of an HTML label or table cell.
    public enum Element: Sendable, Hashable {
        /// A run of text, escaped; a `\n` inside becomes `<BR/>`.
        case text(String, TextStyle = TextStyle())
        /// A line break, optionally aligning the line before it.
        case lineBreak(HorizontalAlignment? = nil)
        /// A table.
        case table(Table)
    }

    /// Font and emphasis of a text run.
    public struct TextStyle: Sendable, Hashable {
        public var bold: Bool
        public var italic: Bool
        public var underline: Bool
        /// Font family, e.g. `DejaVu Sans`.
        public var fontName: String?
        /// Font size in points.
        public var pointSize: Double?
        /// Text colour, e.g. `#336699`.
        public var color: String?

        /// A style; all parts default to the surrounding font.
        public init(
            bold: Bool = false,
            italic: Bool = false,
            underline: Bool = false,
            fontName: String? = nil,
            pointSize: Double? = nil,
            color: String? = nil
        ) {
            self.bold = bold
            self.italic = italic
            self.underline = underline
            self.fontName = fontName
            self.pointSize = pointSize
            self.color = color
        }
    }

    /// Horizontal alignment in cells and line breaks.
    public enum HorizontalAlignment: String, Sendable, Hashable {
        case left = "LEFT"
        case center = "CENTER"
        case right = "RIGHT"
    }

    /// A table of rows.
    public struct Table: Sendable, Hashable {
        public var rows: [Row]
        /// Outer border width (`BORDER`).
        public var border: Int?
        /// Default cell border width (`CELLBORDER`).
        public var cellBorder: Int?
        /// Space between cells (`CELLSPACING`).
        public var cellSpacing: Int?
        /// Space inside cells (`CELLPADDING`).
        public var cellPadding: Int?
        /// Background colour (`BGCOLOR`).
        public var backgroundColor: String?

        /// A table of `rows`.
        public init(
            rows: [Row],
            border: Int? = nil,
            cellBorder: Int? = nil,
            cellSpacing: Int? = nil,
            cellPadding: Int? = nil,
            backgroundColor: String? = nil
        ) {
            self.rows = rows
            self.border = border
            self.cellBorder = cellBorder
            self.cellSpacing = cellSpacing
            self.cellPadding = cellPadding
            self.backgroundColor = backgroundColor
        }
    }

    /// A table row.
    public struct Row: Sendable, Hashable {
        public var cells: [Cell]
        /// A row of `cells`.
        public init(_ cells: [Cell]) { self.cells = cells }
    }

    /// A table cell holding text or one nested table.
    public struct Cell: Sendable, Hashable {
        public var content: [Element]
        public var columnSpan: Int?
        public var rowSpan: Int?
        public var alignment: HorizontalAlignment?
        /// Background colour (`BGCOLOR`).
        public var backgroundColor: String?
        /// Port name for edges (`PORT`).
        public var port: String?

        /// A cell of `content`.
        public init(
            _ content: [Element],
            columnSpan: Int? = nil,
            rowSpan: Int? = nil,
            alignment: HorizontalAlignment? = nil,
            backgroundColor: String? = nil,
            port: String? = nil
        ) {
            self.content = content
            self.columnSpan = columnSpan
            self.rowSpan = rowSpan
            self.alignment = alignment
            self.backgroundColor = backgroundColor
            self.port = port
        }

        /// A cell of one plain text run.
        public init(text: String, style: TextStyle = TextStyle()) {
            self.init([.text(text, style)])
        }
    }
}
