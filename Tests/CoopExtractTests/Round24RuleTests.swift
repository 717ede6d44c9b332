@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added in session 20 (Docs/extraction.md "Round 24"). The sentences are written for
/// these tests.
struct Round24RuleTests {
    /// "coopère avec l'ACMAD", then "l'ACMAD (Centre africain …)": a bare acronym first proposed
    /// as a home agency becomes the international organisation its definition names, with the
    /// relations read before the definition.
    @Test func aBareAcronymDefinedLaterAsInternationalIsRenamed() throws {
        let extraction = try Support.extract(
            """
            L'Office national de la météorologie coopère avec l'ACMAD et la Tunisie.
            L'Algérie est membre de l'ACMAD (Centre africain pour les applications de la météorologie au développement) depuis 1992. L'ACMAD a organisé un atelier à Oran.
            """, home: "DZ")
        let acmad = try #require(extraction.entity(acronym: "ACMAD"))
        #expect(acmad.id == "org.acmad")
        #expect(acmad.type == .organisation)
        #expect(acmad.properties["kind"] == .string("intergovernmental"))
        #expect(acmad.names.fr.hasPrefix("Centre africain"))
        #expect(!extraction.entities.contains { $0.entity.id == "dz.acmad" })
        #expect(!extraction.relations.contains { $0.relation.from == "dz.acmad" || $0.relation.to == "dz.acmad" })
        // The relations read before the definition follow the new id.
        #expect(extraction.has(.cooperatesWith, acmad.id, "dz.onm", symmetric: true)
            || extraction.relations.contains { $0.relation.type == .cooperatesWith && [$0.relation.from, $0.relation.to].contains(acmad.id) })
        // Its evidence keeps the first, bare mention.
        let candidate = try #require(extraction.entities.first { $0.entity.id == acmad.id })
        #expect(candidate.review.evidence.contains { $0.source.line == 1 })
    }

    /// A bare acronym defined later as a home body keeps its home id.
    @Test func aBareAcronymDefinedAsAHomeBodyKeepsItsID() throws {
        let extraction = try Support.extract(
            """
            Le Ministère coopère avec l'ONMT et la Tunisie.
            L'ONMT (Office national des marchés du tourisme) a signé une convention le 3 mai 2021. L'ONMT a organisé un salon.
            """, home: "DZ")
        let body = try #require(extraction.entity(acronym: "ONMT"))
        #expect(body.id == "dz.onmt")
        #expect(body.type == .agency)
    }

    /// "le Centre de recherche sur le désert (DRC)", then "le DRC": the document's own acronym
    /// names the body, not the country the KB gives the same letters (the Democratic Republic
    /// of the Congo).
    @Test func aDefinedAcronymIsNotACountry() throws {
        let extraction = try Support.extract(
            "Le CRSTRA coopère avec le Centre de recherche sur le désert (DRC) du Caire. Le DRC a organisé un stage à Siwa en mai 2025.",
            knowledge: try Support.graph([
                Entity(id: "CD", type: .country, names: Names(fr: "République démocratique du Congo"), acronyms: ["RDC", "DRC"]),
                Entity(id: "EG", type: .country, names: Names(fr: "Égypte")),
            ]), home: "DZ")
        #expect(!extraction.entities.contains { $0.entity.id == "CD" })
        let drc = try #require(extraction.entity(acronym: "DRC"))
        #expect(drc.type == .agency)
        #expect(extraction.relations.contains { $0.relation.type == .tookPartIn && $0.relation.from == drc.id })
    }

    /// "le projet régional « Valorisation des eaux … » (VALSAL)", "jumelage institutionnel
    /// « Appui au renforcement … »": the title in quotation marks is the programme's name, and
    /// the acronym after it is the programme's.
    @Test func aQuotedTitleNamesTheProgramme() throws {
        let extraction = try Support.extract(
            """
            Le projet régional « Valorisation des eaux saumâtres dans les oasis » (VALOASIS), financé par le FADES, a été lancé à Biskra le 15 avril 2025.
            1) Intitulé : jumelage institutionnel « Appui au renforcement des capacités de l'Agence en matière de promotion des exportations »
            """, home: "DZ")
        let programmes = extraction.entities(ofType: .programme)
        let project = try #require(programmes.first { $0.acronyms.contains("VALOASIS") })
        #expect(project.names.fr == "Valorisation des eaux saumâtres dans les oasis")
        #expect(!extraction.entities.contains { $0.entity.type == .agency && $0.entity.acronyms.contains("VALOASIS") })
        #expect(programmes.contains { $0.names.fr == "Appui au renforcement des capacités de l'Agence en matière de promotion des exportations" })
    }

    /// A project sheet: a title line, then one field a line. The beneficiaries benefit, the
    /// partners run the twinning and cooperate with the beneficiaries, the start date and the
    /// funder are the twinning's; "placée sous la tutelle du Ministère" names no beneficiary;
    /// an event's record takes its course's dates and venue; a line with no label ends it.
    /// (An event word names an event with a place or a date: the title gives the town here.)
    @Test func aRecordOverSeveralLinesDescribesItsSubject() throws {
        let extraction = try Support.extract(
            """
            Ministère du Commerce
            1) Intitulé : jumelage « Modernisation du contrôle des produits importés »
            Bénéficiaire : Agence nationale de contrôle des importations (ANCI), placée sous la tutelle du Ministère
            Partenaires européens : Business France, chef de file, avec l'Agence italienne pour le commerce extérieur (ICE)
            Date de démarrage : 4 mars 2023
            Budget : 900 000 euros, financés par l'Union européenne
            2) Intitulé : séminaire régional à Tlemcen sur les règles d'origine
            Bénéficiaires : la Chambre algérienne de commerce et d'industrie (CACI)
            Déroulement : du 10 au 12 décembre 2023 à Oran, au siège de la Chambre
            La Chambre a présenté un rapport.
            Date de démarrage : 5 mai 2024
            """, home: "DZ")
        let twinning = try #require(extraction.entities(ofType: .programme).first { $0.names.fr.hasPrefix("Modernisation") })
        let anci = try #require(extraction.entity(acronym: "ANCI"))
        let ice = try #require(extraction.entity(acronym: "ICE"))
        #expect(extraction.has(.beneficiaryOf, anci.id, twinning.id))
        #expect(extraction.sources(.beneficiaryOf, to: twinning.id) == [anci.id])
        #expect(extraction.has(.runs, ice.id, twinning.id))
        #expect(extraction.has(.cooperatesWith, anci.id, ice.id, symmetric: true))
        #expect(twinning.dates.contains(DatedRole(.started, try .iso("2023-03-04"))))
        #expect(extraction.sources(.supports, to: twinning.id).contains("org.ue"))
        let seminar = try #require(extraction.entities(ofType: .event).first)
        #expect(seminar.dates.contains(DatedRole(.held, try .iso("2023-12-10"))))
        #expect(seminar.dates.contains(DatedRole(.until, try .iso("2023-12-12"))))
        let caci = try #require(extraction.entity(acronym: "CACI"))
        #expect(extraction.has(.tookPartIn, caci.id, seminar.id))
        #expect(extraction.relations.contains { $0.relation.type == .heldIn && $0.relation.from == seminar.id && $0.relation.to.rawValue.hasSuffix("oran") })
        // The field after the unlabelled line belongs to no record.
        #expect(!extraction.entities.contains { $0.entity.dates.contains(DatedRole(.started, try! .iso("2024-05-05"))) })
    }

    /// A funding field names who pays outright ("Financement : …", "Bailleurs : …"); a budget
    /// field only after a word of paying.
    @Test func aFundingFieldNamesThePayer() throws {
        let extraction = try Support.extract(
            """
            1) Intitulé : jumelage « Appui à la normalisation des produits agricoles »
            Bénéficiaire : Institut algérien de normalisation (IANOR)
            Financement : Banque africaine de développement (BAD)
            2) Intitulé : programme « Qualité des exportations »
            Bénéficiaire : Chambre algérienne de commerce et d'industrie (CACI)
            Budget : 2 millions d'euros, dont 10 % à la charge de l'Organisation des Nations unies pour le développement industriel (ONUDI)
            """, home: "DZ")
        let first = try #require(extraction.entities(ofType: .programme).first { $0.names.fr.hasPrefix("Appui") })
        let second = try #require(extraction.entities(ofType: .programme).first { $0.names.fr.hasPrefix("Qualité") })
        let bad = try #require(extraction.entity(acronym: "BAD"))
        #expect(extraction.sources(.supports, to: first.id) == [bad.id])
        // No word of paying in the budget line: the body in it is not read as the payer.
        #expect(extraction.sources(.supports, to: second.id).isEmpty)
    }

    /// Minutes: "Étaient présents : A ; B (…), représenté par … ; C, relevant de D": A, B and C
    /// took part in the meeting, not D.
    @Test func theAttendanceListTookPartInTheMeeting() throws {
        let extraction = try Support.extract(
            """
            Compte rendu de la réunion de coordination du programme de reboisement
            La réunion s'est tenue le 18 février 2025 à Alger, au siège de la Direction générale des forêts (DGF).
            Étaient présents : l'Agence spatiale algérienne (ASAL) ; l'Observatoire du Sahara et du Sahel (OSS), représenté par son Secrétaire exécutif ; l'Institut d'écologie du Xinjiang (XIEG), relevant de l'Académie chinoise des sciences.
            """, home: "DZ")
        let meeting = try #require(extraction.entities(ofType: .event).first)
        let present = extraction.sources(.tookPartIn, to: meeting.id)
        for acronym in ["ASAL", "OSS", "XIEG"] {
            let body = try #require(extraction.entity(acronym: acronym), "\(acronym)")
            #expect(present.contains(body.id), "\(acronym)")
        }
        #expect(!present.contains { $0.rawValue.contains("academie") })
    }

    /// "le 3 courant": a day of the month the note was written in, read from its header
    /// ("Tachkent, le 24 octobre 2025"); without a header's date, no date is made up.
    @Test func aDayOfTheCurrentMonthTakesTheHeadersMonth() throws {
        let dated = try Support.extract(
            """
            Ambassade d'Algérie à Tachkent
            N° 1187/AAT/2025 – Tachkent, le 24 octobre 2025
            Le 3 courant, le Ministre de l'Enseignement supérieur a signé un mémorandum d'entente avec son homologue ouzbek.
            """, home: "DZ")
        let memorandum = try dated.only(ofType: .agreement)
        #expect(memorandum.dates.contains(DatedRole(.signed, try .iso("2025-10-03"))))
        let undated = try Support.extract(
            "Le 3 courant, le Ministre de l'Enseignement supérieur a signé un mémorandum d'entente avec son homologue ouzbek.", home: "DZ")
        #expect(try undated.only(ofType: .agreement).dates.isEmpty)
    }

    /// "l'association ouzbèke Uztextilprom", "Uzbekistan Airways": an association named after
    /// its nationality, and an airline whose name opens with its country, are bodies of that
    /// country.
    @Test func associationsAndAirlinesAreBodiesOfTheirCountry() throws {
        let extraction = try Support.extract(
            "En 2021, Air Algérie et Uzbekistan Airways ont conclu un accord de partage de codes ; le groupe public algérien GETEX et l'association ouzbèke Uztextilprom ont signé un mémorandum d'entente.",
            knowledge: try Support.graph([Entity(id: "UZ", type: .country, names: Names(fr: "Ouzbékistan", en: "Uzbekistan"))]), home: "DZ")
        let airline = try #require(extraction.entities.map(\.entity).first { $0.names.fr == "Uzbekistan Airways" })
        #expect(extraction.has(.underAuthorityOf, airline.id, "UZ"))
        let association = try #require(extraction.entities.map(\.entity).first { $0.names.fr == "Uztextilprom" })
        #expect(association.id == "uz.uztextilprom")
        #expect(extraction.has(.underAuthorityOf, association.id, "UZ"))
        // ("Tunisie SA" alone is no airline: a country and a legal form in capitals name nothing.)
        #expect(!extraction.entities.contains { $0.entity.names.fr == "Uzbekistan" })
    }

    /// "L'Algérie, Partie à la Convention depuis 1996, …": "la Convention" alone names the
    /// convention named before (not a new one dated 1996), and the country in apposition is
    /// its party since that year.
    @Test func aCapitalisedKindAloneNamesTheAgreementNamedBefore() throws {
        let extraction = try Support.extract(
            "La DGF est le point focal de la Convention des Nations Unies sur la lutte contre la désertification (CNULCD). L'Algérie, Partie à la Convention depuis 1996, a remis son rapport sur l'application de la Convention au plus tard le 30 avril 2025.",
            home: "DZ")
        let convention = try extraction.only(ofType: .agreement)
        #expect(convention.acronyms == ["CNULCD"])
        let party = try #require(extraction.relations.first { $0.relation.type == .partyTo && $0.relation.from == "DZ" && $0.relation.to == convention.id })
        #expect(party.relation.dates == [DatedRole(.started, try .iso("1996"))])
    }

    /// "Texalg, filiale de GETEX, …": capitalised words no rule reads, before ", filiale de",
    /// name a company under its parent, of the home country when the parent is a home body or
    /// unknown, of the parent's country when the KB knows the parent.
    @Test func aNamedSubsidiaryIsACompanyUnderItsParent() throws {
        let extraction = try Support.extract(
            "Le groupe public algérien GETEX (Groupe Textiles et Cuirs) a signé un mémorandum. En application de ce mémorandum, Texalg, filiale de GETEX, a conclu un contrat avec la société ouzbèke Namangan Paxta Sanoat.",
            home: "DZ")
        let texalg = try #require(extraction.entities.map(\.entity).first { $0.names.fr == "Texalg" })
        #expect(texalg.id == "dz.texalg")
        #expect(texalg.properties["kind"] == .string("company"))
        let getex = try #require(extraction.entities.map(\.entity).first { $0.names.fr == "GETEX" || $0.acronyms.contains("GETEX") })
        #expect(extraction.has(.underAuthorityOf, texalg.id, getex.id))
        let french = try Support.extract(
            "La SNCF coopère avec la SNTF ; Keolis, filiale de la SNCF, a réalisé une étude.",
            knowledge: try Support.graph([Entity(id: "fr.sncf", type: .agency, names: Names(fr: "Société nationale des chemins de fer français"), acronyms: ["SNCF"])]),
            home: "DZ")
        let keolis = try #require(french.entities.map(\.entity).first { $0.names.fr == "Keolis" })
        #expect(keolis.id.rawValue.hasPrefix("fr."))
    }

    /// "Le projet « … » (OASIS), financé par un don du Fonds arabe … (FADES) … Coordonné par
    /// l'ICARDA, il associe le CRSTRA et l'INRAA": the fund supports the project (past "un don
    /// du"), the coordinator and the bodies it "associe" run it.
    @Test func aFrontedCoordinatorAndTheBodiesAssociatedRunTheProject() throws {
        let extraction = try Support.extract(
            """
            Le projet régional « Valorisation des eaux saumâtres des oasis » (OASIS), financé par un don du Fonds arabe pour le développement économique et social (FADES), a été lancé à Biskra le 15 avril 2025. Coordonné par le Centre international de recherche agricole dans les zones sèches (ICARDA), il associe le Centre de recherche scientifique et technique sur les régions arides (CRSTRA) et l'Institut national de la recherche agronomique d'Algérie (INRAA).
            """, home: "DZ")
        let project = try #require(extraction.entities(ofType: .programme).first { $0.acronyms.contains("OASIS") })
        let runners = extraction.sources(.runs, to: project.id)
        for acronym in ["ICARDA", "CRSTRA", "INRAA"] {
            let body = try #require(extraction.entity(acronym: acronym), "\(acronym)")
            #expect(runners.contains(body.id), "\(acronym)")
        }
        let fund = try #require(extraction.entity(acronym: "FADES"))
        #expect(extraction.sources(.supports, to: project.id).contains(fund.id))
        #expect(!runners.contains(fund.id))
    }

    /// "signée par le Directeur du Centre et le Directeur général de l'ICARDA": a title before an
    /// acronym alone stands for that body, not for a directorate "Direction générale de l'ICARDA".
    @Test func aTitleBeforeAnAcronymStandsForThatBody() throws {
        let extraction = try Support.extract(
            "Le Centre international de recherche agricole dans les zones sèches (ICARDA) coopère avec le CRSTRA. Une convention de coopération scientifique a été signée à Biskra le 26 février 2025 par le Directeur général de l'ICARDA.",
            home: "DZ")
        #expect(!extraction.entities.contains { $0.entity.names.fr.hasPrefix("Direction générale de") })
        let icarda = try #require(extraction.entity(acronym: "ICARDA"))
        let convention = try extraction.only(ofType: .agreement)
        #expect(extraction.sources(.partyTo, to: convention.id).contains(icarda.id))
    }

    /// "La réunion s'est tenue le 18/02/2025 au siège de la DGF, à Alger": a date written in
    /// figures counts as one word in the distance from the event to its place, as one in words does.
    @Test func aNumericDateCountsAsOneWordBeforeTheVenue() throws {
        let extraction = try Support.extract(
            "La réunion s'est tenue le 18/02/2025 au siège de la Direction générale des forêts, à Alger, sous la présidence du Directeur général.",
            home: "DZ")
        let meeting = try extraction.only(ofType: .event)
        #expect(meeting.dates.contains(DatedRole(.held, try .iso("2025-02-18"))))
        #expect(extraction.relations.contains { $0.relation.type == .heldIn && $0.relation.from == meeting.id && $0.relation.to.rawValue.hasSuffix("alger") })
    }
}
