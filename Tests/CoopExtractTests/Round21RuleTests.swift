@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added in session 17 (Docs/extraction.md "Round 21"). The sentences are written for
/// these tests.
struct Round21RuleTests {
    /// The role a relation of `extraction` from `from` to `to` carries.
    private func role(_ extraction: Extraction, _ type: RelationType, from: EntityID, to: EntityID) -> PropertyValue? {
        extraction.relations.map(\.relation).first { $0.type == type && $0.from == from && $0.to == to }?.properties["role"]
    }

    /// "L'Algérie a pris part au 37e sommet …", "la Corée a pris part, en qualité d'invitée
    /// d'honneur, à la 55e édition …": a country that is the subject of a verb of taking part
    /// before the event took part in it; a country named as a place did not.
    @Test func aCountryThatTookPartIsAParticipant() throws {
        let summit = try Support.extract(
            "L'Algérie a pris part au 37e sommet ordinaire de l'UA, tenu à Addis-Abeba les 17 et 18 février 2024.", home: "DZ")
        let event = try summit.only(ofType: .event)
        #expect(role(summit, .tookPartIn, from: "DZ", to: event.id) == .string("participant"))
        let aside = try Support.extract(
            "Du 17 au 22 juin 2024, la République de Corée a pris part, en qualité d'invitée d'honneur, à la 55e édition de la foire internationale, tenue à Alger.",
            home: "DZ")
        #expect(aside.sources(.tookPartIn, to: try aside.only(ofType: .event).id).contains("KR"))
        let future = try Support.extract("La Tunisie participera à la conférence régionale prévue à Alger en mai 2026.", home: "DZ")
        #expect(future.sources(.tookPartIn, to: try future.only(ofType: .event).id).contains("TN"))
        let place = try Support.extract(
            "En Tunisie, le Ministère de l'Energie a participé à la conférence régionale tenue à Tunis en mai 2024.", home: "DZ")
        #expect(!place.sources(.tookPartIn, to: try place.only(ofType: .event).id).contains("TN"))
    }

    /// "Membre fondateur de l'OUA en 1963, l'Algérie siège … ; elle a pris part …": the subject
    /// after an opening phrase and its comma is what the pronoun of the next clause stands for.
    @Test func aPronounStandsForTheSubjectAfterAnOpeningPhrase() throws {
        let extraction = try Support.extract(
            "Membre fondateur de l'Organisation de l'unité africaine (OUA) en 1963, l'Algérie siège depuis avril 2022 au Conseil de paix ; elle a pris part au 37e sommet ordinaire de l'UA, tenu à Addis-Abeba les 17 et 18 février 2024.",
            home: "DZ")
        let event = try extraction.only(ofType: .event)
        #expect(extraction.sources(.tookPartIn, to: event.id).contains("DZ"))
    }

    /// "Oran a accueilli … la quatrième édition des Olympiades …, à laquelle ont pris part des
    /// équipes de Tunisie, de Libye et de Mauritanie": the town's country hosted (with "édition"
    /// between the verb and the event), and the countries after "à laquelle ont pris part" took part.
    @Test func aRelativeClauseNamesTheParticipants() throws {
        let extraction = try Support.extract(
            "Oran a accueilli, du 9 au 15 mars 2024, la quatrième édition des Olympiades de mathématiques, à laquelle ont pris part des équipes de Tunisie, de Libye et de Mauritanie.",
            home: "DZ")
        let event = try extraction.only(ofType: .event)
        #expect(role(extraction, .tookPartIn, from: "DZ", to: event.id) == .string("host"))
        for country: EntityID in ["TN", "LY", "MR"] {
            #expect(role(extraction, .tookPartIn, from: country, to: event.id) == .string("participant"))
        }
        #expect(extraction.relations.contains { $0.relation.type == .heldIn && $0.relation.from == event.id })
        let none = try Support.extract(
            "Oran a accueilli, du 9 au 15 mars 2024, un séminaire régional, auquel ont pris part des experts de onze pays.", home: "DZ")
        #expect(none.sources(.tookPartIn, to: try none.only(ofType: .event).id) == ["DZ"])
    }
}
