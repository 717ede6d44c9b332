@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// Executive programmes and the events set in an agreement's frame (session 14, Docs/extraction.md
/// "Executive programmes"). The sentences are written for these tests.
struct ExecutiveProgrammeTests {
    /// "un programme exécutif couvrant les années 2024 à 2026, signé … le 2 mars 2024": a
    /// programme named with its period, dated by its signature and its period, that implements the
    /// agreement of the line before; no agreement and no parties are proposed for it.
    @Test func anExecutiveProgrammeIsAProgrammeThatImplementsTheAgreementBefore() throws {
        let text = """
            Un accord de coopération dans le domaine de la pêche a été signé à Lisbonne le 4 avril 2019 entre l'Algérie et le Portugal.
            Un programme exécutif couvrant les années 2024 à 2026, signé à Alger le 2 mars 2024, en précise les actions.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        #expect(extraction.entities(ofType: .agreement).count == 1)
        let programme = try #require(extraction.entities(ofType: .programme).first)
        #expect(programme.names.fr == "Programme exécutif 2024-2026")
        #expect(programme.properties["kind"] == .string("programme"))
        #expect(Set(programme.dates) == [
            DatedRole(.signed, PartialDate(year: 2024, month: 3, day: 2)!), DatedRole(.started, PartialDate(year: 2024)!),
            DatedRole(.until, PartialDate(year: 2026)!),
        ])
        #expect(extraction.has(.implements, programme.id, agreement.id))
        #expect(!extraction.relations.contains { $0.relation.type == .partyTo && $0.relation.to == programme.id })
    }

    /// The agreement it implements may be named before it in its sentence, or after it by its
    /// kind word alone ("du protocole"), which names the protocol proposed earlier; one listed
    /// beside it ("un accord … et le programme exécutif …") is not its frame.
    @Test func theAgreementItImplementsIsReadFromItsSentence() throws {
        let before = try Support.extract(
            "Le mémorandum d'entente signé à Rome le 3 juin 2018 entre l'Algérie et l'Italie est mis en œuvre à travers un programme exécutif couvrant la période 2021-2023.",
            home: "DZ")
        let memorandum = try #require(before.entities(ofType: .agreement).first)
        let first = try #require(before.entities(ofType: .programme).first)
        #expect(before.has(.implements, first.id, memorandum.id))

        let after = try Support.extract("""
            Un protocole d'accord sur les archives a été signé à Rome le 10 mai 2016 entre l'Algérie et l'Italie.
            La coopération se poursuit.
            Le programme exécutif du protocole pour la période 2022-2024, adopté le 8 février 2022, prévoit une exposition.
            """, home: "DZ")
        let protocolAgreement = try #require(after.entities(ofType: .agreement).first)
        #expect(after.entities(ofType: .agreement).count == 1, "\(after.entities(ofType: .agreement).map(\.id))")
        let second = try #require(after.entities(ofType: .programme).first { $0.names.fr.hasPrefix("Programme exécutif") })
        #expect(second.names.fr == "Programme exécutif 2022-2024 du protocole")
        #expect(second.dates.contains(DatedRole(.adopted, PartialDate(year: 2022, month: 2, day: 8)!)))
        #expect(after.has(.implements, second.id, protocolAgreement.id))

        let listed = try Support.extract(
            "Ont été signés à cette occasion un accord de coopération dans le domaine du tourisme et le programme exécutif de coopération culturelle pour la période 2023-2025.",
            home: "DZ")
        let culture = try #require(listed.entities(ofType: .programme).first)
        #expect(culture.names.fr == "Programme exécutif de coopération culturelle 2023-2025")
        #expect(!listed.relations.contains { $0.relation.type == .implements })
    }

    /// "le programme exécutif précité" names the one proposed before, and an event of a sentence
    /// opening "Dans le cadre de" a programme or agreement implements it.
    @Test func anEventInTheFrameOfAProgrammeImplementsIt() throws {
        let text = """
            Le programme exécutif de coopération culturelle pour la période 2023-2025 a été signé au Caire en février 2023.
            - Dans le cadre du programme exécutif précité, une semaine culturelle égyptienne s'est tenue à Oran du 4 au 9 mai 2024.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let programme = try extraction.only(ofType: .programme)
        let week = try #require(extraction.entities(ofType: .event).first)
        #expect(extraction.has(.implements, week.id, programme.id))
        // "Au titre du mémorandum …" frames the events after it too; a frame named late does not.
        let framed = try Support.extract(
            "Au titre du mémorandum d'entente signé en 2019 avec le Japon, un séminaire sur la pêche a été organisé à Alger le 5 mai 2021.", home: "DZ")
        let memorandum = try #require(framed.entities(ofType: .agreement).first)
        let seminar = try #require(framed.entities(ofType: .event).first)
        #expect(framed.has(.implements, seminar.id, memorandum.id))
        let late = try Support.extract(
            "Un séminaire sur la pêche a été organisé à Alger le 5 mai 2021 dans le cadre du mémorandum d'entente signé en 2019 avec le Japon.", home: "DZ")
        #expect(!late.relations.contains { $0.review.rule == "event.frame" })
    }

    /// A kind word alone after a definite article, undated, names again the agreement of that
    /// kind proposed before (no new "Mémorandum" is proposed).
    @Test func aBareDefiniteKindWordNamesTheEarlierAgreement() throws {
        let text = """
            Un mémorandum d'entente relatif à la géodésie a été signé à Madrid le 7 novembre 2019 entre l'INCT et l'IGN.
            Au titre du mémorandum conclu avec l'IGN, un programme exécutif pour la période 2022-2024 a été adopté à Alger les 28 et 29 juin 2022.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let memorandum = try extraction.only(ofType: .agreement)
        let programme = try #require(extraction.entities(ofType: .programme).first)
        #expect(extraction.has(.implements, programme.id, memorandum.id))
        // Adopted over two days of one month: the month, and no end taken from the two days.
        #expect(Set(programme.dates) == [
            DatedRole(.adopted, PartialDate(year: 2022, month: 6)!), DatedRole(.started, PartialDate(year: 2022)!),
            DatedRole(.until, PartialDate(year: 2024)!),
        ])
        // A dated kind word is a new agreement.
        let dated = try Support.extract(text + "\nLe mémorandum signé le 3 mai 2023 avec l'IGN porte sur le cadastre.", home: "DZ")
        #expect(dated.entities(ofType: .agreement).count == 2)
    }

    /// "les années 2023 à 2025" and "les années 2023 et 2024" are periods.
    @Test func yearsAfterLesAnneesArePeriods() throws {
        for (text, until) in [("couvrant les années 2023 à 2025", 2025), ("pour les années 2023 et 2024", 2024)] {
            let extraction = try Support.extract("Un programme exécutif " + text + " a été adopté.", home: "DZ")
            let programme = try #require(extraction.entities(ofType: .programme).first)
            #expect(programme.dates.contains(DatedRole(.started, PartialDate(year: 2023)!)))
            #expect(programme.dates.contains(DatedRole(.until, PartialDate(year: until)!)), "\(programme.dates)")
        }
    }

    /// "devrait être signé … au cours du premier trimestre 2025": a signature still to come is planned.
    @Test func aSignatureToComeIsPlanned() throws {
        let text = "Un programme exécutif devrait être signé à Tunis au cours du premier trimestre 2025."
        let programme = try #require(try Support.extract(text, home: "DZ").entities(ofType: .programme).first)
        #expect(programme.dates == [DatedRole(.planned, PartialDate(year: 2025)!)])
        let accord = try #require(try Support.extract("Un accord sera signé à Tunis en mai 2025.", home: "DZ").entities(ofType: .agreement).first)
        #expect(accord.dates == [DatedRole(.planned, PartialDate(year: 2025, month: 5)!)])
        let past = try #require(try Support.extract("Un accord a été signé à Tunis en mai 2021.", home: "DZ").entities(ofType: .agreement).first)
        #expect(past.dates == [DatedRole(.signed, PartialDate(year: 2021, month: 5)!)])
    }
}
