@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// The relation pass's per-sentence gates against the plain tests they stand for.
struct RelationGateTests {
    /// `mayStateAuthority`, counting in place, says what the rules' own conditions say: two
    /// bodies with ids, or one and a country named by its adjective. Every list of up to four
    /// mentions drawn from the kinds that matter (and one that does not).
    @Test func authorityGateIsThePlainTest() {
        let kinds: [Mention] = [
            Mention(kind: .institution, id: EntityID("dz.mf"), first: 0, end: 1),
            Mention(kind: .institution, id: EntityID(""), first: 0, end: 1),
            Mention(kind: .country, id: EntityID("FR"), first: 0, end: 1, adjective: true),
            Mention(kind: .country, id: EntityID("FR"), first: 0, end: 1),
            Mention(kind: .sector, id: EntityID("sector.energy"), first: 0, end: 1),
        ]
        var lists: [[Mention]] = [[]]
        var longest: [[Mention]] = [[]]
        for _ in 1...4 {
            longest = longest.flatMap { list in kinds.map { list + [$0] } }
            lists += longest
        }
        #expect(lists.count == 1 + 5 + 25 + 125 + 625)
        for list in lists {
            let bodies = list.filter { $0.kind == .institution && !$0.id.rawValue.isEmpty }
            let demonym = list.contains { $0.kind == .country && $0.adjective }
            let plain = bodies.count >= 2 || !bodies.isEmpty && demonym
            #expect(DocumentExtraction.mayStateAuthority(list) == plain, "\(list.map(\.kind))")
        }
    }

    /// `RelationCueTable.bits` gives, for each list, what that list's own scan gives. This is
    /// checked on every line of every fixture, for the whole line and for each half of it.
    @Test func cueBitsAreThePlainScans() throws {
        let files = try FileManager.default.contentsOfDirectory(at: Support.fixtures, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
        var interner = KeyInterner()
        var lines = 0
        var hits = 0
        for file in files {
            for text in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                let tokens = Tokenizer.tokenize(String(text), interner: &interner).tokens
                let middle = tokens.count / 2
                for range in [0..<tokens.count, 0..<middle, middle..<tokens.count] {
                    let bits = RelationCueTable.shared.bits(of: tokens, in: range)
                    for cue in RelationCue.allCases {
                        let plain = cue.words.containsAny(of: tokens, in: range)
                        #expect((bits & 1 << UInt64(cue.rawValue) != 0) == plain, "\(cue): \(text)")
                        if plain { hits += 1 }
                    }
                }
                lines += 1
            }
        }
        #expect(lines > 100)
        #expect(hits > 50)
    }
}
