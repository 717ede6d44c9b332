import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added after `travail-belgique` was scored blind (Docs/extraction.md, round 6): names
/// over "en matière de", revised agreements, counterpart bodies joined by "et", and sessions of
/// named conferences. The sentences are written for these tests, with other partners and sectors.
struct LabourRound6RuleTests {
    private func entity(_ extraction: Extraction, acronym: String) throws -> Entity {
        try #require(extraction.entities.map(\.entity).first { $0.acronyms == [acronym] })
    }

    @Test func anAgreementsNameGoesOnOverEnMatiereAfterAPreposition() throws {
        let text = "Une convention d'entraide judiciaire en matière civile et commerciale a été signée avec le Japon le 2 juin 2015."
        let extraction = try Support.extract(text, home: "DZ")
        let convention = try #require(extraction.entities(ofType: .agreement).first)
        #expect(convention.names.fr == "Convention d'entraide judiciaire en matière civile et commerciale")
        // "en" alone still ends a name before a date.
        let dated = try Support.extract("Un accord de transport aérien signé en 2003 lie l'Algérie au Japon.", home: "DZ")
        #expect(try #require(dated.entities(ofType: .agreement).first).names.fr == "Accord de transport aérien")
    }

    @Test func aRevisionDatesTheAgreementAsAdopted() throws {
        let text = "Le mémorandum d'entente avec la Suède a été révisé le 9 mars 2017."
        let extraction = try Support.extract(text, home: "DZ")
        let memorandum = try #require(extraction.entities(ofType: .agreement).first)
        #expect(memorandum.dates.map(\.role) == [.adopted] && memorandum.dates.map(\.date.description) == ["2017-03-09"])
    }

    @Test func theSecondOfTwoBodiesJoinedByEtUnderAnAgreementIsThePartnersCounterpart() throws {
        let letterhead = "Ambassade d'Algérie au Japon\n\n"
        let text = letterhead + "La Caisse Nationale des Retraites (CNR) et le Fonds National des Pensions (FNP) ont signé un accord de coordination en 2018."
        let extraction = try Support.extract(text, home: "DZ")
        let cnr = try entity(extraction, acronym: "CNR")
        let fnp = try entity(extraction, acronym: "FNP")
        #expect(cnr.id.rawValue.hasPrefix("dz.") && fnp.id.rawValue.hasPrefix("jp."), "\(cnr.id) \(fnp.id)")
        #expect(extraction.has(.underAuthorityOf, fnp.id, "JP") && !extraction.has(.underAuthorityOf, fnp.id, "DZ"))
        // Both on one side of an agreement "avec" a third body: both are the home country's.
        let sameSide = try Support.extract(
            letterhead + "La Caisse Nationale des Retraites (CNR) et le Fonds National des Pensions (FNP) ont signé un accord avec l'Agence Japonaise des Pensions (AJP).",
            home: "DZ")
        #expect(try entity(sameSide, acronym: "FNP").id.rawValue.hasPrefix("dz."))
        // Without an agreement in the sentence, nothing says they face each other.
        let noAgreement = try Support.extract(
            letterhead + "La Caisse Nationale des Retraites (CNR) et le Fonds National des Pensions (FNP) ont reçu une délégation en 2018.", home: "DZ")
        #expect(try entity(noAgreement, acronym: "FNP").id.rawValue.hasPrefix("dz."))
    }

    @Test func aSessionOfANamedConferenceIsOneEventNamedInFull() throws {
        let text = "Le Ministère de la Santé a pris part à la 76e session de l'Assemblée mondiale de la Santé, tenue à Genève du 21 au 30 mai 2023."
        let extraction = try Support.extract(text, home: "DZ")
        let events = extraction.entities(ofType: .event)
        #expect(events.count == 1, "\(events.map(\.names.fr))")
        let session = try #require(events.first)
        #expect(session.names.fr == "76e session de l'Assemblée mondiale de la Santé (Genève)", "\(session.names.fr)")
        #expect(session.properties["kind"] == .string("other"))
        #expect(session.dates.map(\.date.description) == ["2023-05-21", "2023-05-30"])
        // A session of a joint body stays a joint commission session.
        let joint = try Support.extract("La 5e session de la commission mixte algéro-suédoise s'est tenue à Stockholm le 3 avril 2019.", home: "DZ")
        #expect(joint.entities(ofType: .event).map { $0.properties["kind"] } == [.string("joint_commission_session")])
    }
}
