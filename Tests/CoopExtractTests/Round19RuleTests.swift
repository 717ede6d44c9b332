@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added after the round-19 blind notes (session 15, Docs/extraction.md "Round 19"). The
/// sentences are written for these tests.
struct Round19RuleTests {
    /// "X et Y, dénommé Z jusqu'en 2024, ont signé un mémorandum": the insertion set off by
    /// commas after the last signer does not hide the signers.
    @Test func anAppositionAfterTheLastSignerKeepsBothParties() throws {
        let text = """
            L'Office national de la météorologie (ONM) et l'Institut météorologique norvégien (MET), dénommé autrement jusqu'en janvier 2020, ont signé à Oslo un mémorandum d'entente le 4 mai 2021.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let memorandum = try extraction.only(ofType: .agreement)
        let parties = extraction.sources(.partyTo, to: memorandum.id)
        #expect(parties.contains { $0.rawValue.hasSuffix(".onm") })
        #expect(parties.contains { extraction.entity($0)?.acronyms == ["MET"] })
    }

    /// "la sixième session des consultations politiques algéro-japonaises": a round of
    /// consultations is an event of kind `other`, named with its ordinal, between the two
    /// countries of the compound.
    @Test func aSessionOfConsultationsIsNoJointCommissionSession() throws {
        let extraction = try Support.extract(
            "Les 3 et 4 mars 2025, la sixième session des consultations politiques algéro-japonaises s'est tenue à Tokyo.", home: "DZ")
        let event = try extraction.only(ofType: .event)
        #expect(event.properties["kind"] == .string("other"))
        #expect(event.names.fr.hasPrefix("Sixième session des consultations politiques algéro-japonaises"))
        #expect(extraction.sources(.tookPartIn, to: event.id) == ["DZ", "JP"])
        // A session of a joint commission keeps its kind.
        let joint = try Support.extract("La commission mixte algéro-japonaise a tenu sa troisième session à Alger le 5 mai 2024.", home: "DZ")
        #expect(try joint.only(ofType: .event).properties["kind"] == .string("joint_commission_session"))
    }

    /// "la 41e session du comité de direction du COMELEC": a meeting of an organ of a body is an
    /// event of kind `other`; the body stays its own mention and takes part.
    @Test func aSessionOfABodysOrganIsAnOtherMeeting() throws {
        let text = """
            Le Comité maghrébin de l'électricité (COMELEC) regroupe les opérateurs de la région.
            La 41e session du comité de direction du COMELEC s'est tenue à Alger les 15 et 16 décembre 2024.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let event = try extraction.only(ofType: .event)
        #expect(event.properties["kind"] == .string("other"))
        #expect(event.names.fr.hasPrefix("41e session du comité de direction du COMELEC"))
        let comelec = try #require(extraction.entity(acronym: "COMELEC"))
        #expect(extraction.sources(.tookPartIn, to: event.id).contains(comelec.id))
        // "session du comité mixte" is a joint body's: not this rule.
        let mixed = try Support.extract("La troisième session du comité mixte algéro-tunisien s'est tenue à Tunis le 3 mars 2025.", home: "DZ")
        #expect(try mixed.only(ofType: .event).properties["kind"] == .string("joint_commission_session"))
    }

    /// "Membre affilié de l'AISS depuis 1967, la CNAS …": an adjective of membership between
    /// "Membre" and the organisation.
    @Test func aFrontedAffiliatedMembershipHasItsMember() throws {
        let extraction = try Support.extract(
            "Membre affilié de l'Association internationale de la sécurité sociale (AISS) depuis 1967, la Caisse nationale des assurances sociales (CNAS) a organisé un atelier.",
            home: "DZ")
        let aiss = try #require(extraction.entity(acronym: "AISS"))
        let cnas = try #require(extraction.entity(acronym: "CNAS"))
        let membership = try #require(extraction.relations.first {
            $0.relation.type == .memberOf && $0.relation.from == cnas.id && $0.relation.to == aiss.id
        })
        #expect(membership.relation.dates == [DatedRole(.started, PartialDate(year: 1967)!)])
    }

    /// "a accueilli à Paris, du 2 au 13 décembre 2024, douze cadres … pour un stage": one stage
    /// held once is an event; "accueille chaque année en stage" is a placement, no event.
    @Test func aStageHeldOnceIsAnEventButInStageIsNot() throws {
        let once = try Support.extract(
            "Cinq ingénieurs de l'Agence spatiale algérienne (ASAL) ont suivi à Pékin, du 2 au 13 décembre 2024, un stage de traitement d'images.", home: "DZ")
        let stage = try once.only(ofType: .event)
        #expect(stage.properties["kind"] == .string("other"))
        #expect(stage.dates.contains(DatedRole(.held, PartialDate(year: 2024, month: 12, day: 2)!)))
        let placement = try Support.extract(
            "Depuis 2019, le Centre national de formation (CNF) accueille chaque année en stage une vingtaine de cadres tunisiens.", home: "DZ")
        #expect(placement.entities(ofType: .event).isEmpty)
    }

    /// "le Consiglio Nazionale delle Ricerche (CNR)", "l'Instituto Nacional de la Seguridad Social
    /// (INSS)": initials skip Italian and Spanish small words, and a name in those languages is
    /// foreign, of the sentence's one foreign country ("Società Italiana Sementi" names Italy).
    @Test func italianAndSpanishNamesSpellTheirAcronymsAndAreForeign() throws {
        let italian = try Support.extract(
            "L'INRAA coopère avec le Consiglio Nazionale delle Ricerche (CNR) et la Società Italiana Sementi (SIS).", home: "DZ")
        let cnr = try #require(italian.entity(acronym: "CNR"))
        #expect(cnr.names.fr == "Consiglio Nazionale delle Ricerche" && cnr.id == "it.cnr")
        #expect(italian.has(.underAuthorityOf, cnr.id, "IT"))
        #expect(italian.entity(acronym: "SIS")?.id == "it.sis")
        let spanish = try Support.extract("La partie espagnole était représentée par l'Instituto Nacional de la Seguridad Social (INSS).", home: "DZ")
        let inss = try #require(spanish.entity(acronym: "INSS"))
        #expect(inss.id == "es.inss" && spanish.has(.underAuthorityOf, inss.id, "ES"))
    }

    /// "la société italienne Irritec" once, then "entre l'ONID et Irritec": the company's name
    /// alone names it again; a longer capitalised name that begins with it does not.
    @Test func aCompanyIsNamedAgainByItsNameAlone() throws {
        let text = """
            L'Office national de l'irrigation et du drainage (ONID) travaille avec la société italienne Irritec.
            Un contrat de fourniture d'équipements de goutte-à-goutte a été conclu le 12 mars 2024 entre l'ONID et Irritec.
            Irritec Maroc a ouvert une agence à Casablanca.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let contract = try extraction.only(ofType: .agreement)
        #expect(extraction.sources(.partyTo, to: contract.id) == ["dz.onid", "it.irritec"])
        let lines = Set(extraction.entities.first { $0.entity.id == "it.irritec" }?.review.evidence.map(\.line) ?? [])
        #expect(lines == [1, 2])
    }

    /// "entre l'Office et Irritec", "avec ce Fonds", "ce Centre arabe": a capitalised head after a
    /// definite or demonstrative determiner names the body of that head named last.
    @Test func aHeadAfterADeterminerNamesTheLastBodyOfThatHead() throws {
        let text = """
            L'Office national de l'irrigation et du drainage (ONID) travaille avec la société italienne Irritec.
            Un contrat de fourniture d'équipements a été conclu le 12 mars 2024 entre l'Office et Irritec.
            Membre fondateur du Fonds international de développement agricole (FIDA), l'Algérie a conclu avec ce Fonds, le 9 juillet 2023, un accord de financement.
            L'ACSAD (Centre arabe pour l'étude des zones arides) appuie le CRSTRA. Un document cadre entre le Ministère et ce Centre arabe, couvrant la période 2026-2030, doit être signé en mars 2026.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let agreements = extraction.entities(ofType: .agreement)
        let contract = try #require(agreements.first { $0.properties["kind"] == .string("contrat") })
        #expect(extraction.sources(.partyTo, to: contract.id).contains("dz.onid"))
        let financing = try #require(agreements.first { $0.properties["kind"] == .string("accord") })
        #expect(extraction.sources(.partyTo, to: financing.id) == ["DZ", "org.fida"])
        let frame = try #require(agreements.first { $0.properties["kind"] == .string("document_cadre") })
        let acsad = try #require(extraction.entity(acronym: "ACSAD"))
        #expect(extraction.sources(.partyTo, to: frame.id).contains(acsad.id))
        #expect(!extraction.entities.contains { $0.entity.names.fr == "Centre arabe" })
    }

    /// "effectuera une visite … au cours du premier semestre 2026", "devant se tenir à Alger":
    /// a verb in the future plans the event; "Cette visite devrait …" on the next sentence names
    /// that visit again, not a new one.
    @Test func aFutureVerbPlansAndADemonstrativeNamesTheSameEvent() throws {
        let text = """
            Le Ministre des Affaires étrangères effectuera une visite officielle au Japon au cours du premier semestre 2026. Cette visite devrait permettre de signer un accord, paraphé à Tokyo en décembre 2025.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let visit = try extraction.only(ofType: .event)
        #expect(visit.dates == [DatedRole(.planned, PartialDate(year: 2026)!)])
        let forum = try Support.extract("Le Ministère organisera à Oran, les 24 et 25 novembre 2025, la deuxième édition du forum de l'électricité.", home: "DZ")
        #expect(try forum.only(ofType: .event).dates.contains(DatedRole(.planned, PartialDate(year: 2025, month: 11, day: 24)!)))
    }

    /// "la société d'ingénierie japonaise JGC Corporation", "le bureau d'études italien CESI",
    /// "Terna, gestionnaire du réseau de transport italien": a company described by "de" and a
    /// word before its demonym, and a manager in apposition.
    @Test func aCompanyDescribedBeforeItsDemonymIsOfThatCountry() throws {
        let jgc = try Support.extract("Sonatrach a conclu avec la société d'ingénierie japonaise JGC Corporation un contrat le 1er juin 2025.", home: "DZ")
        let contract = try jgc.only(ofType: .agreement)
        let company = try #require(jgc.entities(ofType: .agency).first { $0.names.fr == "JGC Corporation" })
        #expect(company.id.rawValue.hasPrefix("jp.") && jgc.sources(.partyTo, to: contract.id).contains(company.id))
        let cesi = try Support.extract("Une étude est conduite par le bureau d'études italien CESI depuis mars 2024.", home: "DZ")
        #expect(cesi.entities(ofType: .agency).map(\.id) == ["it.cesi"])
        let terna = try Support.extract(
            "Un mémorandum d'entente a été signé à Rome le 23 janvier 2023 entre Sonelgaz et Terna, gestionnaire du réseau de transport italien.", home: "DZ")
        #expect(terna.has(.underAuthorityOf, "it.terna", "IT"))
    }

    /// "modifiée par un avenant", "un protocole portant amendement de cette convention": the
    /// amending agreement is part of the one it amends; "complétée par une convention" is not.
    @Test func anAmendmentIsPartOfTheAgreementItAmends() throws {
        let avenant = try Support.extract(
            "La convention générale algéro-française de sécurité sociale a été modifiée par un avenant signé à Paris le 14 novembre 2022.", home: "DZ")
        let amending = try #require(avenant.entities(ofType: .agreement).first { $0.properties["kind"] == .string("protocole") })
        let amended = try #require(avenant.entities(ofType: .agreement).first { $0.properties["kind"] == .string("convention") })
        #expect(avenant.has(.partOf, amending.id, amended.id))
        let text = """
            Une convention fiscale a été signée avec le Qatar le 14 mars 2016.
            Un protocole portant amendement de cette convention est en cours de négociation avec la partie qatarie.
            """
        let protocolCase = try Support.extract(text, home: "DZ")
        let convention = try #require(protocolCase.entities(ofType: .agreement).first { $0.properties["kind"] == .string("convention") })
        let protocolAgreement = try #require(protocolCase.entities(ofType: .agreement).first { $0.properties["kind"] == .string("protocole") })
        #expect(protocolAgreement.names.fr == "Protocole portant amendement")
        #expect(protocolCase.has(.partOf, protocolAgreement.id, convention.id))
        let completed = try Support.extract(
            "La convention d'entraide judiciaire signée en 2016 a été complétée par une convention d'extradition, signée à Alger en mai 2019.", home: "DZ")
        #expect(!completed.relations.contains { $0.relation.type == .partOf })
    }

    /// "travaille avec trois partenaires : la société italienne Irritec, spécialisée dans …, le
    /// groupe qatari Hassad Food et le FIDA": the colon after "avec … partenaires" opens the
    /// list, and a description between commas does not break it.
    @Test func partnersAfterAColonAndPastADescription() throws {
        let text = """
            L'Office national de l'irrigation et du drainage (ONID) relève du Ministère.
            L'ONID travaille avec trois partenaires : la société italienne Irritec, spécialisée dans les équipements d'irrigation localisée, le groupe qatari Hassad Food et le FIDA.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let partners = Set(extraction.relations.filter { $0.relation.type == .cooperatesWith && $0.relation.from == "dz.onid" }.map(\.relation.to))
        #expect(partners == ["it.irritec", "qa.hassad-food", "org.fida"])
        // Without "partenaires", a colon opens nothing: "L'ONID a trois priorités : la société …" names no partner.
        let none = try Support.extract("L'Office national de l'irrigation et du drainage (ONID) a une priorité : la société italienne Irritec.", home: "DZ")
        #expect(!none.relations.contains { $0.relation.type == .cooperatesWith })
    }

    /// "(centrale | entreprise | date du contrat | état d'avancement)": a header label may hold an
    /// elided article; "Çalık Enerji (Turquie)": the country in the cell is the company's, not its
    /// full name, over the table's country.
    @Test func aTableCellNamesItsCompanysCountry() throws {
        let text = """
            - Türkiye et Espagne : contrats conclus par la Société algérienne de production de l'électricité (SPE) (centrale | entreprise | date du contrat | état d'avancement) :
            Centrale de Djelfa (1 200 MW) | Çalık Enerji (Turquie) | le 12 octobre 2022 | en service
            Centrale de Tamanrasset (300 MW) | Técnicas Reunidas (Espagne) | au cours du mois d'avril 2023 | travaux en cours
            """
        let extraction = try Support.extract(text, home: "DZ")
        let companies = extraction.entities(ofType: .agency).filter { $0.properties["kind"] == .string("company") }
        #expect(Set(companies.map(\.names.fr)) == ["Çalık Enerji", "Técnicas Reunidas"])
        #expect(extraction.has(.underAuthorityOf, "tr.calik-enerji", "TR"))
        #expect(extraction.has(.underAuthorityOf, "es.tecnicas-reunidas", "ES"))
    }

    /// "installé à Saint-Etienne", "à Aix-en-Provence": a town of words joined by hyphens is one
    /// place (not "Saint"); "Puebla-Mexique" is still a town and its country.
    @Test func aHyphenatedTownIsOnePlace() throws {
        let saint = try Support.extract("Le centre de formation est installé à Saint-Etienne depuis 2021.", home: "DZ")
        #expect(saint.entities(ofType: .place).map(\.names.fr) == ["Saint-Etienne"])
        let aix = try Support.extract("Le séminaire s'est tenu à Aix-en-Provence en 2021.", home: "DZ")
        #expect(aix.entities(ofType: .place).map(\.names.fr) == ["Aix-en-Provence"])
        let puebla = try Support.extract("La ville de Puebla-Mexique est jumelée avec Constantine.", home: "DZ")
        #expect(puebla.has(.locatedIn, "place.mx.puebla", "MX"))
    }

    /// "… à la neuvième édition de la TICAD ; en marge des travaux, la CACI et la JETRO (Japan
    /// External Trade Organization) ont signé un mémorandum": the body named again in brackets
    /// is one signer, and the signers took part in the event; "à cette occasion" too. "Cette
    /// visite devrait être l'occasion de signer …" puts no one at the visit.
    @Test func signersAtTheOccasionTookPartInTheEvent() throws {
        let text = """
            Du 20 au 22 août 2025, une délégation a pris part, à Yokohama, à la conférence sur le développement de l'Afrique ; en marge des travaux, la Chambre algérienne de commerce et d'industrie (CACI) et la JETRO (Japan External Trade Organization) ont signé un mémorandum d'entente.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let memorandum = try extraction.only(ofType: .agreement)
        let event = try extraction.only(ofType: .event)
        let caci = try #require(extraction.entity(acronym: "CACI"))
        let jetro = try #require(extraction.entity(acronym: "JETRO"))
        #expect(extraction.sources(.partyTo, to: memorandum.id) == [caci.id, jetro.id])
        #expect(extraction.sources(.tookPartIn, to: event.id).isSuperset(of: [caci.id, jetro.id]))
        let purpose = try Support.extract(
            "Le Ministre effectuera une visite officielle au Japon en 2026. Cette visite devrait être l'occasion de signer l'accord entre l'Algérie et le Japon.", home: "DZ")
        let visit = try purpose.only(ofType: .event)
        #expect(!purpose.relations.contains { $0.relation.type == .tookPartIn && $0.relation.to == visit.id && ["DZ", "JP"].contains($0.relation.from) })
        // "il y a lieu de mentionner la signature …": no "there" either.
        let expletive = try Support.extract("""
            Une évaluation du programme a eu lieu en septembre 2011 à Alger.
            Il y a lieu de mentionner la signature d'un protocole d'accord entre l'Algérie et la France en novembre 2010.
            """, home: "DZ")
        let evaluation = try expletive.only(ofType: .event)
        #expect(!expletive.relations.contains { $0.relation.type == .tookPartIn && $0.relation.to == evaluation.id && $0.relation.from == "FR" })
    }

    /// "Echanges économiques", "• Coopération agricole": a short unnumbered line of lower-case
    /// words naming a field is a heading; what follows takes its sector. A sentence is none.
    @Test func anUnnumberedFieldLineIsAHeading() throws {
        let text = """
            L'Ambassade suit les relations bilatérales dans tous les domaines, y compris la culture et la santé.
            Echanges économiques
            Le 9 mai 2019, la Chambre algérienne de commerce et d'industrie (CACI) et la Chambre de commerce et d'industrie du Viet Nam (VCCI) ont signé un accord de coopération.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let accord = try extraction.only(ofType: .agreement)
        #expect(extraction.has(.covers, accord.id, "sector.trade"))
        let plain = try Support.extract("""
            L'Ambassade suit les relations bilatérales dans tous les domaines, y compris la culture et la santé.
            Les échanges économiques progressent
            Le 9 mai 2019, l'Algérie et le Viet Nam ont signé un accord de coopération.
            """, home: "DZ")
        #expect(!plain.has(.covers, try plain.only(ofType: .agreement).id, "sector.trade"))
    }

    /// "Ministère égyptien des Affaires étrangères" holds every word of the KB's "Ministère des
    /// Affaires étrangères" but is Egypt's ministry, not the home one.
    @Test func aForeignMinistryIsNotTheKnownHomeOne() throws {
        let kb = try Support.graph([
            Entity(id: "dz.mae", type: .ministry, names: Names(fr: "Ministère des Affaires étrangères")),
            Entity(id: "DZ", type: .country, names: Names(fr: "Algérie")),
        ])
        let extraction = try Support.extract(
            "L'Institut des études diplomatiques relevant du Ministère égyptien des Affaires étrangères a signé un accord.", knowledge: kb, home: "DZ")
        let ministry = try extraction.only(ofType: .ministry)
        #expect(ministry.id != "dz.mae" && ministry.id.rawValue.hasPrefix("eg."))
        #expect(extraction.has(.underAuthorityOf, ministry.id, "EG"))
        // The home ministry is still found by its name.
        let home = try Support.extract("Le Ministère des Affaires étrangères a signé un accord.", knowledge: kb, home: "DZ")
        #expect(try home.only(ofType: .ministry).id == "dz.mae")
    }

    /// "La commission mixte …, instituée par l'accord de coopération …" and "… un mémorandum … ;
    /// celui-ci a institué un groupe de travail conjoint": the joint body implements the agreement.
    @Test func aJointBodyInstitutedByAnAgreementImplementsIt() throws {
        let text = """
            La commission mixte algéro-brésilienne, instituée par l'accord de coopération économique signé à Brasília le 3 juin 1981, a tenu sa quatrième session à Alger en 2017.
            Un mémorandum d'entente a été signé à Berlin le 8 novembre 2022 ; celui-ci a institué un groupe de travail conjoint sur l'hydrogène.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let bodies = extraction.entities(ofType: .jointBody)
        let agreements = extraction.entities(ofType: .agreement)
        let commission = try #require(bodies.first { $0.names.fr.lowercased().hasPrefix("commission mixte") })
        let accord = try #require(agreements.first { $0.properties["kind"] == .string("accord") })
        #expect(extraction.has(.implements, commission.id, accord.id))
        let group = try #require(bodies.first { $0.names.fr.lowercased().hasPrefix("groupe de travail") })
        let memorandum = try #require(agreements.first { $0.properties["kind"] == .string("memorandum") })
        #expect(extraction.has(.implements, group.id, memorandum.id))
    }

    /// Found by fuzzing the session's binary: a table cell's company "Çalık Enerji (Turquie)" was a
    /// mention overlapping the country in its brackets, and reading signers across the two trapped
    /// on a reversed range. Mentions never overlap now.
    @Test func aTableCellCompanyDoesNotOverlapItsCountry() throws {
        let text = """
            - Contrats conclus par la Société algérienne de production de l'électricité (SPE) (centrale | entreprise | date du contrat | état d'avancement) :
            Centrale de Djelfa | Çalık Enerji (Turquie) | le 12 octobre 2022 | la Confédération suisse et l'Agence chinoise de coopération internationale pour le développement ont signé des protocoles d'accord
            """
        let extraction = try Support.extract(text, home: "DZ")
        #expect(extraction.has(.underAuthorityOf, "tr.calik-enerji", "TR"))
        #expect(extraction.entity("TR") != nil)
    }

    /// "l'EN3S (Ecole nationale supérieure de sécurité sociale), établissement public français
    /// installé à Saint-Etienne": capitals and digits before the brackets are one acronym, and the
    /// lower-case apposition describes that body (no "S", no "établissement public …" body).
    @Test func aGluedAcronymBeforeItsNameAndItsApposition() throws {
        let extraction = try Support.extract(
            "En matière de formation, l'EN3S (Ecole nationale supérieure de sécurité sociale), établissement public français installé à Saint-Etienne, accueille des cadres algériens.",
            home: "DZ")
        let agencies = extraction.entities(ofType: .agency)
        #expect(agencies.map(\.acronyms) == [["EN3S"]])
        let en3s = try #require(agencies.first)
        #expect(en3s.names.fr == "Ecole nationale supérieure de sécurité sociale")
        #expect(extraction.has(.underAuthorityOf, en3s.id, "FR"))
    }
}
