@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules added in session 18 (Docs/extraction.md "Round 22"). The sentences are written for
/// these tests.
struct Round22RuleTests {
    /// Whether `extraction` holds a relation of `type` from `from` to `to`.
    private func has(_ extraction: Extraction, _ type: RelationType, from: EntityID, to: EntityID) -> Bool {
        extraction.relations.contains { $0.relation.type == type && $0.relation.from == from && $0.relation.to == to }
    }

    /// "l'Office Fédéral de la Statistique (OFS), organisme suisse …": the acronym alone in the
    /// bracket before an apposition is the name's, and the body is the apposition's country's;
    /// "l'OFS" later is the same body, and no second body is made of the bare acronym.
    @Test func anAcronymBeforeAnAppositionIsTheNames() throws {
        let extraction = try Support.extract(
            "Le 3 mars 2024, le CNRS et le Swiss Data Board (SDB), agence suisse chargée des données, ont signé un mémorandum. Le SDB a ensuite accueilli une mission.",
            home: "DZ")
        let body = try #require(extraction.entity(acronym: "SDB"))
        #expect(body.id == "ch.sdb")
        #expect(body.names.fr == "Swiss Data Board")
        #expect(has(extraction, .underAuthorityOf, from: body.id, to: "CH"))
        #expect(extraction.entities.filter { $0.entity.acronyms.contains("SDB") || $0.entity.names.fr == "SDB" }.count == 1)
    }

    /// "- Le Vejdirektoratet, administration danoise des routes, a signé …": a nationality after
    /// a weak lower-case head in apposition makes it a body's description; the article that
    /// opens the sentence is not part of the name.
    @Test func aNationalityQualifiesAnAppositionHead() throws {
        let extraction = try Support.extract(
            "- Le Vejdirektoratet, administration danoise des routes, a signé avec le Ministère des Travaux publics un protocole d'accord.",
            home: "DZ")
        let body = try #require(extraction.entities.map(\.entity).first { $0.names.fr == "Vejdirektoratet" })
        #expect(body.id == "dk.vejdirektoratet")
        #expect(has(extraction, .underAuthorityOf, from: body.id, to: "DK"))
        let agreement = try extraction.only(ofType: .agreement)
        #expect(extraction.sources(.partyTo, to: agreement.id).contains(body.id))
        // Without a nationality, "administration" stays a common noun.
        let plain = try Support.extract("- Le Vejdirektoratet, administration des routes, a reçu une délégation.", home: "DZ")
        #expect(!plain.entities.contains { $0.entity.names.fr == "Vejdirektoratet" })
    }

    /// "l'ANP et l'Autoridad Nacional (…), agence chilienne, ont signé": the side the
    /// apposition gives wins over the document's partner country.
    @Test func theAppositionsCountryWinsOverTheDocumentsPartner() throws {
        let text = """
            Ministère de l'Energie
            Direction de la Coopération
            2) Coopération avec la République du Pérou
            Le 2 mai 2023, l'Agence nationale du pétrole (ANP) et l'Instituto Geologico (IGC), agence chilienne chargée de la géologie, ont signé un mémorandum d'entente à Lima.
            """
        let extraction = try Support.extract(text, home: "DZ")
        let body = try #require(extraction.entity(acronym: "IGC"))
        #expect(has(extraction, .underAuthorityOf, from: body.id, to: "CL"))
        #expect(!has(extraction, .underAuthorityOf, from: body.id, to: "PE"))
    }

    /// "l'Autoridad Portuaria de Valencia", "la Deutsche Gesellschaft …": Spanish, Italian or German
    /// words make a name foreign, of the sentence's one foreign country.
    @Test func moreWordsMarkAForeignName() throws {
        let extraction = try Support.extract(
            "L'Entreprise portuaire d'Oran a signé avec l'Autoridad Portuaria de Valencia un protocole de jumelage, en présence de l'ambassadeur d'Espagne.",
            home: "DZ")
        let body = try #require(extraction.entities.map(\.entity).first { $0.names.fr == "Autoridad Portuaria de Valencia" })
        #expect(body.id.rawValue.hasPrefix("es."))
        #expect(has(extraction, .underAuthorityOf, from: body.id, to: "ES"))
    }

    /// The lexicon's new sectors: coastal management and biodiversity (both under the
    /// environment), petrochemicals and fertilizers.
    @Test func coastalBiodiversityAndPetrochemicalSectors() throws {
        let seminar = try Support.extract(
            "Un séminaire sur la gestion des aires marines protégées s'est tenu à Oran les 18 et 19 novembre 2025.", home: "DZ")
        let event = try seminar.only(ofType: .event)
        #expect(has(seminar, .covers, from: event.id, to: "sector.biodiversity"))
        #expect(has(seminar, .covers, from: event.id, to: "sector.environment"))
        let erosion = try Support.extract(
            "Un protocole d'accord sur la lutte contre l'érosion côtière a été signé à Athènes le 12 septembre 2024.", home: "DZ")
        #expect(has(erosion, .covers, from: try erosion.only(ofType: .agreement).id, to: "sector.coastal-management"))
        let plant = try Support.extract("Un contrat de fourniture d'engrais azotés a été signé à Mascate le 4 avril 2023.", home: "DZ")
        #expect(has(plant, .covers, from: try plant.only(ofType: .agreement).id, to: "sector.petrochemicals"))
    }
}
