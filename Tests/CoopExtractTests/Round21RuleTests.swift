@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added in session 17 (Docs/extraction.md "Round 21"). The sentences are written for
/// these tests.
struct Round21RuleTests {
    /// The role a relation of `extraction` from `from` to `to` carries.
    private func role(_ extraction: Extraction, _ type: RelationType, from: EntityID, to: EntityID) -> PropertyValue? {
        extraction.relations.map(\.relation).first { $0.type == type && $0.from == from && $0.to == to }?.properties["role"]
    }

    /// "L'Algérie a pris part au 37e sommet …", "la Corée a pris part, en qualité d'invitée
    /// d'honneur, à la 55e édition …": a country that is the subject of a verb of taking part
    /// before the event took part in it; a country named as a place did not.
    @Test func aCountryThatTookPartIsAParticipant() throws {
        let summit = try Support.extract(
            "L'Algérie a pris part au 37e sommet ordinaire de l'UA, tenu à Addis-Abeba les 17 et 18 février 2024.", home: "DZ")
        let event = try summit.only(ofType: .event)
        #expect(role(summit, .tookPartIn, from: "DZ", to: event.id) == .string("participant"))
        let aside = try Support.extract(
            "Du 17 au 22 juin 2024, la République de Corée a pris part, en qualité d'invitée d'honneur, à la 55e édition de la foire internationale, tenue à Alger.",
            home: "DZ")
        #expect(aside.sources(.tookPartIn, to: try aside.only(ofType: .event).id).contains("KR"))
        let future = try Support.extract("La Tunisie participera à la conférence régionale prévue à Alger en mai 2026.", home: "DZ")
        #expect(future.sources(.tookPartIn, to: try future.only(ofType: .event).id).contains("TN"))
        let place = try Support.extract(
            "En Tunisie, le Ministère de l'Energie a participé à la conférence régionale tenue à Tunis en mai 2024.", home: "DZ")
        #expect(!place.sources(.tookPartIn, to: try place.only(ofType: .event).id).contains("TN"))
    }

    /// "Membre fondateur de l'OUA en 1963, l'Algérie siège … ; elle a pris part …": the subject
    /// after an opening phrase and its comma is what the pronoun of the next clause stands for.
    @Test func aPronounStandsForTheSubjectAfterAnOpeningPhrase() throws {
        let extraction = try Support.extract(
            "Membre fondateur de l'Organisation de l'unité africaine (OUA) en 1963, l'Algérie siège depuis avril 2022 au Conseil de paix ; elle a pris part au 37e sommet ordinaire de l'UA, tenu à Addis-Abeba les 17 et 18 février 2024.",
            home: "DZ")
        let event = try extraction.only(ofType: .event)
        #expect(extraction.sources(.tookPartIn, to: event.id).contains("DZ"))
    }

    /// "Oran a accueilli … la quatrième édition des Olympiades …, à laquelle ont pris part des
    /// équipes de Tunisie, de Libye et de Mauritanie": the town's country hosted (with "édition"
    /// between the verb and the event), and the countries after "à laquelle ont pris part" took part.
    @Test func aRelativeClauseNamesTheParticipants() throws {
        let extraction = try Support.extract(
            "Oran a accueilli, du 9 au 15 mars 2024, la quatrième édition des Olympiades de mathématiques, à laquelle ont pris part des équipes de Tunisie, de Libye et de Mauritanie.",
            home: "DZ")
        let event = try extraction.only(ofType: .event)
        #expect(role(extraction, .tookPartIn, from: "DZ", to: event.id) == .string("host"))
        for country: EntityID in ["TN", "LY", "MR"] {
            #expect(role(extraction, .tookPartIn, from: country, to: event.id) == .string("participant"))
        }
        #expect(extraction.relations.contains { $0.relation.type == .heldIn && $0.relation.from == event.id })
        let none = try Support.extract(
            "Oran a accueilli, du 9 au 15 mars 2024, un séminaire régional, auquel ont pris part des experts de onze pays.", home: "DZ")
        #expect(none.sources(.tookPartIn, to: try none.only(ofType: .event).id) == ["DZ"])
    }

    /// "…, qui ont représenté 2,4 millions de tonnes en 2025, s'inscrivent dans le cadre d'un
    /// mémorandum d'entente signé à Moscou le 14 octobre 2021": a date without a role word,
    /// given to the agreement after it, yields to the date of its signature.
    @Test func aDateWithoutARoleYieldsToTheSigningDate() throws {
        let extraction = try Support.extract(
            "Les achats de blé auprès de la Russie, qui ont représenté 2,4 millions de tonnes en 2025, s'inscrivent dans le cadre d'un mémorandum d'entente signé à Moscou le 14 octobre 2021 par l'Office national des céréales et la Compagnie céréalière unifiée.",
            home: "DZ")
        let memorandum = try extraction.only(ofType: .agreement)
        #expect(memorandum.dates == [DatedRole(.signed, try .iso("2021-10-14"))])
        let alone = try Support.extract("En 2019, un accord de coopération a été signé avec la Tunisie.", home: "DZ")
        #expect(try alone.only(ofType: .agreement).dates == [DatedRole(.signed, try .iso("2019"))])
    }

    /// "l'ACSAD (Arab Center for the Studies of Arid Zones and Dry Lands)", "la SOCAR (State Oil
    /// Company of the Azerbaijan Republic)": an unknown acronym defined in brackets by a name in
    /// another language, also after it was written alone; its head in French names it again
    /// ("le Centre fournit …", "le Centre arabe").
    @Test func anAcronymDefinedInAnotherLanguage() throws {
        let extraction = try Support.extract(
            "La coopération associe l'ACSAD et le FIDA. Membre de l'ACSAD (Arab Center for the Studies of Arid Zones and Dry Lands) depuis 1971, l'Algérie bénéficie de son appui : le Centre fournit des lignées de blé dur. Un atelier sera organisé à Sétif avec le Centre arabe en mars 2027.",
            home: "DZ")
        let centre = try #require(extraction.entity(acronym: "ACSAD"))
        #expect(centre.type == .organisation && centre.names.fr == "Arab Center for the Studies of Arid Zones and Dry Lands")
        #expect(extraction.has(.memberOf, "DZ", centre.id))
        #expect(!extraction.entities.map(\.entity).contains { $0.names.fr.hasPrefix("Centre") })
        #expect(extraction.sources(.tookPartIn, to: try extraction.only(ofType: .event).id).contains(centre.id))
        let company = try Support.extract(
            "Sonatrach et la SOCAR (State Oil Company of the Azerbaijan Republic) ont signé un mémorandum d'entente.", home: "DZ")
        let socar = try #require(company.entity(acronym: "SOCAR"))
        #expect(socar.type == .agency && socar.names.fr == "State Oil Company of the Azerbaijan Republic")
        #expect(company.sources(.partyTo, to: try company.only(ofType: .agreement).id).contains(socar.id))
    }

    /// "l'Institut national de technologie agropastorale (INTA) argentin ont signé": a
    /// nationality right after a signer describes it; both signers are parties.
    @Test func aNationalityAfterASignerDescribesIt() throws {
        let extraction = try Support.extract(
            "L'Institut technique des grandes cultures (ITGC) et l'Institut national de technologie agropastorale (INTA) argentin ont signé à Buenos Aires, le 1er novembre 2018, une convention de coopération technique.",
            home: "DZ")
        let parties = extraction.sources(.partyTo, to: try extraction.only(ofType: .agreement).id)
        #expect(parties.count == 2)
        #expect(parties.contains { $0.rawValue.hasPrefix("ar.") })
    }

    /// "sera organisé par … à Sétif les 16 et 17 mars 2027", "est programmée pour le mois de mai
    /// 2026": a future further back in the clause makes the date a plan; "prévue par cet
    /// accord, s'est réunie … du 4 au 6 novembre 2019" is a meeting held.
    @Test func aFutureFurtherBackInTheClauseMakesAPlan() throws {
        let workshop = try Support.extract(
            "Un atelier régional sur la sélection des céréales sera organisé par le Ministère de l'Agriculture avec l'Université de Sétif les 16 et 17 mars 2027.",
            home: "DZ")
        #expect(try workshop.only(ofType: .event).dates.first == DatedRole(.planned, try .iso("2027-03-16")))
        let visit = try Support.extract(
            "Une visite de travail du Ministre de l'Energie et des Mines au Cameroun est programmée pour le mois de mai 2026.", home: "DZ")
        #expect(try visit.only(ofType: .event).dates == [DatedRole(.planned, try .iso("2026-05"))])
        let held = try Support.extract(
            "La commission mixte algéro-kényane, prévue par cet accord, s'est réunie pour la première fois à Nairobi du 4 au 6 novembre 2019.",
            home: "DZ")
        #expect(try held.only(ofType: .event).dates.first == DatedRole(.held, try .iso("2019-11-04")))
    }

    /// "le Ministre d'Etat, Ministre des Affaires étrangères": a rank names no ministry; "une
    /// visite du Ministre de l'Energie et des Mines au Cameroun": the country where he goes is
    /// no part of the ministry's name.
    @Test func aRankAndADestinationAreNoPartOfAMinistry() throws {
        let extraction = try Support.extract(
            "La session a été coprésidée par le Ministre d'Etat, Ministre des Affaires étrangères, et par son homologue camerounais. Une visite du Ministre de l'Energie et des Mines au Cameroun est programmée pour le mois de mai 2026.",
            home: "DZ")
        let names = Set(extraction.entities(ofType: .ministry).map(\.names.fr))
        #expect(names.contains("Ministère des Affaires étrangères"))
        #expect(names.contains("Ministère de l'Energie et des Mines"))
        #expect(!names.contains { $0.contains("Etat") || $0.contains("Cameroun") })
    }

    /// "dans le domaine du textile et du cuir": the textile, clothing and leather industry is a
    /// sector of its own.
    @Test func textileAndLeatherAreASector() throws {
        let extraction = try Support.extract(
            "Un accord de partenariat dans le domaine du textile et du cuir a été signé en 2025 entre le Ministère de l'Industrie et l'Italie.",
            home: "DZ")
        #expect(extraction.has(.covers, try extraction.only(ofType: .agreement).id, "sector.textile-industry"))
    }

    /// "la réunion annuelle des points focaux nationaux": a meeting is of ministers only when
    /// ministers are named ("la réunion des ministres de l'énergie").
    @Test func aMeetingIsOfMinistersOnlyWhenMinistersAreNamed() throws {
        let focal = try Support.extract(
            "Le Ministère a participé, les 9 et 10 décembre 2025 à Addis-Abeba, à la réunion annuelle des points focaux nationaux.", home: "DZ")
        #expect(try focal.only(ofType: .event).properties["kind"] == .string("other"))
        let ministers = try Support.extract(
            "La réunion des ministres de l'énergie s'est tenue à Abuja les 3 et 4 mai 2023.", home: "DZ")
        #expect(try ministers.only(ofType: .event).properties["kind"] == .string("ministerial_meeting"))
    }

    /// "signé … par le Ministre de l'Intérieur et par le Ministre malien de l'Administration
    /// territoriale …": "par" before each signer, and a weak head ("Administration") right after
    /// a ministry's "de" is its portfolio, not another body.
    @Test func signersEachAfterParAndAPortfolioNamedByAHead() throws {
        let extraction = try Support.extract(
            "Un mémorandum d'entente a été signé à Bamako, le 16 avril 2025, par le Ministre de l'Intérieur et par le Ministre malien de l'Administration territoriale et de la Décentralisation.",
            home: "DZ")
        #expect(extraction.entities(ofType: .agency).isEmpty)
        let malian = try #require(extraction.entities(ofType: .ministry).first { $0.id.rawValue.hasPrefix("ml.") })
        #expect(malian.names.fr == "Ministère malien de l'Administration territoriale et de la Décentralisation")
        #expect(extraction.sources(.partyTo, to: try extraction.only(ofType: .agreement).id).contains(malian.id))
    }

    /// "convention d'assistance technique GETEX–ACIMIT (Milan, 2 octobre 2019)": two acronyms of
    /// bodies joined by a dash in an agreement's name are its parties.
    @Test func acronymsJoinedByADashAreTheParties() throws {
        let extraction = try Support.extract(
            "Le Groupe Textiles et Cuirs (GETEX) coopère avec l'Association des constructeurs italiens (ACIMIT). Instruments : convention d'assistance technique GETEX–ACIMIT (Milan, 2 octobre 2019).",
            home: "DZ")
        let parties = extraction.sources(.partyTo, to: try extraction.only(ofType: .agreement).id)
        #expect(Set(parties.compactMap { extraction.entity($0)?.acronyms.first }) == ["GETEX", "ACIMIT"])
    }

    /// "une session de formation a été organisée à Alger, du 8 au 19 septembre 2025": one dated
    /// training session is an event; "des sessions de formation" with no date are none.
    @Test func aDatedTrainingSessionIsAnEvent() throws {
        let session = try Support.extract(
            "Une session de formation a été organisée à Alger, du 8 au 19 septembre 2025, au profit de vingt-quatre officiers d'état civil maliens.",
            home: "DZ")
        let event = try session.only(ofType: .event)
        #expect(event.properties["kind"] == .string("other"))
        #expect(event.dates.first == DatedRole(.held, try .iso("2025-09-08")))
        let undated = try Support.extract("Des sessions de formation sont organisées au profit des cadres du Ministère de la Santé.", home: "DZ")
        #expect(undated.entities(ofType: .event).isEmpty)
    }

    /// "un groupe de travail mixte réunissant le Ministère et …, dont la quatrième réunion s'est
    /// tenue à Madrid": the meeting is a session of the joint body "dont" follows, whose name
    /// ends before the participle saying whom it gathers.
    @Test func aMeetingAfterDontIsTheJointBodysSession() throws {
        let extraction = try Support.extract(
            "Le dialogue est animé par un groupe de travail mixte réunissant le Ministère de l'Intérieur et le Ministère espagnol de l'Intérieur, dont la quatrième réunion s'est tenue à Madrid les 24 et 25 avril 2023.",
            home: "DZ")
        #expect(try extraction.only(ofType: .event).properties["kind"] == .string("joint_commission_session"))
        #expect(try extraction.only(ofType: .jointBody).names.fr == "groupe de travail mixte")
    }

    /// "en application du mémorandum de 2021": a year alone after a definite article names again
    /// the agreement of that kind signed that year, not a new one.
    @Test func anAgreementNamedAgainByItsYear() throws {
        let extraction = try Support.extract(
            "Un mémorandum d'entente a été signé à Moscou le 14 octobre 2021 par l'Office national des céréales et la Compagnie céréalière unifiée. La formation des techniciens a été confiée à la partie russe, en application du mémorandum de 2021.",
            home: "DZ")
        let memorandum = try extraction.only(ofType: .agreement)
        #expect(memorandum.dates == [DatedRole(.signed, try .iso("2021-10-14"))])
    }

    /// "… a tenu à Yaoundé sa cinquième session ; un protocole d'accord … y a été signé": signed
    /// there, on the session's date (the month its two days share); "y" ends the name.
    @Test func anAgreementSignedThereTakesTheEventsDate() throws {
        let extraction = try Support.extract(
            "Les 17 et 18 février 2025, la commission mixte a tenu à Yaoundé sa cinquième session ; un protocole d'accord relatif à la formation professionnelle y a été signé.",
            home: "DZ")
        let signed = try extraction.only(ofType: .agreement)
        #expect(signed.names.fr == "Protocole d'accord relatif à la formation professionnelle")
        #expect(signed.dates == [DatedRole(.signed, try .iso("2025-02"))])
    }

    /// "La coopération entre l'Algérie et le Cameroun s'inscrit dans le cadre de l'accord …
    /// signé … entre les deux Gouvernements, dont l'application est évaluée par la commission
    /// mixte": the two named before are the parties, not the body named after.
    @Test func theTwoGovernmentsAreTheTwoNamedBefore() throws {
        let extraction = try Support.extract(
            "La coopération entre l'Algérie et la République du Cameroun s'inscrit dans le cadre de l'accord général de coopération signé à Yaoundé le 1er juillet 1982 entre les deux Gouvernements, dont l'application est évaluée par la commission mixte algéro-camerounaise.",
            home: "DZ")
        #expect(extraction.sources(.partyTo, to: try extraction.only(ofType: .agreement).id) == ["DZ", "CM"])
    }

    /// "constitué en 2016", "fondée en 1990": a body's creation date.
    @Test func constitutedAndFoundedDateACreation() throws {
        let extraction = try Support.extract("Le Groupe des services portuaires (SERPORT), constitué en 2016, coopère avec la Chine.", home: "DZ")
        #expect(try extraction.only(ofType: .agency).dates == [DatedRole(.created, try .iso("2016"))])
    }

    /// "l'Académie … (VAAS) accompagne l'Institut … (ITGC) dans un programme …": a body that
    /// supports the body right after its verb cooperates with it; a programme after the verb is
    /// no partner.
    @Test func aBodySupportingAnotherCooperatesWithIt() throws {
        let extraction = try Support.extract(
            "Depuis 2017, l'Académie des sciences agricoles du Viet Nam (VAAS) accompagne l'Institut technique des grandes cultures (ITGC) dans un programme d'essais.",
            home: "DZ")
        let vaas = try #require(extraction.entity(acronym: "VAAS")), itgc = try #require(extraction.entity(acronym: "ITGC"))
        #expect(extraction.has(.cooperatesWith, vaas.id, itgc.id, symmetric: true))
        let programme = try Support.extract("La JICA appuie le Programme national de reboisement depuis 2015.", home: "DZ")
        #expect(programme.pairs(.cooperatesWith).isEmpty)
    }

    /// "signé … par le Ministre de l'Agriculture et le président de Hassad Food, société …
    /// filiale de la Qatar Investment Authority (QIA)": the head of a body signs for it; the body
    /// it answers to signs nothing.
    @Test func theHeadOfABodySignsForIt() throws {
        let extraction = try Support.extract(
            "Le 04 février 2025, un protocole d'accord de partenariat a été signé à Doha par le Ministre de l'Agriculture et le président de Hassad Food, société d'investissement agricole filiale de la Qatar Investment Authority (QIA).",
            home: "DZ")
        let parties = extraction.sources(.partyTo, to: try extraction.only(ofType: .agreement).id)
        #expect(parties.count == 2)
        #expect(parties.contains { extraction.entity($0)?.names.fr == "Hassad Food" })
        #expect(!parties.contains { extraction.entity($0)?.acronyms.contains("QIA") ?? false })
    }

    /// "entre l'Office … et la Direction générale des archives (DGA) du Ministère italien de la
    /// Culture": a body named with its acronym, then "du" and a ministry, is that ministry's (and
    /// of its country); the ministry is no party of its own.
    @Test func aBodyOfAForeignMinistry() throws {
        let extraction = try Support.extract(
            "Un protocole d'accord a été signé à Rome le 10 mai 2016 entre l'Office national des archives et la Direction générale des archives (DGA) du Ministère italien de la Culture.",
            home: "DZ")
        let dga = try #require(extraction.entity(acronym: "DGA"))
        let ministry = try extraction.only(ofType: .ministry)
        #expect(dga.id.rawValue.hasPrefix("it."))
        #expect(extraction.has(.underAuthorityOf, dga.id, ministry.id))
        let parties = extraction.sources(.partyTo, to: try extraction.only(ofType: .agreement).id)
        #expect(parties.count == 2 && parties.contains(dga.id) && !parties.contains(ministry.id))
    }

    /// "… ; au titre de ce mémorandum, un contrat … a été conclu", "la convention fiscale …, en
    /// application de laquelle un arrangement administratif … a été signé": an agreement
    /// introduced in the frame of another implements it.
    @Test func anAgreementConcludedInTheFrameOfAnotherImplementsIt() throws {
        let opening = try Support.extract(
            "Un mémorandum d'entente a été signé à Moscou le 14 octobre 2021 par l'Office national des céréales et la Compagnie céréalière unifiée ; au titre de ce mémorandum, un contrat de fourniture de blé a été conclu entre les deux organismes le 05 mars 2025.",
            home: "DZ")
        #expect(opening.pairs(.implements) == [["agr.2025-03-05.contrat-fourniture-ble", "agr.2021-10-14.memorandum-entente"]])
        let relative = try Support.extract(
            "La coopération s'inscrit dans le cadre de la convention fiscale algéro-française du 17 octobre 1999, en application de laquelle un arrangement administratif relatif à l'échange de renseignements a été signé le 1er avril 2022.",
            home: "DZ")
        let pairs = relative.pairs(.implements)
        #expect(pairs.count == 1 && pairs.first?.last?.hasPrefix("agr.1999-10-17") == true)
    }

    /// "Ministère japonais de l'Education, de la Culture, des Sports, des Sciences et de la
    /// Technologie (MEXT)": a long name runs on to the acronym it defines.
    @Test func aLongNameRunsToItsAcronym() throws {
        let extraction = try Support.extract(
            "Le Ministère japonais de l'Education, de la Culture, des Sports, des Sciences et de la Technologie (MEXT) octroie depuis 2017 des bourses d'études de troisième cycle à des étudiants algériens.",
            home: "DZ")
        let ministry = try extraction.only(ofType: .ministry)
        #expect(ministry.acronyms == ["MEXT"])
        #expect(ministry.names.fr.hasSuffix("des Sciences et de la Technologie"))
    }
}
