import CoopModel

/// The role a verb gives the date of the agreement it governs, when the agreement's name stands
/// between them ("a ratifié la convention-cadre … en 1993").
extension DocumentExtraction {
    /// The role of a role word among the three tokens right before `agreement` (its article and
    /// auxiliary between), or nil.
    func roleWord(before agreement: Mention, _ sentence: Sentence) -> DateRole? {
        let lowest = max(sentence.range.lowerBound, agreement.first - 3)
        var position = agreement.first - 1
        while position >= lowest {
            for match in sentence.matches[position] ?? [] where match.end <= agreement.first {
                if case .role(let role) = match.payload { return role }
            }
            guard Self.roleWordGap.contains(sentence.key(position)) else { return nil }
            position -= 1
        }
        return nil
    }

    /// Articles that may stand between the verb and the agreement's name.
    private static let roleWordGap: Set<String> = ["la", "le", "les", "l", "'", "un", "une"]
}
