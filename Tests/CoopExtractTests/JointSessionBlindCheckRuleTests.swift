import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added after the blind check `commission-mixte-egypte` (Docs/extraction.md, round 4): the
/// minutes of a joint commission's session, with agreements signed "à cette occasion" and a
/// follow-up committee. The sentences are written for these tests, with other partners.
struct JointSessionBlindCheckRuleTests {
    private func plain(_ name: String) -> String { name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }

    @Test func agreementsSignedAtTheSessionAreOneCountedGroupOfBothCountries() throws {
        let text = """
            La 5ème session de la Commission mixte algéro-tunisienne s'est tenue au Caire les 3 et 4 mars 2022.
            Les deux parties ont signé à cette occasion douze accords et mémorandums d'entente dans les domaines de la santé et de la culture.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let group = try #require(extraction.entities(ofType: .agreement).first)
        #expect(extraction.entities(ofType: .agreement).count == 1)
        #expect(group.properties["count"] == .int(12))
        #expect(group.dates.map(\.date.description) == ["2022-03"])
        #expect(extraction.has(.partyTo, "DZ", group.id) && extraction.has(.partyTo, "TN", group.id))
        let covered = Set(extraction.relations.filter { $0.relation.type == .covers && $0.relation.from == group.id }.map(\.relation.to))
        #expect(covered == ["sector.health", "sector.culture"])
        // "au Caire": a place whose name has an article is found without it.
        let session = try #require(extraction.entities(ofType: .event).first)
        #expect(extraction.has(.heldIn, session.id, "place.eg.le-caire"))
        // The commission's compound makes the two countries members and partners.
        let commission = try #require(extraction.entities(ofType: .jointBody).first)
        #expect(extraction.has(.memberOf, "TN", commission.id) && extraction.has(.cooperatesWith, "DZ", "TN", symmetric: true))
    }

    @Test func aFollowUpCommitteeOfTheCommissionIsOneBodyWithoutHowOften() throws {
        let text = "La Commission mixte algéro-malienne a décidé de réunir le Comité de suivi de la Haute Commission mixte tous les six mois."
        let extraction = try Support.extract(text, home: "DZ")
        let names = extraction.entities(ofType: .jointBody).map { plain($0.names.fr) }
        #expect(names.contains("comite de suivi de la haute commission mixte"), "\(names)")
        #expect(!names.contains { $0.contains("tous les six mois") })
    }

    /// From the blind check `eau-ouest-africain`: a project named with a definite article and
    /// its funder, signers with a date and a town between them and the agreement, a body named
    /// after a region, "la région de X".
    @Test func aFundedProjectSignersAroundATownAndARegionalBody() throws {
        let project = try Support.extract("Le projet de forages pastoraux financé par l'Algérie au profit du Mali a pris fin.", home: "DZ")
        let forages = try #require(project.entities(ofType: .programme).first)
        #expect(project.has(.runs, "DZ", forages.id) && project.has(.covers, forages.id, "sector.water-resources"))
        let text = "L'Agence nationale des ressources hydrauliques (ANRH) et la Société nigérienne des eaux (SNE) ont signé, le 4 mai 2022 à Niamey, une convention de partenariat."
        let signed = try Support.extract(text, home: "DZ")
        let convention = try #require(signed.entities(ofType: .agreement).first)
        let parties = Set(signed.relations.filter { $0.relation.type == .partyTo && $0.relation.to == convention.id }.map(\.relation.from))
        #expect(parties.count >= 2 && !parties.contains("place.ne.niamey"), "\(parties)")
        let observatory = try Support.extract("L'Algérie participe aux travaux de l'Observatoire du Sahel et de l'Afrique (OSA).", home: "DZ")
        let osa = try #require(observatory.entities.map(\.entity).first { $0.acronyms == ["OSA"] })
        #expect(osa.type == .organisation && observatory.has(.memberOf, "DZ", osa.id))
        let region = try Support.extract("Des puits ont été creusés dans la région de Zinder.", home: "DZ")
        #expect(region.entities(ofType: .place).map(\.names.fr) == ["Zinder"])
    }

}
