import CoopModel
import Testing

@testable import CoopExtract

/// The store's and the relation pass's shortcuts (session 16): evidence made after the last one
/// (`EvidenceMemo`), relations added by parts and the last answers kept (`RelationMemos`),
/// against the plain code they replace.
struct StoreSpeedPathTests {
    private static let texts = [
        "L'Algérie et la France ont signé un accord à Alger le 3 mars 2015. Il est entré en vigueur en 2016 ; un comité suit sa mise en œuvre.",
        "Le Ministère de la Santé coopère avec l'OMS. La JICA appuie ce projet.",
        "Une ligne sans point",
    ]

    /// Drafts over the spans and sentences of a few lines, in an order that repeats spans,
    /// sentences, line numbers and line texts (a line tokenized twice is another object).
    private static func drafts() -> [EvidenceDraft] {
        var interner = KeyInterner()
        var lines = texts.map { Tokenizer.tokenize($0, interner: &interner) }
        lines.append(Tokenizer.tokenize(texts[0], interner: &interner))
        var drafts: [EvidenceDraft] = []
        for (index, line) in lines.enumerated() {
            let count = line.tokens.count
            let sentences = [0..<count, 0..<min(count, 9), min(count, 9)..<count, 0..<0]
            for document in ["a.txt", "b.txt"] {
                for lineNumber in [index + 1, 7] {
                    for sentence in sentences where !sentence.isEmpty || count > 0 {
                        for first in stride(from: 0, to: count, by: 3) {
                            for end in [first + 1, min(count, first + 4)] {
                                let draft = EvidenceDraft(
                                    document: document, line: line, lineNumber: lineNumber, sentence: sentence, first: first, end: end)
                                drafts.append(draft)
                                drafts.append(draft)
                            }
                        }
                    }
                }
            }
        }
        return drafts
    }

    /// Each draft made after the one before it gives the evidence it makes alone, byte for byte.
    @Test func evidenceMadeAfterTheLastIsThePlainOne() {
        var memo = EvidenceMemo()
        var checked = 0
        for draft in Self.drafts() {
            let plain = draft.make()
            let made = draft.make(after: &memo)
            #expect(made == plain)
            #expect(Array(made.sentence.utf8) == Array(plain.sentence.utf8))
            #expect(Array(made.text.utf8) == Array(plain.text.utf8))
            checked += 1
        }
        #expect(checked > 1000)
    }

    /// Adding relations by parts leaves the store as adding the same `Relation`s does: repeats
    /// past saturation, properties and dates that add nothing or something, symmetric pairs,
    /// self-relations, and bodies put under another body.
    @Test func relationsByPartsAreThePlainOnes() {
        var interner = KeyInterner()
        let line = Tokenizer.tokenize(Self.texts[1], interner: &interner)
        let sectors: [String: PropertyValue] = ["sectors": .list([.string("sector.sante")])]
        let more: [String: PropertyValue] = ["sectors": .list([.string("sector.sante"), .string("sector.eau")]), "area": .string("x")]
        let started = [DatedRole(.started, PartialDate(year: 2015)!)]
        let proposals: [(RelationType, EntityID, EntityID, [String: PropertyValue], [DatedRole], Bool)] = [
            (.cooperatesWith, "DZ", "FR", [:], [], true), (.cooperatesWith, "FR", "DZ", sectors, [], true),
            (.cooperatesWith, "DZ", "FR", more, started, true), (.covers, "agr.x", "sector.sante", [:], [], false),
            (.underAuthorityOf, "dz.ms", "dz.gov", [:], [], false), (.underAuthorityOf, "dz.anpp", "DZ", [:], [], false),
            (.partyTo, "DZ", "agr.x", RoleProperties.party, [], false), (.partyTo, "DZ", "DZ", [:], [], false),
        ]
        var plain = CandidateStore()
        var byParts = CandidateStore()
        for lineNumber in 1...70 {
            for (offset, (type, from, to, properties, dates, symmetric)) in proposals.enumerated() {
                // Properties and dates only now and then, on full candidates too.
                let extra = lineNumber % 13 == offset % 13
                let draft = EvidenceDraft(
                    document: "note.txt", line: line, lineNumber: lineNumber, sentence: 0..<line.tokens.count, first: offset % 5,
                    end: offset % 5 + 2)
                let confidence = 0.4 + Double(lineNumber % 7) / 20
                plain.add(Relation(type: type, from: from, to: to, properties: extra ? properties : [:], dates: extra ? dates : []),
                          symmetric: symmetric, confidence: confidence, rule: "rule\(offset)", evidence: draft)
                byParts.add(type, from: from, to: to, properties: extra ? properties : [:], dates: extra ? dates : [],
                            symmetric: symmetric, confidence: confidence, rule: "rule\(offset)", evidence: draft)
            }
        }
        #expect(plain.relations == byParts.relations)
        #expect(plain.answersToABody("dz.ms") && byParts.answersToABody("dz.ms"))
        #expect(!plain.answersToABody("dz.anpp") && !byParts.answersToABody("dz.anpp"))
        let (plainEntities, plainRelations) = plain.sorted()
        let (partsEntities, partsRelations) = byParts.sorted()
        #expect(plainEntities == partsEntities)
        #expect(plainRelations == partsRelations)
        #expect(plainRelations.count == 5)
    }

    /// Each memo answers what the plain code answers, for runs of equal and changing inputs.
    @Test func relationMemosAnswerAsThePlainCode() throws {
        let sectors = [
            Lexicon.Sector(id: "sector.fiscalite", fr: "Fiscalité", forms: [], parent: "sector.finances"),
            Lexicon.Sector(id: "sector.finances", fr: "Finances", forms: []),
            Lexicon.Sector(id: "sector.eau", fr: "Eau", forms: []),
        ]
        let knowledge = try Support.graph([Entity(id: "sector.finances", type: .sector, names: Names(fr: "Finances"))])
        var lexicon = try Support.lexicon()
        lexicon.sectors = sectors
        let vocabulary = Vocabulary(lexicon: lexicon, knowledge: knowledge)
        let table = vocabulary.sectorParents
        #expect(table["sector.fiscalite"].map(\.id) == ["sector.finances"])
        var memos = RelationMemos()
        // The same texts in other storage too (built anew, so not the literals' values), and
        // more ids than the cache has slots.
        var asked: [EntityID] = ["sector.fiscalite", "sector.fiscalite", "sector.eau", "sector.fiscalite", "sector.finances", "x", "x"]
        asked += asked.map { EntityID(String("\($0.rawValue)!".dropLast())) }
        asked += (0..<200).map { EntityID("sector.\($0 % 70)") } + asked
        for sector in asked {
            let parents = memos.parents(of: sector, in: vocabulary)
            #expect(parents.map(\.entity) == table[sector])
            #expect(parents.map(\.known) == table[sector].map { knowledge.index(of: $0.id) != nil })
        }
        let fiscalite = memos.parents(of: "sector.fiscalite", in: vocabulary)
        #expect(fiscalite.map(\.entity.id) == ["sector.finances"])
        #expect(fiscalite.map(\.known) == [true])
        let kinds: [(String, String?)] = [("visit", nil), ("visit", nil), ("disaster", "flood"), ("disaster", "flood"), ("disaster", "fire"), ("visit", nil)]
        for (kind, hazard) in kinds {
            var plain: [String: PropertyValue] = ["kind": .string(kind)]
            if let hazard { plain["hazard"] = .string(hazard) }
            let properties = memos.eventProperties(kind: kind, hazard: hazard)
            #expect(properties == plain)
        }
        // Noted last only for the very last (agreement, kind) noted.
        let noted = [
            memos.isNotedLast("agr.a", kind: "accord"), memos.isNotedLast("agr.a", kind: "accord"),
            memos.isNotedLast("agr.a", kind: "protocole_accord"), memos.isNotedLast("agr.a", kind: "accord"),
            memos.isNotedLast("agr.b", kind: "accord"), memos.isNotedLast("agr.b", kind: "accord"),
        ]
        #expect(noted == [false, true, false, false, false, true])
    }

    /// `knowsSector` answers the KB's id table for every lexicon sector, asked in any order and
    /// again, with and without a KB.
    @Test func knownSectorsAreTheKnowledgeBases() throws {
        let lexicon = try Support.lexicon()
        let some = Array(lexicon.sectors.prefix(3))
        let knowledge = try Support.graph(some.map { Entity(id: $0.id, type: .sector, names: Names(fr: $0.fr)) })
        for graph in [knowledge, nil] {
            let vocabulary = Vocabulary(lexicon: lexicon, knowledge: graph)
            var memos = RelationMemos()
            let order = Array(vocabulary.sectorIDs.indices.reversed()) + Array(vocabulary.sectorIDs.indices)
            for index in order {
                let known = memos.knowsSector(at: index, in: vocabulary)
                #expect(known == (graph?.index(of: vocabulary.sectorIDs[index]) != nil))
            }
        }
    }
}
