import CoopModel

/// Tables written as text, one row per line with cells between bars, under a line that names
/// the columns: "Principaux contrats conclus avec des entreprises malaisiennes (société |
/// partenaire algérien | objet | date) :", then "Gamuda Berhad | ENPI (…) | contrat de réalisation
/// de 1 500 logements … | le 05 juillet 2021". A row is read as a row of labelled fields
/// (`Rules+FieldRows`): the partners of its partner columns are the parties of the agreement of
/// its object column. A partner cell naming no body the rules know names a company, of the
/// country the announcing line gives (the home country for the home partner's column).
extension DocumentExtraction {
    /// What a column holds.
    enum TableColumn: Equatable {
        case partner, homePartner, other
    }

    /// The columns announced last, the country of their partners, and the last line of the table.
    struct TableState {
        var columns: [TableColumn] = []
        var country: EntityID?
        var lastLine = 0
        /// The country of the last line announcing what follows ("Entreprises turques partenaires :"), and its line.
        var announced: (country: EntityID, line: Int)?
    }

    static let tableBarCue: CueSet = ["|"]
    /// Words that label a column of partners.
    private static let partnerColumnWords: Set<String> = [
        "societe", "societes", "entreprise", "entreprises", "partenaire", "partenaires", "organisme", "organismes",
        "institution", "institutions", "cocontractant", "compagnie", "groupe", "partie", "firme",
    ]
    /// Words that label other columns a header has ("objet", "date").
    private static let otherColumnWords: Set<String> = [
        "objet", "instrument", "accord", "contrat", "nature", "date", "dates", "signature", "lieu", "montant", "domaine", "secteur", "duree", "statut",
    ]
    /// Words before a company's name in a cell ("groupe Cevital").
    private static let companyNouns: Set<String> = ["groupe", "societe", "entreprise", "compagnie", "firme", "la", "le", "l", "'"]

    /// Reads a line with bars: a header names the columns; a row on the line after the header (or
    /// after another row) with as many cells notes its partners for the agreement it names.
    mutating func readTable(_ sentence: inout Sentence) {
        let range = sentence.range
        if sentence.key(range.upperBound - 1) == ":", let country = sentence.mentions.first(where: { $0.kind == .country && !$0.id.rawValue.isEmpty }) {
            table.announced = (country.id, sentence.lineNumber)
        }
        guard sentence.contains(anyOf: Self.tableBarCue) else { return }
        let bars = range.filter { sentence.key($0) == "|" }
        guard let firstBar = bars.first, let lastBar = bars.last else { return }
        readLabelledCells(sentence, bars: bars)
        // A header, whole or in brackets: "(société | partenaire algérien | objet | date)".
        let open = (range.lowerBound..<firstBar).last { sentence.key($0) == "(" }
        let close = open == nil ? nil : (lastBar..<range.upperBound).first { sentence.key($0) == ")" }
        let headerStart = open.map { $0 + 1 } ?? range.lowerBound + (ClosedWords.isBullet(sentence.key(range.lowerBound)) ? 1 : 0)
        let headerEnd = close ?? range.upperBound
        if let columns = headerColumns(sentence, cells(from: headerStart, to: headerEnd, bars: bars)) {
            let outside = sentence.mentions.first { $0.kind == .country && ($0.end <= headerStart || $0.first >= headerEnd) && !$0.id.rawValue.isEmpty }
            let announced = table.announced.flatMap { $0.line == sentence.lineNumber - 1 ? $0.country : nil }
            table = TableState(columns: columns, country: outside?.id ?? announced ?? labelCountry ?? sectionCountry, lastLine: sentence.lineNumber)
            return
        }
        let rowCells = cells(from: range.lowerBound, to: range.upperBound, bars: bars)
        guard !table.columns.isEmpty, rowCells.count == table.columns.count, sentence.lineNumber == table.lastLine + 1 else { return }
        table.lastLine = sentence.lineNumber
        for (column, cell) in zip(table.columns, rowCells) where column != .other {
            let side = column == .homePartner ? home : table.country
            guard let party = cellBody(&sentence, cell, country: side) else { continue }
            if fieldRow.line != sentence.lineNumber { fieldRow = FieldRow(line: sentence.lineNumber) }
            if column == .homePartner { fieldRow.home = party } else { fieldRow.partner = party }
        }
    }

    /// Labels of a cell naming who answers for a row ("Responsable : ONA", "Pilote : DGD").
    static let responsibleLabels: CueSet = ["responsable", "responsables", "pilote", "porteur"]

    /// Follow-up tables written as rows of labelled cells: "Action 3 – … | Responsable : ONA |
    /// Partenaire : KOICA, K-eco | Échéance : décembre 2026 | État : en cours". The bodies
    /// answering for the row work with each body or country of its partner cell. (`bars`: the
    /// positions of the sentence's bars, which `readTable` found.)
    private mutating func readLabelledCells(_ sentence: Sentence, bars: [Int]) {
        let range = sentence.range
        var responsible: [EntityID] = []
        var partners: [EntityID] = []
        for cell in cells(from: range.lowerBound, to: range.upperBound, bars: bars) where cell.count >= 3 && sentence.key(cell.lowerBound + 1, is: ":") {
            let label = sentence.tokens[cell.lowerBound]
            let isResponsible = Self.responsibleLabels.contains(label)
            guard isResponsible || Self.partnerLabels.contains(label) else { continue }
            for mention in sentence.mentions where mention.first > cell.lowerBound + 1 && mention.end <= cell.upperBound
                && (mention.kind == .institution || mention.kind == .country) && !mention.adjective && !mention.id.rawValue.isEmpty
            {
                if isResponsible { responsible.append(mention.id) } else { partners.append(mention.id) }
            }
        }
        guard !responsible.isEmpty, !partners.isEmpty else { return }
        let draft = evidence(sentence, range.lowerBound, range.upperBound)
        for body in responsible {
            for partner in partners where partner != body {
                store.add(Relation(type: .cooperatesWith, from: body, to: partner), symmetric: true, confidence: 0.6,
                          rule: "table.cells.cooperation", evidence: draft)
            }
        }
    }

    /// The token ranges between `start`, the bars and `end`.
    private func cells(from start: Int, to end: Int, bars: [Int]) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var lower = start
        for bar in bars where bar >= start && bar < end {
            cells.append(lower..<bar)
            lower = bar + 1
        }
        cells.append(lower..<max(lower, end))
        return cells
    }

    /// The columns of a header: every cell a few words long, two at least labelling a known
    /// column; nil for a row.
    private func headerColumns(_ sentence: Sentence, _ cells: [Range<Int>]) -> [TableColumn]? {
        // ("état d'avancement": an elided article is a word of the label.)
        guard cells.count >= 2, cells.allSatisfy({ cell in
            (1...5).contains(cell.count) && cell.allSatisfy { sentence.tokens[$0].kind == .word || sentence.tokens[$0].kind == .apostrophe }
        }) else { return nil }
        var known = 0
        let columns = cells.map { cell -> TableColumn in
            let keys = cell.map { sentence.key($0) }
            if keys.contains(where: Self.partnerColumnWords.contains) {
                known += 1
                let homeSide = cell.contains { index in
                    Self.homeLabelWords.contains(sentence.key(index)) || home != nil && demonymCountry(sentence, index) == home
                }
                return homeSide ? .homePartner : .partner
            }
            if keys.contains(where: Self.otherColumnWords.contains) { known += 1 }
            return .other
        }
        return known >= 2 && columns.contains(where: { $0 != .other }) ? columns : nil
    }

    /// The body a partner cell names: the first the rules found in it, else a company named by
    /// the cell's capitalised words ("Sime Darby Oils", "groupe Cevital"; "Petronas (Petroliam
    /// Nasional Berhad)": the name in brackets is its full name), of `country`.
    private mutating func cellBody(_ sentence: inout Sentence, _ cell: Range<Int>, country: EntityID?) -> EntityID? {
        if let found = sentence.mentions.first(where: {
            cell.contains($0.first) && $0.kind == .institution && !$0.adjective && !$0.id.rawValue.isEmpty
        }) {
            return found.id
        }
        // "Çalık Enerji (Turquie)": a country named in the cell is the company's.
        let named = sentence.mentions.first { cell.contains($0.first) && $0.kind == .country && !$0.id.rawValue.isEmpty }?.id
        guard let country = named ?? country,
            !sentence.mentions.contains(where: { cell.contains($0.first) && [.institution, .agreement, .event, .programme].contains($0.kind) })
        else { return nil }
        var first = cell.lowerBound
        while first < cell.upperBound, Self.companyNouns.contains(sentence.key(first)) { first += 1 }
        guard first < cell.upperBound, sentence.tokens[first].kind == .word, sentence.tokens[first].capitalized else { return nil }
        let bracket = (first..<cell.upperBound).first { sentence.key($0) == "(" }
        let shortEnd = bracket ?? cell.upperBound
        let closing = bracket.flatMap { open in (open + 1..<cell.upperBound).first { sentence.key($0) == ")" } }
        // Every word of the name capitalised, a connector aside ("Banque de Malaisie"): a cell
        // of lower-case words says what, not who.
        guard (first..<shortEnd).allSatisfy({ sentence.tokens[$0].kind != .word || sentence.tokens[$0].capitalized
            || Self.titleConnectors.contains(sentence.tokens[$0]) })
        else { return nil }
        let short = sentence.line.text(tokens: first, shortEnd - 1)
        var entity = Entity(id: EntityID(country.rawValue.lowercased() + "." + memo.slug(short)), type: .agency, names: Names(fr: short))
        let countryInBrackets = bracket.map { open in sentence.mentions.contains { $0.kind == .country && $0.first == open + 1 } } ?? false
        if let bracket, let closing, closing > bracket + 1, sentence.tokens[bracket + 1].capitalized, !countryInBrackets {
            entity.names = Names(fr: sentence.line.text(tokens: bracket + 1, closing - 1))
            entity.aliases = [short]
        }
        entity.properties["kind"] = .string("company")
        // ("Çalık Enerji (Turquie)": the country in brackets stays its own mention.)
        let end = countryInBrackets ? shortEnd : closing.map { $0 + 1 } ?? shortEnd
        let evidence = evidence(sentence, first, end)
        store.add(entity, confidence: 0.6, rule: "org.table-cell", existing: false, evidence: evidence)
        store.add(Relation(type: .underAuthorityOf, from: entity.id, to: country), symmetric: false, confidence: 0.55,
                  rule: "org.table-cell", evidence: evidence)
        countInstitution(entity.id)
        // Mentions never overlap (the rules read the words between two of them).
        if !sentence.mentions.contains(where: { $0.first < end && $0.end > first }) {
            let mention = Mention(kind: .institution, id: entity.id, first: first, end: end)
            sentence.mentions.insert(mention, at: sentence.mentions.firstIndex { $0.first > first } ?? sentence.mentions.endIndex)
        }
        return entity.id
    }
}
