@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// Place ids take the knowledge base's form, "place.<country code>.<name>": the same town gets
/// the same id whether it came from the lexicon, the KB or the text around it, and an event's id
/// names the town the same way whichever it was.
struct PlaceIDTests {
    /// Every lexicon place in a country has the KB's form of id, its code the country's.
    @Test func lexiconPlacesCarryTheirCountryCode() throws {
        let places = try Support.lexicon().places
        #expect(places.count > 300)
        for place in places {
            guard let country = place.country else {
                // A region across countries (Afrique, Sahel): no code.
                #expect(place.id.rawValue.split(separator: ".").count == 2, "\(place.id)")
                continue
            }
            let parts = place.id.rawValue.split(separator: ".", omittingEmptySubsequences: false)
            #expect(parts.count == 3 && parts[0] == "place" && parts[1] == country.rawValue.lowercased(), "\(place.id) in \(country)")
        }
    }

    /// A place of the shipped KB that the lexicon also names has one id in both.
    @Test func lexiconAndKnowledgeBaseAgreeOnIDs() throws {
        let knowledge = try KnowledgeFiles.load(directory: Support.root.appendingPathComponent("Data")).graph()
        let byName = Dictionary(try Support.lexicon().places.map { (NameKey.make($0.fr), $0.id) }, uniquingKeysWith: { first, _ in first })
        var shared = 0
        for index in knowledge.indices(ofType: .place) {
            let entity = knowledge.entity(at: index)
            guard let id = byName[NameKey.make(entity.names.fr)] else { continue }
            shared += 1
            #expect(id == entity.id, "\(entity.names.fr): lexicon \(id), KB \(entity.id)")
        }
        #expect(shared >= 3)
    }

    /// A town of the lexicon, with and without the KB: the same place id, the same event id.
    @Test func theSameTownHasOneIDWithOrWithoutTheKnowledgeBase() throws {
        let text = "La 5e session de la commission mixte s'est tenue à Oran les 3 et 4 mars 2024."
        let knowledge = try KnowledgeFiles.load(directory: Support.root.appendingPathComponent("Data")).graph()
        let alone = try Support.extract(text, home: "DZ")
        let linked = try Support.extract(text, knowledge: knowledge, home: "DZ")
        #expect(alone.entities(ofType: .place).map(\.id) == ["place.dz.oran"])
        #expect(linked.entities(ofType: .place).map(\.id) == ["place.dz.oran"])
        let events = alone.entities(ofType: .event).map(\.id.rawValue)
        #expect(events.count == 1 && events == linked.entities(ofType: .event).map(\.id.rawValue))
        #expect(events.allSatisfy { $0.hasSuffix("-oran") })
    }

    /// A place the lexicon does not know takes its country's code when the text gives the
    /// country ("Puebla-Mexique", a wilaya), and none otherwise.
    @Test func aPlaceReadFromItsContextTakesTheCodeOfAKnownCountry() throws {
        let wilaya = try Support.extract("Le projet pilote couvre la wilaya de Naâma depuis 2022.", home: "DZ")
        #expect(wilaya.entities(ofType: .place).map(\.id) == ["place.dz.naama"])
        #expect(wilaya.has(.locatedIn, "place.dz.naama", "DZ"))
        let potsdam = try Support.extract("Le séminaire s'est tenu à Potsdam en 2021.", home: "DZ")
        #expect(potsdam.entities(ofType: .place).map(\.id) == ["place.potsdam"])
    }

    /// The name part of a place id, for event ids.
    @Test func aPlaceIDsNamePart() {
        #expect(DocumentExtraction.placeName(ofID: "place.dz.oran") == "oran")
        #expect(DocumentExtraction.placeName(ofID: "place.oran") == "oran")
        #expect(DocumentExtraction.placeName(ofID: "place.le-caire") == "le-caire")
        #expect(DocumentExtraction.placeName(ofID: "place.eg.le-caire") == "le-caire")
        #expect(DocumentExtraction.placeName(ofID: "place.ba") == "ba")
        #expect(DocumentExtraction.placeName(ofID: "DZ") == "DZ")
    }
}
