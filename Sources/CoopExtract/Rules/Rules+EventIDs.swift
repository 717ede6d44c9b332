import CoopModel

/// The id and name of each event written so far in a document, by the parts they are made of.
///
/// Why: an event named again ("la commission mixte … (Alger)" in several sentences) wrote its id
/// and name anew, two new strings of a few appends each, and a new id string is numbered by the
/// store by its text (a `String` hash) for the entity and for each relation of the event. Handed
/// the strings written the first time, the store recognises them by their identity instead.
/// About half the events of the benchmark corpus repeat one written before.
///
/// The id depends only on the parts; the name also on the places' display names, which the
/// entry keeps and which are compared before it is used (a place proposed later, or removed and
/// proposed again, may change its name): a stale entry only costs a miss.
struct EventIDs {
    /// What an event's id and name are written from.
    struct Parts: Hashable {
        var date: PartialDate?
        /// The hazard, else the kind.
        var kind: String
        var qualifier: String?
        var places: [EntityID]
        /// The event word's name, before its first letter is capitalised.
        var name: String
        /// Whether the id names the event word too (`eventIDAndName`).
        var named = false
    }

    private var written: [Parts: (id: EntityID, name: String, placeNames: [String])] = [:]
    /// The most entries kept; the table is emptied when full.
    static let capacity = 4096
    /// The room made at the first entry.
    static let firstRoom = 512

    /// The id and name written for `parts`, when the places' names are still `placeNames`.
    func find(_ parts: Parts, placeNames: [String]) -> (id: EntityID, name: String)? {
        guard let entry = written[parts], entry.placeNames == placeNames else { return nil }
        return (entry.id, entry.name)
    }

    /// Keeps the id and name written for `parts`.
    mutating func note(_ parts: Parts, id: EntityID, name: String, placeNames: [String]) {
        if written.count >= Self.capacity { written.removeAll(keepingCapacity: true) }
        // Room for the first few hundred at once: growing one slot at a time rehashed every entry.
        if written.isEmpty { written.reserveCapacity(Self.firstRoom) }
        written[parts] = (id, name, placeNames)
    }
}

extension DocumentExtraction {
    /// The id ("evt.DATE.KIND-QUALIFIER-PLACE-…", underscores made dashes) and the name ("Name
    /// qualifier (Place, Place)") of an event, written once per distinct parts (`EventIDs`).
    /// `named` ends the id with the event word ("evt.2026-10-26.other-seance-de-travail"): the
    /// items of a visit's programme are several events of one day, told apart by their words.
    mutating func eventIDAndName(
        name draftName: String, kind: String, date: PartialDate?, qualifier qualifierText: String?, places placeIDs: [EntityID],
        named: Bool = false
    ) -> (id: EntityID, name: String) {
        // (A loop, not a closure reading `self` from this mutating method.)
        var placeNames: [String] = []
        placeNames.reserveCapacity(placeIDs.count)
        for place in placeIDs { placeNames.append(displayName(place)) }
        let parts = EventIDs.Parts(date: date, kind: kind, qualifier: qualifierText, places: placeIDs, name: draftName, named: named)
        if let known = relationMemos.eventIDs.find(parts, placeNames: placeNames) { return known }
        // The id and the name each written into one string (joining the parts built a new
        // string at each step).
        var idText = "evt."
        idText.reserveCapacity(64)
        idText += date.map { $0.idText } ?? "nd"
        idText += "."
        Self.appendDashed(kind, to: &idText)
        if let qualifierText {
            idText += "-"
            Self.appendDashed(memo.slug(qualifierText), to: &idText)
        }
        for place in placeIDs {
            idText += "-"
            Self.appendDashed(placeSlug(place), to: &idText)
        }
        if named {
            idText += "-"
            Self.appendDashed(memo.slug(draftName), to: &idText)
        }
        let id = EntityID(idText)
        // (Through the memo: the same few event words, capitalised anew for every new event.)
        var name = memo.capitalisedFirst(draftName)
        if let qualifierText { name += " " + qualifierText }
        for (offset, placeName) in placeNames.enumerated() {
            name += offset == 0 ? " (" : ", "
            name += placeName
        }
        if !placeNames.isEmpty { name += ")" }
        relationMemos.eventIDs.note(parts, id: id, name: name, placeNames: placeNames)
        return (id, name)
    }
}
