@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added in session 16 (Docs/extraction.md "Round 20"). The sentences are written for
/// these tests.
struct Round20RuleTests {
    /// "- L'Université de Sfax …": on a bullet, where sector words count, a capitalised head that
    /// is also a sector's form ("université") names the body when "de" and a capitalised word
    /// follow; alone, as a field label, it is still the sector.
    @Test func aBulletOpenedByAUniversityNamesTheUniversity() throws {
        let extraction = try Support.extract("- L'Université de Sfax coopère avec l'Université de Constantine depuis 2012.", home: "DZ")
        let names = Set(extraction.entities(ofType: .agency).map(\.names.fr))
        #expect(names == ["Université de Sfax", "Université de Constantine"])
        #expect(extraction.pairs(.cooperatesWith).count == 1)
        let label = try Support.extract("- Université : échanges d'enseignants.", home: "DZ")
        #expect(label.entities(ofType: .agency).isEmpty)
        #expect(!label.entities(ofType: .sector).isEmpty)
    }

    /// "une quarantaine de bourses d'études", "une trentaine de bourses doctorales", "cinq
    /// bourses annuelles de master destinées à …": counted scholarships are programmes, on a
    /// bullet too, named without the participle that says for whom; a field listed among
    /// others ("des bourses d'études et des projets") is not.
    @Test func countedScholarshipsAreProgrammes() throws {
        let bullet = try Support.extract(
            "- L'Université de Sousse accorde chaque année, depuis 2017, une trentaine de bourses d'études en génie civil à des étudiants algériens.",
            home: "DZ")
        let grant = try bullet.only(ofType: .programme)
        #expect(grant.properties["kind"] == .string("scholarship"))
        #expect(grant.dates.contains(DatedRole(.started, PartialDate(year: 2017)!)))
        let adjectives = try Support.extract(
            "Le Conseil national de la recherche attribue chaque année une vingtaine de bourses doctorales ; la partie algérienne octroie cinq bourses annuelles de master destinées à des étudiants italiens.",
            home: "DZ")
        #expect(Set(adjectives.entities(ofType: .programme).map(\.names.fr)) == ["bourses doctorales", "bourses annuelles de master"])
        let field = try Support.extract(
            "- Coopération universitaire : elle porte sur les échanges d'enseignants, des bourses d'études et des projets de recherche.", home: "DZ")
        #expect(!field.entities(ofType: .programme).contains { $0.properties["kind"] == .string("scholarship") })
    }

    /// "L'Ambassade continuera de suivre …", "ce Centre doit être …": a verb in the future or
    /// the conditional, or a modal, ends a body's name.
    @Test func aFutureVerbEndsAName() throws {
        let extraction = try Support.extract("L'Agence nationale des barrages continuera de suivre ces dossiers avec la partie tunisienne.", home: "DZ")
        #expect(extraction.entities(ofType: .agency).map(\.names.fr) == ["Agence nationale des barrages"])
        #expect(DocumentExtraction.isFutureVerb("organiseront") && DocumentExtraction.isFutureVerb("accueillerait"))
        #expect(!DocumentExtraction.isFutureVerb("sera") && !DocumentExtraction.isFutureVerb("premiere") && !DocumentExtraction.isFutureVerb("filiere"))
    }

    /// "la commission intergouvernementale mixte algéro-azerbaïdjanaise": "intergouvernementale"
    /// qualifies a weak head as "mixte" does.
    @Test func anIntergovernmentalCommissionIsAJointBody() throws {
        let extraction = try Support.extract(
            "La commission intergouvernementale algéro-azerbaïdjanaise a tenu à Alger sa troisième session les 27 et 28 octobre 2025.", home: "DZ")
        let commission = try extraction.only(ofType: .jointBody)
        #expect(commission.names.fr == "commission intergouvernementale algéro-azerbaïdjanaise")
        #expect(extraction.sources(.tookPartIn, to: try extraction.only(ofType: .event).id).contains(commission.id))
    }

    /// "la State Oil Company of the Azerbaijan Republic (SOCAR)": an English legal form followed
    /// by "of" goes on to the acronym the whole name defines.
    @Test func anEnglishCompanyNameRunsPastOfToItsAcronym() throws {
        let extraction = try Support.extract(
            "Dans le domaine de l'énergie, la State Oil Company of the Azerbaijan Republic (SOCAR) a ouvert en janvier 2024 un bureau à Alger.",
            home: "DZ")
        let socar = try #require(extraction.entity(acronym: "SOCAR"))
        #expect(socar.names.fr == "State Oil Company of the Azerbaijan Republic")
        #expect(extraction.entities(ofType: .agency).count == 1)
    }

    /// "l'Algérie appartient à l'Organisation de la coopération islamique (OCI)": belonging is membership.
    @Test func belongingToAnOrganisationIsMembership() throws {
        let extraction = try Support.extract("L'Algérie appartient à l'Organisation de la coopération islamique (OCI) depuis 1969.", home: "DZ")
        let oci = try #require(extraction.entity(acronym: "OCI"))
        #expect(extraction.has(.memberOf, "DZ", oci.id))
    }

    /// "Centre national d'études, d'information et de documentation sur la famille, la femme et
    /// l'enfance (CNEIDFFE)": initials spelt across commas name the whole body, and the body
    /// read from the first words alone ("Centre national d'études") is gone.
    @Test func initialsSpeltAcrossCommasNameTheWholeBody() throws {
        let extraction = try Support.extract(
            "Le Centre national d'études, d'information et de documentation sur la famille, la femme et l'enfance (CNEIDFFE) a conclu une convention avec le Centre de recherches, d'études, de documentation et d'information sur la femme (CREDIF), établissement public tunisien.",
            home: "DZ")
        let names = Set(extraction.entities(ofType: .agency).map(\.names.fr))
        #expect(names == [
            "Centre national d'études, d'information et de documentation sur la famille, la femme et l'enfance",
            "Centre de recherches, d'études, de documentation et d'information sur la femme",
        ])
        let credif = try #require(extraction.entity(acronym: "CREDIF"))
        #expect(extraction.has(.underAuthorityOf, credif.id, "TN"))
        #expect(!extraction.relations.contains { $0.relation.from.rawValue.hasSuffix("centre-national-etudes") })
    }

    /// "l'Instituto de las Mujeres, organisme espagnol": heads of Spanish, Italian and Portuguese
    /// names, with their small words inside the name.
    @Test func aBodyNamedInSpanishHasItsHead() throws {
        let extraction = try Support.extract(
            "Un mémorandum a été conclu avec l'Instituto de las Mujeres, organisme espagnol, et la Fondazione per la Ricerca.", home: "DZ")
        let names = Set(extraction.entities(ofType: .agency).map(\.names.fr))
        #expect(names.contains("Instituto de las Mujeres"))
        let instituto = try #require(extraction.entities(ofType: .agency).first { $0.names.fr == "Instituto de las Mujeres" })
        #expect(extraction.has(.underAuthorityOf, instituto.id, "ES"))
        // Lower case, the same words are no head.
        let lower = try Support.extract("Le centro de formation a été inauguré à Oran.", home: "DZ")
        #expect(lower.entities(ofType: .agency).isEmpty)
    }

    /// "le complexe sidérurgique de Bethioua", "une usine de montage de véhicules …": a facility
    /// named by a proper name, or introduced as one, is a project covering its sector
    /// (sidérurgie); "des stations d'épuration" and "les centrales du MICLAT" are none.
    @Test func aNamedFacilityIsAProject() throws {
        let extraction = try Support.extract(
            "Le groupe turc Tosyali exploite depuis décembre 2013 le complexe sidérurgique de Bethioua, dans la wilaya d'Oran.", home: "DZ")
        let complex = try extraction.only(ofType: .programme)
        #expect(complex.names.fr == "complexe sidérurgique de Bethioua")
        #expect(complex.properties["kind"] == .string("project"))
        #expect(extraction.has(.covers, complex.id, "sector.steel-industry"))
        let introduced = try Support.extract("Le constructeur s'engage à réaliser une usine de montage de véhicules utilitaires à Relizane.", home: "DZ")
        #expect(introduced.entities(ofType: .programme).count == 1)
        // The sector the plant's name holds is the agreement's it is told with.
        let agreed = try Support.extract(
            "Un protocole d'accord a été signé à Alger le 22 avril 2025 avec le constructeur, qui s'engage à réaliser une usine de montage de véhicules utilitaires.",
            home: "DZ")
        #expect(agreed.has(.covers, try agreed.only(ofType: .agreement).id, "sector.automotive-industry"))
        for generic in [
            "Le programme prévoit la réhabilitation des stations d'épuration des eaux usées.",
            "Le Ministre a visité l'usine de Hyundai Motor Company à Ulsan.",
            "Les centrales du MICLAT ont été modernisées en 2019.",
        ] {
            #expect(try Support.extract(generic, home: "DZ").entities(ofType: .programme).isEmpty, "\(generic)")
        }
    }

    /// "ONU Femmes (Entité des Nations Unies pour …)", "DP World Djazair", "KGHM Polska Miedź":
    /// capitals followed by capitalised words no lexicon knows are one body, not the acronym
    /// alone; its long name in brackets is another name of it; an unknown acronym coming back
    /// alone is that body; in brackets after a name it is still that name's acronym.
    @Test func capitalsAndUnknownWordsAreOneName() throws {
        let extraction = try Support.extract(
            "Le Ministère coopère avec ONU Femmes (Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes). Une mission de KGHM Polska Miedź a suivi ; KGHM a ouvert un bureau.",
            home: "DZ")
        let women = try #require(extraction.entities(ofType: .organisation).first { $0.names.fr == "ONU Femmes" })
        #expect(women.aliases == ["Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes"])
        #expect(!extraction.entities(ofType: .organisation).contains { $0.id.rawValue == "org.onu" })
        let agencies = extraction.entities(ofType: .agency).map(\.names.fr)
        #expect(agencies == ["KGHM Polska Miedź"])
        let bracketed = try Support.extract(
            "L'Algérie bénéficie du programme euro-méditerranéen de prévention des catastrophes (PPRD Sud), financé par l'UE.", home: "DZ")
        #expect(!bracketed.entities.contains { $0.entity.names.fr == "PPRD Sud" && $0.entity.type == .agency })
    }

    /// "membre depuis 2017 et Alger accueillera, en avril 2026, la réunion …": a meeting dated
    /// only by dates before it takes the one that is not a "depuis".
    @Test func aMeetingIsNotDatedByADepuis() throws {
        let extraction = try Support.extract(
            "La Fédération arabe des ports maritimes : SERPORT en est membre depuis 2017 et Alger accueillera, en avril 2026, la réunion du conseil exécutif de la Fédération.",
            home: "DZ")
        let meeting = try extraction.only(ofType: .event)
        #expect(meeting.dates.map(\.date) == [PartialDate(year: 2026, month: 4)!])
    }

    /// "… une liaison entre l'Algérie et la Sardaigne a été signé à Rome … entre Sonelgaz et
    /// Terna": the parties are those after the signing participle, and they cooperate; "est
    /// entré en vigueur" is no "entre".
    @Test func thePartiesAreTheOnesAfterTheSigning() throws {
        let extraction = try Support.extract(
            "Un mémorandum d'entente relatif à l'étude d'une liaison électrique entre l'Algérie et la Sardaigne a été signé à Rome, le 23 janvier 2023, entre l'Office algérien de l'énergie (OAE) et l'Agence italienne des réseaux (AIR).",
            home: "DZ")
        let memorandum = try extraction.only(ofType: .agreement)
        let parties = extraction.sources(.partyTo, to: memorandum.id)
        let sonelgaz = try #require(extraction.entity(acronym: "OAE"))
        let air = try #require(extraction.entity(acronym: "AIR"))
        #expect(parties.isSuperset(of: [sonelgaz.id, air.id]))
        #expect(extraction.has(.cooperatesWith, sonelgaz.id, air.id, symmetric: true))
        let inForce = try Support.extract(
            "L'accord entre le Gouvernement algérien et le Gouvernement du Japon a été signé en décembre 2007 et est entré en vigueur en juillet 2008.", home: "DZ")
        #expect(inForce.sources(.partyTo, to: try inForce.only(ofType: .agreement).id) == ["DZ", "JP"])
    }

    /// "signé … par l'Algérie, le Nigeria et le Niger": three signers cooperate each with each.
    @Test func threeSignersCooperateEachWithEach() throws {
        let extraction = try Support.extract(
            "L'accord intergouvernemental relatif au gazoduc a été signé à Abuja le 3 juillet 2009 par l'Algérie, le Nigeria et le Niger.", home: "DZ")
        #expect(extraction.has(.cooperatesWith, "NG", "NE", symmetric: true))
        #expect(extraction.has(.cooperatesWith, "DZ", "NE", symmetric: true))
    }

    /// "Un mémorandum … a été signé … ; il porte sur la formation de médecins et la production
    /// locale de médicaments": what the agreement's pronoun says it is about are its sectors.
    @Test func whatAnAgreementIsAboutAreItsSectors() throws {
        let extraction = try Support.extract(
            "Un mémorandum d'entente a été signé à Alger, le 09 février 2023, entre le Ministère de la Santé et le Ministère kényan de la Santé ; il porte sur la formation de médecins spécialistes et sur la production locale de médicaments.",
            home: "DZ")
        let memorandum = try extraction.only(ofType: .agreement)
        #expect(extraction.has(.covers, memorandum.id, "sector.pharmaceutical-industry"))
        #expect(extraction.has(.covers, memorandum.id, "sector.training"))
        // Another subject than the pronoun: not the agreement's topic.
        let other = try Support.extract(
            "Un mémorandum d'entente a été signé à Alger le 09 février 2023. Le Ministère de la Santé porte sur la production locale de médicaments un regard neuf.",
            home: "DZ")
        #expect(!other.has(.covers, try other.only(ofType: .agreement).id, "sector.pharmaceutical-industry"))
    }

    /// "… s'est réunie à Nairobi ; elle était coprésidée par le Ministère … et par le Ministère
    /// kényan …", "Organisée par l'Agence … avec le concours de l'Office …, elle a réuni …": the
    /// bodies after "par" took part in the event just told.
    @Test func whoHeldAnEventIsToldAfterIt() throws {
        let cochaired = try Support.extract(
            "La commission mixte algéro-kényane s'est réunie à Nairobi du 4 au 6 novembre 2019 ; elle était coprésidée par le Ministère des Affaires étrangères et par le Ministère kényan des Affaires étrangères.",
            home: "DZ")
        let session = try cochaired.only(ofType: .event)
        #expect(cochaired.sources(.tookPartIn, to: session.id).count >= 3)
        #expect(cochaired.relations.filter { $0.review.rule == "event.held-by" }.count == 2)
        let organised = try Support.extract(
            "La sixième Foire des produits algériens s'est tenue à Nouakchott du 22 au 28 novembre 2023. Organisée par l'Agence nationale des foires (ANF) avec le concours de l'Office national du commerce (ONC), elle a réuni 170 exposants.",
            home: "DZ")
        let fair = try organised.only(ofType: .event)
        let holders = organised.sources(.tookPartIn, to: fair.id)
        #expect(try holders.isSuperset(of: [#require(organised.entity(acronym: "ANF")).id, #require(organised.entity(acronym: "ONC")).id]))
    }

    /// "La haute commission mixte algéro-égyptienne": "haute" opens a joint body's name in lower case too.
    @Test func aHighJointCommissionKeepsItsAdjective() throws {
        let extraction = try Support.extract("La haute commission mixte algéro-égyptienne a tenu sa 9e session au Caire les 20 et 21 février 2023.", home: "DZ")
        #expect(try extraction.only(ofType: .jointBody).names.fr == "haute commission mixte algéro-égyptienne")
    }

    /// "X a conclu le 18 novembre 2021, avec Y (SIGLE), établissement …, une convention": the
    /// signer and the partner before the agreement, past a date and an apposition; "… d'observation
    /// de la Terre, conclu entre A et B": a participle just before the marker.
    @Test(arguments: [
        ("L'Office norvégien de l'énergie (ONE) a par ailleurs conclu le 18 novembre 2021, avec l'Institut algérien du pétrole (IAP), établissement de formation relevant de la société nationale, une convention relative à la formation d'ingénieurs.",
         "ONE", "IAP"),
        ("- Partenaire : Administration spatiale nationale de Chine (CNSA) ; objet : accord relatif à l'utilisation des données des satellites chinois d'observation de la Terre, conclu entre la CNSA et l'Agence spatiale algérienne (ASAL) ; lieu et date : Pékin, le 1er décembre 2021.",
         "CNSA", "ASAL"),
    ])
    func signersBeforeTheAgreementPastAnApposition(text: String, first: String, second: String) throws {
        let extraction = try Support.extract(text, home: "DZ")
        let agreement = try extraction.only(ofType: .agreement)
        let parties = try [#require(extraction.entity(acronym: first)).id, #require(extraction.entity(acronym: second)).id]
        #expect(extraction.sources(.partyTo, to: agreement.id).isSuperset(of: parties))
    }

    /// "L'Algérie, membre de la Ligue depuis le 16 août 1962, a accueilli … le 31e sommet": the
    /// host is the subject before the apposition.
    @Test func theHostIsTheSubjectBeforeAnApposition() throws {
        let extraction = try Support.extract(
            "L'Algérie, membre de la Ligue des Etats arabes depuis le 16 août 1962, a accueilli les 1er et 2 novembre 2022 à Alger le 31e sommet de la Ligue.",
            home: "DZ")
        let summit = try extraction.only(ofType: .event)
        #expect(extraction.relations.contains {
            $0.relation.type == .tookPartIn && $0.relation.from == "DZ" && $0.relation.to == summit.id && $0.review.rule == "event.host"
        })
    }

    /// "la trentième édition de la Baku Energy Week": an event named in English, its capitalised
    /// words before the event word in its name.
    @Test func anEventNamedInEnglish() throws {
        let extraction = try Support.extract(
            "Du 3 au 5 juin 2025, le Ministre de l'Energie a conduit la délégation algérienne à la trentième édition de la Baku Energy Week.", home: "DZ")
        let week = try extraction.only(ofType: .event)
        #expect(week.names.fr == "Baku Energy Week")
        #expect(week.dates.contains(DatedRole(.held, PartialDate(year: 2025, month: 6, day: 3)!)))
    }
}
