import CoopModel

/// The fixed parts of the DOCX package: content types, relationships and styles.
enum DOCXParts {
    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    static let contentTypes = header + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Default Extension="png" ContentType="image/png"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        </Types>
        """

    static let packageRelationships = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/>\
        </Relationships>
        """

    /// The relationship id of the embedded diagram.
    static let diagramRelationship = "rIdDiagram"

    static func documentRelationships(hasDiagram: Bool) -> String {
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var xml = header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        xml += #"<Relationship Id="rIdStyles" Type="\#(relationships)/styles" Target="styles.xml"/>"#
        if hasDiagram {
            xml += #"<Relationship Id="\#(diagramRelationship)" Type="\#(relationships)/image" Target="media/diagram.png"/>"#
        }
        return xml + "</Relationships>"
    }

    /// Normal text, title, headings and caption; the language sets spell-checking and Arabic shaping.
    static func styles(language: Language) -> String {
        let tag: String
        switch language {
        case .fr: tag = "fr-FR"
        case .en: tag = "en-GB"
        case .ar: tag = "ar-DZ"
        }
        func paragraphStyle(_ id: String, _ name: String, size: Int, bold: Bool, color: String?, spacingBefore: Int,
            keepNext: Bool, outline: Int?) -> String
        {
            var xml = #"<w:style w:type="paragraph" w:styleId="\#(id)"><w:name w:val="\#(name)"/>"#
            xml += #"<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>"#
            if keepNext { xml += "<w:keepNext/><w:keepLines/>" }
            xml += #"<w:spacing w:before="\#(spacingBefore)" w:after="120"/>"#
            if let outline { xml += #"<w:outlineLvl w:val="\#(outline)"/>"# }
            xml += "</w:pPr><w:rPr>"
            if bold { xml += "<w:b/><w:bCs/>" }
            if let color { xml += #"<w:color w:val="\#(color)"/>"# }
            xml += #"<w:sz w:val="\#(size)"/><w:szCs w:val="\#(size)"/></w:rPr></w:style>"#
            return xml
        }
        var xml = header
        xml += #"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
        xml += "<w:docDefaults><w:rPrDefault><w:rPr>"
        xml += #"<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>"#
        xml += #"<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="\#(tag)" w:eastAsia="\#(tag)" w:bidi="ar-DZ"/>"#
        xml += "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        xml += #"<w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#
        xml += #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#
        xml += paragraphStyle(
            "Title", "Title", size: 36, bold: true, color: "1F3864", spacingBefore: 0, keepNext: true, outline: nil)
        xml += paragraphStyle(
            "Subtitle", "Subtitle", size: 22, bold: false, color: "555555", spacingBefore: 0, keepNext: true, outline: nil)
        xml += paragraphStyle(
            "Heading1", "heading 1", size: 28, bold: true, color: "1F4E8C", spacingBefore: 360, keepNext: true, outline: 0)
        xml += paragraphStyle(
            "Caption", "caption", size: 18, bold: false, color: "555555", spacingBefore: 60, keepNext: false, outline: nil)
        xml += paragraphStyle(
            "TableText", "Table Text", size: 18, bold: false, color: nil, spacingBefore: 0, keepNext: false, outline: nil)
        xml += #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>"#
        xml += #"<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>"#
        xml += #"<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>"#
        xml += "</w:tblCellMar></w:tblPr></w:style>"
        return xml + "</w:styles>"
    }
}
