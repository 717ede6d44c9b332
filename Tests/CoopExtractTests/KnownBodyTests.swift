import CoopExtract
import CoopModel
import Foundation
import Testing

/// The bodies lexicon (`Data/lexicons/bodies.yaml`): well-known organisations and foreign
/// bodies get their id, canonical name and country even when the text names them by acronym
/// alone, in another language, or without their country.
struct KnownBodyTests {
    private func body(_ extraction: Extraction, _ id: EntityID) throws -> Entity {
        try #require(extraction.entities.map(\.entity).first { $0.id == id }, "\(extraction.entities.map(\.entity.id))")
    }

    @Test func aBareAcronymNamedOnceIsTheLexiconsBodyWithItsCountry() throws {
        let extraction = try Support.extract("Le projet de gestion des bassins versants est financé par la JICA depuis 2016.", home: "DZ")
        let jica = try body(extraction, "jp.jica")
        #expect(jica.type == .agency && jica.names.fr == "Agence japonaise de coopération internationale")
        #expect(extraction.has(.underAuthorityOf, "jp.jica", "JP") && extraction.entities(ofType: .country).contains { $0.id == "JP" })
    }

    /// Bodies added in session 7: an international commission and forum are nobody's country's,
    /// even with an organisation head the text would otherwise read as a home body.
    @Test func internationalCommissionsAndForumsAreOrganisations() throws {
        let text = "L'Algérie est membre de la Commission générale des pêches pour la Méditerranée (CGPM) et du Forum des pays exportateurs de gaz (FPEG)."
        let extraction = try Support.extract(text, home: "DZ")
        for id: EntityID in ["org.cgpm", "org.fpeg"] {
            #expect(try body(extraction, id).type == .organisation)
            #expect(extraction.has(.memberOf, "DZ", id))
        }
        #expect(!extraction.entities.contains { $0.entity.id.rawValue.hasPrefix("dz.") })
        // Joined by a verb rather than "et", the second body is no membership.
        let other = try Support.extract("L'Algérie est membre de l'OPEP et dialogue avec le Forum des pays exportateurs de gaz (FPEG).", home: "DZ")
        #expect(other.has(.memberOf, "DZ", "org.opep") && !other.has(.memberOf, "DZ", "org.fpeg"))
    }

    @Test func aNationalBodyWithoutItsCountryInItsNameIsStillItsCountrys() throws {
        let text = "L'Office National des Statistiques (ONS) coopère avec l'Institut National de la Statistique et des Etudes Economiques (INSEE)."
        let extraction = try Support.extract(text, home: "DZ")
        #expect(extraction.has(.underAuthorityOf, "fr.insee", "FR") && !extraction.has(.underAuthorityOf, "fr.insee", "DZ"))
        #expect(!extraction.entities.contains { $0.entity.id.rawValue.hasPrefix("dz.insee") })
        // The same name in other capitals and accents is no alias; another wording is one.
        #expect(try body(extraction, "fr.insee").aliases.isEmpty)
        let reworded = try Support.extract("Une mission de l'Institut national des statistiques et études économiques (INSEE) a eu lieu en 2019.", home: "DZ")
        #expect(try body(reworded, "fr.insee").aliases == ["Institut national des statistiques et études économiques"])
    }

    @Test func aNameInAnotherLanguageWithoutAHeadWordIsFound() throws {
        let text = "La Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) appuie le programme de formation des techniciens."
        let extraction = try Support.extract(text, home: "DZ")
        #expect(try body(extraction, "de.giz").acronyms == ["GIZ"])
        #expect(extraction.has(.underAuthorityOf, "de.giz", "DE"))
    }

    @Test func aDocumentsOwnAcronymWithAnotherNameIsNotTheLexiconsBody() throws {
        let text = "Le Plan d'Action Maritime (PAM) a été adopté en 2019. Le PAM prévoit la formation de marins."
        let extraction = try Support.extract(text, home: "DZ")
        #expect(!extraction.entities.contains { $0.entity.id == "org.pam" })
        // The same acronym alone, in a text that does not define it, is the lexicon's.
        let alone = try Support.extract("Une aide alimentaire a été acheminée avec le concours du PAM en 2021.", home: "DZ")
        #expect(try body(alone, "org.pam").type == .organisation)
    }

    @Test func anEntryWithoutATypeIsRejectedWithItsLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bodies-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bodies.yaml")
        try "bodies:\n  - {id: org.x, name: X}\n".write(to: file, atomically: true, encoding: .utf8)
        #expect {
            _ = try Lexicon.load(directory: directory)
        } throws: { error in
            let description = (error as? ExtractError)?.description ?? ""
            return description.contains("bodies.yaml:2") && description.contains("`type`")
        }
    }
}
