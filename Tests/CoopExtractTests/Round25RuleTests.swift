@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules written after round 25's blind notes (talking points, a year-led chronology, answers to
/// a questionnaire, a joint communiqué), each on sentences of other words than the notes'.
struct Round25RuleTests {
    /// "Cinecittà, la société publique italienne de …": a name described by a company noun and a
    /// demonym after an article is a company of that country, as without the article.
    @Test func anAppositionWithAnArticleNamesAForeignCompany() throws {
        let extraction = try Support.extract(
            "La délégation comprenait des responsables de Telespazio, la société italienne de services spatiaux, et de l'Agence spatiale algérienne (ASAL).",
            home: "DZ")
        let company = try #require(extraction.entities(ofType: .agency).first { $0.names.fr == "Telespazio" })
        #expect(extraction.has(.underAuthorityOf, company.id, "IT"))
        // A lower-case word before the comma is no name.
        let none = try Support.extract("Elle a rencontré des responsables du secteur, la société italienne de services spatiaux.", home: "DZ")
        #expect(none.entities(ofType: .agency).isEmpty)
    }

    /// "localisations de séismes", "sauvetage après séisme": a hazard with no article is a
    /// topic, not a disaster; "le séisme du 21 mai 2003 à Boumerdès" stays one.
    @Test func aHazardWithNoArticleIsATopic() throws {
        let topic = try Support.extract(
            "Un stage de sauvetage après séisme a réuni à Ankara, du 9 au 20 mars 2026, des officiers de la Protection civile.", home: "DZ")
        #expect(!topic.entities(ofType: .event).contains { $0.properties["kind"] == .string("emergency_intervention") })
        let plural = try Support.extract("Le Centre transmet depuis 2015 ses localisations de séismes à Rome.", home: "DZ")
        #expect(plural.entities(ofType: .event).isEmpty)
        let event = try Support.extract("La Protection civile est intervenue lors du séisme du 21 mai 2003 à Boumerdès.", home: "DZ")
        #expect(event.entities(ofType: .event).count == 1)
    }

    /// "à S.E. l'Ambassadeur": one capital letter after "à" is an initial, not a town.
    @Test func anInitialIsNoPlace() throws {
        let extraction = try Support.extract("Audience accordée par le Ministre à S.E. l'Ambassadeur du Japon, le 14 avril 2026.", home: "DZ")
        #expect(extraction.entities(ofType: .place).isEmpty)
    }

    /// "est financé par": the participle is not the sector "finances", which accent folding
    /// made it; "les finances publiques" still is.
    @Test func aParticipleIsNotASectorFoldedLikeIt() throws {
        let participle = try Support.extract("En matière de coopération, le projet est financé par la Banque mondiale depuis 2020.", home: "DZ")
        #expect(!participle.entities(ofType: .sector).contains { $0.id == "sector.finance" })
        let sector = try Support.extract("En matière de coopération, les deux pays travaillent dans le domaine des finances depuis 2020.", home: "DZ")
        #expect(sector.entities(ofType: .sector).contains { $0.id == "sector.finance" })
    }

    /// "Rattaché de 2018 à 2022 au Ministère X, l'Institut relève depuis 2022 du Ministère Y":
    /// each authority takes the dates between its two bodies.
    @Test func anAuthorityTakesTheDatesBetweenItsBodies() throws {
        let extraction = try Support.extract(
            """
            L'Institut national de la cartographie (INC) a été créé en 1995.
            Rattaché de mars 2018 à mai 2022 au Ministère de la Défense nationale, l'Institut est placé depuis mai 2022 sous la tutelle du Ministère de l'Intérieur.
            """, home: "DZ")
        let inc = try #require(extraction.entity(acronym: "INC"))
        let authorities = extraction.relations.filter { $0.relation.type == .underAuthorityOf && $0.relation.from == inc.id }
        let defence = try #require(authorities.first { $0.relation.to.rawValue.contains("defense") })
        #expect(defence.relation.dates == [DatedRole(.started, try .iso("2018-03")), DatedRole(.until, try .iso("2022-05"))])
        let interior = try #require(authorities.first { $0.relation.to.rawValue.contains("interieur") })
        #expect(interior.relation.dates == [DatedRole(.started, try .iso("2022-05"))])
    }

    /// "Ses principaux partenaires sont A, B et la Tunisie": the listed bodies and countries
    /// cooperate with the subject of the sentence before (after an opening phrase of authority),
    /// not with one another.
    @Test func aPossessiveListOfPartnersBelongsToTheSubjectBefore() throws {
        let extraction = try Support.extract(
            """
            Placé sous la tutelle du Ministère de l'Agriculture, l'Institut national de la recherche forestière (INRF) conduit des programmes de recherche. Ses principaux partenaires étrangers sont l'Institut national de la recherche agronomique (INRAE), l'Office national des forêts (ONF) et la Tunisie.
            """, home: "DZ")
        let inrf = try #require(extraction.entity(acronym: "INRF"))
        let inrae = try #require(extraction.entity(acronym: "INRAE"))
        let onf = try #require(extraction.entity(acronym: "ONF"))
        #expect(extraction.has(.cooperatesWith, inrf.id, inrae.id, symmetric: true))
        #expect(extraction.has(.cooperatesWith, inrf.id, onf.id, symmetric: true))
        #expect(extraction.has(.cooperatesWith, inrf.id, "TN", symmetric: true))
        #expect(!extraction.has(.cooperatesWith, inrae.id, "TN", symmetric: true))
    }

    /// "le tramway de Mostaganem", "le métro d'Alger": a facility head and a town name a project,
    /// which covers urban transport; "des tramways réalisés" names none, even listed after one.
    @Test func aTransportFacilityNamedByItsTownIsAProject() throws {
        let extraction = try Support.extract(
            "En matière de transport, l'Entreprise du Métro d'Alger (EMA) assure la maîtrise d'ouvrage du tramway de Mostaganem et des tramways réalisés depuis 2012.",
            home: "DZ")
        let programmes = extraction.entities(ofType: .programme)
        let tramway = try #require(programmes.first { $0.names.fr == "tramway de Mostaganem" })
        #expect(programmes.count == 1)
        #expect(extraction.has(.covers, tramway.id, "sector.urban-transport"))
        // "de Sonatrach": a body right after the head names whose plant it is, not a project.
        let plant = try Support.extract("En matière d'énergie, l'usine de Sonatrach a été modernisée en 2019.", home: "DZ")
        #expect(plant.entities(ofType: .programme).isEmpty)
    }

    /// "le Festival international du film d'Oran (FIFO)", "les Rencontres … (RCB)": an acronym an
    /// event's name defines names the event, not a body, here and where it is written alone.
    @Test func anEventsAcronymNamesNoBody() throws {
        let extraction = try Support.extract(
            """
            L'Algérie a participé au Festival international du film d'Oran (FIFO), du 4 au 10 octobre 2024, et aux Rencontres cinématographiques de Béjaïa (RCB) en 2023.
            La 13e édition du FIFO se tiendra à Oran en octobre 2026.
            """, home: "DZ")
        #expect(extraction.entity(acronym: "FIFO") == nil)
        #expect(extraction.entity(acronym: "RCB") == nil)
        #expect(extraction.entities(ofType: .agency).isEmpty && extraction.entities(ofType: .organisation).isEmpty)
        #expect(extraction.entities(ofType: .event).contains { $0.names.fr.contains("FIFO") })
    }

    /// A country does not cooperate with its own body listed beside its partners; the seismic
    /// words name the risk sector.
    @Test func aCountryDoesNotCooperateWithItsOwnBody() throws {
        let extraction = try Support.extract(
            "En matière de risque sismique, l'Algérie coopère avec le Japon et avec la Direction générale de la protection civile (DGPC).",
            home: "DZ")
        let dgpc = try #require(extraction.entity(acronym: "DGPC"))
        #expect(extraction.has(.cooperatesWith, "DZ", "JP", symmetric: true))
        #expect(!extraction.has(.cooperatesWith, "DZ", dgpc.id, symmetric: true))
        #expect(extraction.entities(ofType: .sector).contains { $0.id == "sector.disaster-risk" })
    }

    /// "l'institut tunisien", written after "l'Institut national de la statistique de Tunisie
    /// (INS)": a lower-case head and a demonym name that body again, not a new one.
    @Test func aLowerCaseHeadAndDemonymNameTheBodyAgain() throws {
        let extraction = try Support.extract(
            """
            Un mémorandum a été signé en 2021 avec l'Institut national de la statistique de Tunisie (INS).
            L'Office a accueilli à Alger, du 5 au 8 mai 2025, une mission de l'institut tunisien consacrée aux prix.
            """, home: "DZ")
        let ins = try #require(extraction.entity(acronym: "INS"))
        #expect(extraction.entities(ofType: .agency).filter { $0.id.rawValue.hasPrefix("tn.") }.map(\.id) == [ins.id])
        let mission = try #require(extraction.entities(ofType: .event).first)
        #expect(extraction.has(.tookPartIn, ins.id, mission.id))
    }

    /// "…, au titre du mémorandum de 2021": a date after an agreement's name and "de" dates the
    /// agreement, not the event before it.
    @Test func anAgreementsDateDoesNotDateTheEventBeforeIt() throws {
        let extraction = try Support.extract(
            "L'Office a accueilli à Alger, du 5 au 8 mai 2025, une mission d'experts tunisiens, au titre du mémorandum de 2021.", home: "DZ")
        let mission = try #require(extraction.entities(ofType: .event).first)
        #expect(mission.dates.first?.date == (try? PartialDate(parsing: "2025-05-05")))
    }

    /// "euro-méditerranéen" anywhere in a body's name makes it an international organisation.
    @Test func aEuroMediterraneanBodyIsInternational() throws {
        let extraction = try Support.extract(
            "Le réseau transmet ses localisations au Centre sismologique euro-méditerranéen (CSEM) depuis 2005.", home: "DZ")
        let csem = try #require(extraction.entity(acronym: "CSEM"))
        #expect(csem.type == .organisation)
        #expect(!csem.id.rawValue.hasPrefix("dz."))
    }

    /// A question states no relation and no agreement; the answer after it does.
    @Test func aQuestionStatesNoRelation() throws {
        let extraction = try Support.extract(
            """
            Question 2 : Votre institution a-t-elle conclu depuis 2020 des accords de coopération avec la Tunisie ?
            Réponse : Oui, un mémorandum d'entente signé à Tunis le 9 mars 2021 avec l'Institut national de la statistique de Tunisie (INS).
            """, home: "DZ")
        #expect(!extraction.relations.contains { $0.review.evidence.allSatisfy { $0.line == 1 } })
        let agreements = extraction.entities(ofType: .agreement)
        #expect(agreements.count == 1)
        #expect(agreements.first?.dates.first?.date == (try? PartialDate(parsing: "2021-03-09")))
    }

    /// "Le Centre transmet ses données", "L'Office exploite le réseau": a verb right after a
    /// capitalised head ends the name there (the head alone names the body told before);
    /// "l'Office national des statistiques" still reads whole.
    @Test func aVerbAfterAHeadEndsTheName() throws {
        let extraction = try Support.extract(
            """
            Le Centre de recherche en astronomie, astrophysique et géophysique (CRAAG) exploite le réseau sismologique.
            Le Centre transmet ses données au Centre sismologique euro-méditerranéen (CSEM).
            L'Office national des statistiques coopère avec l'INSEE.
            """, home: "DZ")
        let names = extraction.entities.map(\.entity.names.fr)
        #expect(!names.contains { $0.contains("transmet") })
        #expect(names.contains("Office national des statistiques"))
        let craag = try #require(extraction.entity(acronym: "CRAAG"))
        #expect(craag.sources.contains { $0.line == 2 })
    }

    /// "l'Office, membre depuis 1999 de l'Organisation …": membership with its date between
    /// "membre" and "de", dated by it.
    @Test func aMembershipWithItsDateInside() throws {
        let extraction = try Support.extract(
            "L'Office national de la météorologie (ONM), membre depuis 1963 de l'Organisation météorologique mondiale (OMM), transmet ses observations.",
            home: "DZ")
        let onm = try #require(extraction.entity(acronym: "ONM"))
        let omm = try #require(extraction.entity(acronym: "OMM"))
        let membership = try #require(extraction.relations.first { $0.relation.type == .memberOf && $0.relation.from == onm.id && $0.relation.to == omm.id })
        #expect(membership.relation.dates == [DatedRole(.started, try .iso("1963"))])
    }

    /// "financé par la JICA (Agence japonaise de coopération internationale)": the funder written
    /// as an acronym and its long name in brackets supports the programme.
    @Test func aFunderWithItsLongNameInBrackets() throws {
        let extraction = try Support.extract(
            "Le projet de surveillance sismique, conduit par le Centre national de génie parasismique (CGS), est financé par la JICA (Agence japonaise de coopération internationale) à hauteur de 640 millions de yens.",
            home: "DZ")
        let project = try extraction.only(ofType: .programme)
        let funders = extraction.relations.filter { $0.relation.type == .supports && $0.relation.to == project.id }.map(\.relation.from)
        #expect(funders.count == 1)
        #expect(funders.first.flatMap { extraction.entity($0) }?.acronyms.contains("JICA") == true)
    }

    /// Statistics offices named with no head word ("Eurostat", "Statistics Korea (KOSTAT)") are
    /// bodies the lexicon knows, with their country.
    @Test func statisticsOfficesWithNoHeadWord() throws {
        let extraction = try Support.extract(
            "L'Office coopère avec Eurostat depuis 1996 et avec Statistics Korea (KOSTAT) depuis 2019.", home: "DZ")
        #expect(extraction.entity("org.eurostat")?.type == .organisation)
        let kostat = try #require(extraction.entity(acronym: "KOSTAT"))
        #expect(extraction.has(.underAuthorityOf, kostat.id, "KR"))
    }
}
