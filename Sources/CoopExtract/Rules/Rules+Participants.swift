import CoopModel

/// A country that the text says took part in an event, as the subject of "a pris part à",
/// "a participé à" before it: "L'Algérie a pris part au 37e sommet …", "la République de Corée
/// a pris part, en qualité d'invitée d'honneur, à la 55e édition …", "… ; elle a participé à …".
/// (The bodies of an event's sentence are its actors already; a country named there is often
/// only a place, so it takes part only when it is the subject of such a verb.)
extension DocumentExtraction {
    /// The country that is the subject of a verb of taking part before `event`, with only dates,
    /// places, small words and one aside between the verb and the event.
    func statedParticipant(_ sentence: Sentence, event: Mention) -> EntityID? {
        guard sentence.contains(anyOf: Self.participationCues),
            let verbEnd = (sentence.range.lowerBound..<event.first).last(where: { isParticipationVerb(sentence, $0) }),
            leadsToEvent(sentence, from: verbEnd + 1, to: event, allowingAside: true)
        else { return nil }
        // "Elle a pris part …" after "; " or ". " reads as its referent (`pronounSubject`).
        let verb = sentence.key(verbEnd, is: "part") ? verbEnd - 1 : verbEnd
        guard let subject = subjectOfVerb(sentence, at: verb), subject.kind == .country else { return nil }
        return subject.id
    }

    /// "participé", "participera", or "part" after "pris", "prend", "prendra".
    private func isParticipationVerb(_ sentence: Sentence, _ index: Int) -> Bool {
        let key = sentence.key(index)
        if key == "part" { return sentence.key(index - 1, in: Self.takingWords) }
        return Self.participatingWords.contains(key)
    }

    private static let participatingWords: CueSet = ["participe", "participera", "participait", "participent", "participeront"]
    private static let takingWords: CueSet = ["pris", "prend", "prendra", "prenait", "prennent", "prendront"]
    /// The words of either form, to turn away at once a sentence that has none.
    private static let participationCues = CueSet(participatingWords.keys.union(["part"]))
}
