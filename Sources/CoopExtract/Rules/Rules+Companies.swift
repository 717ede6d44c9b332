import CoopModel

/// Companies named after a common noun and a demonym: "la compagnie indienne ONGC Videsh",
/// "le groupe italien ENI", "la société française Alstom".
extension DocumentExtraction {
    /// The company whose common noun (`company_nouns` of organisation-heads.yaml) is at `index`,
    /// followed by a demonym and one to four capitalised words; nil otherwise.
    mutating func companyName(_ sentence: inout Sentence, at index: Int) -> Mention? {
        let tokens = sentence.tokens
        // Tried at every token: one probe of the word-class table before anything else.
        guard !tokens[index].capitalized, vocabulary.wordClasses.classes(of: tokens[index]).contains(.companyNoun),
            let demonym = sentence.matches[index + 1]?.first(where: { if case .demonym = $0.payload { return true } else { return false } }),
            case .demonym(let country) = demonym.payload
        else { return nil }
        let start = demonym.end
        var end = start
        while end < sentence.range.upperBound, end - start < 4, tokens[end].kind == .word, tokens[end].capitalized,
            !(sentence.matches[end]?.contains(where: {
                switch $0.payload {
                case .head, .country, .place, .agreement, .month: return true
                default: return false
                }
            }) ?? false)
        {
            end += 1
        }
        guard end > start else { return nil }
        let evidence = evidence(sentence, index, end)
        let id = addInstitution(
            name: sentence.line.text(tokens: start, end - 1), type: .agency, kind: "company", acronym: nil, nameTokens: start..<end,
            sentence: sentence, span: index..<end, confidence: 0.7, rule: "org.company")
        addCountry(country, evidence: evidence, confidence: 0.6, rule: "country.company")
        store.add(Relation(type: .underAuthorityOf, from: id, to: country), symmetric: false, confidence: 0.6,
                  rule: "org.company-country", evidence: evidence)
        return Mention(kind: .institution, id: id, first: index, end: end)
    }
}
