@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// Rules written after round 25's blind notes (talking points, a year-led chronology, answers to
/// a questionnaire, a joint communiqué), each on sentences of other words than the notes'.
struct Round25RuleTests {
    /// "Cinecittà, la société publique italienne de …": a name described by a company noun and a
    /// demonym after an article is a company of that country, as without the article.
    @Test func anAppositionWithAnArticleNamesAForeignCompany() throws {
        let extraction = try Support.extract(
            "La délégation comprenait des responsables de Telespazio, la société italienne de services spatiaux, et de l'Agence spatiale algérienne (ASAL).",
            home: "DZ")
        let company = try #require(extraction.entities(ofType: .agency).first { $0.names.fr == "Telespazio" })
        #expect(extraction.has(.underAuthorityOf, company.id, "IT"))
        // A lower-case word before the comma is no name.
        let none = try Support.extract("Elle a rencontré des responsables du secteur, la société italienne de services spatiaux.", home: "DZ")
        #expect(none.entities(ofType: .agency).isEmpty)
    }
}
