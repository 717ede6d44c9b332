import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added after the blind check `habitat-chine-turquie` (Docs/extraction.md, round 4):
/// ministries named over commas, plural agreements whose plural is on the first word, a field
/// inside an agreement's name, joint bodies named by a compound adjective, hyphenated acronyms,
/// the home country beside an organisation after "avec", and transversal sectors.
/// The sentences are written for these tests, in other sectors than the fixture.
struct HabitatBlindCheckRuleTests {
    private func plain(_ name: String) -> String { name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }

    private func covers(_ extraction: Extraction, _ id: EntityID) -> Set<EntityID> {
        Set(extraction.relations.filter { $0.relation.type == .covers && $0.relation.from == id }.map(\.relation.to))
    }

    @Test func aMinistryNameGoesOnOverCommasBeforeCapitalisedFields() throws {
        let long = try Support.extract("Le Ministère de la Culture, des Arts et du Patrimoine organise le festival.", home: "DZ")
        #expect(long.entities(ofType: .ministry).map { plain($0.names.fr) } == ["ministere de la culture, des arts et du patrimoine"])
        let short = try Support.extract("Le Ministère de la Santé, de concert avec ses partenaires, organise la campagne.", home: "DZ")
        #expect(short.entities(ofType: .ministry).map { plain($0.names.fr) } == ["ministere de la sante"])
    }

    @Test func protocolesDAccordWithAListAreOnePerPartnerAndKeepTheirField() throws {
        let text = "Des protocoles d'accord dans le domaine de l'énergie ont été signés avec le Niger, le Mali et le Tchad."
        let extraction = try Support.extract(text, home: "DZ")
        let agreements = extraction.entities(ofType: .agreement)
        #expect(agreements.count == 3, "\(agreements.map(\.names.fr))")
        for agreement in agreements {
            #expect(plain(agreement.names.fr).hasPrefix("protocole d'accord dans le domaine de l'energie"))
            #expect(covers(extraction, agreement.id) == ["sector.energy"])
        }
    }

    @Test func aJointBodyNamedByACompoundHasBothCountriesAsMembers() throws {
        let text = "Le comité algéro-tunisien sur l'énergie s'est réuni à Tunis le 4 mars 2020."
        let extraction = try Support.extract(text, home: "DZ")
        let body = try #require(extraction.entities(ofType: .jointBody).first)
        #expect(plain(body.names.fr) == "comite algero-tunisien sur l'energie")
        #expect(extraction.has(.memberOf, "DZ", body.id) && extraction.has(.memberOf, "TN", body.id))
        #expect(extraction.entity("DZ") != nil && extraction.entity("TN") != nil)
        // The compound is no place the meeting was held in.
        #expect(extraction.relations.allSatisfy { !($0.relation.type == .heldIn && $0.relation.to == "DZ") })
        // A head's own words name no sector: "groupe de travail" is no labour cooperation.
        let group = try Support.extract("Le groupe de travail algéro-malien sur l'eau se réunit chaque année.", home: "DZ")
        #expect(group.entity("sector.employment-labour") == nil)
    }

    @Test func aHyphenatedAcronymClosesAnInternationalName() throws {
        let text = "Un mémorandum d'entente a été conclu le 8 mars 2022 avec le Programme des Nations Unies pour l'environnement (ONU-Environnement)."
        let extraction = try Support.extract(text, home: "DZ")
        // (The bodies lexicon knows this programme as the PNUE: the written acronym is added to its own.)
        let body = try #require(extraction.entities.map(\.entity).first { $0.acronyms.contains("ONU-Environnement") })
        #expect(body.id == "org.pnue" && body.acronyms == ["PNUE", "ONU-Environnement"])
        #expect(body.type == .organisation)
        #expect(plain(body.names.fr) == "programme des nations unies pour l'environnement")
        // "avec" an organisation: the home country is the other party.
        let agreement = try #require(extraction.entities(ofType: .agreement).first)
        let parties = Set(extraction.relations.filter { $0.relation.type == .partyTo && $0.relation.to == agreement.id }.map(\.relation.from))
        #expect(parties == ["DZ", body.id])
    }

    @Test func aTransversalFieldKeepsTheSectionSectorAnotherFieldDoesNot() throws {
        let training = try Support.extract("1-En matière de transport aérien\nUn accord relatif à la formation des pilotes a été signé en mai 2019 avec la Jordanie.", home: "DZ")
        let pilots = try #require(training.entities(ofType: .agreement).first)
        // Air transport brings its parents, as the KB places it: transport, then infrastructure.
        #expect(covers(training, pilots.id) == ["sector.training", "sector.air-transport", "sector.transport", "sector.infrastructure"])
        let energy = try Support.extract("1-En matière d'environnement\nUn accord dans le domaine de l'énergie a été signé en mai 2019 avec la Jordanie.", home: "DZ")
        let power = try #require(energy.entities(ofType: .agreement).first)
        #expect(covers(energy, power.id) == ["sector.energy"])
    }
}
