import CoopModel
import Testing

@testable import CoopExtract

/// The store's citations kept in order (session 17): `addSource(_:to:inOrder:)` against the plain
/// search, and whole stores fed the same proposals through the store's two relation paths.
struct CitationOrderTests {
    /// A reproducible stream of numbers (a linear congruential generator).
    private struct Numbers {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
    }

    /// Citations mostly at rising lines of one document, with repeats, earlier lines, other
    /// documents and citations without a line mixed in.
    private static func citations(seed: UInt64, count: Int) -> [SourceRef] {
        var numbers = Numbers(state: seed)
        var line = 1
        var citations: [SourceRef] = []
        for _ in 0..<count {
            switch numbers.next(10) {
            case 0: citations.append(SourceRef(document: "b.txt", line: line))
            case 1: citations.append(SourceRef(document: "a.txt", line: max(1, line - numbers.next(5))))
            case 2: citations.append(SourceRef(document: "a.txt"))
            case 3: citations.append(SourceRef(document: "a.txt", line: line))
            default:
                line += 1 + numbers.next(3)
                citations.append(SourceRef(document: "a.txt", line: line))
            }
        }
        return citations
    }

    /// The same list as the plain search gives, and the order flag true only for a list in order.
    @Test(arguments: 0..<200)
    func citationsInOrderAreThePlainOnes(seed: Int) {
        var plain: [SourceRef] = []
        var fast: [SourceRef] = []
        var inOrder = true
        // Up to 80 citations, past the limit of 50, so that a full list is met too.
        for source in Self.citations(seed: UInt64(seed), count: 20 + seed % 60) {
            CandidateStore.addSource(source, to: &plain)
            CandidateStore.addSource(source, to: &fast, inOrder: &inOrder)
            #expect(fast == plain)
            if inOrder { #expect(CandidateStore.citedInOrder(fast)) }
        }
    }

    /// The radix order is the comparison sort's, ties kept in their order, on keys of few and of
    /// many distinct values and on packed ranks.
    @Test(arguments: [0, 1, 2, 7, 300, 5_000])
    func radixOrderIsTheComparisonOrder(count: Int) {
        var numbers = Numbers(state: UInt64(count) + 3)
        let spreads: [(Int) -> UInt64] = [
            { _ in UInt64(numbers.next(4)) },
            { _ in UInt64(numbers.next(1 << 21)) << 42 | UInt64(numbers.next(1 << 21)) << 21 | UInt64(numbers.next(1 << 21)) },
            { _ in UInt64(numbers.next(1 << 30)) << 33 | UInt64(numbers.next(1 << 30)) },
            { _ in 42 },
        ]
        for spread in spreads {
            let keys = (0..<count).map(spread)
            #expect(CandidateStore.order(keys) == CandidateStore.plainOrder(keys))
        }
    }

    /// Ranks read by the first eight bytes of ASCII texts are the ranks of comparing the texts.
    @Test func ranksByHeadsAreThePlainRanks() {
        var texts = ["", "a", "ab", "abcdefgh", "abcdefghi", "abcdefgg", "abcdefgh\u{0}", "a\u{0}", "Égypte", "egypte", "dz.ministere",
                     "dz.ministère", "evt.1990-01-07.other-madrid", "evt.1990-01-07.other-alger", "Z", "zz", "cooperates_with"]
        var numbers = Numbers(state: 11)
        for _ in 0..<2_000 {
            let letters = (0..<(1 + numbers.next(14))).map { _ in Character(Unicode.Scalar(UInt8(0x2D + numbers.next(0x50)))) }
            texts.append(String(letters) + (numbers.next(20) == 0 ? "é" : ""))
        }
        // Ids that share their first eight bytes or more, as event ids do, compared by their bytes.
        for _ in 0..<500 {
            let prefix = ["evt.1990-01-07.", "evt.1990-01-07.o", "evt.1990-01", "dz.minist", "dz.ministere-"][numbers.next(5)]
            let letters = (0..<numbers.next(8)).map { _ in Character(Unicode.Scalar(UInt8(0x2D + numbers.next(0x50)))) }
            texts.append(prefix + String(letters) + (numbers.next(30) == 0 ? "è" : ""))
        }
        var strings = StringNumbers()
        for text in texts { _ = strings.number(text) }
        #expect(strings.ranks() == strings.plainRanks())
    }

    /// An event id's parts dashed one by one, after a "-" each, are the whole dashed at once.
    @Test func partsDashedOneByOneAreTheWholeDashed() {
        let parts = ["joint_commission_session", "other", "visite_d_etat", "é_a", "a_\u{301}", "\u{301}_x", "_", "", "alger", "sidi_bel_abbes"]
        for first in parts {
            for second in parts {
                for third in parts {
                    var dashed = "evt.2019."
                    DocumentExtraction.appendDashed(first, to: &dashed)
                    for part in [second, third] {
                        dashed += "-"
                        DocumentExtraction.appendDashed(part, to: &dashed)
                    }
                    let whole = "evt.2019." + DocumentExtraction.underscoresToDashes(first + "-" + second + "-" + third)
                    #expect(Array(dashed.utf8) == Array(whole.utf8))
                }
            }
        }
    }

    /// A store fed relations as values and one fed the same relations by parts hold the same
    /// candidates, and the same bodies answer to a body.
    @Test func relationsByPartsAndByValueMakeTheSameStore() throws {
        var interner = KeyInterner()
        let line = Tokenizer.tokenize("Le Ministère de la Santé coopère avec l'OMS et la JICA.", interner: &interner)
        let ids: [EntityID] = ["dz", "fr", "dz.ms", "org.oms", "jp.jica"]
        let types: [RelationType] = [.cooperatesWith, .underAuthorityOf, .partyTo]
        let sectors: [String: PropertyValue] = ["sectors": .list([.string("sante")])]
        var byValue = CandidateStore()
        var byParts = CandidateStore()
        var numbers = Numbers(state: 7)
        for step in 0..<3_000 {
            let type = types[numbers.next(types.count)]
            let (from, to) = (ids[numbers.next(ids.count)], ids[numbers.next(ids.count)])
            let properties = numbers.next(3) == 0 ? sectors : [:]
            let dates = numbers.next(4) == 0 ? [DatedRole(.started, try #require(PartialDate(year: 1990 + step % 7)))] : []
            let symmetric = type == .cooperatesWith
            let confidence = Double(numbers.next(10)) / 10
            let evidence = EvidenceDraft(
                document: step % 500 == 0 ? "b.txt" : "a.txt", line: line, lineNumber: step / 3 - numbers.next(4), sentence: 0..<line.tokens.count,
                first: 0, end: 1 + numbers.next(4))
            byValue.add(Relation(type: type, from: from, to: to, properties: properties, dates: dates), symmetric: symmetric,
                        confidence: confidence, rule: "rule \(step % 5)", evidence: evidence)
            byParts.add(type, from: from, to: to, properties: properties, dates: dates, symmetric: symmetric,
                        confidence: confidence, rule: "rule \(step % 5)", evidence: evidence)
        }
        #expect(byValue.relations == byParts.relations)
        #expect(!byValue.relations.isEmpty)
        for id in ids { #expect(byValue.answersToABody(id) == byParts.answersToABody(id)) }
        #expect(ids.contains { byParts.answersToABody($0) })
    }
}
