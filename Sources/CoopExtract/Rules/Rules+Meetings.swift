import CoopModel

/// A joint body's meeting told by its verb: "un groupe de travail mixte, qui s'est réuni pour la
/// première fois à Alger les 11 et 12 juillet 2023", "La commission mixte … s'est réunie à Nairobi
/// du 4 au 6 novembre 2019". No event word names it, so `buildEvents` has none; the session is
/// the joint body's own (role organiser), held where and when the clause says.
extension DocumentExtraction {
    static let meetingVerbs: CueSet = ["reuni", "reunie", "reunis", "reunies"]

    /// Proposes the session of the joint body that "s'est réuni(e)" (or "se sont réunis") in
    /// `sentence`, when the clause dates it and names no event of its own before that date ("…
    /// et dont la deuxième réunion devrait se tenir à Berlin" after it is another event).
    mutating func meetingOfJointBody(_ sentence: Sentence) {
        guard relationCues.has(.meeting, in: sentence) else { return }
        let range = sentence.range
        for verb in range where Self.meetingVerbs.contains(sentence.tokens[verb]) {
            // "s'est réuni", "se sont réunis".
            let reflexive = ["est", "sont"].contains(sentence.key(verb - 1))
                && (sentence.key(verb - 2) == "se" || sentence.key(verb - 2) == "'" && sentence.key(verb - 3) == "s")
            guard reflexive,
                let body = sentence.mentions.last(where: { $0.end <= verb - 2 && $0.kind == .institution && !$0.adjective && !$0.id.rawValue.isEmpty }),
                store.entities[body.id]?.entity.type == .jointBody || vocabulary.knowledge?.entity(body.id)?.type == .jointBody,
                // The body is the clause's subject: nothing but a relative pronoun, commas and a
                // few words ("prévue par cet accord") between it and the verb.
                verb - body.end <= 10, !sentence.mentions.contains(where: { $0.first >= body.end && $0.first < verb && $0.kind == .institution })
            else { continue }
            let limit = min(range.upperBound, verb + 20)
            guard let date = sentence.dates.first(where: { $0.first > verb && $0.first < limit }),
                !sentence.mentions.contains(where: { $0.kind == .event && $0.first < date.end })
            else { return }
            let place = sentence.mentions.first {
                ($0.kind == .place || $0.kind == .country) && !$0.adjective && $0.first > verb && $0.first < date.first + 8
                    && placePreposition(sentence, $0.first) == .locative
            }
            var dated = [DatedRole(date.role == .planned ? .planned : .held, date.date)]
            if let until = date.until { dated.append(DatedRole(.until, until)) }
            let first = (verb + 1..<limit).contains { sentence.key($0) == "premiere" && sentence.key($0 + 1) == "fois" }
            let bodyName = store.name(of: body.id) ?? vocabulary.knowledge?.names(of: body.id)?.fr ?? body.id.rawValue
            let placeName = place.map { displayName($0.id) }
            let placePart = place.map { "-" + placeSlug($0.id) } ?? ""
            let id = EntityID("evt." + date.date.idText + ".joint-commission-session" + placePart)
            let name = (first ? "Première réunion" : "Réunion") + " (" + bodyName + (placeName.map { ", " + $0 } ?? "") + ")"
            var entity = Entity(id: id, type: .event, names: Names(fr: name), dates: dated)
            entity.properties["kind"] = .string("joint_commission_session")
            let evidence = evidence(sentence, body.first, max(date.end, place?.end ?? date.end))
            store.add(entity, confidence: 0.7, rule: "event.meeting-verb", existing: false, evidence: evidence)
            store.add(Relation(type: .tookPartIn, from: body.id, to: id, properties: RoleProperties.of("organiser"), dates: dated),
                      symmetric: false, confidence: 0.7, rule: "event.meeting-verb", evidence: evidence)
            if let place {
                store.add(Relation(type: .heldIn, from: id, to: place.id), symmetric: false, confidence: 0.7,
                          rule: "event.meeting-verb", evidence: evidence)
            }
            lastEvent = (id, dated, sentence.lineNumber)
            return
        }
    }
}
