import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added in session 11 (Docs/extraction.md, "Rounds 12 to 14"). The sentences are written
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
        // A side named by its adjective grants them for its country.
        let side = try Support.extract("La partie russe octroie chaque année, depuis 2017, une vingtaine de bourses d’études en génie nucléaire à des étudiants algériens.", home: "DZ")
        let russian = try scholarship(side)
        #expect(side.has(.supports, "RU", russian.id))
        #expect(side.has(.beneficiaryOf, "DZ", russian.id))
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
        let jica = try #require(body.entity(acronym: "JICA"))
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
        let cenic = try #require(town.entity(acronym: "CENIC"))
        #expect(town.has(.underAuthorityOf, cenic.id, "CU"))
        #expect(!town.has(.underAuthorityOf, cenic.id, "DZ"))
        let opening = try Support.extract(
            "En Belgique, l'Institut national d'assurance maladie-invalidité (INAMI) forme depuis 2019 une vingtaine de cadres algériens.", home: "DZ")
        let inami = try #require(opening.entity(acronym: "INAMI"))
        #expect(opening.has(.underAuthorityOf, inami.id, "BE"))
        #expect(!opening.has(.underAuthorityOf, inami.id, "DZ"))
        // A home opening changes nothing, and a home town after the name keeps the home country.
        let home = try Support.extract("L'Institut national de la santé publique (INSP) d'Oran a accueilli un séminaire en 2020.", home: "DZ")
        let insp = try #require(home.entity(acronym: "INSP"))
        #expect(home.has(.underAuthorityOf, insp.id, "DZ"))
    }

    /// "Centre international de … de Chine": a name ending with "de" and a country is that
    /// country's body, although "international" is in it.
    @Test func anInternationalWordInANationalBodysName() throws {
        let extraction = try Support.extract(
            "Des journalistes algériens ont suivi en 2022 une formation au Centre international de communication de la presse de Chine (CIPCC).", home: "DZ")
        let cipcc = try #require(extraction.entity(acronym: "CIPCC"))
        #expect(extraction.has(.underAuthorityOf, cipcc.id, "CN"))
        #expect(cipcc.type == .agency)
        // Without the country, an international body stays one.
        let other = try Support.extract("Le Centre international de hautes études agronomiques (CIHEAM) a organisé un atelier en 2021.", home: "DZ")
        let ciheam = try #require(other.entity(acronym: "CIHEAM"))
        #expect(ciheam.type == .organisation)
    }

    /// "II. Fédération de Russie": a numbering label's full stop no longer cuts the heading
    /// into two sentences, so the heading names the section's partner; "III. Chine et
    /// Argentine" names two; and "entre les gouvernements des deux pays" are the home country
    /// and the section's partner.
    @Test func numberedCountryHeadingsAndTheTwoCountries() throws {
        let text = """
            Ministère de l'Energie
            Note sur la coopération du secteur.
            II. Fédération de Russie
            Un accord a été signé à Alger le 3 septembre 2014 entre les gouvernements des deux pays.
            III. Chine et Argentine
            B. Japon
            """
        let extraction = try Support.extract(text, home: "DZ")
        for country in ["RU", "CN", "AR", "JP"] { #expect(extraction.has(.cooperatesWith, "DZ", EntityID(country), symmetric: true), "\(country)") }
        let accord = try #require(extraction.entities(ofType: .agreement).first)
        #expect(extraction.sources(.partyTo, to: accord.id) == ["DZ", "RU"])
        // Under a heading naming two countries, "les deux pays" names no one.
        let two = try Support.extract("Note sur la coopération du secteur.\nIII. Chine et Argentine\nUn accord a été signé en 2014 entre les deux pays.", home: "DZ")
        let other = try #require(two.entities(ofType: .agreement).first)
        #expect(two.sources(.partyTo, to: other.id).isEmpty)
    }

    /// "… a été signé au Cap, le 1er juin 2022, par l'ASAL et la SANSA": "au" before the town
    /// and a longer name before the participle no longer hide the signers after "par"; an
    /// agreement "pour la période 2022-2027" is valid over it, and its signature date is the
    /// one "signé … le 21 septembre 2022" gives.
    @Test func passiveSignersAndAValidityPeriod() throws {
        let text = "Le document cadre de programme national (CPF) pour la période 2022-2027 a été signé au Cap, le 21 septembre 2022, par l’Agence Spatiale Algérienne (ASAL) et l’Agence spatiale nationale sud-africaine (SANSA)."
        let extraction = try Support.extract(text, home: "DZ")
        let cpf = try #require(extraction.entities(ofType: .agreement).first)
        #expect(cpf.dates.contains(DatedRole(.signed, PartialDate(year: 2022, month: 9, day: 21)!)))
        #expect(cpf.dates.contains(DatedRole(.started, PartialDate(year: 2022)!)))
        #expect(cpf.dates.contains(DatedRole(.until, PartialDate(year: 2027)!)))
        let asal = try #require(extraction.entity(acronym: "ASAL"))
        let sansa = try #require(extraction.entity(acronym: "SANSA"))
        #expect(extraction.sources(.partyTo, to: cpf.id).isSuperset(of: [asal.id, sansa.id]))
    }

    /// Bodies and sectors the lexicons lacked: the Archives nationales, the Presidency, and the
    /// nuclear, meteorology, archives and standardisation sectors.
    @Test func archivesPresidencyAndNewSectors() throws {
        let text = """
            Archives Nationales d’Algérie
            Note sur la coopération.
            Une convention a été signée en 2019 par les Archives nationales et les Archives nationales de Tunisie dans le domaine de l'archivage électronique.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let bodies = extraction.entities.filter { $0.entity.names.fr.lowercased().hasPrefix("archives nationales") }.map(\.entity)
        #expect(bodies.count == 2)
        let convention = try #require(extraction.entities(ofType: .agreement).first)
        #expect(extraction.sources(.partyTo, to: convention.id).isSuperset(of: Set(bodies.map(\.id))))
        #expect(extraction.has(.covers, convention.id, "sector.archives"))
        let tunisian = try #require(bodies.first { $0.names.fr.contains("Tunisie") })
        #expect(extraction.has(.underAuthorityOf, tunisian.id, "TN"))
        for (sentence, sector) in [
            ("Un accord dans le domaine de l'énergie atomique a été signé en 2014 par l'Algérie et la Russie.", "sector.nuclear"),
            ("Un accord dans le domaine de la météorologie a été signé en 2015 par l'Algérie et la France.", "sector.meteorology"),
            ("Un accord dans le domaine de la normalisation a été signé en 2016 par l'Algérie et l'Allemagne.", "sector.standardisation"),
        ] {
            let found = try Support.extract(sentence, home: "DZ")
            let accord = try #require(found.entities(ofType: .agreement).first)
            #expect(found.has(.covers, accord.id, EntityID(sector)), "\(sector)")
        }
        let presidency = try Support.extract("Présidence de la République\nArchives Nationales d’Algérie\n\nNote sur la coopération.", home: "DZ")
        #expect(presidency.entities.contains { $0.entity.names.fr.hasPrefix("Présidence de la République") })
    }

    /// "… relations de coopération avec les partenaires suivants :" then bullets across a
    /// lettered heading: each body listed is a partner of the announcing body; a description
    /// between commas is none; a numbered "En matière de coopération …:" line after paragraphs
    /// lists more; a "dont" clause makes a member.
    @Test func partnersListedBelowTheirAnnouncement() throws {
        let text = """
            Ministère de l'Industrie
            Office National de Métrologie Légale (ONML)
            Note sur la coopération internationale.
            L’ONML entretient des relations de coopération avec les partenaires suivants :
            A- Sur le plan multilatéral
            - l’Organisation internationale de métrologie légale (OIML), dont l’Algérie est membre depuis 1989 ;
            B- Sur le plan bilatéral
            - le Laboratoire national de métrologie et d’essais (LNE), établissement public français, et l’Institut fédéral de métrologie (METAS) de Berne.
            L’Office a organisé un atelier à Alger en 2022.
            2-En matière de coopération régionale : l’Organisation africaine de normalisation (ARSO).
            """
        let extraction = try Support.extract(text, home: "DZ")
        let onml = try #require(extraction.entity(acronym: "ONML"))
        for acronym in ["OIML", "LNE", "METAS", "ARSO"] {
            let partner = try #require(extraction.entity(acronym: acronym), "\(acronym)")
            #expect(extraction.has(.cooperatesWith, onml.id, partner.id, symmetric: true), "\(acronym)")
        }
        let oiml = try #require(extraction.entity(acronym: "OIML"))
        let membership = try #require(extraction.relations.first { $0.relation.type == .memberOf && $0.relation.from == "DZ" && $0.relation.to == oiml.id })
        #expect(membership.relation.dates == [DatedRole(.started, PartialDate(year: 1989)!)])
        // The paragraph closed the bullet list: the atelier's town is no partner, and neither is Algeria.
        #expect(!extraction.relations.contains { $0.review.rule == "cooperation.partner-list" && ($0.relation.to == "DZ" || $0.relation.from == "DZ") })
    }

    /// "…; elle assure à ce titre la formation d'une dizaine d'ingénieurs du CRND": "Il" or
    /// "Elle" opening a sentence or a clause stands for the sentence's subject before, so the
    /// training rule finds its runner; "Il convient …" stands for nobody.
    @Test func aSubjectPronounStandsForTheSubjectBefore() throws {
        let text = "La société argentine INVAP modernise depuis 2022 le réacteur Nur ; elle assure à ce titre la formation d’une dizaine d’ingénieurs du Centre de recherche nucléaire de Draria (CRND)."
        let extraction = try Support.extract(text, home: "DZ")
        let invap = try #require(extraction.entities.first { $0.entity.names.fr.contains("INVAP") }?.entity)
        let training = try #require(extraction.entities(ofType: .programme).first { $0.names.fr.hasPrefix("Formation") })
        #expect(extraction.has(.runs, invap.id, training.id))
        let impersonal = try Support.extract("Le Centre national de recherche (CNR) accueille des chercheurs. Il convient de former une dizaine d’ingénieurs du CNR.", home: "DZ")
        #expect(!impersonal.relations.contains { $0.relation.type == .runs })
    }

    /// "l'Ecole nationale de la météorologie (ENM) de Météo-France, située à Toulouse": the town
    /// after a participle of place gives the body's country, past its parent's name.
    @Test func aBodyPlacedInAForeignTown() throws {
        let text = "L’Ecole nationale de la météorologie (ENM) de Météo-France, située à Toulouse, forme depuis 2017 une dizaine d’ingénieurs prévisionnistes algériens par an."
        let extraction = try Support.extract(text, home: "DZ")
        let enm = try #require(extraction.entity(acronym: "ENM"))
        #expect(extraction.has(.underAuthorityOf, enm.id, "FR"))
        #expect(!extraction.has(.underAuthorityOf, enm.id, "DZ"))
    }

    /// "… 120 bourses d'études sont octroyées chaque année par l'Algérie à des étudiants
    /// gambiens": an auxiliary and fillers around the participle, the students after the
    /// granter. "Un don de médicaments, financé par X, a été remis au Ministère …": a donation is
    /// a programme X supports and the body it was handed to benefits from.
    @Test func passiveGrantsAndDonationsHandedOver() throws {
        let grant = try Support.extract("Quelque 80 bourses d’études sont octroyées chaque année par l’Algérie à des étudiants gambiens.", home: "DZ")
        let bourses = try scholarship(grant)
        #expect(grant.has(.supports, "DZ", bourses.id))
        #expect(grant.has(.beneficiaryOf, "GM", bourses.id))
        let text = "Un don de médicaments et d’équipements médicaux, financé par l'Agence algérienne de coopération internationale pour la solidarité et le développement (ALDEC), a été remis au Ministère de la Santé de Gambie en 2023."
        let donation = try Support.extract(text, home: "DZ")
        let don = try #require(donation.entities(ofType: .programme).first { $0.names.fr.lowercased().hasPrefix("don de") })
        let aldec = try #require(donation.entity(acronym: "ALDEC"))
        let ministry = try #require(donation.entities.first { $0.entity.names.fr.hasPrefix("Ministère de la Santé") }?.entity)
        #expect(donation.has(.supports, aldec.id, don.id))
        #expect(donation.has(.beneficiaryOf, ministry.id, don.id))
    }

    /// "… ainsi qu'avec l'UNESCO et l'UNICEF": a body joined to a partner that "avec"
    /// introduces is a partner too; olympiads, regional courses and general assemblies are events.
    @Test func listedPartnersAndMoreEventWords() throws {
        let text = "Le Ministère de l'Education nationale entretient des relations de coopération avec la Finlande, ainsi qu’avec l’UNESCO et l’Organisation internationale de la Francophonie (OIF)."
        let extraction = try Support.extract(text, home: "DZ")
        let ministry = try #require(extraction.entities.first { $0.entity.names.fr.hasPrefix("Ministère") }?.entity)
        let oif = try #require(extraction.entity(acronym: "OIF"))
        #expect(extraction.has(.cooperatesWith, ministry.id, oif.id, symmetric: true))
        for sentence in [
            "Oran a accueilli, du 9 au 15 mars 2024, la quatrième édition des Olympiades maghrébines de mathématiques.",
            "L’Algérie a accueilli à Alger, du 13 au 17 mai 2019, un cours régional sur la radioprotection.",
            "La 25e assemblée générale de l'ARSO s'est tenue à Alger le 18 juin 2019.",
        ] {
            #expect(try Support.extract(sentence, home: "DZ").entities(ofType: .event).count == 1, "\(sentence)")
        }
    }

    /// Companies: "Siemens Mobility GmbH (Allemagne)" by its legal form, with the country in
    /// brackets; "la société Kaya Otomotiv" by its common noun and two capitalised words;
    /// "une journée d'information" is an event.
    @Test func companiesByLegalFormOrCommonNoun() throws {
        let extraction = try Support.extract(
            "Un contrat a été conclu en 2022 entre la SNTF et Siemens Mobility GmbH (Allemagne) ; la société Kaya Otomotiv produit des faisceaux électriques à Oran.", home: "DZ")
        let siemens = try #require(extraction.entities.first { $0.entity.names.fr == "Siemens Mobility GmbH" }?.entity)
        #expect(siemens.properties["kind"] == .string("company"))
        #expect(extraction.has(.underAuthorityOf, siemens.id, "DE"))
        #expect(extraction.entities.contains { $0.entity.names.fr == "Kaya Otomotiv" })
        // "SA" alone, or a capitalised word before a lower-case "sa", is no company.
        let plain = try Support.extract("La Direction a présenté sa stratégie en 2021.", home: "DZ")
        #expect(!plain.entities.contains { $0.entity.properties["kind"] == .string("company") })
        let day = try Support.extract("L’AAPI a organisé à Berlin, le 05 décembre 2023, une journée d’information sur l’investissement.", home: "DZ")
        #expect(day.entities(ofType: .event).count == 1)
    }

    /// "Ce dernier accueille …" stands for the last body named; "la Direction … (DGSV)
    /// tunisienne": a demonym after the acronym gives the body's country.
    @Test func ceDernierAndADemonymAfterTheAcronym() throws {
        let text = "Un contrat a été conclu en 2019 entre l’INMV et le Laboratoire central vétérinaire d’Algete (LCV). Ce dernier accueille depuis 2020 une dizaine de vétérinaires de l’INMV par an pour des stages."
        let extraction = try Support.extract(text, home: "DZ")
        let lcv = try #require(extraction.entity(acronym: "LCV"))
        let stages = try #require(extraction.entities(ofType: .programme).first)
        #expect(extraction.has(.runs, lcv.id, stages.id))
        let tunisian = try Support.extract(
            "Un protocole a été signé en 2016 par la DSV et la Direction générale des services vétérinaires (DGSV) tunisienne.", home: "DZ")
        let dgsv = try #require(tunisian.entity(acronym: "DGSV"))
        #expect(tunisian.has(.underAuthorityOf, dgsv.id, "TN"))
    }

    /// Found by fuzzing the session's binary: in capitals, "(ISO), DONT L'ALGÉRIE" read "DONT"
    /// as the start of a mention, and the "dont" clause rule built a range whose end came before
    /// its start (the process trapped, exit 132). It now reads the line.
    @Test func aDontClauseInCapitalsDoesNotTrap() throws {
        let text = "- L’ORGANISATION INTERNATIONALE DE NORMALISATION (ISO), DONT L’ALGÉRIE EST MEMBRE DEPUIS 1976, ET L’ARSO (ORGANISATION AFRICAINE DE NORMALISATION)."
        let extraction = try Support.extract(text, home: "DZ")
        #expect(extraction.entities.contains { $0.entity.acronyms.contains("ISO") })
    }
}
