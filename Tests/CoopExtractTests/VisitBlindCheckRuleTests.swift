import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added after the blind checks `visite-inde` and `tourisme-sport-maroc` (Docs/extraction.md,
/// round 4): a visit report with an embassy's letterhead, a minister's title, agreements signed
/// during the visit, a company named after a demonym, a follow-up committee, a business forum, a
/// counterpart ministry, an executive programme and a cultural week. The sentences are
/// written for these tests, with other partners than the fixture.
struct VisitBlindCheckRuleTests {
    private func plain(_ name: String) -> String { name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }

    private func named(_ extraction: Extraction, _ type: NodeType) -> [String] { extraction.entities(ofType: type).map { plain($0.names.fr) } }

    @Test func anEmbassyIsNamedByTheCountryItIsInAndALetterheadHeadAloneIsABody() throws {
        let extraction = try Support.extract("Ambassade d'Algérie en Indonésie\nChancellerie\n\nLa coopération avec l'Indonésie progresse.", home: "DZ")
        let names = named(extraction, .agency)
        #expect(names.contains("ambassade d'algerie en indonesie"), "\(names)")
        let embassy = try #require(extraction.entities(ofType: .agency).first { plain($0.names.fr).hasPrefix("ambassade") })
        let chancery = try #require(extraction.entities(ofType: .agency).first { plain($0.names.fr) == "chancellerie" })
        #expect(extraction.has(.underAuthorityOf, chancery.id, embassy.id))
        // In running text a head alone is no body.
        #expect(try Support.extract("Le dossier a été transmis à la Chancellerie.", home: "DZ").entities(ofType: .agency).isEmpty)
    }

    @Test func aMinistersTitleKeepsItsLowerCaseAdjectives() throws {
        let extraction = try Support.extract("Le Ministre brésilien des Affaires étrangères a reçu l'ambassadeur.", home: "DZ")
        #expect(named(extraction, .ministry) == ["ministere bresilien des affaires etrangeres"])
        #expect(extraction.has(.underAuthorityOf, try #require(extraction.entities(ofType: .ministry).first).id, "BR"))
    }

    @Test func aCompanyIsNamedAfterItsCommonNounAndDemonym() throws {
        let extraction = try Support.extract("La société française Alstom et le groupe italien ENI ont par ailleurs conclu un contrat de maintenance en 2021.", home: "DZ")
        let alstom = try #require(extraction.entities(ofType: .agency).first { $0.names.fr == "Alstom" })
        let eni = try #require(extraction.entities(ofType: .agency).first { $0.names.fr == "ENI" })
        #expect(extraction.has(.underAuthorityOf, alstom.id, "FR") && extraction.has(.underAuthorityOf, eni.id, "IT"))
        // "ont par ailleurs conclu": both signed.
        let contract = try #require(extraction.entities(ofType: .agreement).first)
        #expect(extraction.has(.partyTo, alstom.id, contract.id) && extraction.has(.partyTo, eni.id, contract.id))
        // A company noun without a demonym and a name after it is none.
        #expect(try Support.extract("La société civile participe aux débats.", home: "DZ").entities(ofType: .agency).isEmpty)
    }

    @Test func sectorsListedAfterAnAgreementAreAllCovered() throws {
        let extraction = try Support.extract("Les deux pays ont signé en 2018 trois accords portant sur la santé, le tourisme et la culture.", home: "DZ")
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        let covered = Set(extraction.relations.filter { $0.relation.type == .covers && $0.relation.from == agreement.id }.map(\.relation.to))
        #expect(covered == ["sector.health", "sector.tourism", "sector.culture"])
    }

    @Test func agreementsSignedDuringTheVisitOfTheLineBeforeTakeItsDate() throws {
        let text = "Le Ministre sénégalais de l'Agriculture a effectué une visite de travail à Oran les 4 et 5 juin 2019.\nLors de cette visite, deux accords ont été signés."
        let extraction = try Support.extract(text, home: "DZ")
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        #expect(agreement.dates.map(\.date.description) == ["2019-06"])
        // Without an event before, "lors de cette visite" dates nothing.
        let alone = try Support.extract("Lors de cette visite, deux accords ont été signés.", home: "DZ")
        #expect(alone.entities(ofType: .agreement).allSatisfy { $0.dates.isEmpty })
    }

    @Test func aFutureMeetingIsPlannedAndAFollowUpCommitteeHasTheTwoCountriesAsMembers() throws {
        let text = "Ambassade d'Algérie au Sénégal\n\nLa prochaine réunion du Comité de suivi de la coopération bilatérale se tiendra à Dakar au cours du mois de mars 2025."
        let extraction = try Support.extract(text, home: "DZ")
        let event = try #require(extraction.entities(ofType: .event).first)
        #expect(event.dates.map(\.role) == [.planned])
        let committee = try #require(extraction.entities(ofType: .jointBody).first)
        #expect(plain(committee.names.fr) == "comite de suivi de la cooperation bilaterale")
        #expect(extraction.has(.memberOf, "DZ", committee.id) && extraction.has(.memberOf, "SN", committee.id))
    }

    @Test func aForumNamedByACompoundInvolvesBothCountries() throws {
        let extraction = try Support.extract("Le forum d'affaires algéro-sénégalais s'est tenu à Dakar le 3 mai 2022.", home: "DZ")
        let forum = try #require(extraction.entities(ofType: .event).first)
        #expect(extraction.has(.tookPartIn, "DZ", forum.id) && extraction.has(.tookPartIn, "SN", forum.id))
        #expect(extraction.has(.heldIn, forum.id, "place.sn.dakar"))
    }

    /// Not from a blind document: a letterhead of another state makes it the home country.
    @Test func aFormalStateNameWithItsAdjectiveIsTheHomeCountry() throws {
        let text = "République Tunisienne\nMinistère de l'Agriculture\n\nL'Office national de l'huile (ONH) coopère avec l'Italie."
        let extraction = try Support.extract(text)
        let ministry = try #require(extraction.entities(ofType: .ministry).first)
        #expect(extraction.has(.underAuthorityOf, ministry.id, "TN"))
        let office = try #require(extraction.entities.map(\.entity).first { $0.acronyms == ["ONH"] })
        #expect(extraction.has(.underAuthorityOf, office.id, "TN"))
        #expect(!extraction.has(.underAuthorityOf, office.id, "DZ"))
    }


    @Test func aCounterpartSigningAnExecutiveProgrammeIsTheBodyOfTheSameNameAbroad() throws {
        let text = "Le Ministère de la Culture a signé avec son homologue tunisien, le 3 mars 2021 à Tunis, un programme exécutif pour les années 2021-2023."
        let extraction = try Support.extract(text, home: "DZ")
        let counterpart = try #require(extraction.entities(ofType: .ministry).first { $0.id.rawValue.hasPrefix("tn.") })
        #expect(plain(counterpart.names.fr) == "ministere tunisien de la culture")
        #expect(extraction.has(.underAuthorityOf, counterpart.id, "TN"))
        // An executive programme is a programme, which the two signers run; it has no parties.
        let programme = try #require(extraction.entities(ofType: .programme).first)
        #expect(programme.properties["kind"] == .string("programme"))
        #expect(extraction.entities(ofType: .agreement).isEmpty)
        let own = try #require(extraction.entities(ofType: .ministry).first { !$0.id.rawValue.hasPrefix("tn.") })
        #expect(extraction.has(.runs, own.id, programme.id) && extraction.has(.runs, counterpart.id, programme.id))
        #expect(!extraction.relations.contains { $0.relation.type == .partyTo })
        // A home counterpart is not guessed: the KB names it otherwise.
        let home = try Support.extract("Le Ministre tunisien de la Culture a été reçu par son homologue algérien.", home: "DZ")
        #expect(home.entities(ofType: .ministry).count == 1)
    }

    @Test func aCulturalWeekNamedByItsCountryInvolvesThatCountry() throws {
        let extraction = try Support.extract("La Semaine culturelle tunisienne à Oran, organisée du 2 au 8 mai 2022, a attiré un large public.", home: "DZ")
        let week = try #require(extraction.entities(ofType: .event).first)
        #expect(extraction.has(.tookPartIn, "TN", week.id) && extraction.has(.heldIn, week.id, "place.dz.oran"))
    }


    /// From the blind check `numerique-coree-estonie`: a company named by a country and a word,
    /// an event held far after its word.
    @Test func aCompanyNamedByItsCountryAndAnEventHeldFarAfterItsWord() throws {
        let company = try Support.extract("La société Tunisie Télécom coopère depuis 2019 avec l'opérateur coréen KT Corporation.", home: "DZ")
        let tt = try #require(company.entities(ofType: .agency).first { $0.names.fr == "Tunisie Télécom" })
        #expect(company.has(.underAuthorityOf, tt.id, "TN"))
        let kt = try #require(company.entities(ofType: .agency).first { $0.names.fr == "KT Corporation" })
        #expect(company.has(.cooperatesWith, tt.id, kt.id, symmetric: true))
        // One capitalised word without a demonym is too weak a name (unless the lexicon knows it:
        // "Sonatrach" is one of its national companies).
        #expect(try Support.extract("La société Kantara investit.", home: "DZ").entities(ofType: .agency).isEmpty)
        #expect(try Support.extract("La société Sonatrach investit.", home: "DZ").entities(ofType: .agency).map(\.id) == ["dz.sonatrach"])
        let text = "Un atelier régional sur la gouvernance de l'internet, organisé avec l'Union internationale des télécommunications (UIT), s'est tenu à Annaba le 4 mai 2023."
        let workshop = try Support.extract(text, home: "DZ")
        let event = try #require(workshop.entities(ofType: .event).first)
        #expect(workshop.has(.heldIn, event.id, "place.dz.annaba"))
    }

}
