import CoopModel

/// Lines written as a row of labelled fields: "Partenaire : groupe énergétique polonais Orlen ;
/// partenaire algérien : Sonatrach ; instrument : contrat de fourniture … ; date : …". Each field
/// is a sentence of its own (they are cut at ";"), so the partners are noted as they are read and
/// the agreement of a later field of the same line takes them as its parties.
extension DocumentExtraction {
    /// The partners of the current line's row: the home side ("partenaire algérien :") and the
    /// other ("Partenaire :"), with the line they were read on.
    struct FieldRow {
        var line = 0
        var home: EntityID?
        var partner: EntityID?

        /// The partners noted on line `number`, home side first.
        func parties(on number: Int) -> [EntityID] {
            guard line == number else { return [] }
            return [home, partner].compactMap { $0 }
        }
    }

    /// Words that label a partner field.
    /// (A `CueSet`: tested on every sentence, a token is compared by its key's hash, not hashed again.)
    static let partnerLabels: CueSet = ["partenaire", "partenaires", "partie", "cocontractant", "contractant"]
    /// Words of a label that make its partner the home side's ("partenaire national").
    static let homeLabelWords: CueSet = ["national", "nationale", "local", "locale"]

    /// Where a field's label starts: the sentence's first token, past a bullet.
    private func fieldLabel(_ sentence: Sentence) -> Int {
        sentence.range.lowerBound + (ClosedWords.isBullet(sentence.key(sentence.range.lowerBound)) ? 1 : 0)
    }

    /// Whether `sentence` is a date field: "date :", "lieu et date :", "date de signature :".
    func isDateField(_ sentence: Sentence) -> Bool {
        Self.isDateLabel(sentence.tokens, from: fieldLabel(sentence), upper: sentence.range.upperBound)
    }

    /// Whether a date field's label starts at token `label`: a colon within four tokens, "date"
    /// before it.
    static func isDateLabel(_ tokens: [Token], from label: Int, upper: Int) -> Bool {
        guard let colon = (label..<min(upper, label + 4)).first(where: { tokens[$0].key == ":" }) else { return false }
        return (label..<colon).contains { tokens[$0].key == "date" }
    }

    /// Notes the body or country of a partner field opening `sentence` ("Partenaire : …",
    /// "- partenaire algérien : …"): the first one named within a few words after the colon.
    mutating func noteFieldPartner(_ sentence: Sentence) {
        let label = fieldLabel(sentence)
        guard sentence.range.contains(label), Self.partnerLabels.contains(sentence.tokens[label]),
            let colon = (label + 1..<min(sentence.range.upperBound, label + 4)).first(where: { sentence.key($0, is: ":") }),
            var found = sentence.mentions.firstIndex(where: {
                $0.first > colon && ($0.kind == .institution || $0.kind == .country) && !$0.adjective && !$0.id.rawValue.isEmpty
            }),
            sentence.mentions[found].first <= colon + 6
        else { return }
        // "Partenaire : Korea Land and Housing Corporation (LH)": a country opening the body's
        // name is not the partner; the body is.
        if sentence.mentions[found].kind == .country, found + 1 < sentence.mentions.count,
            sentence.mentions[found + 1].kind == .institution, sentence.mentions[found + 1].first == sentence.mentions[found].end
        {
            found += 1
        }
        let partner = sentence.mentions[found]
        let homeSide = isHomeSideLabel(sentence, label + 1..<colon)
        if fieldRow.line != sentence.lineNumber { fieldRow = FieldRow(line: sentence.lineNumber) }
        if homeSide { fieldRow.home = partner.id } else { fieldRow.partner = partner.id }
    }

    /// Whether label words name the home side: "partenaire algérien", "partenaire national"
    /// (a row's field and a record's alike).
    func isHomeSideLabel(_ sentence: Sentence, _ words: Range<Int>) -> Bool {
        words.contains { index in
            sentence.key(index, in: Self.homeLabelWords) || home != nil && demonymCountry(sentence, index) == home
        }
    }
}
