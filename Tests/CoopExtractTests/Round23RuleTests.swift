@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added in session 19 (Docs/extraction.md "Round 23"). The sentences are written for
/// these tests.
struct Round23RuleTests {
    /// "la commission mixte tient à Oran sa session": a verb in the present tense ends a
    /// lower-case body's name.
    @Test func aPresentTenseVerbEndsAName() throws {
        let extraction = try Support.extract(
            "– 3 mai 2025 : la commission mixte tient à Oran sa quatrième session ; la société publique vietnamienne Petro Holding signe un contrat.",
            home: "DZ")
        let names = extraction.entities.map(\.entity.names.fr)
        #expect(names.contains("commission mixte"))
        #expect(!names.contains { $0.hasSuffix("tient") || $0.hasSuffix("signe") })
    }

    /// "la société publique indienne Bharat Steel and Mining (BSM)", "Partenaire : Seoul Water
    /// and Power Corporation (SWP), entreprise coréenne …": English names run across "and", and
    /// the acronym in brackets is theirs.
    @Test func englishNamesRunAcrossAnd() throws {
        let company = try Support.extract(
            "La société publique indienne Bharat Steel and Mining (BSM) achète depuis 2021 du minerai de fer. La BSM a ouvert un bureau.",
            home: "DZ")
        let bsm = try #require(company.entity(acronym: "BSM"))
        #expect(bsm.names.fr == "Bharat Steel and Mining")
        #expect(bsm.id == "in.bsm")
        #expect(company.has(.underAuthorityOf, bsm.id, "IN"))
        let field = try Support.extract(
            "- Partenaire : Incheon Water and Power Corporation (IWP), entreprise publique coréenne de l'eau ; Partenaire algérien : ADE ; Objet : mémorandum d'entente relatif à la gestion des réseaux ; Date : signé le 2 mai 2022 à Séoul.",
            home: "DZ")
        let iwp = try #require(field.entity(acronym: "IWP"))
        #expect(iwp.id.rawValue.hasPrefix("kr."))
        let agreement = try field.only(ofType: .agreement)
        // The field's partner is the body, not the country that opens its name.
        #expect(field.sources(.partyTo, to: agreement.id).contains(iwp.id))
        #expect(!field.sources(.partyTo, to: agreement.id).contains("KR"))
    }

    /// "II. Coopération avec la République portugaise": a heading that names the partner in a
    /// phrase sets the section's country (a body named in Portuguese under it is Portuguese)
    /// without adding a cooperation of its own.
    @Test func aPhrasedHeadingSetsTheSectionsCountry() throws {
        let text = """
            République Algérienne Démocratique et Populaire
            Ministère de l'Hydraulique
            Le secteur coopère avec plusieurs pays.
            II. Coopération avec la République portugaise
            - Partenaire : Instituto Nacional da Água (INAG) ; Partenaire algérien : ANBT ; Objet : convention de coopération ; Date : conclue à Lisbonne en mars 2021.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let body = try #require(extraction.entity(acronym: "INAG"))
        #expect(body.id == "pt.inag")
        #expect(!extraction.relations.contains { $0.review.rule == "cooperation.heading" })
        // A heading that is the country's name alone still states the cooperation.
        let bare = try Support.extract("Ministère de l'Hydraulique\nLe secteur coopère avec plusieurs pays.\nII. Le Portugal\nLe 2 mars 2021, une mission s'est rendue à Lisbonne.", home: "DZ")
        #expect(bare.relations.contains { $0.review.rule == "cooperation.heading" && $0.relation.to == "PT" })
    }

    /// "La coopération internationale du Ministère est conduite …": "du" is no adjective of the
    /// umbrella's name.
    @Test func theUmbrellasNameStopsAtAPreposition() throws {
        let extraction = try Support.extract(
            "Ministère des Transports\nLa coopération internationale du Ministère est conduite par ses directions.", home: "DZ")
        let names = extraction.entities.filter { $0.entity.type == .programme }.map(\.entity.names.fr)
        #expect(!names.contains { $0.hasSuffix(" du") })
    }

    /// "le CNTS (Centre national de recherche appliquée en génie des sols)": a French name in
    /// brackets after the acronym it defines runs to the closing bracket, past "en".
    @Test func aBracketedNameAfterItsAcronymRunsToTheBracket() throws {
        let extraction = try Support.extract(
            "Le Ministère s'appuie sur le CNTS (Centre national de recherche appliquée en génie des sols), placé sous sa tutelle. Le CNTS a signé une convention.",
            home: "DZ")
        let body = try #require(extraction.entity(acronym: "CNTS"))
        #expect(body.names.fr == "Centre national de recherche appliquée en génie des sols")
        #expect(!extraction.entities.contains { $0.entity.names.fr == "Centre national de recherche appliquée" })
    }

    /// "le Centre d'études sur l'information scientifique et technique (CEIST)": a preposition
    /// that would end the name does not when the acronym closes it up to ten tokens on.
    @Test func aLongNameRunsPastSurToItsAcronym() throws {
        let extraction = try Support.extract(
            "Le 2 mai 2024, le Centre d'études sur l'information scientifique et technique (CEIST) a signé un accord.", home: "DZ")
        let body = try #require(extraction.entity(acronym: "CEIST"))
        #expect(body.names.fr == "Centre d'études sur l'information scientifique et technique")
    }

    /// "la Sûreté nationale" after the letterhead's "Direction Générale de la Sûreté Nationale":
    /// a directorate general named again by what it directs.
    @Test func aDirectorateGeneralIsNamedAgainByWhatItDirects() throws {
        let text = """
            Ministère de l'Intérieur
            Direction Générale des Douanes
            Objet : bilan de la coopération
            En 2025, les Douanes ont conduit des échanges d'experts avec la Tunisie et l'Italie.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let body = try #require(extraction.entities.map(\.entity).first { $0.names.fr == "Direction Générale des Douanes" })
        #expect(extraction.has(.cooperatesWith, body.id, "TN"))
        #expect(extraction.has(.cooperatesWith, body.id, "IT"))
    }

    /// "le Centre et l'INAH ont signé" after the home "Centre national …" and an international
    /// "Centre international …": the ministry's own centre, not the organisation.
    @Test func aBareHeadPrefersTheHomeBodyOverAnInternationalOne() throws {
        let text = """
            Ministère de la Culture
            Le Ministère s'appuie sur le Centre national des études sahariennes (CNES), placé sous sa tutelle.
            L'Algérie est membre de l'OCPM (Centre international pour la protection des mosaïques), dont le siège est à Rome.
            Le Centre et l'Instituto Nacional de Arqueología (INARQ) ont signé à Mexico, le 9 juin 2023, un mémorandum d'entente.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let agreement = try extraction.only(ofType: .agreement)
        let parties = extraction.sources(.partyTo, to: agreement.id)
        let cnes = try #require(extraction.entity(acronym: "CNES"))
        let ocpm = try #require(extraction.entity(acronym: "OCPM"))
        #expect(parties.contains(cnes.id))
        #expect(!parties.contains(ocpm.id))
    }

    /// Lexicon data of the round: an excavation campaign is an event, "Policía" opens a Spanish
    /// body's name, "technologies de l'information et de la communication" are telecommunications.
    @Test func theRoundsLexiconEntries() throws {
        let extraction = try Support.extract(
            "Une campagne de fouilles a été conduite du 8 au 20 mai 2023 à Tébessa par le Centre national de recherche en archéologie. La Policía Nacional a signé le 3 mars 2024 un accord dans le domaine des technologies de l'information et de la communication.",
            home: "DZ")
        #expect(extraction.entities.contains { $0.entity.type == .event && $0.entity.dates.contains { $0.date.description.hasPrefix("2023-05-08") } })
        #expect(extraction.entities.contains { $0.entity.names.fr == "Policía Nacional" })
        let agreement = try extraction.only(ofType: .agreement)
        #expect(extraction.has(.covers, agreement.id, "sector.telecommunications"))
    }

    /// "Le Ministère s'appuie sur deux établissements placés sous sa tutelle : le Centre …": a
    /// possessive before the marker makes the body after it answer to the one before.
    @Test func aPossessiveTutelleTurnsTheAuthorityAround() throws {
        let extraction = try Support.extract(
            "Ministère de la Culture\nLe Ministère s'appuie sur un établissement placé sous sa tutelle : le Centre national des études sahariennes (CNES).",
            home: "DZ")
        let centre = try #require(extraction.entity(acronym: "CNES"))
        let ministry = try #require(extraction.entities.map(\.entity).first { $0.type == .ministry })
        #expect(extraction.has(.underAuthorityOf, centre.id, ministry.id))
        #expect(!extraction.has(.underAuthorityOf, ministry.id, centre.id))
    }

    /// "La convention « … » a été signée à Rome le 12 avril 2022 par A et B": the signers after
    /// "par" are counted from the end of the title.
    @Test func signersAfterALongQuotedTitle() throws {
        let extraction = try Support.extract(
            "La convention « Sauvegarde et restauration des fresques médiévales de Tlemcen et de Nedroma » a été signée à Rome le 12 avril 2022 par l'Office national des biens culturels (ONBC) et l'Istituto Superiore per la Conservazione (ISC).",
            home: "DZ")
        let agreement = try extraction.only(ofType: .agreement)
        let parties = Set(extraction.sources(.partyTo, to: agreement.id))
        #expect(parties.contains(try #require(extraction.entity(acronym: "ONBC")).id))
        #expect(parties.contains(try #require(extraction.entity(acronym: "ISC")).id))
    }

    /// "En application du mémorandum du 16 juin, …": a day and a month with no year name again
    /// the memorandum signed that day, not a new one dated by the rest of the sentence.
    @Test func aDayAndMonthNameTheAgreementAgain() throws {
        let extraction = try Support.extract(
            "Le 16 juin 2026, le CERIST et le C-DAC ont signé un mémorandum d'entente. En application du mémorandum du 16 juin, le C-DAC accueille depuis septembre 2026 six ingénieurs.",
            home: "DZ")
        #expect(extraction.entities.filter { $0.entity.type == .agreement }.count == 1)
    }

    /// "La commission mixte instituée par cet accord en examine l'application": the joint body
    /// monitors it; "un programme exécutif y est adopté" at its session implements that accord,
    /// not the memorandum named in between.
    @Test func aJointBodyFollowsItsAccordAndItsProgrammeImplementsIt() throws {
        let text = """
            Ambassade d'Algérie à Lima
            1. La coopération est régie par l'accord de coopération signé à Lima le 3 mars 1990. La commission mixte instituée par cet accord en examine l'application.
            2. Le 4 mai 2025, le CDER et l'IPEN ont signé un mémorandum d'entente.
            3. Le 8 octobre 2026, la commission mixte tient à Alger sa sixième session ; un programme exécutif couvrant les années 2027 à 2029 y est adopté.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let accord = try #require(extraction.entities.map(\.entity).first { $0.type == .agreement && $0.properties["kind"] == .string("accord") })
        let body = try #require(extraction.entities.map(\.entity).first { $0.type == .jointBody })
        #expect(extraction.has(.monitors, body.id, accord.id))
        let programme = try #require(extraction.entities.map(\.entity).first { $0.type == .programme && $0.names.fr.hasPrefix("Programme exécutif") })
        #expect(extraction.has(.implements, programme.id, accord.id))
    }

    /// "la RCF achète … à la SOMIPHOS, filiale du groupe MANAL, … en vertu d'un contrat conclu
    /// entre les deux sociétés": the group a party belongs to is not one of "the two".
    @Test func theTwoSkipAParentGroup() throws {
        let extraction = try Support.extract(
            "La société publique indienne Bharat Fertiliser Works (BFW) achète depuis 2023 du phosphate à la Société des phosphates de Tébessa (SPT), filiale du groupe public algérien Manadjim El Djazaïr (MANAL), en vertu d'un contrat conclu entre les deux sociétés en décembre 2022.",
            home: "DZ")
        let agreement = try extraction.only(ofType: .agreement)
        let parties = Set(extraction.sources(.partyTo, to: agreement.id))
        #expect(parties == [try #require(extraction.entity(acronym: "BFW")).id, try #require(extraction.entity(acronym: "SPT")).id])
    }

    /// "un programme conjoint d'essais …": a lower-case programme head made two-sided by its
    /// qualifier names a programme; "Règlement parasismique algérien (RPA)" names no body.
    @Test func aJointProgrammeAndATextsAcronym() throws {
        let extraction = try Support.extract(
            "Le CNERIB et le LNEC conduisent depuis 2023 un programme conjoint d'essais de matériaux. Les résultats serviront au Règlement parasismique algérien (RPA).",
            home: "DZ")
        #expect(extraction.entities.contains { $0.entity.type == .programme && $0.entity.names.fr.hasPrefix("programme conjoint d") })
        #expect(extraction.entity(acronym: "RPA") == nil)
    }

    /// "… (AFRIPOL) coordonne … . Pays du siège, l'Algérie en est membre": "en" stands for the
    /// organisation of the sentence before.
    @Test func enEstMembreStandsForTheOrganisationBefore() throws {
        let extraction = try Support.extract(
            "L'organisme, dont le siège est à Alger (AFRIPOL), coordonne l'action des polices. Pays du siège, l'Algérie en est membre depuis 2015 ; la DGSN y détache des officiers.",
            home: "DZ")
        let organisation = try #require(extraction.entity(acronym: "AFRIPOL"))
        let membership = try #require(extraction.relations.first { $0.relation.type == .memberOf && $0.relation.from == "DZ" && $0.relation.to == organisation.id })
        #expect(membership.relation.dates.map(\.date.description) == ["2015"])
    }

    /// "Partie depuis 1980 à la Convention …, adoptée par l'UNESCO en 1970, l'Algérie …": the
    /// country opening the main clause is a party; the organisation that adopted it is not, and
    /// the agreement is dated by its adoption.
    @Test func aFrontedPartieMakesAParty() throws {
        let extraction = try Support.extract(
            "Partie depuis 1980 à la Convention concernant les biens culturels mobiliers, adoptée par l'UNESCO en 1970, l'Algérie a restitué plusieurs objets.",
            home: "DZ")
        let agreement = try extraction.only(ofType: .agreement)
        #expect(agreement.id.rawValue.hasPrefix("agr.1970."))
        let parties = extraction.sources(.partyTo, to: agreement.id)
        #expect(parties.contains("DZ"))
        #expect(!parties.contains { $0.rawValue.hasPrefix("org.") })
        let party = try #require(extraction.relations.first { $0.relation.type == .partyTo && $0.relation.from == "DZ" })
        #expect(party.relation.dates.map(\.date.description) == ["1980"])
    }

    /// "au titre du programme indien de coopération technique (ITEC)": a lower-case programme
    /// head named with the acronym it defines; "au cours d'une cérémonie tenue à Rome": a
    /// ceremony is an event.
    @Test func aProgrammeDefinedByItsAcronymAndACeremony() throws {
        let extraction = try Support.extract(
            "Au titre du programme indien de coopération technique (ITEC), la partie indienne offre 40 places. Le 15 mars 2024, des pièces ont été restituées à l'Algérie au cours d'une cérémonie tenue à Rome.",
            home: "DZ")
        let programme = try #require(extraction.entity(acronym: "ITEC"))
        #expect(programme.type == .programme)
        #expect(extraction.entities.contains { $0.entity.type == .event && $0.entity.dates.contains { $0.date.description == "2024-03-15" } })
    }

    /// "Membre de l'INTERPOL depuis 1963, l'Algérie y est représentée par le Bureau …": after a
    /// conference on the line before, "y" stands for the organisation the sentence opens on.
    @Test func yAfterAFrontedOrganisationIsNotTheLastEvent() throws {
        let text = """
            La conférence régionale des chefs de police a été organisée à Alger les 18 et 19 mai 2026 par AFRIPOL.
            Membre de l'Organisation internationale de police criminelle (INTERPOL) depuis 1963, l'Algérie y est représentée par le Bureau central national d'Alger.
            """
        let extraction = try Support.extract(text, home: "DZ")
        #expect(!extraction.relations.contains { $0.relation.type == .tookPartIn && ["event.represented", "event.there"].contains($0.review.rule) })
    }

    /// "- Partenaire : LH ; Objet : stage … organisé par LH à Jinju ; Date : du 6 au 17 novembre
    /// 2023.": the date field dates the event of the field before it; "au titre du mémorandum
    /// précité depuis mars 2024" names the memorandum again.
    @Test func aRowsDateFieldDatesItsEventAndPreciteNamesAgain() throws {
        let row = try Support.extract(
            "- Partenaire : LH ; Partenaire algérien : AADL ; Objet : stage de vingt ingénieurs de l'AADL organisé par LH à Jinju ; Date : du 6 au 17 novembre 2023.",
            home: "DZ")
        #expect(row.entities.contains { $0.entity.type == .event && $0.entity.dates.contains { $0.date.description == "2023-11-06" } })
        let again = try Support.extract(
            "Le 3 mai 2023, l'AADL et LH ont signé un mémorandum d'entente. LH fournit à l'AADL une assistance technique au titre du mémorandum précité depuis mars 2024.",
            home: "DZ")
        #expect(again.entities.filter { $0.entity.type == .agreement }.count == 1)
    }
}
