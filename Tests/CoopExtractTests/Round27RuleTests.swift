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

    /// A dispatch's dateline dates its weekdays (the last one on or before it; "jusqu'à" looks
    /// forward) and its "septembre prochain"; its own date dates no fact.
    @Test func aDatelineDatesTheWeekdaysOfItsDispatch() throws {
        let extraction = try Support.extract(
            """
            Revue de presse
            TUNIS, 16 juillet 2025 (TAP) – L'Office national du tourisme et l'Agence nationale du tourisme ont signé lundi à Tunis une convention de partenariat.
            Un atelier conjoint a été organisé jeudi à Sousse par les deux offices.
            Le salon de l'artisanat s'est tenu dimanche à Nabeul. La formation des guides durera jusqu'à samedi.
            Une visite de l'Office à Alger est prévue en septembre prochain, et un second atelier s'est tenu à Oran en novembre dernier.
            """, home: "DZ")
        let day = { (month: Int, day: Int) in PartialDate(year: 2025, month: month, day: day)! }
        // 16 July 2025 was a Wednesday: Monday the 14th, Thursday the 10th.
        let agreement = try extraction.only(ofType: .agreement)
        #expect(agreement.dates == [DatedRole(.signed, day(7, 14))])
        let events = Dictionary(extraction.entities(ofType: .event).map { ($0.names.fr, $0.dates.sorted()) }, uniquingKeysWith: { $0 + $1 })
        #expect(events["Atelier (Sousse)"] == [DatedRole(.held, day(7, 10))])
        #expect(events["Salon (Nabeul)"] == [DatedRole(.held, day(7, 13))])
        #expect(events.values.contains([DatedRole(.held, PartialDate(year: 2024, month: 11)!)]))
        #expect(events.values.contains([DatedRole(.planned, PartialDate(year: 2025, month: 9)!)]))
        // The dateline's own day dates nothing.
        #expect(!extraction.entities.contains { $0.entity.dates.contains { $0.date == day(7, 16) } })
    }

    /// "ont signé en marge de la session un protocole": the session the document's header told,
    /// no new one, and its days' shared month as the signature.
    @Test func theSessionTheHeaderToldDatesWhatIsSignedAtIt() throws {
        let extraction = try Support.extract(
            """
            Ministère de l'Agriculture
            Procès-verbal de la troisième session de la Commission mixte algéro-polonaise (Varsovie, 14 et 15 mai 2024)
            La Commission mixte a tenu sa troisième session à Varsovie les 14 et 15 mai 2024.
            L'Institut technique des grandes cultures et l'Institut polonais de phytotechnie ont signé en marge de la session un protocole de coopération scientifique.
            Les deux parties ont examiné lors de la session le bilan des échanges.
            """, home: "DZ")
        let sessions = extraction.entities(ofType: .event)
        #expect(sessions.count == 1, "\(sessions.map(\.id))")
        let agreement = try extraction.only(ofType: .agreement)
        #expect(agreement.dates == [DatedRole(.signed, PartialDate(year: 2024, month: 5)!)])
    }

    /// "en marge du forum mondial de …", "en marge de l'atelier" after an atelier of the same
    /// sentence: another event named, or the one just told; not the header's.
    @Test func aQualifiedEventAfterAnOccasionIsAnotherEvent() throws {
        let extraction = try Support.extract(
            """
            Ministère de la Pêche
            Procès-verbal de la deuxième session du comité mixte algéro-japonais (Alger, 3 mars 2019)
            Un contrat a été conclu entre l'Agence nationale de l'aquaculture et la JICA en marge du forum mondial de l'aquaculture tenu à Yokohama en octobre 2019.
            """, home: "DZ")
        #expect(extraction.entities(ofType: .event).contains { $0.dates.contains(DatedRole(.held, PartialDate(year: 2019, month: 10)!)) })
        #expect(try extraction.only(ofType: .agreement).dates == [DatedRole(.signed, PartialDate(year: 2019, month: 10)!)])
    }

    /// "le lac Tonga", "le fleuve Niger": a lake or a river, no country.
    @Test func aLakeNamedLikeACountryIsNoCountry() throws {
        let extraction = try Support.extract(
            "Des ornithologues ont recensé les oiseaux du lac Tonga et du fleuve Niger avec des experts du Niger en 2024.", home: "DZ")
        #expect(extraction.entities(ofType: .country).map(\.id.rawValue).sorted() == ["NE"])
    }

    /// "le Parc national de Gouraya": a national park is a body.
    @Test func aNationalParkIsABody() throws {
        let extraction = try Support.extract(
            "Le Parc national de Gouraya et le Parc national de Port-Cros sont jumelés depuis 2019.", home: "DZ")
        #expect(extraction.entities(ofType: .agency).map(\.names.fr).sorted() == ["Parc national de Gouraya", "Parc national de Port-Cros"])
    }

    /// "instituée par le décret exécutif n° 02-127 du 7 avril 2002": the act's kind and number
    /// between the role word and the date do not cut the role off.
    @Test func anActsNumberDoesNotCutOffTheRoleWord() throws {
        let extraction = try Support.extract(
            "L'Agence nationale des forêts a été instituée par le décret exécutif n° 02-175 du 21 mai 2002.", home: "DZ")
        let agency = try extraction.only(ofType: .agency)
        #expect(agency.dates == [DatedRole(.created, PartialDate(year: 2002, month: 5, day: 21)!)])
    }

    /// "les normes de Bâle III": a numbered town's name is a standard, no place nor country.
    @Test func aNumberedTownsNameIsAStandard() throws {
        let extraction = try Support.extract(
            "La Banque d'Algérie applique depuis 2023 les normes de Bâle III avec l'appui de la Banque de France.", home: "DZ")
        #expect(extraction.entities(ofType: .place).isEmpty)
        #expect(!extraction.entities(ofType: .country).contains { $0.id == "CH" })
    }

    /// "elle couvre la supervision bancaire …": what an agreement covers is a domain.
    @Test func whatAnAgreementCoversIsADomain() throws {
        let extraction = try Support.extract(
            "Une convention a été signée à Alger le 10 octobre 2022 par les deux banques ; elle couvre la supervision bancaire et la propriété industrielle.",
            home: "DZ")
        let sectors = Set(extraction.entities(ofType: .sector).map(\.id.rawValue))
        #expect(sectors.isSuperset(of: ["sector.central-banking", "sector.intellectual-property"]), "\(sectors)")
    }

    /// In a plan ("Plan d'action de coopération 2026–2027"), a date with no role word from the
    /// plan's first year on is planned; a past fact told with its verb stays held.
    @Test func aPlansDatesArePlanned() throws {
        let plan = """
            Direction Générale des Forêts
            Plan d'action de coopération 2026–2027 en matière de biodiversité
            Premier semestre 2026 : atelier national sur les zones humides à Oran, avec la Tunisie.
            Deuxième semestre 2026 : suite de la réunion technique tenue à Tabarka les 17 et 18 juin 2024.
            """
        let extraction = try Support.extract(plan, home: "DZ")
        let events = Dictionary(extraction.entities(ofType: .event).map { ($0.names.fr, $0.dates.sorted()) }, uniquingKeysWith: { $0 + $1 })
        #expect(events.values.contains([DatedRole(.planned, PartialDate(year: 2026)!)]), "\(events)")
        #expect(events.values.contains { $0.contains(DatedRole(.held, PartialDate(year: 2024, month: 6, day: 17)!)) })
        // Without the plan's title, the same line tells a held workshop.
        let report = try Support.extract(plan.replacingOccurrences(of: "Plan d'action de coopération 2026–2027", with: "Bilan"), home: "DZ")
        #expect(report.entities(ofType: .event).contains { $0.dates == [DatedRole(.held, PartialDate(year: 2026)!)] })
    }
}
