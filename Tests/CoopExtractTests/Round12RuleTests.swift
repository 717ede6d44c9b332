import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added in session 11 (Docs/extraction.md, "Rounds 12 and 13"). The sentences are written
/// for these tests.
struct Round12RuleTests {
    private func scholarship(_ extraction: Extraction) throws -> Entity {
        try #require(extraction.entities(ofType: .programme).first { $0.names.fr.lowercased().hasPrefix("bourses") })
    }

    /// "l'Algérie octroie chaque année, depuis 2016, une vingtaine de bourses …": the commas
    /// around the date no longer hide the granting country; the scholarships cover training
    /// (the sector is proposed too), start at the "depuis" date, and benefit every nationality
    /// of the list.
    @Test func scholarshipsGrantedToStudentsOfSeveralNationalities() throws {
        let text = "L’Algérie octroie chaque année, depuis 2011, une trentaine de bourses d’études à des étudiants rwandais, zambiens et mozambicains."
        let extraction = try Support.extract(text, home: "DZ")
        let bourses = try scholarship(extraction)
        #expect(extraction.has(.supports, "DZ", bourses.id))
        for country in ["RW", "ZM", "MZ"] { #expect(extraction.has(.beneficiaryOf, EntityID(country), bourses.id)) }
        #expect(extraction.has(.covers, bourses.id, "sector.training"))
        #expect(extraction.entities.contains { $0.entity.id == "sector.training" && $0.entity.type == .sector })
        #expect(bourses.dates == [DatedRole(.started, PartialDate(year: 2011)!)])
        // A list that stops: "… à des étudiants rwandais, dans le cadre …" gives one country.
        let one = try Support.extract("L’Algérie offre une dizaine de bourses d’études à des étudiants rwandais, dans le cadre de l'accord de 2012.", home: "DZ")
        #expect(one.sources(.beneficiaryOf, to: try scholarship(one).id) == ["RW"])
    }

    /// "… bénéficient de bourses d'études octroyées par la partie saoudienne": a passive grant
    /// names the supporting country after "par", and the students' nationality benefits.
    @Test func scholarshipsGrantedInThePassive() throws {
        let text = "Une quarantaine d’étudiants algériens bénéficient chaque année de bourses d’études octroyées par la partie jordanienne."
        let extraction = try Support.extract(text, home: "DZ")
        let bourses = try scholarship(extraction)
        #expect(extraction.has(.supports, "JO", bourses.id))
        #expect(extraction.has(.beneficiaryOf, "DZ", bourses.id))
        #expect(!extraction.has(.supports, "DZ", bourses.id))
        #expect(extraction.has(.covers, bourses.id, "sector.training"))
        // A body after "par" runs them.
        let body = try Support.extract(
            "Des étudiants algériens bénéficient de bourses de master offertes par l’Agence japonaise de coopération internationale (JICA).", home: "DZ")
        let master = try scholarship(body)
        let jica = try #require(body.entities.first { $0.entity.acronyms.contains("JICA") }?.entity)
        #expect(body.has(.runs, jica.id, master.id))
    }

    /// Demonyms of the countries the lexicon named without one.
    @Test func demonymsOfSmallerCountries() throws {
        let text = "Des cadres ougandais, tanzaniens, bhoutanais et timorais ont suivi une formation à Alger en 2021."
        let extraction = try Support.extract(text, home: "DZ")
        for country in ["UG", "TZ", "BT", "TL"] {
            #expect(extraction.entities.contains { $0.entity.id == EntityID(country) }, "\(country)")
        }
    }

    /// A body is its country's when a foreign town follows its name ("le CIGB de La Havane",
    /// "l'Université Curtin, à Perth,") or when an opening phrase names the country it is the
    /// subject of ("En France, le CNFPT …"): before, a "national" in the name made these home bodies.
    @Test func aForeignBodyReadFromTheTownOrTheOpeningCountry() throws {
        let town = try Support.extract(
            "Le Centre national de recherches scientifiques (CENIC) de La Havane accueille chaque année une dizaine de chercheurs algériens.", home: "DZ")
        let cenic = try #require(town.entities.first { $0.entity.acronyms.contains("CENIC") }?.entity)
        #expect(town.has(.underAuthorityOf, cenic.id, "CU"))
        #expect(!town.has(.underAuthorityOf, cenic.id, "DZ"))
        let opening = try Support.extract(
            "En Belgique, l'Institut national d'assurance maladie-invalidité (INAMI) forme depuis 2019 une vingtaine de cadres algériens.", home: "DZ")
        let inami = try #require(opening.entities.first { $0.entity.acronyms.contains("INAMI") }?.entity)
        #expect(opening.has(.underAuthorityOf, inami.id, "BE"))
        #expect(!opening.has(.underAuthorityOf, inami.id, "DZ"))
        // A home opening changes nothing, and a home town after the name keeps the home country.
        let home = try Support.extract("L'Institut national de la santé publique (INSP) d'Oran a accueilli un séminaire en 2020.", home: "DZ")
        let insp = try #require(home.entities.first { $0.entity.acronyms.contains("INSP") }?.entity)
        #expect(home.has(.underAuthorityOf, insp.id, "DZ"))
    }

    /// "Centre international de … de Chine": a name ending with "de" and a country is that
    /// country's body, although "international" is in it.
    @Test func anInternationalWordInANationalBodysName() throws {
        let extraction = try Support.extract(
            "Des journalistes algériens ont suivi en 2022 une formation au Centre international de communication de la presse de Chine (CIPCC).", home: "DZ")
        let cipcc = try #require(extraction.entities.first { $0.entity.acronyms.contains("CIPCC") }?.entity)
        #expect(extraction.has(.underAuthorityOf, cipcc.id, "CN"))
        #expect(cipcc.type == .agency)
        // Without the country, an international body stays one.
        let other = try Support.extract("Le Centre international de hautes études agronomiques (CIHEAM) a organisé un atelier en 2021.", home: "DZ")
        let ciheam = try #require(other.entities.first { $0.entity.acronyms.contains("CIHEAM") }?.entity)
        #expect(ciheam.type == .organisation)
    }
}
