import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added after the blind checks `culture-allemagne` and `accords-vietnam` (Docs/extraction.md,
/// round 4): towns in bodies' names, signers with a date before their agreement, twinned towns,
/// hyphenated names, scholarships granted by the sentence's subject, agreements whose subject
/// runs on through "et la …". The sentences are written for these tests,
/// with other partners than the fixture.
struct UniversityBlindCheckRuleTests {
    private func plain(_ name: String) -> String { name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }

    @Test func twoUniversitiesSigningOnADateAreThePartiesAndTheirTownsArePlaces() throws {
        let text = "L'Université de Sétif et l'Université de Tunis ont signé le 3 mai 2018 une convention de partenariat."
        let extraction = try Support.extract(text, home: "DZ")
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        let parties = Set(extraction.relations.filter {
            $0.relation.type == .partyTo && $0.relation.to == agreement.id && $0.review.rule == "agreement.parties"
        }.map(\.relation.from))
        #expect(parties.count == 2 && parties.allSatisfy { $0.rawValue.contains("universite") }, "\(parties)")
        // A body named after a foreign town is of that town's country, in its id too.
        #expect(parties.contains { $0.rawValue.hasPrefix("tn.") } && parties.contains { $0.rawValue.hasPrefix("dz.") }, "\(parties)")
        #expect(extraction.entity("place.dz.setif") != nil && extraction.entity("place.tn.tunis") != nil)
        #expect(extraction.has(.locatedIn, "place.tn.tunis", "TN"))
    }

    @Test func twinnedTownsAreBoundByTheirAgreementAndCooperateSinceItsYear() throws {
        let text = "Depuis 2012, les villes de Annaba et de Mannheim sont liées par un accord de jumelage."
        let extraction = try Support.extract(text, home: "DZ")
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        let mannheim = try #require(extraction.entities(ofType: .place).first { $0.names.fr == "Mannheim" })
        #expect(extraction.has(.partyTo, "place.dz.annaba", agreement.id) && extraction.has(.partyTo, mannheim.id, agreement.id))
        let cooperation = try #require(extraction.relations.first { $0.relation.type == .cooperatesWith })
        #expect(cooperation.relation.dates.map(\.role) == [.started])
        // Towns named in an agreement's sentence without a binding verb do not sign it.
        let named = try Support.extract("Les villes de Annaba et de Mannheim ont accueilli un accord de jumelage signé en 2012.", home: "DZ")
        let other = try #require(named.entities(ofType: .agreement).first)
        #expect(!named.has(.partyTo, "place.dz.annaba", other.id))
    }

    @Test func hyphenatedProperNamesOpenABodysName() throws {
        let extraction = try Support.extract("Le Max-Planck-Institut de chimie accueille des chercheurs.", home: "DZ")
        #expect(extraction.entities(ofType: .agency).map { plain($0.names.fr) } == ["max-planck-institut de chimie"])
    }

    @Test func scholarshipsGrantedByTheSubjectAreItsProgramme() throws {
        let extraction = try Support.extract("L'Agence coréenne de coopération internationale (KOICA) octroie chaque année une trentaine de bourses de master.", home: "DZ")
        let scholarships = try #require(extraction.entities(ofType: .programme).first)
        #expect(scholarships.properties["kind"] == .string("scholarship"))
        let koica = try #require(extraction.entities.map(\.entity).first { $0.acronyms == ["KOICA"] })
        #expect(extraction.has(.runs, koica.id, scholarships.id))
    }

    @Test func anAgreementsSubjectRunsOnThroughEtLaButAnotherAgreementEndsIt() throws {
        let text = "Un accord sur la promotion et la protection réciproques des investissements a été signé à Rome le 2 mai 1996."
        let extraction = try Support.extract(text, home: "DZ")
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        #expect(plain(agreement.names.fr) == "accord sur la promotion et la protection reciproques des investissements")
        #expect(extraction.has(.covers, agreement.id, "sector.trade"))
        let two = try Support.extract("L'accord sur la santé et la convention sur la culture ont été signés en 2001.", home: "DZ")
        #expect(two.entities(ofType: .agreement).count == 2)
        let avoid = try Support.extract("Une convention tendant à éviter la double imposition a été signée le 6 mai 1999.", home: "DZ")
        #expect(avoid.has(.covers, try #require(avoid.entities(ofType: .agreement).first).id, "sector.finance"))
    }

}
