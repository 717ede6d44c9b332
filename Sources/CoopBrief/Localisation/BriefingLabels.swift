import CoopModel

/// The fixed words of a briefing (section titles, column headers) in French, English or Arabic.
///
/// Names of entities, node types and date roles come from the knowledge base and its schema;
/// only the briefing's own words live here.
public struct BriefingLabels: Hashable, Sendable {
    /// The language of the labels.
    public let language: Language

    /// The labels of `language`.
    public init(_ language: Language) { self.language = language }

    private func pick(_ fr: String, _ en: String, _ ar: String) -> String {
        switch language {
        case .fr: return fr
        case .en: return en
        case .ar: return ar
        }
    }

    /// The kind of document, shown before the title.
    public var documentKind: String { pick("Note de synthèse", "Briefing", "مذكرة إحاطة") }
    /// "Prepared on", before the date.
    public var preparedOn: String { pick("Établie le", "Prepared on", "أُعدّت بتاريخ") }
    /// The diagram section's title.
    public var diagramSection: String { pick("Schéma de coopération", "Cooperation diagram", "مخطط التعاون") }
    /// The partners section's title.
    public var partnersSection: String { pick("Partenaires par secteur", "Partners by sector", "الشركاء حسب القطاع") }
    /// The agreements section's title.
    public var agreementsSection: String { pick("Accords", "Agreements", "الاتفاقات") }
    /// The timeline section's title.
    public var timelineSection: String { pick("Chronologie", "Timeline", "التسلسل الزمني") }
    /// The source list's title.
    public var sourcesSection: String { pick("Sources", "Sources", "المصادر") }
    /// Column: sector.
    public var sector: String { pick("Secteur", "Sector", "القطاع") }
    /// Column: partners.
    public var partners: String { pick("Partenaires", "Partners", "الشركاء") }
    /// Column: how the partners cooperate.
    public var links: String { pick("Cadre", "Through", "إطار التعاون") }
    /// Column: period.
    public var period: String { pick("Période", "Period", "الفترة") }
    /// Column: date.
    public var date: String { pick("Date", "Date", "التاريخ") }
    /// Column: agreement.
    public var agreement: String { pick("Accord", "Agreement", "الاتفاق") }
    /// Column: parties.
    public var parties: String { pick("Parties", "Parties", "الأطراف") }
    /// Column: sectors.
    public var sectors: String { pick("Secteurs", "Sectors", "القطاعات") }
    /// Column: what happened.
    public var event: String { pick("Fait", "Event", "الحدث") }
    /// Column: the citation numbers.
    public var sources: String { pick("Sources", "Sources", "المصادر") }
    /// "line", in a citation.
    public var line: String { pick("ligne", "line", "السطر") }
    /// The sector of links that name none.
    public var unspecifiedSector: String { pick("Secteur non précisé", "Sector not stated", "قطاع غير محدد") }
    /// How partners cooperate when a relation says so directly.
    public var directCooperation: String { pick("Coopération directe", "Direct cooperation", "تعاون مباشر") }
    /// The cell of an undated agreement.
    public var undated: String { pick("non daté", "undated", "غير مؤرخ") }
    /// The text of an empty section.
    public var nothing: String { pick("Aucun élément.", "Nothing to report.", "لا توجد عناصر.") }

    /// What separates the items of a list in a cell (Arabic has its own semicolon).
    public var listSeparator: String { pick("; ", "; ", "؛ ") }

    /// The diagram's text description.
    public func diagramAlt(_ subject: String) -> String {
        pick(
            "Schéma du réseau de coopération de \(subject)", "Diagram of the cooperation network of \(subject)",
            "مخطط شبكة تعاون \(subject)")
    }
}
