@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// The speed paths of extraction against the plain code they replace: each must give the same
/// answer as its oracle (the `Tree` writer, the uncached Unicode look-ups, a linear scan, re-adding).
struct FastPathTests {
    // MARK: Review writer

    /// Candidates shaped to reach every branch of the writer: other languages, aliases, nested
    /// property lists, notes, dates, escapes, a review without evidence.
    private func awkwardDocument() -> ReviewDocument {
        let evidence = Evidence(document: "a \"b\".txt", line: 3, start: 2, end: 9, text: "l’Italie\tet", sentence: "Line\nbreak \\ and \u{2028} é")
        var entity = Entity(
            id: "it", type: .country, names: Names(fr: "Italie", en: "Italy", ar: "إيطاليا"), aliases: ["l'Italie", "Italia"],
            acronyms: ["IT"], properties: ["scope": .string("bilateral"), "count": .int(3), "open": .bool(true), "sectors": .list([.string("a"), .int(1)])],
            dates: [DatedRole(.signed, PartialDate(year: 2001, month: 6)!), DatedRole(.held, PartialDate(year: 1999)!)],
            sources: [SourceRef(document: "a.txt", line: 3), SourceRef(document: "b.txt")], note: "a \"note\"")
        let plain = Entity(id: "dz.x", type: .agency, names: Names(fr: "Agence X"))
        var nested = Relation(type: .cooperatesWith, from: "dz", to: "it", properties: ["grid": .list([.list([.string("x")]), .string("y")]), "area": .string("eau")])
        nested.note = "n"
        nested.dates = [DatedRole(.started, PartialDate(year: 2009)!)]
        let bare = Relation(type: .covers, from: "agr.1", to: "sec.eau")
        entity.sources.append(SourceRef(document: "c.txt", line: 1))
        return ReviewDocument(
            entities: [
                CandidateEntity(entity: entity, review: Review(id: "c0001", status: .accepted, confidence: 0.925, rule: "country.name", existing: true, evidence: [evidence, evidence])),
                CandidateEntity(entity: plain, review: Review(id: "c0002", confidence: 1, rule: "org.head", evidence: [])),
            ],
            relations: [
                CandidateRelation(relation: nested, review: Review(id: "c0003", status: .rejected, confidence: 0.5, rule: "cooperation.partner", evidence: [evidence])),
                CandidateRelation(relation: bare, review: Review(id: "c0004", confidence: 0, rule: "agreement.sector", evidence: [])),
            ])
    }

    @Test(arguments: ReviewDocument.Format.allCases)
    func writerMatchesTreeOnAwkwardCandidates(format: ReviewDocument.Format) {
        let document = awkwardDocument()
        #expect(document.encoded(as: format) == document.encodedThroughTree(as: format))
        let empty = ReviewDocument()
        #expect(empty.encoded(as: format) == empty.encodedThroughTree(as: format))
        let onlyRelations = ReviewDocument(entities: [], relations: document.relations)
        #expect(onlyRelations.encoded(as: format) == onlyRelations.encodedThroughTree(as: format))
    }

    @Test(arguments: ReviewDocument.Format.allCases)
    func writerMatchesTreeOnEveryFixture(format: ReviewDocument.Format) throws {
        let files = try FileManager.default.contentsOfDirectory(at: Support.fixtures, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        #expect(files.count >= 6)
        let document = ReviewDocument(try Extractor(lexicon: try Support.lexicon()).extract(files: files))
        #expect(!document.entities.isEmpty && !document.relations.isEmpty)
        #expect(document.encoded(as: format) == document.encodedThroughTree(as: format))
    }

    // MARK: Tokens

    @Test func scalarTableAgreesWithUnicodeProperties() {
        for value in 0..<ScalarTable.limit {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(Folding.table.classify(scalar) == Folding.classifyUncached(scalar), "class of U+\(String(value, radix: 16))")
            #expect(Folding.table.isUpper(scalar) == Folding.isUpperUncached(scalar), "case of U+\(String(value, radix: 16))")
            var cached: [UInt8] = []
            var uncached: [UInt8] = []
            Folding.table.appendFolded(scalar, to: &cached)
            Folding.appendFoldedUncached(scalar, to: &uncached)
            #expect(cached == uncached, "folding of U+\(String(value, radix: 16))")
        }
    }

    @Test func tokenHashesAreTheHashesOfTheirKeys() {
        let line = "L’Œuvre À Séville — 1er août 2014, Ministère de l'Agriculture (MADR) ١٢٣ Ελλάδα ǅ à a."
        let tokens = Tokenizer.tokenize(line).tokens
        #expect(tokens.count > 20)
        for token in tokens { #expect(token.keyHash == KeyHash.of(token.key), "\(token.key)") }
        #expect(tokens.contains { $0.key == "à" } && tokens.contains { $0.key == "oeuvre" })
    }

    @Test func filteredCueLookUpMatchesPlainLookUp() {
        let line = Tokenizer.tokenize("La coopération avec l'Italie, dans les domaines de l'eau ; un accord bilatéral fut signé.")
        let sets: [Set<String>] = [
            ["cooperation"], ["domaines", "secteur"], ["bilaterale", "bilateraux"], ["absent"], [],
            Set((0..<40).map { "mot\($0)" } + ["eau"]), DocumentExtraction.cooperationCues.keys,
        ]
        for first in 0..<line.tokens.count {
            for end in first...line.tokens.count {
                let sentence = Sentence(line: line, lineNumber: 1, range: first..<end, matches: MatchTable(line, Gazetteer<Term>()))
                for keys in sets {
                    let plain = (first..<end).contains { keys.contains(line.tokens[$0].key) }
                    #expect(sentence.contains(anyOf: keys) == plain)
                    #expect(sentence.contains(anyOf: CueSet(keys)) == plain)
                }
            }
        }
    }

    @Test func gazetteerFindsLongestFirstAcrossDashes() {
        var gazetteer = Gazetteer<Int>()
        gazetteer.add("Grande-Bretagne", 1)
        gazetteer.add("Grande", 2)
        gazetteer.add("grande bretagne du nord", 3)
        gazetteer.seal()
        let tokens = Tokenizer.tokenize("la Grande Bretagne du Nord et la grande-bretagne").tokens
        #expect(gazetteer.matches(in: tokens, at: 1).map(\.payload) == [3, 1, 2])
        #expect(gazetteer.matches(in: tokens, at: 1).map(\.end) == [5, 3, 2])
        #expect(gazetteer.matches(in: tokens, at: 7).map(\.payload) == [1, 2])
        #expect(gazetteer.matches(in: tokens, at: 0).isEmpty)
    }

    /// A whole line matched at once gives, token by token, what `matches(in:at:)` gives, sealed
    /// or not.
    @Test func lineMatchesAreTheTokensMatches() {
        var gazetteer = Gazetteer<Int>()
        gazetteer.add("Grande-Bretagne", 1)
        gazetteer.add("Grande", 2)
        gazetteer.add("grande bretagne du nord", 3)
        gazetteer.add("nord", 4)
        let tokens = Tokenizer.tokenize("la Grande Bretagne du Nord et la grande-bretagne, au nord").tokens
        for sealed in [false, true] {
            if sealed { gazetteer.seal() }
            var found: [(end: Int, payload: Int)] = []
            let starts = gazetteer.appendLineMatches(in: tokens, to: &found)
            #expect(starts.count == tokens.count + 1)
            for index in tokens.indices {
                let line = found[Int(starts[index])..<Int(starts[index + 1])]
                let one = gazetteer.matches(in: tokens, at: index)
                #expect(line.map(\.payload) == one.map(\.payload))
                #expect(line.map(\.end) == one.map(\.end))
            }
        }
    }

    /// The sealed table (longest first, phrases of two keys or more skipped by their second key's
    /// bit) finds what the plain unsealed loop finds, ordered longest first, ties in the order
    /// added: a group of many phrases sharing a first key, at every token of lines that do and do
    /// not continue them.
    @Test func sealedMatchesAreThePlainMatchesLongestFirst() {
        var gazetteer = Gazetteer<Int>()
        let phrases = [
            "la", "la Mecque", "la Haye", "la Banque mondiale", "la banque", "la Grande-Bretagne", "la grande bretagne du nord",
            "la haye", "le", "le Caire", "banque", "banque mondiale", "mondiale", "Haye",
        ]
        for (payload, phrase) in phrases.enumerated() { gazetteer.add(phrase, payload) }
        let lines = [
            "la Haye et la Mecque, la banque - mondiale ; la Banque mondiale à la",
            "la grande-bretagne du nord, la grande Bretagne, la-Haye, le Caire, le caire la",
            "la la la le le banque mondiale mondiale haye",
        ]
        var plain: [[[(end: Int, payload: Int)]]] = []
        for text in lines {
            let tokens = Tokenizer.tokenize(text).tokens
            // Stable: `sorted` keeps the order added among matches of the same end.
            plain.append(tokens.indices.map { index in
                gazetteer.matches(in: tokens, at: index).enumerated().sorted { ($1.element.end, $0.offset) < ($0.element.end, $1.offset) }.map(\.element)
            })
        }
        gazetteer.seal()
        for (line, text) in lines.enumerated() {
            let tokens = Tokenizer.tokenize(text).tokens
            for index in tokens.indices {
                let sealed = gazetteer.matches(in: tokens, at: index)
                #expect(sealed.map(\.payload) == plain[line][index].map(\.payload), "\(text) @ \(index)")
                #expect(sealed.map(\.end) == plain[line][index].map(\.end), "\(text) @ \(index)")
            }
        }
        #expect(plain.joined().joined().count > 30)
    }

    /// The tokenizer's constant hashes are those of their keys.
    @Test func tokenizerConstantHashesAreTheKeysHashes() {
        #expect(Tokenizer.graveAHash == KeyHash.of("à"))
        #expect(Tokenizer.apostropheHash == KeyHash.of("'"))
        #expect(Tokenizer.hyphenHash == KeyHash.of("-"))
    }

    /// Lines tokenized one after the other with one interner (whose key buffer is reused from
    /// line to line) give the tokens of lines tokenized alone.
    @Test func internerBufferReuseKeepsTokens() {
        var interner = KeyInterner()
        for text in ["L’Égypte et l’Algérie", "Über-Straße ÉTÉ à Alger", "", "naïve coöpération", "L’Égypte"] {
            let shared = Tokenizer.tokenize(text, interner: &interner).tokens
            let alone = Tokenizer.tokenize(text).tokens
            #expect(shared.map(\.key) == alone.map(\.key))
            #expect(shared.map(\.keyHash) == alone.map(\.keyHash))
            #expect(shared.map(\.byteEnd) == alone.map(\.byteEnd))
        }
    }

    @Test func tokenSetHoldsWhatWasInserted() {
        var set = TokenSet()
        let inserted = [0, 3, 63, 64, 65, 200]
        for position in inserted { set.insert(position) }
        for position in -1...210 { #expect(set.contains(position) == inserted.contains(position)) }
    }

    // MARK: Counting and merging

    @Test func mostCountedMatchesAScanInFirstCountedOrder() {
        var counts = MentionCounts()
        var order: [EntityID] = []
        var plain: [EntityID: Int] = [:]
        var state: UInt64 = 7
        for step in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let id = EntityID("e\(Int(state >> 33) % 23)")
            if plain[id] == nil { order.append(id) }
            // Mostly increments, as the rules do; now and then a decrease.
            let change = step % 97 == 96 ? -1 : 1
            plain[id, default: 0] += change
            counts[id, default: 0] += change
            var best: EntityID?
            var bestCount = 0
            for candidate in order where plain[candidate, default: 0] > bestCount {
                best = candidate
                bestCount = plain[candidate, default: 0]
            }
            #expect(counts.mostCounted == best)
            #expect(counts[id] == plain[id])
        }
    }

    @Test func absorbingIntoAnEmptyStoreEqualsReAdding() throws {
        let lexicon = try Support.lexicon()
        let vocabulary = Vocabulary(lexicon: lexicon, knowledge: nil)
        for name in ["agriculture-italie.txt", "culture-egypte-jordanie.txt", "sante-cuba.txt"] {
            var reading = DocumentExtraction(vocabulary: vocabulary, document: name, homeCountry: nil)
            _ = try LineReader.read(Support.fixtures.appendingPathComponent(name)) { line, number in reading.process(line: line, number: number) }
            let store = reading.finish()
            var fast = CandidateStore()
            fast.absorb(store)
            var slow = CandidateStore()
            slow.reAdd(store)
            #expect(fast.entities == slow.entities)
            #expect(fast.relations == slow.relations)
            #expect(!fast.relations.isEmpty)
        }
    }
}

/// Citations survive the merge of documents in `extract(files:)`.
struct CitationMergeTests {
    @Test func aFileCitesEveryLineBeyondTheFivePiecesOfEvidence() throws {
        let lines = (1...8).map { "Le \($0) mars 2019, la coopération avec l'Italie a été renforcée." }
        let folder = try Support.temporaryFolder()
        let file = folder.appendingPathComponent("note.txt")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let extractor = Extractor(lexicon: try Support.lexicon(), knowledge: nil)
        let fromFile = try #require(try extractor.extract(files: [file]).entities.first { $0.entity.id == "IT" })
        #expect(fromFile.entity.sources.map(\.description) == (1...8).map { "note.txt:\($0)" })
        #expect(fromFile.review.evidence.count == 5)
        let fromText = try #require(extractor.extract(text: lines.joined(separator: "\n"), document: "note.txt").entities.first {
            $0.entity.id == "IT"
        })
        #expect(fromText.entity.sources == fromFile.entity.sources)
    }
}
