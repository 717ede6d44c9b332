import CoopModel
import Testing

@testable import CoopExtract

/// `StringNumbers` (identity look-up first), `MentionCounts` over it and `ResolvedInstitutions`,
/// each against a plain dictionary or list as the oracle.
struct StoreNumberingTests {
    /// The same text in a new `String` value (other storage for a long text).
    private static func copy(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }

    @Test func equalTextsGetEqualNumbersWhateverTheirStorage() {
        var numbers = StringNumbers()
        var oracle: [String: Int32] = [:]
        // Short (inline) and long (heap) texts, each asked as the same value and as a copy, and
        // more of them than the identity table keeps, so it is emptied on the way.
        let texts = (0..<12_000).map { $0 % 3 == 0 ? "s\($0)" : "org.une-institution-au-nom-assez-long-\($0)" }
        for round in 0..<2 {
            for text in texts {
                let asked = round == 0 ? text : Self.copy(text)
                let number = numbers.number(asked)
                if let expected = oracle[text] { #expect(number == expected) } else { oracle[text] = number }
                #expect(numbers.existingNumber(Self.copy(text)) == oracle[text])
                #expect(numbers.string(number) == text)
            }
        }
        #expect(Set(oracle.values).count == texts.count)
        #expect(numbers.count == texts.count)
        #expect(numbers.existingNumber("never seen") == nil)
    }

    @Test func ranksFollowTheOrderOfTheTexts() {
        var numbers = StringNumbers()
        let texts = ["dz", "fr", "Égypte", "dz.ministere", "cooperates_with", "a", "z", "dz.ambassade-algerie-france-paris"]
        for text in texts { _ = numbers.number(text) }
        let ranks = numbers.ranks()
        for left in texts {
            for right in texts {
                let (l, r) = (numbers.existingNumber(left)!, numbers.existingNumber(right)!)
                #expect((ranks[Int(l)] < ranks[Int(r)]) == (left < right))
            }
        }
    }

    @Test func mentionCountsAgreeWithADictionary() {
        var counts = MentionCounts()
        var oracle: [EntityID: (count: Int, order: Int)] = [:]
        func expected() -> EntityID? {
            oracle.filter { $0.value.count > 0 }.min { ($1.value.count, $0.value.order) < ($0.value.count, $1.value.order) }?.key
        }
        var state: UInt64 = 42
        for step in 0..<3_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let id = EntityID("org.body-\(Int(state >> 33) % 40)")
            if step % 7 == 3 {
                // Set, sometimes down: the running maximum goes stale and is recomputed.
                let value = Int(state >> 40) % 5
                counts[id, default: 0] = value
                if oracle[id] == nil { oracle[id] = (value, oracle.count) } else { oracle[id]!.count = value }
            } else {
                let first = counts.increment(id)
                #expect(first == (oracle[id] == nil))
                if oracle[id] == nil { oracle[id] = (1, oracle.count) } else { oracle[id]!.count += 1 }
            }
            #expect(counts[id] == oracle[id]?.count)
            #expect(counts.mostCounted == expected())
        }
    }

    @Test func resolvedInstitutionsFindTheSameWordsAcronymAndTypeOnly() {
        var resolved = ResolvedInstitutions()
        var interner = KeyInterner()
        let line = Tokenizer.tokenize("Agence nationale de l'Emploi - Agence nationale-de l'emploi ; Agence nationale", interner: &interner)
        // Tokens: 0 Agence 1 nationale 2 de 3 l 4 ' 5 Emploi 6 - 7 Agence 8 nationale 9 - 10 de 11 l 12 ' 13 emploi …
        let first = 0..<6
        let hyphenated = 7..<14
        let shorter = 15..<17
        let entity = Entity(id: "dz.anem", type: .agency, names: Names(fr: "Agence nationale de l'Emploi"))
        #expect(resolved.find(line, first, acronym: "ANEM", type: .agency) == nil)
        resolved.record(entity, existing: false, replacing: nil, line, first, acronym: "ANEM", type: .agency)
        // Hyphens are left out, as the joined key left them out.
        #expect(resolved.find(line, hyphenated, acronym: "ANEM", type: .agency) == 0)
        #expect(resolved.find(line, first, acronym: nil, type: .agency) == nil)
        #expect(resolved.find(line, first, acronym: "ANEM", type: .ministry) == nil)
        #expect(resolved.find(line, shorter, acronym: "ANEM", type: .agency) == nil)
        let other = Entity(id: "dz.anem-2", type: .agency, names: Names(fr: "Agence nationale de l'emploi"))
        resolved.record(other, existing: true, replacing: 0, line, hyphenated, acronym: "ANEM", type: .agency)
        #expect(resolved.entries.count == 1)
        #expect(resolved.entries[0].entity.id == "dz.anem-2" && resolved.entries[0].existing)
        // Many names: the table grows and still finds each.
        let words = (0..<300).map { "mot\($0)" }.joined(separator: " ")
        let long = Tokenizer.tokenize(words, interner: &interner)
        for index in 0..<299 {
            resolved.record(entity, existing: false, replacing: nil, long, index..<(index + 2), acronym: nil, type: .agency)
        }
        for index in 0..<299 { #expect(resolved.find(long, index..<(index + 2), acronym: "", type: .agency) == index + 1) }
    }
}
