@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules written after round 26's visit programme and round 27's blind notes (a press review,
/// the minutes of a joint commission, an answer to a parliamentary question, an action plan),
/// each on sentences of other words than the notes'.
struct Round27RuleTests {
    /// A programme of a visit to Oran by a Tunisian delegation, in the shape of a real one.
    private static let programme = """
        Ministère de la Santé
        Programme de la visite de la délégation du Ministère tunisien de la Santé à Oran, du lundi 9 au jeudi 12 mars 2026
        Lundi 9 mars 2026
        14h30 : Séance de travail au Centre hospitalo-universitaire d'Oran sur la greffe rénale, lancée par les deux ministères en mai 2024
        Mardi 10 mars 2026
        09 h 00 – 10 h 30 : Table ronde sur la formation des infirmiers avec l'Institut national de pédagogie de la formation paramédicale, organisée par l'Agence nationale de la santé publique
        16h00 : Signature du protocole d'accord entre les deux ministères relatif à la télémédecine, en application de l'accord signé à Tunis le 2 février 2019
        Mercredi 11 mars 2026
        10h00 : Visite du service de cardiologie
        """

    private func dates(_ extraction: Extraction, _ id: EntityID) -> [DatedRole] {
        extraction.entity(id)?.dates.sorted() ?? []
    }

    /// "du dimanche 25 au mercredi 28 octobre 2026", "les samedi 14 et dimanche 15 mars": a
    /// weekday before the last day of a range leaves the range whole.
    @Test func aWeekdayBeforeTheLastDayKeepsTheRange() throws {
        let extraction = try Support.extract(
            "Le séminaire s'est tenu à Oran du dimanche 25 au mercredi 28 octobre 2026.\nLe salon s'est tenu à Annaba les samedi 14 et dimanche 15 mars 2026.",
            home: "DZ")
        let events = extraction.entities(ofType: .event).map { $0.dates.sorted() }.sorted { $0.description < $1.description }
        #expect(events == [
            [DatedRole(.held, PartialDate(year: 2026, month: 10, day: 25)!), DatedRole(.until, PartialDate(year: 2026, month: 10, day: 28)!)],
            [DatedRole(.held, PartialDate(year: 2026, month: 3, day: 14)!), DatedRole(.until, PartialDate(year: 2026, month: 3, day: 15)!)],
        ].sorted { $0.description < $1.description })
    }

    /// The title of a programme dates its visit, planned; each item is planned on the day of its
    /// heading and named apart from the day's other items.
    @Test func aProgrammesItemsArePlannedOnTheDayOfTheirHeading() throws {
        let extraction = try Support.extract(Self.programme, home: "DZ")
        let events = Dictionary(extraction.entities(ofType: .event).map { ($0.names.fr, $0.dates.sorted()) }, uniquingKeysWith: { $0 + $1 })
        let day = { (day: Int) in PartialDate(year: 2026, month: 3, day: day)! }
        #expect(events["Visite (Oran)"] == [DatedRole(.planned, day(9)), DatedRole(.until, day(12))])
        #expect(events["Séance de travail"] == [DatedRole(.planned, day(9))])
        #expect(events["Table ronde"] == [DatedRole(.planned, day(10))])
        // "Visite du service de cardiologie": a moment of the visit, no visit of its own.
        #expect(events.count == 3, "\(events.keys.sorted())")
        // The items of one day are told apart by their words.
        let ids = extraction.entities(ofType: .event).map(\.id.rawValue)
        #expect(Set(ids).count == ids.count)
    }

    /// An item's holder ("organisée par …") took part; the other bodies it names have not yet.
    @Test func aProgrammesItemNamesItsHoldersOnly() throws {
        let extraction = try Support.extract(Self.programme, home: "DZ")
        let table = try #require(extraction.entities(ofType: .event).first { $0.names.fr == "Table ronde" })
        let holders = extraction.sources(.tookPartIn, to: table.id).compactMap { extraction.entity($0)?.names.fr }
        #expect(holders == ["Agence nationale de la santé publique"])
    }

    /// A signature in an item is planned on its heading's day; the earlier agreement it applies
    /// keeps its signature; a date before the programme's first day is a past fact of the item.
    @Test func aProgrammesSignatureIsPlannedAndItsPastFactsStayPast() throws {
        let extraction = try Support.extract(Self.programme, home: "DZ")
        let agreements = extraction.entities(ofType: .agreement).map(\.dates).sorted { $0.description < $1.description }
        #expect(agreements.contains([DatedRole(.planned, PartialDate(year: 2026, month: 3, day: 10)!)]))
        #expect(agreements.contains([DatedRole(.signed, PartialDate(year: 2019, month: 2, day: 2)!)]))
        // "lancée … en mai 2024" dates no item of the programme.
        #expect(!extraction.entities(ofType: .event).contains { $0.dates.contains { $0.date.year == 2024 } })
    }

    /// The same lines outside a programme are what they say: held, not planned.
    @Test func withoutAProgrammesTitleItemsAreNotPlanned() throws {
        let report = Self.programme.replacingOccurrences(
            of: "Programme de la visite de la délégation du Ministère tunisien de la Santé à Oran, du lundi 9 au jeudi 12 mars 2026",
            with: "Compte rendu des activités du Ministère tunisien de la Santé")
        let extraction = try Support.extract(report, home: "DZ")
        #expect(!extraction.entities.contains { $0.entity.dates.contains { $0.role == .planned } })
    }

    /// "au Palais des expositions", "au Palais des congrès": a building named for its events.
    @Test func aBuildingNamedForItsEventsIsNoEvent() throws {
        let extraction = try Support.extract(
            "La cérémonie d'ouverture s'est tenue au Palais des expositions d'Alger le 26 octobre 2026.", home: "DZ")
        let events = extraction.entities(ofType: .event).map(\.names.fr)
        #expect(events.count == 1 && events[0].hasPrefix("Cérémonie"), "\(events)")
    }
}
