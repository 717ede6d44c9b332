import CoopModel
import Testing

@testable import CoopExtract

/// `CandidateStore` skips a bare repeat of a candidate whose evidence and citations are full;
/// a repeat that brings anything else must still be merged.
struct SaturationTests {
    private static func evidence(_ line: Int) -> Evidence {
        Evidence(document: "note.txt", line: line, start: 0, end: 4, text: "Test", sentence: "Test \(line).")
    }

    /// A store holding one entity and one relation, each repeated on 60 lines: full.
    private static func fullStore() -> CandidateStore {
        var store = CandidateStore()
        for line in 1...60 {
            store.add(Entity(id: "org.test", type: "organisation", names: Names(fr: "Test")), confidence: 0.5, rule: "first",
                      existing: false, source: SourceRef(document: "note.txt", line: line), evidence: evidence(line))
            store.add(Relation(type: "cooperates_with", from: "DZ", to: "FR"), symmetric: true, confidence: 0.5, rule: "first",
                      source: SourceRef(document: "note.txt", line: line), evidence: evidence(line))
        }
        return store
    }

    @Test func aFullEntityStillTakesANameAnAcronymAHigherConfidenceAndADate() throws {
        var store = Self.fullStore()
        let before = try #require(store.entities["org.test"])
        #expect(before.review.evidence.count == CandidateStore.evidenceLimit)
        #expect(before.entity.sources.count == CandidateStore.citationLimit)
        let source = SourceRef(document: "note.txt", line: 61)
        // A bare repeat changes nothing.
        store.add(Entity(id: "org.test", type: "organisation", names: Names(fr: "Test")), confidence: 0.5, rule: "bare",
                  existing: false, source: source, evidence: Self.evidence(61))
        #expect(store.entities["org.test"] == before)
        store.add(Entity(id: "org.test", type: "organisation", names: Names(fr: "Autre nom")), confidence: 0.5, rule: "name",
                  existing: false, source: source, evidence: Self.evidence(61))
        store.add(Entity(id: "org.test", type: "organisation", names: Names(fr: "Test"), acronyms: ["TST"]), confidence: 0.5,
                  rule: "acronym", existing: false, source: source, evidence: Self.evidence(61))
        store.add(Entity(id: "org.test", type: "organisation", names: Names(fr: "Test")), confidence: 0.9, rule: "surer",
                  existing: false, source: source, evidence: Self.evidence(61))
        let date = DatedRole(.created, try #require(PartialDate(year: 2001)))
        store.add(Entity(id: "org.test", type: "organisation", names: Names(fr: "Test"), dates: [date]), confidence: 0.5,
                  rule: "dated", existing: false, source: source, evidence: Self.evidence(61))
        store.add(Entity(id: "org.test", type: "organisation", names: Names(fr: "Test"), properties: ["kind": .string("office")]),
                  confidence: 0.5, rule: "kind", existing: false, source: source, evidence: Self.evidence(61))
        let after = try #require(store.entities["org.test"])
        #expect(after.entity.aliases == ["Autre nom"])
        #expect(after.entity.acronyms == ["TST"])
        #expect(after.review.confidence == 0.9)
        #expect(after.review.rule == "surer")
        #expect(after.entity.dates == [date])
        #expect(after.entity.properties["kind"] == .string("office"))
        #expect(after.review.evidence == before.review.evidence)
        #expect(after.entity.sources == before.entity.sources)
    }

    @Test func aFullRelationStillTakesADatePropertiesAndAHigherConfidence() throws {
        var store = Self.fullStore()
        let key = RelationKey(type: "cooperates_with", from: "DZ", to: "FR")
        let before = try #require(store.relations[key])
        let source = SourceRef(document: "note.txt", line: 61)
        store.add(Relation(type: "cooperates_with", from: "FR", to: "DZ"), symmetric: true, confidence: 0.4, rule: "bare",
                  source: source, evidence: Self.evidence(61))
        #expect(store.relations[key] == before)
        let date = DatedRole(.started, try #require(PartialDate(year: 1999)))
        store.add(Relation(type: "cooperates_with", from: "FR", to: "DZ", dates: [date]), symmetric: true, confidence: 0.4,
                  rule: "dated", source: source, evidence: Self.evidence(61))
        store.add(Relation(type: "cooperates_with", from: "DZ", to: "FR", properties: ["sectors": .list([.string("sante")])]),
                  symmetric: true, confidence: 0.4, rule: "sectors", source: source, evidence: Self.evidence(61))
        store.add(Relation(type: "cooperates_with", from: "DZ", to: "FR"), symmetric: true, confidence: 0.8, rule: "surer",
                  source: source, evidence: Self.evidence(61))
        let after = try #require(store.relations[key])
        #expect(after.relation.dates == [date])
        #expect(after.relation.properties["sectors"] == .list([.string("sante")]))
        #expect(after.review.confidence == 0.8)
        #expect(after.review.rule == "surer")
        #expect(after.relation.sources == before.relation.sources)
    }

    /// A full candidate that already has what a repeat brings (acronyms, dated roles, property
    /// names, listed sectors) is left as it is; one more acronym, role, property or sector is still merged.
    @Test func aRepeatOfWhatAFullCandidateHasChangesNothing() throws {
        var store = Self.fullStore()
        let source = SourceRef(document: "note.txt", line: 61)
        let created = DatedRole(.created, try #require(PartialDate(year: 2001)))
        let entity = Entity(id: "org.test", type: "organisation", names: Names(fr: "Test"), acronyms: ["TST"],
                            properties: ["kind": .string("office")], dates: [created])
        store.add(entity, confidence: 0.5, rule: "full", existing: false, source: source, evidence: Self.evidence(61))
        let full = try #require(store.entities["org.test"])
        // The same facts again, a later date of the same role and another value of the same property: nothing changes.
        let later = DatedRole(.created, try #require(PartialDate(year: 2005)))
        var again = entity
        again.dates = [later]
        again.properties = ["kind": .string("agency")]
        for repeated in [entity, again] {
            store.add(repeated, confidence: 0.5, rule: "again", existing: false, source: SourceRef(document: "note.txt", line: 62),
                      evidence: Self.evidence(62))
            #expect(store.entities["org.test"] == full)
        }
        var more = entity
        more.acronyms = ["TST", "TS"]
        more.properties["scope"] = .string("national")
        store.add(more, confidence: 0.5, rule: "more", existing: false, source: source, evidence: Self.evidence(63))
        let after = try #require(store.entities["org.test"])
        #expect(after.entity.acronyms == ["TST", "TS"])
        #expect(after.entity.properties["scope"] == .string("national"))

        let key = RelationKey(type: "cooperates_with", from: "DZ", to: "FR")
        let started = DatedRole(.started, try #require(PartialDate(year: 1999)))
        let relation = Relation(type: "cooperates_with", from: "DZ", to: "FR",
                                properties: ["sectors": .list([.string("sante"), .string("eau")]), "area": .string("santé")], dates: [started])
        store.add(relation, symmetric: true, confidence: 0.4, rule: "full", source: source, evidence: Self.evidence(61))
        let fullRelation = try #require(store.relations[key])
        var fewer = relation
        fewer.properties = ["sectors": .list([.string("eau")]), "area": .string("eau")]
        for repeated in [relation, fewer] {
            store.add(repeated, symmetric: true, confidence: 0.4, rule: "again", source: source, evidence: Self.evidence(62))
            #expect(store.relations[key] == fullRelation)
        }
        var another = relation
        another.properties = ["sectors": .list([.string("eau"), .string("energie")])]
        store.add(another, symmetric: true, confidence: 0.4, rule: "sector", source: source, evidence: Self.evidence(63))
        #expect(try #require(store.relations[key]).relation.properties["sectors"] == .list([.string("sante"), .string("eau"), .string("energie")]))
    }
}
