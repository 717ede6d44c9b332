import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added after the blind checks of round 6 (Docs/extraction.md): health, higher education,
/// energy and fisheries notes written by another hand. The sentences are written for these
/// tests, with other partners and sectors.
struct Round6BlindCheckRuleTests {
    private func parties(_ extraction: Extraction, of agreement: EntityID) -> Set<EntityID> {
        Set(extraction.relations.filter { $0.relation.type == .partyTo && $0.relation.to == agreement }.map(\.relation.from))
    }

    @Test func whoSignsAfterPlacesDatesAndACetteOccasionIsAParty() throws {
        let text = "La visite du ministre à Lisbonne s'est tenue le 5 mai 2021.\n"
            + "Un protocole relatif à la formation des magistrats portugais en Algérie a été signé à cette occasion par le Ministère de la Justice et le Conseil Supérieur de la Magistrature (CSM)."
        let extraction = try Support.extract(text, home: "DZ")
        let protocole = try #require(extraction.entities(ofType: .agreement).first)
        let acronyms = Set(extraction.entities.map(\.entity).filter { parties(extraction, of: protocole.id).contains($0.id) }.flatMap(\.acronyms))
        #expect(acronyms.contains("CSM"))
        #expect(parties(extraction, of: protocole.id).contains { $0.rawValue.contains("ministere-justice") })
        // "à cette occasion" after the agreement dates it with the event of the line before.
        #expect(protocole.dates.map(\.date.description) == ["2021-05-05"])
        // A place and a date between the participle and "par".
        let placed = try Support.extract(
            "Un accord de pêche a été signé à Dakar le 2 février 2018 par l'Office National de la Pêche (ONP) et l'Agence Sénégalaise de la Pêche (ASP).",
            home: "DZ")
        let accord = try #require(placed.entities(ofType: .agreement).first)
        #expect(Set(placed.entities.map(\.entity).filter { parties(placed, of: accord.id).contains($0.id) }.flatMap(\.acronyms)) == ["ONP", "ASP"])
        // A word that is none of these breaks the chain: "par" is then no agent.
        let broken = try Support.extract("Un accord de pêche a été signé puis commenté par l'Office National de la Pêche (ONP).", home: "DZ")
        #expect(parties(broken, of: try #require(broken.entities(ofType: .agreement).first).id).isEmpty)
    }

    @Test func aTownHostingAnEventIsWhereItWasHeld() throws {
        let text = "Le 12 mars 2020, Tunis a accueilli la quatrième session du comité mixte algéro-tunisien de l'énergie."
        let extraction = try Support.extract(text, home: "DZ")
        let session = try #require(extraction.entities(ofType: .event).first)
        let place = try #require(extraction.relations.first { $0.relation.type == .heldIn && $0.relation.from == session.id }?.relation.to)
        #expect(place.rawValue.contains("tunis"))
        // Without a hosting verb, a town opening the sentence hosts nothing.
        let other = try Support.extract("Le 12 mars 2020, Tunis a signé la quatrième session du comité mixte algéro-tunisien de l'énergie.", home: "DZ")
        #expect(!other.relations.contains { $0.relation.type == .heldIn })
    }

    @Test func aNationalCommissionIsOneCountrysBody() throws {
        let text = "Une délégation de la Commission nationale de la santé de la République populaire de Chine (CNS) a été reçue à Alger."
        let extraction = try Support.extract(text, home: "DZ")
        let cns = try #require(extraction.entities.map(\.entity).first { $0.acronyms == ["CNS"] })
        #expect(cns.type == .agency && extraction.has(.underAuthorityOf, cns.id, "CN"))
    }

    @Test func aSupportVerbMakesTheSubjectASupporterNotARunner() throws {
        let text = "L'Agence Française de Développement (AFD) appuie le Programme national de gestion des déchets ménagers."
        let extraction = try Support.extract(text, home: "DZ")
        let programme = try #require(extraction.entities(ofType: .programme).first)
        #expect(programme.names.fr == "Programme national de gestion des déchets ménagers")
        #expect(extraction.has(.supports, "fr.afd", programme.id) && !extraction.has(.runs, "fr.afd", programme.id))
        // "Celle-ci" stands for the body named last in the sentence before.
        let pronoun = try Support.extract(
            "L'Algérie a signé un accord avec l'Agence Française de Développement (AFD). Celle-ci soutient depuis 2019 un projet de recyclage des plastiques.",
            home: "DZ")
        let project = try #require(pronoun.entities(ofType: .programme).first)
        #expect(pronoun.has(.supports, "fr.afd", project.id) && !pronoun.has(.supports, "DZ", project.id))
        let support = try #require(pronoun.relations.first { $0.relation.type == .supports })
        #expect(support.relation.dates.map(\.role) == [.started] && support.relation.dates.map(\.date.description) == ["2019"])
    }

    @Test func aLineEndingMembresAnnouncesTheOrganisationsOfTheBulletsAfterIt() throws {
        let text = "Le Maroc et la Tunisie, qui coordonnent leurs positions, sont tous deux membres :\n"
            + "- de l'Organisation mondiale du commerce (OMC) ;\n- de l'Union du Maghreb arabe (UMA).\nLa Tunisie a accueilli une foire en 2019.\n- de l'Organisation mondiale des douanes (OMD)."
        let extraction = try Support.extract(text, home: "DZ")
        for country: EntityID in ["MA", "TN"] {
            #expect(extraction.has(.memberOf, country, "org.omc") && extraction.has(.memberOf, country, "org.uma"))
        }
        // A line that is no bullet ends the list.
        #expect(!extraction.has(.memberOf, "MA", "org.omd"))
    }

    @Test func aSubjectAfterAnOpeningPhraseIsWhatElleStandsFor() throws {
        let text = "Dès le lendemain de l'indépendance, l'Algérie a adhéré à l'Organisation maritime internationale (OMI) ; elle est également membre de l'Organisation hydrographique internationale (OHI)."
        let extraction = try Support.extract(text, home: "DZ")
        let ohi = try #require(extraction.entities.map(\.entity).first { $0.acronyms == ["OHI"] })
        #expect(extraction.has(.memberOf, "DZ", "org.omi") && extraction.has(.memberOf, "DZ", ohi.id))
    }

    @Test func aCompanyAfterAQualifierAndADemonymIsOfThatCountry() throws {
        let extraction = try Support.extract("La compagnie nationale tunisienne Transtu a signé un contrat de maintenance en 2021.", home: "DZ")
        let company = try #require(extraction.entities.map(\.entity).first { $0.names.fr == "Transtu" })
        #expect(company.id == "tn.transtu" && extraction.has(.underAuthorityOf, company.id, "TN"))
        // Without a demonym, the qualifier alone names no company.
        let plain = try Support.extract("La compagnie nationale Transtu a signé un contrat de maintenance en 2021.", home: "DZ")
        #expect(!plain.entities.contains { $0.entity.names.fr == "Transtu" })
    }

    @Test func anAdjectiveMayStandBetweenAProgrammeWordAndItsDe() throws {
        let extraction = try Support.extract("Un programme conjoint de formation des cadres portuaires a été lancé en 2020 avec la Corée.", home: "DZ")
        #expect(extraction.entities(ofType: .programme).map(\.names.fr) == ["programme conjoint de formation des cadres portuaires"])
    }

    @Test func theTitleLinesSectorsCoverWhatNoHeadingPlaces() throws {
        let text = "Ambassade d'Algérie au Ghana\n\nNote sur la coopération énergétique algéro-ghanéenne\n\n"
            + "I. Accords\nUn accord-cadre a été signé à Accra le 3 mai 2017 entre l'Algérie et le Ghana.\n"
            + "II. Santé\nUn mémorandum d'entente a été signé à Alger le 4 juin 2018 entre l'Algérie et le Ghana."
        let extraction = try Support.extract(text, home: "DZ")
        let agreements = extraction.entities(ofType: .agreement).sorted { $0.id.rawValue < $1.id.rawValue }
        try #require(agreements.count == 2)
        #expect(agreements.map { $0.dates.map(\.date.description) } == [["2017-05-03"], ["2018-06-04"]])
        #expect(extraction.has(.covers, agreements[0].id, "sector.energy"))
        // A heading's own sector wins.
        #expect(extraction.has(.covers, agreements[1].id, "sector.health") && !extraction.has(.covers, agreements[1].id, "sector.energy"))
    }

    @Test func everyMinisterOfAListBeforeTheVerbSigns() throws {
        let text = "Le Ministre des Transports, le Ministre malien des Infrastructures portuaires et le Ministre sénégalais de la Pêche ont signé un mémorandum d'entente le 4 avril 2021."
        let extraction = try Support.extract(text, home: "DZ")
        let memorandum = try #require(extraction.entities(ofType: .agreement).first)
        let signers = parties(extraction, of: memorandum.id).filter { $0.rawValue.contains(".") }
        #expect(signers.count == 3, "\(signers)")
        #expect(signers.contains { $0.rawValue.hasPrefix("ml.") && $0.rawValue.contains("portuaires") } && signers.contains { $0.rawValue.hasPrefix("sn.") })
    }

    @Test func aNameInAnotherLanguageIsSpeltByItsAcronymBeforeACountryOrACompanyForm() throws {
        let text = "Un accord lie la National Research Foundation of Korea (NRF) et la Nigerian National Petroleum Company Limited (NNPC)."
        let extraction = try Support.extract(text, home: "DZ")
        let nrf = try #require(extraction.entities.map(\.entity).first { $0.acronyms == ["NRF"] })
        #expect(nrf.names.fr == "National Research Foundation of Korea" && nrf.id == "kr.nrf")
        #expect(extraction.has(.underAuthorityOf, "kr.nrf", "KR"))
        let nnpc = try #require(extraction.entities.map(\.entity).first { $0.acronyms == ["NNPC"] })
        #expect(nnpc.names.fr == "Nigerian National Petroleum Company Limited" && extraction.has(.underAuthorityOf, nnpc.id, "NG"))
        // Words whose initials do not spell the acronym name nothing.
        let unrelated = try Support.extract("Les Experts Venus Hier of Korea (NRF) sont repartis.", home: "DZ")
        #expect(!unrelated.entities.contains { $0.entity.names.fr.contains("Experts") })
    }
}
