import CoopModel

/// The countries an event was open to: "un séminaire … ouvert aux administrations douanières du
/// Niger, du Tchad et de la Mauritanie" (`audience_markers` of events.yaml).
extension DocumentExtraction {
    /// Proposes each country of the list after an audience marker, itself after the event word,
    /// as a participant of `event`.
    mutating func audience(
        _ sentence: Sentence, event: EntityID, role: String, dates: [DatedRole], evidence: EvidenceDraft, after eventEnd: Int
    ) {
        guard !vocabulary.audiencePhrases.isEmpty, let marker = firstPhrase(sentence, vocabulary.audiencePhrases, vocabulary.audienceStarts, from: eventEnd) else { return }
        // The list: the countries after the marker, joined by commas, "et" and articles; up to
        // four words (the people: "administrations douanières") before the first one.
        // Past the longest marker that matches there ("à l'intention des", not "à l'intention de").
        let length = vocabulary.audiencePhrases.filter { phrase in
            phrase.indices.allSatisfy { sentence.key(marker + $0) == phrase[$0] }
        }.map(\.count).max() ?? 1
        var cursor = marker + length
        var countries: [Mention] = []
        for mention in sentence.mentions where mention.first > marker {
            guard mention.kind == .country, !mention.id.rawValue.isEmpty else { break }
            let gap = cursor..<mention.first
            if countries.isEmpty {
                guard gap.count <= 6, !gap.contains(where: { sentence.tokens[$0].kind == .punct && !sentence.key($0, is: "'") }) else { break }
            } else {
                guard gap.allSatisfy({ sentence.key($0, in: Self.joining) }) else { break }
            }
            countries.append(mention)
            cursor = mention.end
        }
        for country in countries {
            store.add(Relation(type: .tookPartIn, from: country.id, to: event, properties: RoleProperties.of(role), dates: dates),
                      symmetric: false, confidence: 0.55, rule: "event.audience", evidence: evidence)
        }
    }
}
