@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added in session 18 (Docs/extraction.md "Round 22"). The sentences are written for
/// these tests.
struct Round22RuleTests {
    /// "l'Office Fédéral de la Statistique (OFS), organisme suisse …": the acronym alone in the
    /// bracket before an apposition is the name's, and the body is the apposition's country's;
    /// "l'OFS" later is the same body, and no second body is made of the bare acronym.
    @Test func anAcronymBeforeAnAppositionIsTheNames() throws {
        let extraction = try Support.extract(
            "Le 3 mars 2024, le CNRS et le Swiss Data Board (SDB), agence suisse chargée des données, ont signé un mémorandum. Le SDB a ensuite accueilli une mission.",
            home: "DZ")
        let body = try #require(extraction.entity(acronym: "SDB"))
        #expect(body.id == "ch.sdb")
        #expect(body.names.fr == "Swiss Data Board")
        #expect(extraction.has(.underAuthorityOf, body.id, "CH"))
        #expect(extraction.entities.filter { $0.entity.acronyms.contains("SDB") || $0.entity.names.fr == "SDB" }.count == 1)
    }

    /// "- Le Vejdirektoratet, administration danoise des routes, a signé …": a nationality after
    /// a weak lower-case head in apposition makes it a body's description; the article that
    /// opens the sentence is not part of the name.
    @Test func aNationalityQualifiesAnAppositionHead() throws {
        let extraction = try Support.extract(
            "- Le Vejdirektoratet, administration danoise des routes, a signé avec le Ministère des Travaux publics un protocole d'accord.",
            home: "DZ")
        let body = try #require(extraction.entities.map(\.entity).first { $0.names.fr == "Vejdirektoratet" })
        #expect(body.id == "dk.vejdirektoratet")
        #expect(extraction.has(.underAuthorityOf, body.id, "DK"))
        let agreement = try extraction.only(ofType: .agreement)
        #expect(extraction.sources(.partyTo, to: agreement.id).contains(body.id))
        // Without a nationality, "administration" stays a common noun.
        let plain = try Support.extract("- Le Vejdirektoratet, administration des routes, a reçu une délégation.", home: "DZ")
        #expect(!plain.entities.contains { $0.entity.names.fr == "Vejdirektoratet" })
    }

    /// "l'ANP et l'Autoridad Nacional (…), agence chilienne, ont signé": the side the
    /// apposition gives wins over the document's partner country.
    @Test func theAppositionsCountryWinsOverTheDocumentsPartner() throws {
        let text = """
            Ministère de l'Energie
            Direction de la Coopération
            2) Coopération avec la République du Pérou
            Le 2 mai 2023, l'Agence nationale du pétrole (ANP) et l'Instituto Geologico (IGC), agence chilienne chargée de la géologie, ont signé un mémorandum d'entente à Lima.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let body = try #require(extraction.entity(acronym: "IGC"))
        #expect(extraction.has(.underAuthorityOf, body.id, "CL"))
        #expect(!extraction.has(.underAuthorityOf, body.id, "PE"))
    }

    /// "l'Autoridad Portuaria de Valencia", "la Deutsche Gesellschaft …": Spanish, Italian or German
    /// words make a name foreign, of the sentence's one foreign country.
    @Test func moreWordsMarkAForeignName() throws {
        let extraction = try Support.extract(
            "L'Entreprise portuaire d'Oran a signé avec l'Autoridad Portuaria de Valencia un protocole de jumelage, en présence de l'ambassadeur d'Espagne.",
            home: "DZ")
        let body = try #require(extraction.entities.map(\.entity).first { $0.names.fr == "Autoridad Portuaria de Valencia" })
        #expect(body.id.rawValue.hasPrefix("es."))
        #expect(extraction.has(.underAuthorityOf, body.id, "ES"))
    }

    /// The lexicon's new sectors: coastal management and biodiversity (both under the
    /// environment), petrochemicals and fertilizers.
    @Test func coastalBiodiversityAndPetrochemicalSectors() throws {
        let seminar = try Support.extract(
            "Un séminaire sur la gestion des aires marines protégées s'est tenu à Oran les 18 et 19 novembre 2025.", home: "DZ")
        let event = try seminar.only(ofType: .event)
        #expect(seminar.has(.covers, event.id, "sector.biodiversity"))
        #expect(seminar.has(.covers, event.id, "sector.environment"))
        let erosion = try Support.extract(
            "Un protocole d'accord sur la lutte contre l'érosion côtière a été signé à Athènes le 12 septembre 2024.", home: "DZ")
        #expect(erosion.has(.covers, try erosion.only(ofType: .agreement).id, "sector.coastal-management"))
        let plant = try Support.extract("Un contrat de fourniture d'engrais azotés a été signé à Mascate le 4 avril 2023.", home: "DZ")
        #expect(plant.has(.covers, try plant.only(ofType: .agreement).id, "sector.petrochemicals"))
    }

    /// "le Ministre de l'Energie et des Mines … son homologue omanais, le Ministre de l'Energie
    /// et des Minéraux": two names with the same initials are two bodies (the same name written
    /// again, or with an acronym, is the same body).
    @Test func sameInitialsAreNotTheSameBody() throws {
        let extraction = try Support.extract(
            "Le Ministre de l'Energie et des Mines se rendra à Mascate les 9 et 10 mars 2026 pour une visite officielle, à l'invitation de son homologue omanais, le Ministre de l'Energie et des Minéraux.",
            home: "DZ")
        let ministries = extraction.entities.map(\.entity).filter { $0.type == .ministry }
        #expect(ministries.count == 2)
        let home = try #require(ministries.first { $0.names.fr == "Ministère de l'Energie et des Mines" })
        #expect(extraction.has(.underAuthorityOf, home.id, "DZ"))
        #expect(ministries.contains { $0.names.fr.contains("Minéraux") && extraction.has(.underAuthorityOf, $0.id, "OM") })
        // "se rendra … les 9 et 10 mars 2026": a visit still to come.
        let visit = try extraction.only(ofType: .event)
        #expect(visit.dates.contains { $0.role == .planned })
        #expect(!visit.dates.contains { $0.role == .held })
        let again = try Support.extract(
            "L'Agence nationale des barrages et transferts (ANBT) suit les travaux. Le Ministère travaille avec le Portugal à travers l'Agence nationale des barrages et transferts.",
            home: "DZ")
        #expect(again.entities.filter { $0.entity.names.fr == "Agence nationale des barrages et transferts" }.count == 1)
    }

    /// "Membres l'un et l'autre de la LEA et de l'OCI, les deux pays y coordonnent …": both
    /// countries of the document are members of each organisation.
    @Test func bothCountriesAreMembers() throws {
        let text = """
            Ambassade d'Algérie à Mascate
            Objet : relations algéro-omanaises
            Membres l'un et l'autre de la Ligue des Etats arabes (LEA) et de l'Organisation de la coopération islamique (OCI), les deux pays y coordonnent leurs positions.
            """
        let extraction = try Support.extract(text, home: "DZ")
        for country: EntityID in ["DZ", "OM"] {
            #expect(extraction.relations.contains { $0.relation.type == .memberOf && $0.relation.from == country && $0.relation.to.rawValue.contains("oci") })
            #expect(extraction.relations.contains { $0.relation.type == .memberOf && $0.relation.from == country && $0.relation.to.rawValue.contains("ligue") })
        }
    }

    /// "un protocole portant amendement de cet accord … doit être signé en mars 2027": the date
    /// is the protocol's, not the accord's named inside it.
    @Test func aDateIsNotOfTheAgreementInsideAnothersName() throws {
        let extraction = try Support.extract(
            "Le 30 septembre 2001, les deux pays ont signé l'accord relatif à la promotion des investissements ; un protocole portant amendement de cet accord, destiné à y introduire un mécanisme de règlement des différends, doit être signé au cours du mois de mars 2027.",
            home: "DZ")
        let agreements = extraction.entities.map(\.entity).filter { $0.type == .agreement }
        #expect(agreements.count == 2)
        let amendment = try #require(agreements.first { $0.names.fr.hasPrefix("Protocole") })
        #expect(amendment.dates.map(\.role) == [.planned])
        let accord = try #require(agreements.first { $0.names.fr.hasPrefix("Accord") })
        #expect(accord.dates.map(\.role) == [.signed])
    }

    /// "la Direction générale de la circulation (Dirección General de Tráfico – DGT)": the name
    /// in its own language, a dash and the acronym in the bracket define the acronym; "la DGT"
    /// later is that body.
    @Test func anAcronymAfterANameInAnotherLanguage() throws {
        let extraction = try Support.extract(
            "La coopération avec la Direction générale de la circulation (Dirección General de Tráfico – DGT) est ancienne. La DGT forme des formateurs algériens.",
            home: "DZ")
        let body = try #require(extraction.entity(acronym: "DGT"))
        #expect(body.names.fr == "Direction générale de la circulation")
        #expect(extraction.entities.filter { $0.entity.acronyms.contains("DGT") || $0.entity.names.fr == "DGT" }.count == 1)
    }

    /// "Mémorandum d'entente ANSR–DGT (Madrid, 12 avril 2018)": two acronyms joined by a dash
    /// right after an agreement's name are its parties.
    @Test func aDashedPairAfterTheNameIsTheParties() throws {
        let extraction = try Support.extract(
            "L'Agence nationale de sécurité routière (ANSR) et la Direction générale du trafic (DGT) coopèrent depuis 2015. Mémorandum d'entente ANSR–DGT (Madrid, 12 avril 2018).",
            home: "DZ")
        let agreement = try extraction.only(ofType: .agreement)
        let parties = extraction.sources(.partyTo, to: agreement.id)
        #expect(parties.contains(try #require(extraction.entity(acronym: "ANSR")).id))
        #expect(parties.contains(try #require(extraction.entity(acronym: "DGT")).id))
    }

    /// "… le mémorandum d'entente conclu entre l'ANSR et la DGT." then, in a row of instruments,
    /// "Mémorandum d'entente ANSR–DGT (Madrid, 12 avril 2018) ; protocole d'accord
    /// ANSR–Vejdirektoratet (Copenhague, décembre 2023)": each row names again the undated
    /// agreement told before and dates it; no second agreement is made.
    @Test func aRowOfInstrumentsDatesTheAgreementsToldBefore() throws {
        let text = """
            La coopération avec l'Agence nationale de sécurité routière (ANSR) repose sur le mémorandum d'entente conclu entre l'ANSR et la Direction générale du trafic (DGT).
            Le Vejdirektoratet a signé avec l'ANSR un protocole d'accord relatif aux audits de sécurité.
            Mémorandum d'entente ANSR–DGT (Madrid, 12 avril 2018) ; protocole d'accord ANSR–Vejdirektoratet (Copenhague, décembre 2023).
            """
        let extraction = try Support.extract(text, home: "DZ")
        let agreements = extraction.entities.map(\.entity).filter { $0.type == .agreement }
        #expect(agreements.count == 2)
        let memorandum = try #require(agreements.first { $0.names.fr.hasPrefix("Mémorandum") })
        #expect(memorandum.dates == [DatedRole(.signed, try PartialDate(parsing: "2018-04-12"))])
        #expect(extraction.sources(.partyTo, to: memorandum.id).contains(try #require(extraction.entity(acronym: "DGT")).id))
        let protocolAgreement = try #require(agreements.first { $0.names.fr.hasPrefix("Protocole") })
        #expect(protocolAgreement.dates.map(\.role) == [.signed])
        #expect(protocolAgreement.names.fr.contains("audits"))
    }

    /// "- Les 27 et 28 octobre 2025 : la commission mixte … a tenu à Alger sa troisième session":
    /// the town between the verb and "sa … session" is where it was held, and the date the
    /// chronology's line opens with is its date; "se rendra à Mascate … pour une visite" too.
    @Test func aChronologyLineDatesAndPlacesItsEvent() throws {
        let session = try Support.extract(
            "- Les 27 et 28 octobre 2025 : la commission intergouvernementale mixte algéro-azerbaïdjanaise a tenu à Alger sa troisième session.",
            home: "DZ")
        let event = try session.only(ofType: .event)
        #expect(event.dates.map(\.role) == [.held, .until])
        #expect(event.dates.first?.date.description == "2025-10-27")
        #expect(session.relations.contains { $0.relation.type == .heldIn && $0.relation.from == event.id && $0.relation.to.rawValue.contains("alger") })
        let visit = try Support.extract("Le Ministre des Mines se rendra à Mascate les 9 et 10 mars 2026 pour une visite officielle.", home: "DZ")
        let planned = try visit.only(ofType: .event)
        #expect(visit.relations.contains { $0.relation.type == .heldIn && $0.relation.from == planned.id && $0.relation.to.rawValue.contains("mascate") })
    }

    /// "… repose sur l'action du CNT. Le Commissariat national au tourisme (CNT), établissement
    /// public placé sous la tutelle du Ministère, a été créé en 2004": the body first named by its
    /// bare acronym takes the long name, and the creation date is its own, not the ministry's
    /// named in the aside.
    @Test func aLateDefinitionNamesTheBodyAndItsCreation() throws {
        let text = """
            Ministère du Tourisme
            Synthèse : la coopération du secteur repose sur l'action du CNT, avec plusieurs partenaires.
            Le Commissariat national au tourisme (CNT), établissement public placé sous la tutelle du Ministère du Tourisme, a été créé en 2004. Le CNT coopère avec l'OMT.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let body = try #require(extraction.entity(acronym: "CNT"))
        #expect(body.names.fr == "Commissariat national au tourisme")
        #expect(body.dates.map(\.role) == [.created])
        #expect(!extraction.entities.contains { $0.entity.type == .ministry && !$0.entity.dates.isEmpty })
    }

    /// A dated agreement right at the end of its sentence, after an undated one of its kind
    /// ("Le 3 mai 2019, accord."), is read without looking past the sentence for a dashed pair
    /// (the fuzzer's crash of this session: an empty range of tokens).
    @Test func aDatedAgreementAtTheSentenceEndIsRead() throws {
        let extraction = try Support.extract("La DNSR prépare un accord avec la DGT.\nLe 3 mai 2019, accord.", home: "DZ")
        #expect(extraction.entities.contains { $0.entity.type == .agreement })
    }

    /// "la partie omanaise a accueilli à Mascate et à Nizwa une semaine culturelle algérienne":
    /// the country a nationality after "partie" names hosted the event, past two places.
    @Test func thePartyNamedByItsNationalityHosts() throws {
        let extraction = try Support.extract(
            "Du 14 au 19 novembre 2025, la partie omanaise a accueilli à Mascate et à Nizwa une semaine culturelle algérienne.", home: "DZ")
        let event = try extraction.only(ofType: .event)
        #expect(extraction.relations.contains {
            $0.relation.type == .tookPartIn && $0.relation.from == "OM" && $0.relation.to == event.id && $0.relation.properties["role"] == .string("host")
        })
    }
}
