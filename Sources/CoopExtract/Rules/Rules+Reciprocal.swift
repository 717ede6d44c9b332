import CoopModel

/// Two bodies or countries named as the joint subject of a verb of working together.
extension DocumentExtraction {
    /// Verbs of two subjects working together ("coopèrent", "collaborent").
    static let reciprocalVerbs: CueSet = ["cooperent", "collaborent", "travaillent", "partenaires"]

    /// "L'APS et l'agence TASS coopèrent depuis 2009": two bodies or countries joined by "et"
    /// right before a reciprocal verb cooperate, from the "depuis" date after it.
    mutating func reciprocalCooperation(_ sentence: Sentence) {
        guard relationCues.has(.reciprocal, in: sentence), let verb = sentence.range.first(where: { Self.reciprocalVerbs.contains(sentence.tokens[$0]) })
        else { return }
        let before = sentence.mentions.filter {
            $0.end <= verb && ($0.kind == .institution || $0.kind == .country) && !$0.adjective && !$0.id.rawValue.isEmpty
        }
        guard before.count >= 2 else { return }
        let (first, second) = (before[before.count - 2], before[before.count - 1])
        // "sont partenaires" and "travaillent ensemble" need their auxiliary or adverb.
        let verbKey = sentence.key(verb)
        if verbKey == "partenaires" && !sentence.key(verb - 1, is: "sont") || verbKey == "travaillent" && !sentence.key(verb + 1, is: "ensemble") { return }
        let between = (first.end..<second.first).map { sentence.key($0) }
        let gap = (second.end..<(verbKey == "partenaires" ? verb - 1 : verb)).map { sentence.key($0) }
        guard first.id != second.id, between.contains("et"), between.allSatisfy({ $0 == "et" || Self.articleKeys.contains($0) }),
            gap.allSatisfy({ $0 == "," || $0 == "ne" || Self.signingAdverbs.contains($0) })
        else { return }
        var relation = Relation(type: .cooperatesWith, from: first.id, to: second.id)
        if let started = sentence.dates.first(where: { $0.role == .started && $0.first > verb && $0.first <= verb + 3 }) {
            relation.dates = [DatedRole(.started, started.date)]
        }
        store.add(relation, symmetric: true, confidence: 0.7, rule: "cooperation.reciprocal", evidence: evidence(sentence, first.first, verb + 1))
    }
}
