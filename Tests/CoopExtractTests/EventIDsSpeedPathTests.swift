@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// Event ids and names written once per distinct parts (`EventIDs`), and new strings numbered
/// with one hash (`StringNumbers.number`), against writing and numbering them afresh.
struct EventIDsSpeedPathTests {
    /// Parts to write ids and names from: with and without a date, a qualifier and places, a
    /// hazard with an underscore, a non-ASCII word.
    static func parts() throws -> [(name: String, kind: String, date: PartialDate?, qualifier: String?, places: [EntityID])] {
        let dates: [PartialDate?] = [nil, try PartialDate(parsing: "2019"), try PartialDate(parsing: "2021-04-03")]
        var parts: [(name: String, kind: String, date: PartialDate?, qualifier: String?, places: [EntityID])] = []
        for date in dates {
            for (name, kind) in [("réunion", "other"), ("séisme", "earthquake"), ("visites", "visit"), ("feux de forêt", "forest_fire")] {
                for qualifier in [nil, "ministérielles"] {
                    for places: [EntityID] in [[], ["place.dz.alger"], ["place.dz.oran", "DZ"], ["place.saint_denis"]] {
                        parts.append((name, kind, date, qualifier, places))
                    }
                }
            }
        }
        return parts
    }

    /// Each parts asked twice, in one reading that keeps what it wrote, gets the id and name a
    /// fresh reading writes for them alone.
    @Test func repeatsGetWhatAFreshReadingWrites() throws {
        let vocabulary = Vocabulary(lexicon: try Support.lexicon(), knowledge: nil)
        var kept = DocumentExtraction(vocabulary: vocabulary, document: "test", homeCountry: nil)
        let all = try Self.parts()
        for part in all + all.reversed() {
            var fresh = DocumentExtraction(vocabulary: vocabulary, document: "test", homeCountry: nil)
            let plain = fresh.eventIDAndName(name: part.name, kind: part.kind, date: part.date, qualifier: part.qualifier, places: part.places)
            let memo = kept.eventIDAndName(name: part.name, kind: part.kind, date: part.date, qualifier: part.qualifier, places: part.places)
            #expect(memo.id == plain.id && memo.name == plain.name, "\(part)")
        }
    }

    /// An entry is used only for the same parts and the same place names.
    @Test func anEntryAnswersItsPartsAndPlaceNamesOnly() {
        var ids = EventIDs()
        let parts = EventIDs.Parts(date: nil, kind: "other", qualifier: nil, places: ["place.dz.alger"], name: "réunion")
        ids.note(parts, id: "evt.nd.other-alger", name: "Réunion (Alger)", placeNames: ["Alger"])
        #expect(ids.find(parts, placeNames: ["Alger"])?.name == "Réunion (Alger)")
        #expect(ids.find(parts, placeNames: ["place.dz.alger"]) == nil)
        var other = parts
        other.qualifier = "ministérielle"
        #expect(ids.find(other, placeNames: ["Alger"]) == nil)
    }

    /// Numbers count up in the order texts are first met, whatever their storage, and each
    /// number gives back its text, as with a dictionary filled by look-up then store.
    @Test func newTextsAreNumberedInOrder() {
        var numbers = StringNumbers()
        var plain: [String: Int32] = [:]
        for round in 0..<3 {
            for index in 0..<3000 {
                let text = index % 5 == 0 ? "évt.\(index % 700).long enough for heap storage" : "id.\(index % 900)"
                // A copy in new storage each round: found by its text, not its identity.
                let copy = round == 0 ? text : String(decoding: Array(text.utf8), as: UTF8.self)
                let expected = plain[copy] ?? Int32(plain.count)
                plain[copy] = expected
                #expect(numbers.number(copy) == expected)
                #expect(numbers.string(expected) == copy)
            }
        }
        #expect(numbers.count == plain.count)
    }
}
