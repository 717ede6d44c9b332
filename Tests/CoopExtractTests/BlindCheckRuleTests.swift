import CoopExtract
import CoopModel
import Testing

/// Rules added after the blind checks `commerce-italie` and `sante-chine-russie` (Docs/extraction.md):
/// names that run on to their acronym, national bodies, signers named before the verb, the
/// partner of a cooperation an agreement rests on, and more heads and event words.
struct BlindCheckRuleTests {
    private func parties(_ extraction: Extraction, _ agreement: EntityID) -> Set<EntityID> {
        Set(extraction.relations.filter { $0.relation.type == .partyTo && $0.relation.to == agreement }.map(\.relation.from))
    }

    @Test func aNameRunsOnThroughEtToTheAcronymItDefines() throws {
        let one = try Support.extract("L'Institut canadien pour la recherche et l'innovation (ICRI) accueille des chercheurs.")
        let body = try #require(one.entities(ofType: .agency).first)
        #expect(body.names.fr == "Institut canadien pour la recherche et l'innovation" || body.names.fr == "Institut canadien pour la recherche et l’innovation")
        #expect(body.acronyms == ["ICRI"])
        // Without an acronym after it, "et l'…" still ends the name.
        let plain = try Support.extract("L'Institut canadien pour la recherche et l'innovation des entreprises se développe.")
        #expect(plain.entities(ofType: .agency).map(\.names.fr) == ["Institut canadien pour la recherche"])
        // Another head after "et" is another body, even with an acronym further on.
        let two = try Support.extract("Le Ministère de l'Intérieur et la Direction générale de la Sûreté nationale (DGSN) coopèrent.")
        #expect(two.entities(ofType: .ministry).count == 1)
        #expect(two.entities(ofType: .agency).map(\.acronyms) == [["DGSN"]])
    }

    @Test func aNationalBodyNamingNoCountryIsTheHomeCountrys() throws {
        let national = try Support.extract("L'Agence nationale de promotion du commerce extérieur (ALGEX) organise la foire.", home: "DZ")
        let algex = try #require(national.entities(ofType: .agency).first)
        #expect(national.has(.underAuthorityOf, algex.id, "DZ"))
        // A country named in the name wins over the home country.
        let named = try Support.extract("L'Office national tunisien du tourisme (ONTT) organise la foire.", home: "DZ")
        let ontt = try #require(named.entities(ofType: .agency).first)
        #expect(named.has(.underAuthorityOf, ontt.id, "TN"))
        #expect(!named.has(.underAuthorityOf, ontt.id, "DZ"))
        // No "national": no guess.
        let other = try Support.extract("L'Agence de promotion du commerce extérieur (APCE) organise la foire.", home: "DZ")
        let apce = try #require(other.entities(ofType: .agency).first)
        #expect(other.relations.allSatisfy { !($0.relation.type == .underAuthorityOf && $0.relation.from == apce.id) })
    }

    @Test func bodiesJoinedByEtBeforeASigningVerbAreTheParties() throws {
        let text = "La Société nationale de l'électricité (SONELEC) et l'Agence portugaise de l'énergie (APE) ont conclu un mémorandum d'entente le 5 mai 2020."
        let extraction = try Support.extract(text, home: "DZ")
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        let bodies = Set(extraction.entities(ofType: .agency).map(\.id))
        #expect(bodies.count == 2)
        #expect(bodies.isSubset(of: parties(extraction, agreement.id)), "\(parties(extraction, agreement.id))")
        // A body that is the subject of another verb does not sign the agreement.
        let apart = try Support.extract("L'Agence portugaise de l'énergie (APE) et la Société nationale de l'électricité (SONELEC) se réunissent ; un mémorandum d'entente a été signé le 5 mai 2020.")
        let memo = try #require(apart.entities(ofType: .agreement).first)
        #expect(parties(apart, memo.id).isDisjoint(with: Set(apart.entities(ofType: .agency).map(\.id))))
    }

    @Test func theCooperationPartnerBeforeAnAgreementIsItsPartyWithTheHomeCountry() throws {
        let text = "La coopération avec le Viet Nam repose sur le mémorandum d'entente signé à Hanoï le 8 octobre 2019."
        let extraction = try Support.extract(text, home: "DZ")
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        #expect(parties(extraction, agreement.id) == ["DZ", "VN"])
    }

    @Test func companiesFundsAndWorkshopsAreFound() throws {
        let extraction = try Support.extract(
            "Le Groupe Cosider et le Fonds koweïtien pour le développement économique arabe (FKDEA) ont pris part à un séminaire tenu à Oran le 4 mars 2022.",
            home: "DZ")
        let names = Set(extraction.entities(ofType: .agency).map(\.names.fr))
        #expect(names.contains("Groupe Cosider"), "\(names)")
        #expect(names.contains("Fonds koweïtien pour le développement économique arabe"), "\(names)")
        let event = try #require(extraction.entities(ofType: .event).first)
        #expect(event.properties["kind"] == .string("other"))
    }
}
