import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added in session 10 (Docs/extraction.md, "Round 10"): a crash on an acronym defined
/// after a lower-case head, agreements in force from their signature, numbered universities,
/// events with a proper name, English names whose initials skip letters, and a nationality in
/// an apposition. The sentences are written for these tests.
struct Round10RuleTests {
    private func plain(_ name: String) -> String { name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }

    /// "l'agence TASS (Agence …)" made two overlapping mentions, and a rule reading the words
    /// between consecutive mentions built a range whose end came before its start: the process
    /// trapped. The definition now replaces the head-only mention.
    @Test func anAcronymAfterALowerCaseHeadDefinedInBrackets() throws {
        let text = "Un protocole d'accord lie l’agence TASS (Agence télégraphique de Russie) et l'Agence Algérie Presse Service (APS) depuis 2015."
        let extraction = try Support.extract(text, home: "DZ")
        let tass = try #require(extraction.entities.first { $0.entity.acronyms.contains("TASS") }?.entity)
        #expect(plain(tass.names.fr) == "agence telegraphique de russie")
        #expect(extraction.has(.underAuthorityOf, tass.id, "RU"))
        // No second body named by the head and the acronym alone.
        #expect(!extraction.entities.contains { plain($0.entity.names.fr) == "agence tass" })
        // The nested reading (the bracket alone) does not trap either.
        let nested = try Support.extract("Le bureau de l’agence TASS (Agence Russie) à Alger a été inauguré en 2019.", home: "DZ")
        #expect(nested.entities.contains { $0.entity.acronyms.contains("TASS") })
    }

    @Test func inForceFromItsSignature() throws {
        let extraction = try Support.extract(
            "L'accord de coopération technique signé à Alger le 3 mai 1999 est entré en vigueur dès sa signature.", home: "DZ")
        let accord = try #require(extraction.entities(ofType: .agreement).first)
        #expect(accord.dates.contains(DatedRole(.signed, PartialDate(year: 1999, month: 5, day: 3)!)))
        #expect(accord.dates.contains(DatedRole(.inForce, PartialDate(year: 1999, month: 5, day: 3)!)))
        // Without the phrase, no in-force date is invented.
        let other = try Support.extract("L'accord de coopération technique a été signé à Alger le 3 mai 1999.", home: "DZ")
        let plainAccord = try #require(other.entities(ofType: .agreement).first)
        #expect(!plainAccord.dates.contains { $0.role == .inForce })
    }

    @Test func aNumberedUniversityAndItsPartnerSignAConvention() throws {
        let text = "L’Université Constantine 2 et l’Université de Tunis ont conclu en 2020 une convention d’échange d’enseignants."
        let extraction = try Support.extract(text, home: "DZ")
        let constantine = try #require(extraction.entities.first { plain($0.entity.names.fr).hasPrefix("universite constantine") }?.entity)
        #expect(plain(constantine.names.fr) == "universite constantine 2")
        let convention = try #require(extraction.entities(ofType: .agreement).first)
        let parties = extraction.sources(.partyTo, to: convention.id)
        #expect(parties.contains(constantine.id))
        #expect(parties.contains { $0.rawValue.contains("tunis") })
        // A day before a month is a date, not a number of the name.
        let dated = try Support.extract("L'Université Constantine 2 mai 2020 a accueilli un colloque.", home: "DZ")
        #expect(!dated.entities.contains { plain($0.entity.names.fr) == "universite constantine 2" })
    }

    @Test func anEventNamedByAProperName() throws {
        let text = "Une délégation a pris part à la conférence Africa Energy Forum, tenue à Nairobi du 4 au 6 juin 2022."
        let extraction = try Support.extract(text, home: "DZ")
        let event = try #require(extraction.entities(ofType: .event).first)
        #expect(event.names.fr.hasPrefix("Conférence Africa Energy Forum"))
        #expect(event.properties["kind"] == .string("other"))
        // A conference of ministers stays a ministerial meeting.
        let ministers = try Support.extract(
            "Le Ministre a pris part à la conférence arabe des ministres de l'environnement, tenue au Caire le 3 mars 2021.", home: "DZ")
        let meeting = try #require(ministers.entities(ofType: .event).first)
        #expect(meeting.properties["kind"] == .string("ministerial_meeting"))
    }

    @Test func englishNamesWhoseInitialsSkipLetters() throws {
        let text = "Un mémorandum a été signé entre l'ANGCM et le Council for Geomatics (CGM), organisme public sud-africain, "
            + "puis avec Geoscience Australia (GA) en 2019."
        // The English country name comes from the knowledge base, as with `--data Data`.
        let knowledge = try Support.graph([Entity(id: "AU", type: .country, names: Names(fr: "Australie", en: "Australia"))])
        let extraction = try Support.extract(text, knowledge: knowledge, home: "DZ")
        let council = try #require(extraction.entities.first { $0.entity.acronyms.contains("CGM") }?.entity)
        #expect(council.names.fr == "Council for Geomatics")
        #expect(council.id.rawValue.hasPrefix("za."))
        #expect(extraction.has(.underAuthorityOf, council.id, "ZA"))
        let geoscience = try #require(extraction.entities.first { $0.entity.acronyms.contains("GA") }?.entity)
        #expect(geoscience.names.fr == "Geoscience Australia")
        #expect(extraction.has(.underAuthorityOf, geoscience.id, "AU"))
    }
}
