@testable import CoopExtract
import CoopModel
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
}
