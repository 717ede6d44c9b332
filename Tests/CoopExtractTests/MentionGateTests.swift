@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// The mention pass's shortcuts (fourth speed round) against the plain code they stand for.
struct MentionGateTests {
    /// Lines where a lower-case word, a demonstrative or a capital opens a mention.
    static let craftedLines = [
        "Le Programme de coopération technique a été lancé en 2019. Ce programme finance des bourses.",
        "Cette année, ce programme de formation et cet accord de pêche ont été prolongés.",
        "La société française Alstom a signé avec la compagnie indienne ONGC Videsh et le groupe italien ENI.",
        "Une réunion s'est tenue à Tlemcen, dans la ville de Potsdam et de Mostaganem, puis dans la wilaya de Blida.",
        "Le Ministère de la Jeunesse et des Sports a signé avec son homologue jordanien un mémorandum.",
        "Signé le 1er avril 2014, en vigueur depuis décembre 2007, prolongé les 15 et 16 mai 2008 (2003).",
        "L'ONUDC, le PNUD et l'Office des Nations Unies contre la drogue et le crime (ONUDC) à Bam-Iran.",
        "dans les domaines de la santé, du travail et de l'énergie, l'algéro-tunisienne commission mixte",
    ]

    /// The plain loop (the full look-up at every token) against the gate: wherever a mention
    /// opens, the gate lets the token through; and the gate does turn most tokens away. Run with
    /// and without a programme named on the line before, which lets "ce programme" open one.
    @Test func gateLetsThroughEveryTokenThatOpensAMention() throws {
        let vocabulary = Vocabulary(lexicon: try Support.lexicon(), knowledge: nil)
        var lines = Self.craftedLines
        for name in try FileManager.default.contentsOfDirectory(atPath: Support.fixtures.path).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: Support.fixtures.appendingPathComponent(name), encoding: .utf8)
            lines += text.split(separator: "\n").map(String.init)
        }
        var reading = DocumentExtraction(vocabulary: vocabulary, document: "gate.txt", homeCountry: nil)
        var opened = 0
        var turnedAway = 0
        var demonstratives = 0
        for (offset, text) in lines.enumerated() {
            let number = offset + 1
            let line = Tokenizer.tokenize(text)
            let matches = MatchTable(line, vocabulary.gazetteer)
            for programme in [nil, (id: EntityID("x.programme"), line: number - 1)] {
                var probe = reading
                probe.lastProgramme = programme
                for range in probe.sentenceRanges(line) {
                    var sentence = Sentence(line: line, lineNumber: number, range: range, matches: matches)
                    sentence.domainContext = true
                    var index = range.lowerBound
                    while index < range.upperBound {
                        let gate = probe.mayOpenMention(
                            line.tokens, matches, at: index, companyNouns: vocabulary.companyNounCues, demonstratives: DocumentExtraction.demonstratives)
                        if !gate { turnedAway += 1 }
                        if let mention = probe.mention(&sentence, at: index) {
                            #expect(gate, "\(text) @ token \(index) '\(line.tokens[index].key)'")
                            opened += 1
                            if mention.anaphoric { demonstratives += 1 }
                            sentence.mentions.append(mention)
                            for position in mention.first..<max(mention.end, mention.first + 1) { sentence.consumed.insert(position) }
                            index = max(mention.end, index + 1)
                        } else {
                            index += 1
                        }
                    }
                }
            }
            reading.process(line: text, number: number)
        }
        #expect(opened > 500)
        #expect(demonstratives >= 2)
        #expect(turnedAway > 3 * opened)
    }

    /// A word is matched by hash then key: the same answer as comparing keys, and a token whose
    /// hash collides with the word's but whose key differs is not the word.
    @Test func fixedWordMatchesExactlyTheTokensOfItsKey() {
        let words = ["en", "et", "à", "entre", "sur", "suivi", ","].map(FixedWord.init)
        let line = Tokenizer.tokenize("Entre eux, et en Algérie : à Alger, sur place ; suivi EN entre-deux À a")
        var hits = 0
        for token in line.tokens {
            for word in words {
                #expect(word.matches(token) == (token.key == word.key), "\(token.key) / \(word.key)")
                if word.matches(token) { hits += 1 }
            }
        }
        #expect(hits >= 10)
        var impostor = line.tokens[1]
        impostor.keyHash = FixedWord("en").hash
        #expect(impostor.key != "en" && !FixedWord("en").matches(impostor))
    }
}
