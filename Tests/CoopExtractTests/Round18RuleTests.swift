@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added after the round-18 blind notes (session 14, Docs/extraction.md "Round 18"). The
/// sentences are written for these tests.
struct Round18RuleTests {
    /// A lexicon sector may name its parent: "double imposition" covers taxation, and finance above it.
    @Test func aLexiconSectorCoversItsParentToo() throws {
        let extraction = try Support.extract(
            "Une convention tendant à éviter la double imposition a été signée à Tunis le 3 mai 2019 entre l'Algérie et la Tunisie.", home: "DZ")
        let convention = try #require(extraction.entities(ofType: .agreement).first)
        #expect(extraction.has(.covers, convention.id, "sector.taxation"))
        #expect(extraction.has(.covers, convention.id, "sector.finance"))
        let finance = try #require(extraction.entity("sector.finance"))
        #expect(finance.names.fr == "Finances")
        // Waste management sits under the environment.
        let waste = try Support.extract("Un mémorandum d'entente sur le recyclage des déchets ménagers a été signé à Berlin le 1er juin 2022 entre l'Algérie et l'Allemagne.", home: "DZ")
        let memorandum = try #require(waste.entities(ofType: .agreement).first)
        #expect(waste.has(.covers, memorandum.id, "sector.waste-management") && waste.has(.covers, memorandum.id, "sector.environment"))
        // The lexicon's parents as SectorParents reads them.
        let parents = SectorParents(nil, lexicon: try Support.lexicon().sectors)
        #expect(parents["sector.taxation"].map(\.id) == ["sector.finance"])
        #expect(parents["sector.finance"].isEmpty)
    }

    /// "ce mémorandum", "cette convention": the agreement of that kind named before, even in a
    /// sentence that dates something else.
    @Test func aDemonstrativeKindWordNamesTheEarlierAgreement() throws {
        let text = """
            Un mémorandum d'entente sur la gestion des déchets a été signé à Berlin le 1er juin 2022 entre l'Algérie et l'Allemagne.
            Au titre de ce mémorandum, un projet de recyclage est mis en œuvre depuis janvier 2023 par l'Agence nationale des déchets.
            """
        let extraction = try Support.extract(text, home: "DZ")
        #expect(try extraction.only(ofType: .agreement).dates == [DatedRole(.signed, PartialDate(year: 2022, month: 6, day: 1)!)])
    }

    /// "- Du 10 au 13 juin 2024 : … il a signé un mémorandum …": a chronology line's date dates
    /// the undated agreements signed on it (the month, for days of one month).
    @Test func aChronologyLinesDateDatesItsSignatures() throws {
        let text = """
            - Du 10 au 13 juin 2024 : le Ministre de l'Industrie a effectué une visite de travail en Corée. Il y a signé un mémorandum d'entente relatif à la construction navale.
            - Le 2 octobre 2024 : un accord de coopération dans le domaine de la pêche a été conclu à Séoul.
            - La coopération culturelle se poursuit ; un protocole d'accord a été signé.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let agreements = extraction.entities(ofType: .agreement)
        let memorandum = try #require(agreements.first { $0.properties["kind"] == .string("memorandum") })
        #expect(memorandum.dates == [DatedRole(.signed, PartialDate(year: 2024, month: 6)!)])
        let accord = try #require(agreements.first { $0.properties["kind"] == .string("accord") })
        #expect(accord.dates == [DatedRole(.signed, PartialDate(year: 2024, month: 10, day: 2)!)])
        let protocolAgreement = try #require(agreements.first { $0.properties["kind"] == .string("protocole_accord") })
        #expect(protocolAgreement.dates.isEmpty)
    }

    /// "a accueilli à Annaba, les 27 et 28 février 2024, un atelier …": the date set off by a
    /// comma right before the event is the event's.
    @Test func aDateRightBeforeAnEventIsItsOwn() throws {
        let extraction = try Support.extract(
            "L'Algérie a accueilli à Annaba, les 27 et 28 février 2024, un atelier régional sur la réduction des déchets plastiques en mer.", home: "DZ")
        let workshop = try #require(extraction.entities(ofType: .event).first)
        #expect(Set(workshop.dates) == [DatedRole(.held, PartialDate(year: 2024, month: 2, day: 27)!), DatedRole(.until, PartialDate(year: 2024, month: 2, day: 28)!)])
    }

    /// "Membre depuis 2015 de l'Organisation …, que … , l'Algérie …": the member opens the main
    /// clause, after any relative clause; the date before the organisation is when it joined.
    @Test func aFrontedMembershipSkipsARelativeClause() throws {
        let text = "Membre depuis 2015 de l'Organisation des pays exportateurs de pétrole, que l'Union africaine soutient, l'Algérie a accueilli une réunion à Alger."
        let extraction = try Support.extract(text, home: "DZ")
        let organisation = try #require(extraction.entities(ofType: .organisation).first { $0.names.fr.hasPrefix("Organisation des pays") })
        let membership = try #require(extraction.relations.first { $0.relation.type == .memberOf && $0.relation.to == organisation.id })
        #expect(membership.relation.from == "DZ")
        #expect(membership.relation.dates == [DatedRole(.started, PartialDate(year: 2015)!)])
    }

    /// A report whose author's name says its one field ("… des Ressources en Hydrocarbures")
    /// files its facts under that field when a line names none; an embassy's service does not.
    @Test func theAuthorsFieldIsTheLastSectorFallback() throws {
        let text = """
            Agence Nationale pour la Valorisation des Ressources en Hydrocarbures (ALNAFT)
            Etat de la coopération internationale de l'Agence
            Un mémorandum d'entente a été signé à Stavanger le 5 mars 2024 entre l'Agence et la Direction norvégienne de l'offshore.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let memorandum = try #require(extraction.entities(ofType: .agreement).first)
        #expect(extraction.has(.covers, memorandum.id, "sector.energy"))
        let embassy = """
            Ambassade d'Algérie en Argentine
            Service économique
            Un mémorandum d'entente a été signé à Buenos Aires le 5 mars 2024 entre l'Algérie et l'Argentine.
            """
        let other = try Support.extract(embassy, home: "DZ")
        #expect(!other.relations.contains { $0.relation.type == .covers })
    }

    /// "- un forum d'affaires …" on a bullet line is an event (the sector's phrase it opens gives
    /// its sector), and "il a visité l'usine …" is no visit event.
    @Test func anEventWordOpeningASectorPhraseIsTheEvent() throws {
        let extraction = try Support.extract("- un forum d'affaires algéro-coréen a été organisé à Séoul le 3 mai 2022.", home: "DZ")
        let forum = try #require(extraction.entities(ofType: .event).first)
        #expect(forum.dates == [DatedRole(.held, PartialDate(year: 2022, month: 5, day: 3)!)])
        #expect(extraction.has(.covers, forum.id, "sector.trade"))
        let visited = try Support.extract("Le Ministre s'est rendu à Ulsan, où il a visité l'usine d'un constructeur automobile en 2023.", home: "DZ")
        #expect(!visited.entities(ofType: .event).contains { $0.properties["kind"] == .string("visit") })
    }

    /// "un mémorandum d'entente portant création d'un conseil …": the name does not end on
    /// "portant"; "Hyundai Motor Company", "Occidental Petroleum Corporation (Etats-Unis)" are
    /// companies by their legal form written as a word, but a name read from its middle is not.
    @Test func namesEndOnContentAndWordLegalFormsNameCompanies() throws {
        let memorandum = try Support.extract("La CACI et la KCCI y ont signé en 2024 un mémorandum d'entente portant création d'un conseil d'affaires conjoint.", home: "DZ")
        let agreement = try #require(memorandum.entities(ofType: .agreement).first)
        #expect(agreement.names.fr == "Mémorandum d'entente")
        let companies = try Support.extract("Bloc Ahara : Occidental Petroleum Corporation (Etats-Unis), en association avec Sonatrach ; contrat de participation ; signé le 1er juillet 2025.", home: "DZ")
        let occidental = try #require(companies.entities(ofType: .agency).first { $0.names.fr == "Occidental Petroleum Corporation" })
        #expect(companies.has(.underAuthorityOf, occidental.id, "US"))
        let acronym = try Support.extract("Un contrat a été conclu avec la China National Nuclear Corporation (CNNC) en 2021.", home: "DZ")
        #expect(acronym.entity(acronyms: ["CNNC"])?.names.fr == "China National Nuclear Corporation")
    }

    /// "entre les deux établissements", "les deux ministres ont signé", "X y a conclu avec Y": the
    /// two bodies named before are the parties.
    @Test func theTwoNamedBeforeSignTheAgreement() throws {
        let establishments = try Support.extract(
            "L'ENAC (Ecole nationale de l'aviation civile) forme chaque année des ingénieurs de l'Etablissement national de la navigation aérienne (ENNA), dans le cadre d'une convention signée entre les deux établissements le 1er avril 2007.",
            home: "DZ")
        let convention = try #require(establishments.entities(ofType: .agreement).first)
        let bodies = Set(establishments.relations.filter { $0.relation.type == .partyTo && $0.relation.to == convention.id }.map(\.relation.from))
        #expect(bodies.count == 2 && bodies.allSatisfy { $0.rawValue.contains(".") }, "\(bodies)")
        let ministers = try Support.extract(
            "Le Ministre de l'Agriculture a été reçu par le Ministre malaisien des Plantations ; les deux ministres ont signé au cours de cette visite un accord de coopération relatif aux oléagineux.",
            home: "DZ")
        let accord = try #require(ministers.entities(ofType: .agreement).first)
        #expect(ministers.relations.filter { $0.relation.type == .partyTo && $0.relation.to == accord.id && $0.review.rule == "agreement.parties" }.count == 2)
        let there = try Support.extract("La Chambre algérienne de commerce et d'industrie (CACI) y a conclu avec la Chambre de commerce de Corée (KCCI) un protocole d'accord en 2024.", home: "DZ")
        let protocolAgreement = try #require(there.entities(ofType: .agreement).first)
        #expect(there.relations.filter { $0.relation.type == .partyTo && $0.relation.to == protocolAgreement.id && $0.review.rule == "agreement.parties" }.count == 2)
    }

    /// "… un forum d'affaires … ; la CACI et la KCCI y ont signé …": the bodies before "y" and a
    /// verb took part in the event of the line.
    @Test func bodiesThereTookPartInTheLastEvent() throws {
        let text = "Un forum d'affaires algéro-coréen a été organisé à Séoul le 24 septembre 2024 ; la Chambre algérienne de commerce et d'industrie (CACI) et la Chambre de commerce et d'industrie de Corée (KCCI) y ont signé un mémorandum d'entente."
        let extraction = try Support.extract(text, home: "DZ")
        let forum = try #require(extraction.entities(ofType: .event).first)
        let present = extraction.relations.filter { $0.relation.type == .tookPartIn && $0.relation.to == forum.id && $0.review.rule == "event.there" }
        #expect(present.count == 2)
        let later = try Support.extract(text.replacingOccurrences(of: " ; ", with: ".\nLa suite.\nLa suite.\n"), home: "DZ")
        #expect(!later.relations.contains { $0.review.rule == "event.there" })
    }

    /// "Section économique, commerciale et culturelle" on a letterhead line under the embassy:
    /// the whole line is the service's name, under the body of the line above.
    @Test func aLetterheadLineIsOneBodysName() throws {
        let text = "Ambassade d'Algérie au Brésil\nSection économique, commerciale et culturelle\n\nLa coopération se poursuit.\n"
        let extraction = try Support.extract(text, home: "DZ")
        let section = try #require(extraction.entities.map(\.entity).first { $0.names.fr.hasPrefix("Section") })
        #expect(section.names.fr == "Section économique, commerciale et culturelle")
        let embassy = try #require(extraction.entities.map(\.entity).first { $0.names.fr.hasPrefix("Ambassade") })
        #expect(extraction.has(.underAuthorityOf, section.id, embassy.id))
    }

    /// "géré par le National Institute for International Education (NIIED), la partie coréenne
    /// …": a body named in English is no home body for its "National", but the sentence's foreign one's.
    @Test func aBodyNamedInEnglishIsForeign() throws {
        let text = "Au titre de ce programme, géré par le National Institute for International Education (NIIED), la partie coréenne accorde des bourses."
        let extraction = try Support.extract(text, home: "DZ")
        let institute = try #require(extraction.entity(acronyms: ["NIIED"]))
        #expect(institute.id.rawValue.hasPrefix("kr."))
        #expect(extraction.has(.underAuthorityOf, institute.id, "KR") && !extraction.has(.underAuthorityOf, institute.id, "DZ"))
    }

    /// "Convention pour la protection du milieu marin … (Convention de Barcelone)": "pour" and
    /// a noun of purpose go on with a capitalised name, and the short name in brackets is its
    /// alias, not another agreement; "pour la période" still ends a name.
    @Test func aConventionsPurposeAndShortNameInBrackets() throws {
        let text = "L'Algérie est partie depuis 1981 à la Convention pour la protection du milieu marin et du littoral de la Méditerranée (Convention de Barcelone)."
        let extraction = try Support.extract(text, home: "DZ")
        let convention = try extraction.only(ofType: .agreement)
        #expect(convention.names.fr == "Convention pour la protection du milieu marin et du littoral de la Méditerranée")
        #expect(convention.aliases == ["Convention de Barcelone"])
        let period = try Support.extract("Un Accord pour la période 2022-2024 a été signé à Rome le 3 mai 2022 entre l'Algérie et l'Italie.", home: "DZ")
        #expect(period.entities(ofType: .agreement).first?.names.fr == "Accord")
    }

    /// "une visite de travail" on a bullet line is no labour cooperation; "coopération dans le
    /// domaine du travail" still is.
    @Test func aWorkingVisitIsNoLabourSector() throws {
        let visit = try Support.extract("- Le 10 juin 2024 : le Ministre de l'Industrie a effectué une visite de travail en République de Corée.", home: "DZ")
        #expect(!visit.entities(ofType: .sector).contains { $0.names.fr.hasPrefix("Emploi") })
        let labour = try Support.extract("- coopération dans le domaine du travail avec la Tunisie.", home: "DZ")
        #expect(labour.entities(ofType: .sector).contains { $0.names.fr.hasPrefix("Emploi") })
    }

    /// "… financé par ce ministère fédéral …": the ministry named before, not a new one.
    @Test func aDemonstrativeHeadNamesTheBodyBefore() throws {
        let text = "Le Ministère fédéral de l'Environnement (BMUV) a signé un mémorandum d'entente avec l'Algérie en 2022. Le projet est financé par ce ministère fédéral à hauteur de 6,5 millions d'euros."
        let extraction = try Support.extract(text, home: "DZ")
        let ministries = extraction.entities(ofType: .ministry)
        #expect(ministries.count == 1, "\(ministries.map(\.names.fr))")
        #expect(ministries.first?.acronyms == ["BMUV"])
    }

    /// "à la 55e édition de la FIA, tenue à Alger": an edition of an event named by an acronym
    /// alone is that event; an edition of a known body's acronym is not.
    @Test func anEditionOfAnAcronymIsAnEvent() throws {
        let extraction = try Support.extract("La Corée a pris part à la 55e édition de la FIA, tenue à Alger du 17 au 22 juin 2024.", home: "DZ")
        let fair = try extraction.only(ofType: .event)
        #expect(fair.names.fr.contains("FIA"))
        #expect(fair.dates.contains(DatedRole(.held, PartialDate(year: 2024, month: 6, day: 17)!)))
        let body = try Support.extract("L'Organisation mondiale du tourisme (OMT) a réuni la 3e édition de l'OMT à Madrid en 2022.", home: "DZ")
        #expect(!body.entities(ofType: .event).contains { $0.names.fr.contains("OMT") })
    }

    /// "Membre de l'OPEP depuis 1969 et du FPEG, l'Algérie …": each organisation joined before the
    /// comma has the member; the date before the second is the first's.
    @Test func aFrontedMembershipOfTwoOrganisations() throws {
        let text = "Membre de l'Organisation des pays exportateurs de pétrole (OPEP) depuis 1969 et du Forum des pays exportateurs de gaz (FPEG), l'Algérie a accueilli le sommet."
        let extraction = try Support.extract(text, home: "DZ")
        let memberships = extraction.relations.map(\.relation).filter { $0.type == .memberOf && $0.from == "DZ" }
        #expect(memberships.count == 2, "\(memberships.map(\.to))")
        let opep = try #require(extraction.entity(acronym: "OPEP"))
        #expect(memberships.first { $0.to == opep.id }?.dates == [DatedRole(.started, PartialDate(year: 1969)!)])
        #expect(memberships.first { $0.to != opep.id }?.dates == [])
    }

    /// "…, dont Doosan Enerbility, constructeur de la centrale …": a capitalised name before a
    /// company noun in apposition is a company, of the one foreign country of its sentence or
    /// of the sentence before on the line; with none, nothing is guessed.
    @Test func aCompanyInAppositionWithNoDemonym() throws {
        let text = "La République de Corée a pris part à la foire ; son pavillon réunissait des entreprises, dont Doosan Enerbility, constructeur de la centrale d'Oumache."
        let extraction = try Support.extract(text, home: "DZ")
        let company = try #require(extraction.entities(ofType: .agency).first { $0.names.fr == "Doosan Enerbility" })
        #expect(extraction.has(.underAuthorityOf, company.id, "KR"))
        let alone = try Support.extract("Le pavillon réunissait Doosan Enerbility, constructeur de la centrale d'Oumache.", home: "DZ")
        #expect(!alone.entities.contains { $0.entity.names.fr == "Doosan Enerbility" })
    }

    /// "Hyproc Shipping Company, filiale de Sonatrach …": a subsidiary answers to its parent.
    @Test func aSubsidiaryAnswersToItsParent() throws {
        let text = "Un contrat a été conclu entre Hyproc Shipping Company, filiale de la Société nationale des hydrocarbures (SONATRACH), et un chantier naval."
        let extraction = try Support.extract(text, home: "DZ")
        let hyproc = try #require(extraction.entities(ofType: .agency).first { $0.names.fr == "Hyproc Shipping Company" })
        let parent = try #require(extraction.entity(acronym: "SONATRACH"))
        #expect(extraction.has(.underAuthorityOf, hyproc.id, parent.id))
    }
}
