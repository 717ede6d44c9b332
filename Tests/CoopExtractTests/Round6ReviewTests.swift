import CoopExtract
import CoopModel
import Foundation
import Testing

/// Cases where the round-6 rules must not fire, found in review: a longer name after a known
/// body's, pronouns, two bodies of one side, a recalled agreement, a body's session, and the
/// bodies lexicon's own consistency.
struct Round6ReviewTests {
    @Test func aLongerNameStartingWithAKnownBodysIsReadWhole() throws {
        let extraction = try Support.extract("L'Union africaine des télécommunications (UAT) a tenu son conseil à Alger.", home: "DZ")
        #expect(extraction.entities.contains { $0.entity.acronyms == ["UAT"] })
        #expect(!extraction.entities.contains { $0.entity.id == "org.ua" })
    }

    @Test func pronounsStandForWhatTheyReferTo() throws {
        // "Celle-ci" is what the sentence before named last, for membership too.
        let celle = try Support.extract(
            "L'Algérie a signé un accord de pêche avec la Tunisie en 2018. Celle-ci est membre de l'Organisation mondiale du commerce (OMC).", home: "DZ")
        #expect(celle.has(.memberOf, "TN", "org.omc") && !celle.has(.memberOf, "DZ", "org.omc"))
        // An impersonal "Il" stands for nothing.
        let il = try Support.extract(
            "L'Algérie a signé un accord avec le Japon en 2019. Il convient de rappeler que cette coopération appuie le Programme national de reboisement des forêts.",
            home: "DZ")
        #expect(!il.relations.contains { $0.relation.type == .supports })
    }

    @Test func twoBodiesPreparingAnAgreementAreNotCounterparts() throws {
        let text = "Ambassade d'Algérie au Japon\n\nLe Ministère de la Santé et l'Agence Nationale des Produits Pharmaceutiques (ANPP) préparent un accord de coopération sanitaire."
        let extraction = try Support.extract(text, home: "DZ")
        let anpp = try #require(extraction.entities.map(\.entity).first { $0.acronyms == ["ANPP"] })
        #expect(anpp.id.rawValue.hasPrefix("dz.") && !extraction.has(.underAuthorityOf, anpp.id, "JP"))
    }

    @Test func aCetteOccasionDatesWhatWasSignedNotWhatWasRecalled() throws {
        let text = "La visite du ministre à Tunis s'est tenue le 5 mai 2021.\n"
            + "Les deux parties ont rappelé la convention d'entraide judiciaire et ont signé à cette occasion un protocole de formation."
        let extraction = try Support.extract(text, home: "DZ")
        let convention = try #require(extraction.entities(ofType: .agreement).first { $0.properties["kind"] == .string("convention") })
        #expect(convention.dates.isEmpty)
        let protocole = try #require(extraction.entities(ofType: .agreement).first { $0.properties["kind"] == .string("protocole") })
        #expect(protocole.dates.map(\.date.description) == ["2021-05-05"])
    }

    @Test func aSessionOfABodyIsNoNamedConference() throws {
        let extraction = try Support.extract("Le ministre a présenté le rapport lors de la session de l'Assemblée populaire nationale tenue le 3 mars 2020.", home: "DZ")
        #expect(!extraction.entities(ofType: .event).contains { $0.names.fr.hasPrefix("Session de l'Assemblée") && $0.properties["kind"] == .string("other") })
        // A body inside a conference's name stays its own mention.
        let united = try Support.extract("L'Algérie a pris part à la 78e session de l'Assemblée générale des Nations unies à New York.", home: "DZ")
        #expect(united.entities.contains { $0.entity.id == "org.onu" })
    }

    @Test func aDocumentsOwnAcronymIsKeptAfterAKnownBodyIsNamed() throws {
        let text = "Le Plan d'Action Maritime (PAM) a été adopté en 2019. Le Programme alimentaire mondial appuie un projet de cantines scolaires. Le PAM prévoit la formation de marins."
        let extraction = try Support.extract(text, home: "DZ")
        let plan = try #require(extraction.entities.first { $0.entity.acronyms.contains("PAM") && $0.entity.id != "org.pam" })
        #expect(plan.entity.sources.contains { $0.line == 1 })
        #expect(!extraction.entities.contains { $0.entity.id == "org.pam" && $0.entity.aliases.contains("PAM") })
    }

    @Test func theBodiesLexiconIsConsistent() throws {
        let lexicon = try Support.lexicon()
        #expect(lexicon.bodies.count >= 50)
        #expect(Set(lexicon.bodies.map(\.id)).count == lexicon.bodies.count)
        let acronyms = lexicon.bodies.flatMap(\.acronyms)
        #expect(Set(acronyms).count == acronyms.count, "an acronym names two bodies")
        let countries = Set(lexicon.countries.map(\.id))
        for body in lexicon.bodies {
            #expect(body.country.map(countries.contains) ?? true, "\(body.id): unknown country")
            // A national body's id starts with its country's code; an international one with "org.".
            #expect(body.id.rawValue.hasPrefix((body.country?.rawValue.lowercased() ?? "org") + "."), "\(body.id)")
            // A comma in an unquoted YAML flow mapping cuts a name short: no name ends on a preposition.
            #expect(!["de", "des", "du", "pour", "l'éducation"].contains { body.name.hasSuffix(" " + $0) }, "\(body.name)")
        }
    }
}
