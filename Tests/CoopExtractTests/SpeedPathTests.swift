@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// The second speed round's shortcuts against the plain code they replace.
struct SpeedPathTests {
    @Test func quotationMarkBytesAgreeWithTheCharacterTest() {
        let texts = [
            "Agence nationale", "l’Agence « verte »", "Centre \"Mer\"", "l’Office d’Oran", "“Plan” bleu", "fin”", "«", "»",
            "a\u{00AB}b", "ü€’‘—–", "", "Ministère de l'Agriculture", "x\u{201C}", "\u{00C2}\u{00BB}",
        ]
        for text in texts {
            let plain = text.contains { DocumentExtraction.quotationMarks.contains(String($0)) }
            #expect(DocumentExtraction.hasQuotationMarkBytes(text) == plain, "\(text)")
            if !plain { #expect(DocumentExtraction.withoutQuotationMarks(text) == text) }
        }
        #expect(DocumentExtraction.withoutQuotationMarks("l’« agence » bleue") == "l’ agence bleue")
    }

    @Test func matchTableHoldsEachTokensMatches() throws {
        let vocabulary = Vocabulary(lexicon: try Support.lexicon(), knowledge: nil)
        let text = try String(contentsOf: Support.fixtures.appendingPathComponent("agriculture-italie.txt"), encoding: .utf8)
        var matched = 0
        for lineText in text.split(separator: "\n") {
            let line = Tokenizer.tokenize(String(lineText))
            let table = MatchTable(line, vocabulary.gazetteer)
            for index in -1...line.tokens.count {
                let plain = line.tokens.indices.contains(index) ? vocabulary.gazetteer.matches(in: line.tokens, at: index) : []
                let found = table[index].map(Array.init) ?? []
                #expect(found.map(\.end) == plain.map(\.end))
                #expect(found.map { "\($0.payload)" } == plain.map { "\($0.payload)" })
                #expect(table[index] == nil || !plain.isEmpty)
                matched += plain.count
            }
        }
        #expect(matched > 20)
    }

    @Test func sectorParentsFollowTheChainAndStopAtACycle() throws {
        func sector(_ id: String, parent: String? = nil) -> Entity {
            Entity(id: EntityID(id), type: .sector, names: Names(fr: id.uppercased()), properties: parent.map { ["parent": .string($0)] } ?? [:])
        }
        let graph = try Support.graph([
            sector("transport-aerien", parent: "transports"), sector("transports", parent: "economie"), sector("economie"),
            sector("a", parent: "b"), sector("b", parent: "a"),
            Entity(id: "dz.x", type: .agency, names: Names(fr: "X"), properties: ["parent": .string("transports")]),
            sector("orphelin", parent: "absent"),
        ])
        let parents = SectorParents(graph)
        #expect(parents["transport-aerien"].map(\.id) == ["transports", "economie"])
        #expect(parents["transport-aerien"].map(\.names.fr) == ["TRANSPORTS", "ECONOMIE"])
        #expect(parents["transports"].map(\.id) == ["economie"])
        #expect(parents["a"].map(\.id) == ["b"])
        #expect(parents["dz.x"].map(\.id) == ["transports", "economie"])
        #expect(parents["economie"].isEmpty && parents["orphelin"].isEmpty && parents["inconnu"].isEmpty)
        #expect(SectorParents(nil)["transports"].isEmpty)
    }

    @Test func memoAnswersAsThePlainFunctions() throws {
        let graph = try Support.graph([Entity(id: "dz.andi", type: .agency, names: Names(fr: "Agence nationale"), acronyms: ["ANDI"])])
        var memo = TextMemo()
        for text in ["Agence Nationale", "ANDI", "agence nationale", "Inconnue", "ANDI", "Ministère de l’Intérieur"] {
            for _ in 0..<2 {
                #expect(memo.lookup(text, in: graph) == graph.lookup(text))
                #expect(memo.slug(text) == DocumentExtraction.slug(text))
                #expect(memo.fold(text) == Folding.fold(text))
            }
        }
    }

    /// The head words folded once by the vocabulary, and the counterpart's name built from them,
    /// against folding every head at each call as the rule did.
    @Test func foldedHeadsGiveTheCounterpartNameOfPlainFolding() throws {
        let lexicon = try Support.lexicon()
        let vocabulary = Vocabulary(lexicon: lexicon, knowledge: nil)
        #expect(vocabulary.foldedHeadWords == lexicon.heads.map { Folding.fold($0.words) })
        func plain(_ name: String, demonym: String) -> String {
            let folded = Folding.fold(name)
            let head = lexicon.heads.filter { folded.hasPrefix(Folding.fold($0.words) + " ") }.max { $0.words.count < $1.words.count }
            guard let head else { return name + " (" + demonym + ")" }
            let cut = name.index(name.startIndex, offsetBy: min(head.words.count, name.count))
            return String(name[..<cut]) + " " + demonym + String(name[cut...])
        }
        let names = ["Ministère de la Jeunesse et des Sports", "Ministère délégué au Commerce", "Agence nationale de l'emploi",
                     "Direction générale des douanes", "Office national", "Banque", "Haut Commissariat au Plan", "Nom sans tête", ""]
        for name in names {
            #expect(DocumentExtraction.counterpartName(name, demonym: "jordanien", heads: lexicon.heads, foldedHeads: vocabulary.foldedHeadWords)
                == plain(name, demonym: "jordanien"))
        }
    }

    @Test func incrementCountsAsTheSubscriptDoes() {
        var incremented = MentionCounts()
        var plain: [EntityID: Int] = [:]
        var order: [EntityID] = []
        var state: UInt64 = 11
        for _ in 0..<1_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let id = EntityID("e\(Int(state >> 33) % 17)")
            #expect(incremented.increment(id) == (plain[id] == nil))
            if plain[id] == nil { order.append(id) }
            plain[id, default: 0] += 1
            let best = order.max { plain[$0]! < plain[$1]! || plain[$0]! == plain[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)! }
            #expect(incremented.mostCounted == best)
            #expect(incremented[id] == plain[id])
        }
    }

    @Test func knownAgreementsFindTheFirstOfAKindAndDate() throws {
        let signed = DatedRole(.signed, try PartialDate.iso("2001-06"))
        let other = DatedRole(.signed, try PartialDate.iso("2003"))
        func agreement(_ id: String, kind: String?, dates: [DatedRole]) -> Entity {
            Entity(id: EntityID(id), type: .agreement, names: Names(fr: id), properties: kind.map { ["kind": .string($0)] } ?? [:], dates: dates)
        }
        let graph = try Support.graph([
            agreement("agr.a", kind: "convention", dates: [other]), agreement("agr.b", kind: "accord", dates: [signed]),
            agreement("agr.c", kind: "convention", dates: [other, signed]), agreement("agr.d", kind: "convention", dates: [signed]),
            agreement("agr.e", kind: nil, dates: [signed]),
        ])
        let known = KnownAgreements(graph)
        for kind in ["convention", "accord", "protocole"] {
            for date in [signed, other, DatedRole(.inForce, try PartialDate.iso("2001-06"))] {
                let plain = graph.entities(ofType: .agreement).first { $0.properties["kind"]?.stringValue == kind && $0.dates.contains(date) }?.id
                #expect(known.first(kind: kind, date: date) == plain)
            }
        }
        #expect(known.first(kind: "convention", date: signed) == "agr.c")
        #expect(KnownAgreements(nil).first(kind: "convention", date: signed) == nil)
    }

    @Test func firstPhraseFindsWhatAPlainScanFinds() throws {
        let reading = DocumentExtraction(vocabulary: Vocabulary(lexicon: try Support.lexicon(), knowledge: nil), document: "t", homeCountry: nil)
        let line = Tokenizer.tokenize("En marge de la réunion, à l'initiative des deux parties, de part et d'autre, en marge du forum.")
        let lists: [[[String]]] = [
            [["en", "marge", "de"], ["en", "marge", "du"]], [["de", "part", "et", "d", "'", "autre"]], [["à"], ["absent"]],
            [["forum", ".", "suite"]], [], [[]],
        ]
        for first in 0...line.tokens.count {
            for end in first...line.tokens.count {
                let sentence = Sentence(line: line, lineNumber: 1, range: first..<end, matches: MatchTable(line, Gazetteer<Term>()))
                for phrases in lists {
                    for start in (first < end ? [nil, first + 1] : [nil]) as [Int?] {
                        let plain = ((start ?? first)..<end).first { index in
                            phrases.contains { phrase in
                                index + phrase.count <= end && phrase.indices.allSatisfy { line.tokens[index + $0].key == phrase[$0] }
                            }
                        }
                        #expect(reading.firstPhrase(sentence, phrases, from: start) == plain)
                    }
                }
            }
        }
    }

    @Test func wordClassesAgreeWithTheirSets() throws {
        let vocabulary = Vocabulary(lexicon: try Support.lexicon(), knowledge: nil)
        let sets: [(WordClass, Set<String>)] = [
            (.connector, DocumentExtraction.connectors.keys), (.nameStop, DocumentExtraction.nameStops), (.role, vocabulary.roleKeys),
            (.through, vocabulary.throughKeys), (.qualifier, vocabulary.qualifiers), (.quotationMark, DocumentExtraction.quotationMarks),
            (.agreementStop, DocumentExtraction.agreementStops), (.preposition, DocumentExtraction.prepositions),
            (.agreementAdjective, DocumentExtraction.agreementAdjectives),
        ]
        #expect(sets.allSatisfy { !$0.1.isEmpty })
        var words = sets.flatMap(\.1).joined(separator: " ")
        for name in ["agriculture-italie.txt", "sante-cuba.txt"] {
            words += " " + (try String(contentsOf: Support.fixtures.appendingPathComponent(name), encoding: .utf8))
        }
        let tokens = Tokenizer.tokenize(words.replacingOccurrences(of: "\n", with: " ")).tokens
        #expect(tokens.count > 500)
        for token in tokens {
            let classes = vocabulary.wordClasses.classes(of: token)
            for (wordClass, set) in sets { #expect(classes.contains(wordClass) == set.contains(token.key), "\(token.key)") }
        }
    }

    @Test func underscoresBecomeDashesAsCharacterByCharacter() {
        for text in ["joint_commission_session-oran", "sans", "", "_", "a_\u{0301}b_c", "séisme_2003_bam", "x__y", "\r\n_"] {
            #expect(DocumentExtraction.underscoresToDashes(text) == String(text.map { $0 == "_" ? "-" : $0 }), "\(text)")
        }
    }
}
