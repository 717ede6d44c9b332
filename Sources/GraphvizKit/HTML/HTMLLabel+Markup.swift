// Markup generation: every piece of user text and every attribute value is XML-escaped here.

extension HTMLLabel.Element {
    var markup: String {
        switch self {
        case .text(let text, let style):
            let body = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { escapedHTMLText(String($0)) }
                .joined(separator: "<BR/>")
            return style.wrap(body)
        case .lineBreak(let alignment):
            return alignment.map { "<BR ALIGN=\"\($0.rawValue)\"/>" } ?? "<BR/>"
        case .table(let table):
            return table.markup
        }
    }
}

extension HTMLLabel.TextStyle {
    func wrap(_ body: String) -> String {
        var result = body
        if underline { result = "<U>\(result)</U>" }
        if italic { result = "<I>\(result)</I>" }
        if bold { result = "<B>\(result)</B>" }
        let fontAttributes = markupAttributes([
            ("FACE", fontName),
            ("POINT-SIZE", pointSize.map(graphvizNumber)),
            ("COLOR", color),
        ])
        if !fontAttributes.isEmpty { result = "<FONT\(fontAttributes)>\(result)</FONT>" }
        return result
    }
}

extension HTMLLabel.Table {
    var markup: String {
        let attributes = markupAttributes([
            ("BORDER", border.map(String.init)),
            ("CELLBORDER", cellBorder.map(String.init)),
            ("CELLSPACING", cellSpacing.map(String.init)),
            ("CELLPADDING", cellPadding.map(String.init)),
            ("BGCOLOR", backgroundColor),
        ])
        let body = rows.map { "<TR>" + $0.cells.map(\.markup).joined() + "</TR>" }.joined()
        return "<TABLE\(attributes)>\(body)</TABLE>"
    }
}

extension HTMLLabel.Cell {
    var markup: String {
        let attributes = markupAttributes([
            ("COLSPAN", columnSpan.map(String.init)),
            ("ROWSPAN", rowSpan.map(String.init)),
            ("ALIGN", alignment?.rawValue),
            ("BGCOLOR", backgroundColor),
            ("PORT", port),
        ])
        return "<TD\(attributes)>" + content.map(\.markup).joined() + "</TD>"
    }
}

/// ` NAME="value"` pairs for the values present, escaped.
private func markupAttributes(_ pairs: [(String, String?)]) -> String {
    pairs.compactMap { name, value in value.map { " \(name)=\"\(xmlEscaped($0))\"" } }.joined()
}
