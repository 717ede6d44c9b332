import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added after the blind checks `transports-coree-turquie` and `justice-espagne-portugal`
/// (Docs/extraction.md, round 4): stated membership, a place before the event word, parties after
/// the place and the date, programmes introduced by an indefinite article, bodies named after a
/// town, international bodies, names running to their acronym, the signer before "avec", people
/// of a country as partners, and lexicon growth.
/// The sentences are written for these tests, in other sectors than the fixture.
struct TransportBlindCheckRuleTests {
    /// Lower case without accents, as a reader compares names.
    private func plain(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    private func body(_ extraction: Extraction, acronym: String) throws -> Entity {
        try #require(extraction.entities.map(\.entity).first { $0.acronyms.contains(acronym) }, "no body \(acronym)")
    }

    @Test func membershipIsReadFromMembreAndAdhererButNotFromAnotherVerb() throws {
        let member = try Support.extract("Le Maroc est membre de l'Organisation maritime internationale (OMI) depuis 1962.")
        let omi = try body(member, acronym: "OMI")
        #expect(member.has(.memberOf, "MA", omi.id))
        let joined = try Support.extract("La Tunisie a adhéré à l'Organisation internationale de la vigne et du vin (OIV) en 2009.")
        #expect(joined.has(.memberOf, "TN", try body(joined, acronym: "OIV").id))
        // Taking part in its work: a membership too, with less confidence.
        let work = try Support.extract("Le Sénégal participe régulièrement aux travaux de l'Organisation mondiale du commerce (OMC).")
        let omc = try body(work, acronym: "OMC")
        let weak = try #require(work.relations.first { $0.relation.type == .memberOf && $0.relation.to == omc.id })
        #expect(weak.relation.from == "SN")
        #expect(weak.review.confidence < 0.7)
        #expect(weak.review.rule == "membership.work")
        // Signing with an organisation is no membership.
        let signed = try Support.extract("Le Maroc a signé avec l'Organisation maritime internationale (OMI) un accord le 3 mars 2015.")
        #expect(signed.relations.allSatisfy { $0.relation.type != .memberOf })
    }

    @Test func aPlaceNamedBeforeTheEventWordIsWhereItWasHeld() throws {
        let text = "La Direction générale des douanes a accueilli à Oran le 3 mai 2022 un séminaire sur la lutte contre la fraude."
        let extraction = try Support.extract(text, home: "DZ")
        let event = try #require(extraction.entities(ofType: .event).first)
        #expect(extraction.has(.heldIn, event.id, "place.dz.oran"))
        // A place the speaker came from is not where the event was held.
        let origin = try Support.extract("Le délégué venu de Tunis le 3 mai 2022 a ouvert un séminaire sur la fraude.", home: "DZ")
        #expect(origin.relations.allSatisfy { !($0.relation.type == .heldIn && $0.relation.to == "place.tn.tunis") })
    }

    @Test func partiesAfterThePlaceAndTheDateOfSigning() throws {
        let text = "Un accord de coopération douanière a été signé à Rome le 12 juin 2018 entre l'Algérie et l'Italie."
        let extraction = try Support.extract(text, home: "DZ")
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        let parties = Set(extraction.relations.filter { $0.relation.type == .partyTo && $0.relation.to == agreement.id }.map(\.relation.from))
        #expect(parties == ["DZ", "IT"])
    }

    @Test func anIndefiniteProgrammeHeadWithWhatItIsAboutIsAProgramme() throws {
        let text = "Le Centre accueille des cadres dans le cadre d'un programme de formation des contrôleurs aériens."
        let programme = try #require(try Support.extract(text).entities(ofType: .programme).first)
        #expect(plain(programme.names.fr) == "programme de formation des controleurs aeriens")
        // A draft law, a vague "programme de coopération" and a wished-for strategy are none.
        #expect(try Support.extract("Le gouvernement prépare un projet de loi.").entities(ofType: .programme).isEmpty)
        #expect(try Support.extract("Les deux pays envisagent un programme de coopération.").entities(ofType: .programme).isEmpty)
        #expect(try Support.extract("Une stratégie de gestion durable des forêts est souhaitable.").entities(ofType: .programme).isEmpty)
    }

    @Test func aProgrammeNameEndsWhereItsRunnersAreIntroduced() throws {
        let text = "Un programme de jumelage conduit par l'Office national de la météorologie (ONM) a débuté en 2021."
        let extraction = try Support.extract(text, home: "DZ")
        let programme = try #require(extraction.entities(ofType: .programme).first)
        #expect(plain(programme.names.fr) == "programme de jumelage")
        #expect(extraction.has(.runs, try body(extraction, acronym: "ONM").id, programme.id))
    }

    @Test func aBodyNamedAfterATownBelongsToTheTownsCountry() throws {
        let port = try Support.extract("L'Entreprise Portuaire de Béjaïa (EPB) modernise ses quais.", home: "DZ")
        #expect(port.has(.underAuthorityOf, try body(port, acronym: "EPB").id, "DZ"))
        let university = try Support.extract("L'Université de Tunis (UT) accueille des chercheurs.", home: "DZ")
        let ut = try body(university, acronym: "UT")
        #expect(university.has(.underAuthorityOf, ut.id, "TN"))
        #expect(!university.has(.underAuthorityOf, ut.id, "DZ"))
    }

    @Test func aBodysNameStopsBeforeTheTownItIsIn() throws {
        let extraction = try Support.extract("La coopération porte sur la création d'un institut des métiers de la mer à Annaba.", home: "DZ")
        // The body stops before the town (the activity, "création d'un institut … à Annaba", keeps it).
        let names = extraction.entities(ofType: .agency).map { plain($0.names.fr) }
        #expect(names == ["institut des metiers de la mer"])
        #expect(extraction.entity("place.dz.annaba") != nil)
    }

    @Test func lexiconGrowthSocieteCoreenAndAirSafety() throws {
        // "Société" and "Entreprise" are weak heads: capitalised with an acronym they name a body…
        let company = try Support.extract("La Société des transports urbains (STU) exploite le tramway.")
        #expect(company.entities(ofType: .agency).map(\.acronyms) == [["STU"]])
        // …but "la société civile" names none.
        #expect(try Support.extract("Les associations de la société civile participent.").entities(ofType: .agency).isEmpty)
        // "coréen" alone is South Korea's adjective.
        let koica = try Support.extract("L'Agence coréenne de coopération internationale (KOICA) finance le projet.")
        #expect(koica.has(.underAuthorityOf, try body(koica, acronym: "KOICA").id, "KR"))
        // "sécurité aérienne" is air transport, not security.
        let air = try Support.extract("Le protocole signé le 2 mai 2019 porte sur la sécurité aérienne.")
        let sectors = Set(air.entities(ofType: .sector).map(\.id))
        #expect(sectors.contains("sector.air-transport"))
        #expect(!sectors.contains("sector.security"))
    }

    @Test func traineesFromCountriesMakeThemPartners() throws {
        let extraction = try Support.extract("L'Institut national des télécommunications (INTTIC) accueille des stagiaires du Niger et du Tchad.", home: "DZ")
        let partners = extraction.relations.filter { $0.relation.type == .cooperatesWith }.flatMap { [$0.relation.from, $0.relation.to] }
        #expect(Set(partners).isSuperset(of: ["NE", "TD"]))
    }

    @Test func anInternationalBodyIsAnOrganisationAndItsNameRunsToItsAcronym() throws {
        let text = "Le séminaire a reçu l'appui du Programme des Nations Unies pour le développement et de l'Agence internationale de l'énergie atomique (AIEA)."
        let aiea = try body(try Support.extract(text, home: "DZ"), acronym: "AIEA")
        #expect(aiea.type == .organisation)
        #expect(aiea.id.rawValue.hasPrefix("org."))
        let unodc = try body(try Support.extract("L'Office des Nations Unies contre la drogue et le crime (ONUDC) forme des enquêteurs.", home: "DZ"), acronym: "ONUDC")
        #expect(unodc.type == .organisation)
        #expect(plain(unodc.names.fr) == "office des nations unies contre la drogue et le crime")
        // A directorate of international relations stays a directorate of its ministry's country.
        let directorate = try Support.extract("La Direction des relations internationales (DRI) prépare la visite.", home: "DZ")
        #expect(try body(directorate, acronym: "DRI").type == .agency)
        // Without an acronym after it, "contre" ends a name, except after "lutte", where it
        // says what the body fights (round 26).
        let plainName = try Support.extract("L'Office national de lutte contre la drogue coordonne les services.", home: "DZ")
        #expect(plainName.entities(ofType: .agency).map { plain($0.names.fr) } == ["office national de lutte contre la drogue"])
        let against = try Support.extract("L'Office national des forêts contre les incendies coordonne les services.", home: "DZ")
        #expect(against.entities(ofType: .agency).map { plain($0.names.fr) } == ["office national des forets"])
    }

    @Test func theSignerBeforeTheAgreementIsAPartyBesideTheOneAfterAvec() throws {
        let text = "L'Institut national de la santé publique (INSP) a signé en mars 2017 un accord de partenariat avec l'Institut Pasteur de Tunis (IPT)."
        let extraction = try Support.extract(text, home: "DZ")
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        let parties = Set(extraction.relations.filter { $0.relation.type == .partyTo && $0.relation.to == agreement.id }.map(\.relation.from))
        #expect(parties.isSuperset(of: [try body(extraction, acronym: "INSP").id, try body(extraction, acronym: "IPT").id]), "\(parties)")
    }

    @Test func peopleOfACountryHostedMakeItAPartnerButAnAdjectiveAloneDoesNot() throws {
        let hosted = try Support.extract("Depuis 2015, le Centre national de formation accueille des ingénieurs maliens et nigériens.", home: "DZ")
        let partners = Set(hosted.relations.filter { $0.relation.type == .cooperatesWith }.flatMap { [$0.relation.from, $0.relation.to] })
        #expect(partners.isSuperset(of: ["ML", "NE"]), "\(partners)")
        let adjective = try Support.extract("La coopération porte sur le modèle français de formation.", home: "DZ")
        #expect(adjective.relations.allSatisfy { !($0.relation.type == .cooperatesWith && ($0.relation.to == "FR" || $0.relation.from == "FR")) })
    }


    @Test func aVagueQuantityOfAgreementsIsNoGroup() throws {
        let vague = try Support.extract("La coopération s'appuie sur un réseau de conventions bilatérales.", home: "DZ")
        #expect(vague.entities(ofType: .agreement).isEmpty)
        // Counted or dated, a plural is one group.
        let counted = try Support.extract("La coopération s'appuie sur trois conventions bilatérales signées en 2015.", home: "DZ")
        #expect(counted.entities(ofType: .agreement).count == 1)
    }

}
