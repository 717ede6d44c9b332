import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added after the blind checks `energie-mines-golfe` and `surete-afripol`
/// (Docs/extraction.md, round 4): a yearly review whose lines are labelled by country ("- Qatar :
/// …"), meetings of joint bodies, visits by experts, "en vigueur depuis", a partnership named by
/// a compound adjective, police bodies, lower-case words inside names, what a seminar is about.
/// The sentences are written for these tests, with other partners than the fixture.
struct ReportLineBlindCheckRuleTests {
    private func plain(_ name: String) -> String { name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }

    @Test func aLineLabelledByACountryReportsCooperationWithIt() throws {
        let text = "- Kenya : un protocole d'accord sur la pêche, signé en mai 2018, est en vigueur depuis le 2 février 2019.\n- Ghana : échange de visites d'experts dans le domaine de l'agriculture."
        let extraction = try Support.extract(text, home: "DZ")
        #expect(extraction.has(.cooperatesWith, "DZ", "KE", symmetric: true) && extraction.has(.cooperatesWith, "DZ", "GH", symmetric: true))
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        #expect(extraction.has(.partyTo, "DZ", agreement.id) && extraction.has(.partyTo, "KE", agreement.id))
        // "en vigueur depuis": in force from that day, not a start of cooperation.
        #expect(Set(agreement.dates.map(\.role)) == [.signed, .inForce])
        // Undated visits by experts are one event, with both countries taking part.
        let visits = try #require(extraction.entities(ofType: .event).first)
        #expect(extraction.has(.tookPartIn, "DZ", visits.id) && extraction.has(.tookPartIn, "GH", visits.id))
        // A country in running text is no label.
        let running = try Support.extract("Le Kenya a été cité : la réunion aura lieu plus tard.", home: "DZ")
        #expect(!running.has(.cooperatesWith, "DZ", "KE", symmetric: true))
    }

    @Test func aMeetingOfAJointBodyIsOneOfItsSessionsHeldWhereNamedBefore() throws {
        let text = "Tenue à Nouakchott, les 3 et 4 mars 2021, de la 5ème réunion du comité mixte algéro-mauritanien de l'hydraulique."
        let extraction = try Support.extract(text, home: "DZ")
        let session = try #require(extraction.entities(ofType: .event).first)
        #expect(session.properties["kind"] == .string("joint_commission_session"))
        #expect(extraction.has(.heldIn, session.id, "place.mr.nouakchott"))
        let committee = try #require(extraction.entities(ofType: .jointBody).first)
        #expect(extraction.has(.tookPartIn, committee.id, session.id))
    }

    @Test func aPartnershipNamedByACompoundIsRunByBothCountries() throws {
        let extraction = try Support.extract("Le partenariat énergétique algéro-norvégien, lancé en 2016, se poursuit.", home: "DZ")
        let programme = try #require(extraction.entities(ofType: .programme).first)
        #expect(plain(programme.names.fr) == "partenariat energetique algero-norvegien")
        #expect(extraction.has(.runs, "DZ", programme.id) && extraction.has(.runs, "NO", programme.id))
        #expect(programme.dates.map(\.role) == [.started])
        // Without a compound, a lower-case partnership names no programme.
        #expect(try Support.extract("Un partenariat avec la Norvège existe.", home: "DZ").entities(ofType: .programme).isEmpty)
    }

    @Test func policeBodiesAndLowerCaseHeadsInsideANameAreWordsOfIt() throws {
        let text = "Un arrangement technique a été signé le 3 mai 2016 entre la DGSN et la Police nationale tunisienne."
        let extraction = try Support.extract(text, home: "DZ")
        let police = try #require(extraction.entities(ofType: .agency).first { plain($0.names.fr) == "police nationale tunisienne" })
        #expect(extraction.has(.underAuthorityOf, police.id, "TN"))
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        #expect(extraction.has(.partyTo, police.id, agreement.id))
        // "police" in lower case inside a name does not end it.
        let school = try Support.extract("L'Ecole supérieure de police de Constantine accueille des stagiaires.", home: "DZ")
        #expect(school.entities(ofType: .agency).map { plain($0.names.fr) } == ["ecole superieure de police de constantine"])
    }

    @Test func whatASeminarIsAboutAndSagissantDeNameSectors() throws {
        let seminar = try Support.extract("Un séminaire sur la cybercriminalité s'est tenu à Oran le 4 mai 2021.", home: "DZ")
        let event = try #require(seminar.entities(ofType: .event).first)
        #expect(seminar.has(.covers, event.id, "sector.cybercrime"))
        let domain = try Support.extract("S'agissant de la coopération policière, la DGSN entretient des relations avec le Niger.", home: "DZ")
        #expect(domain.entity("sector.police-cooperation") != nil)
    }

}
