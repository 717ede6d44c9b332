import CoopExtract
import CoopModel
import Testing

/// Country names with articles, elisions, accents or not, curly or straight apostrophes, variants.
struct CountryTests {
    private func countries(_ text: String) throws -> Set<String> {
        Set(try Support.extract(text).entities(ofType: .country).map(\.id.rawValue))
    }

    @Test(arguments: [
        ("Des accords lient le pays à l’Italie.", "IT"),
        ("Des accords lient le pays à l'Italie.", "IT"),
        ("Un accord a été conclu avec le Yémen.", "YE"),
        ("Un accord a été conclu avec le Yemen.", "YE"),
        ("La coopération avec les Emirats Arabes Unis progresse.", "AE"),
        ("La coopération avec les Émirats arabes unis progresse.", "AE"),
        ("Des échanges avec la Grande Bretagne ont eu lieu.", "GB"),
        ("Des échanges avec la Grande-Bretagne ont eu lieu.", "GB"),
        ("Des échanges avec les Pays Bas ont eu lieu.", "NL"),
        ("Un partenariat avec la République du Congo existe.", "CG"),
    ])
    func nameForms(text: String, id: String) throws {
        #expect(try countries(text) == [id])
    }

    @Test func formalNameWithBracketedCommonNameIsOneCountry() throws {
        let extraction = try Support.extract("Des actions ont été menées avec la République de Corée (Corée du Sud) et l'Autriche.")
        #expect(Set(extraction.entities(ofType: .country).map(\.id)) == ["KR", "AT"])
        let korea = try #require(extraction.entities.first { $0.entity.id == "KR" })
        #expect(korea.review.evidence.count == 1)
    }

    @Test func adjectivesAndCompoundsNameCountries() throws {
        let extraction = try Support.extract("La coopération algéro-française couvre la santé, et des experts italiens y participent.")
        #expect(Set(extraction.entities(ofType: .country).map(\.id)) == ["DZ", "FR", "IT"])
        #expect(extraction.has(.cooperatesWith, "DZ", "FR", symmetric: true))
    }

    @Test func upperCaseAbbreviationDoesNotMatchAWord() throws {
        #expect(try countries("Les ressources en eau sont une priorité.").isEmpty)
        #expect(try countries("Un accord avec les EAU a été signé.") == ["AE"])
    }

    @Test func linksToTheKnowledgeBaseByAlias() throws {
        let kb = try Support.graph([Entity(id: "CI", type: .country, names: Names(fr: "Côte d'Ivoire"), aliases: ["Cote-d-Ivoire"])])
        let extraction = try Support.extract("Un accord avec la Cote d’Ivoire a été signé.", knowledge: kb)
        let country = try #require(extraction.entities.first { $0.entity.type == .country })
        #expect(country.entity.id == "CI")
        #expect(country.review.existing)
    }

    @Test func evidenceSpanCountsUnicodeScalars() throws {
        let line = "Accord avec l’Égypte."
        let candidate = try #require(try Support.extract(line).entities.first { $0.entity.id == "EG" })
        let evidence = try #require(candidate.review.evidence.first)
        let scalars = Array(line.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == "Égypte")
        #expect(evidence.line == 1)
        #expect(evidence.sentence == line)
    }
}
