import CoopModel
import Testing

@testable import CoopExtract

/// The store's feeders (session 23): a body's repeat handed over in place with its absorption
/// read at the merged position (`CandidateStore.addRepeat`), cooperation properties found by the
/// identity of their inputs (`CooperationProperties`), and a name's initials written as bytes
/// (`DocumentExtraction.initials(of:)`), each against the plain code it replaces.
struct StoreFeedSpeedTests {
    /// The initials as the plain loop wrote them: each content word's first `Character`.
    private static func plainInitials(of name: String) -> String {
        var initials = ""
        for token in Tokenizer.tokenize(name).tokens where token.kind == .word && !DocumentExtraction.connectors.contains(token) {
            if let first = token.key.first { initials.append(first) }
        }
        return initials
    }

    @Test func initialsAreThePlainOnes() throws {
        var names = try Support.fixtureLines().filter { !$0.tokens.isEmpty }.map { $0.text(tokens: 0, $0.tokens.count - 1) }
        names += [
            "Direction Générale de la Protection Civile", "Établissement Ômnium d'Études", "Ça ira", "e\u{301}cole a\u{300} Alger",
            "الديوان الوطني للإحصائيات", "x", "", "Office 2 de l'Eau", "Ñandú Ünion",
        ]
        for name in names { #expect(DocumentExtraction.initials(of: name) == Self.plainInitials(of: name), "\(name)") }
    }

    @Test func cooperationPropertiesAreThePlainOnes() throws {
        let vocabulary = Vocabulary(lexicon: try Support.lexicon(), knowledge: nil)
        let ids = Array(vocabulary.sectorIDs.prefix(12))
        // The same lists as the vocabulary's values, and as ids written anew (other values, the same texts).
        var lists: [[EntityID]] = [[]]
        for start in stride(from: 0, to: ids.count, by: 3) { lists.append(Array(ids[start..<min(ids.count, start + 3)])) }
        lists += lists.map { $0.map { EntityID(String(decoding: Array($0.rawValue.utf8), as: UTF8.self)) } }
        let areas: [String?] = [nil, "Coopération économique et commerciale", "santé", String(decoding: Array("santé".utf8), as: UTF8.self)]
        var memo = CooperationProperties()
        for round in 0..<3 {
            for sectors in round == 1 ? lists.reversed() : lists {
                for area in areas {
                    var plain: [String: PropertyValue] = [:]
                    if !sectors.isEmpty { plain["sectors"] = .list(sectors.map { .string($0.rawValue) }) }
                    if let area { plain["area"] = .string(area) }
                    let given = memo.of(sectors: sectors, area: area)
                    #expect(given == plain)
                    // The same inputs again: the same dictionary, in the same storage.
                    #expect(CandidateStore.sharesStorage(memo.of(sectors: sectors, area: area), given))
                }
            }
        }
    }

    @Test func addRepeatIsAddThenAbsorbs() throws {
        let line = Tokenizer.tokenize("Le Ministère de la Santé coopère avec l'OMS et la JICA ; l'OMS appuie ce projet.")
        let entities = [
            Entity(id: "dz.ms", type: .ministry, names: Names(fr: "Ministère de la Santé")),
            Entity(id: "org.oms", type: .organisation, names: Names(fr: "OMS"), acronyms: ["OMS"]),
            Entity(id: "jp.jica", type: .agency, names: Names(fr: "JICA"), properties: ["kind": .string("other")]),
        ]
        var fast = CandidateStore()
        var plain = CandidateStore()
        var absorptions = 0
        // Past 50 lines the candidates are full, and the repeats below their confidence absorbed.
        for round in 0..<70 {
            for (offset, entity) in entities.enumerated() {
                let draft = EvidenceDraft(
                    document: "a.txt", line: line, lineNumber: 1 + round, sentence: 0..<line.tokens.count, first: offset, end: offset + 2)
                let confidence = [0.6, 0.9, 0.7][(round + offset) % 3]
                if round == 0 {
                    fast.add(entity, confidence: confidence, rule: "r", existing: false, evidence: draft)
                    plain.add(entity, confidence: confidence, rule: "r", existing: false, evidence: draft)
                    continue
                }
                let absorbed = fast.addRepeat(entity, confidence: confidence, rule: "r\(round)", existing: false, evidence: draft)
                plain.add(entity, confidence: confidence, rule: "r\(round)", existing: false, evidence: draft)
                #expect(absorbed == plain.absorbs(entity, confidence: confidence))
                if absorbed { absorptions += 1 }
            }
        }
        #expect(absorptions > 0)
        #expect(fast.entities == plain.entities)
    }
}
