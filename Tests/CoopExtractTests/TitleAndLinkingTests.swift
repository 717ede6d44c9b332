import CoopExtract
import CoopModel
import Testing

/// Bodies named through a title of office, a letterhead's hierarchy, a demonym, or a longer
/// wording of a KB name.
struct TitleAndLinkingTests {
    @Test func aTitleOfOfficeNamesItsBody() throws {
        let text = "Un accord a été signé entre le Ministre de la Justice et le Ministre tunisien de la Santé."
        let extraction = try Support.extract(text)
        let names = Set(extraction.entities(ofType: .ministry).map(\.names.fr))
        #expect(names == ["Ministère de la Justice", "Ministère tunisien de la Santé"])
        let tunisian = try #require(extraction.entities(ofType: .ministry).first { $0.names.fr.contains("tunisien") })
        #expect(extraction.has(.underAuthorityOf, tunisian.id, "TN"))
        #expect(extraction.entities.contains { $0.review.rule == "org.title" })
    }

    @Test func aTitleIsLinkedToTheKnowledgeBaseAsWritten() throws {
        let known = Entity(id: "ma.se-eau", type: .ministry, names: Names(fr: "Secrétariat d'État chargé de l'Eau"),
                           aliases: ["Secrétaire d'État chargée de l'eau"])
        let extraction = try Support.extract("Elle a reçu la secrétaire d'Etat marocaine chargée de l'eau en mai 2016.", knowledge: try Support.graph([known]))
        #expect(extraction.entity("ma.se-eau") != nil)
    }

    @Test func aKnownBodyIsFoundUnderALongerWording() throws {
        let known = Entity(id: "jb.dz-tn.transport", type: .jointBody, names: Names(fr: "Commission mixte algéro-tunisienne des transports"),
                           aliases: ["Commission mixte des transports routiers"])
        let kb = try Support.graph([known])
        let text = "La commission mixte chargée des questions de transports routiers s'est réunie à Tunis."
        let extraction = try Support.extract(text, knowledge: kb)
        #expect(extraction.entity("jb.dz-tn.transport") != nil)
        // Not when a content word of every KB name is missing.
        let other = try Support.extract("La commission mixte de la pêche s'est réunie.", knowledge: kb)
        #expect(other.entity("jb.dz-tn.transport") == nil)
    }

    @Test func aLetterheadLineAnswersToTheLineAbove() throws {
        let text = "Ministère de la Formation Professionnelle\nDirection de la Coopération Internationale\n\nLa coopération se poursuit."
        let extraction = try Support.extract(text)
        let ministry = try #require(extraction.entities(ofType: .ministry).first)
        let direction = try #require(extraction.entities(ofType: .agency).first)
        #expect(extraction.has(.underAuthorityOf, direction.id, ministry.id))
        // In running text two bodies on one line say nothing of the kind.
        let prose = try Support.extract("La Direction de la Pêche et l'Office National de la Météorologie ont signé une convention en 2010.")
        #expect(!prose.relations.contains { $0.review.rule == "org.letterhead" })
    }

    @Test func aDemonymBeforeABodyGivesItsCountry() throws {
        let extraction = try Support.extract("Des responsables italiens de l'Institut Supérieur de Santé ont visité Oran en mars 2019.")
        let institute = try #require(extraction.entities(ofType: .agency).first)
        #expect(extraction.has(.underAuthorityOf, institute.id, "IT"))
    }
}
