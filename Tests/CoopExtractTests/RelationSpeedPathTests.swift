@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// The relation pass's shortcuts (speed round 4) against the plain code they replace.
struct RelationSpeedPathTests {
    @Test func idTextIsTheDescription() throws {
        var checked = 0
        for year in [1, 9, 10, 99, 100, 999, 1000, 1963, 1990, 2000, 2024, 9999] {
            let yearDate = try #require(PartialDate(year: year))
            #expect(yearDate.idText == yearDate.description)
            for month in 1...12 {
                let monthDate = try #require(PartialDate(year: year, month: month))
                #expect(monthDate.idText == monthDate.description)
                for day in 1...31 {
                    guard let date = PartialDate(year: year, month: month, day: day) else { continue }
                    #expect(date.idText == date.description, "\(date)")
                    checked += 1
                }
            }
        }
        #expect(checked > 4000)
    }

    /// `countryPrefix`, byte by byte for ASCII ids, gives what the plain reading by characters
    /// gives, for every kind of id and for ids it hands to the plain reading.
    @Test func countryPrefixIsThePlainOne() {
        var ids = [
            "", ".", "..", "dz", "DZ", "dz.", ".dz", "..dz.meat", "dz.meat", "fr.odi.x", "org.un", "x", "x.y", "ab.c.d", "a.",
            "d.z", "d1.x", "1a.x", "z.", "é.x", "dé.x", "é", "ü1.x", ".\u{301}dz.x", "dz.\u{301}x", "dz\u{301}.x", "d\r\n.x",
            "\r\n.x", "ab\r.x", "zz.a", "@[.x", "`{.x", "ij.j", "ss.x", "ß.x", "ǆa.x",
        ]
        // Every pair of ASCII bytes before a dot.
        for first in 0x20...0x7E {
            for second in stride(from: 0x20, through: 0x7E, by: 7) {
                ids.append(String(decoding: [UInt8(first), UInt8(second), 0x2E, 0x61], as: UTF8.self))
            }
        }
        for id in ids {
            #expect(DocumentExtraction.countryPrefix(id) == DocumentExtraction.plainCountryPrefix(id), "\(Array(id.unicodeScalars))")
        }
    }

    /// The table of country codes answers as `countryNames` does for every two-byte ASCII code,
    /// and `countryOfBody` (which reads it) as the plain reading by the dictionary, for ids of
    /// every country and of none, upper and lower case, and ids read by characters.
    @Test func countryCodesAnswerAsTheDictionary() throws {
        let vocabulary = Vocabulary(lexicon: try Support.lexicon(), knowledge: nil)
        for first in UInt8(0)..<0x80 {
            for second in UInt8(0)..<0x80 {
                let code = EntityID(String(decoding: [first, second], as: UTF8.self))
                #expect(vocabulary.countryCodes.contains(first, second) == (vocabulary.countryNames[code] != nil))
            }
        }
        let extraction = DocumentExtraction(vocabulary: vocabulary, document: "test.txt", homeCountry: nil)
        var ids: [String] = ["", "dz", "DZ", "dz.meat", ".dz.x", "fr.odi", "zz.x", "org.un", "x", "é.x", "dé.x", "dz\u{301}.x", "d\r\n.x"]
        ids += vocabulary.countryNames.keys.flatMap { [$0.rawValue, $0.rawValue.lowercased() + ".body", "." + $0.rawValue + ".x"] }
        for id in ids {
            let plain = DocumentExtraction.countryPrefix(id).map { EntityID($0) }.flatMap { vocabulary.countryNames[$0] != nil ? $0 : nil }
            #expect(extraction.countryOfBody(EntityID(id)) == plain, "\(id)")
        }
        // A country id that is not ASCII leaves every question to the dictionary.
        #expect(CountryCodes(["DZ", "É"]).contains(0x44, 0x5A) == nil)
        #expect(CountryCodes(["DZ", "FRA"]).contains(0x44, 0x5A) == true)
        #expect(CountryCodes(["DZ", "FRA"]).contains(0x46, 0x52) == false)
    }

    /// `kindFamily`, by bytes for an ASCII kind, gives what the search by characters gives.
    @Test func kindFamilyIsThePlainOne() {
        let kinds = [
            "", "_", "__", "accord", "protocole_accord", "memorandum_entente_x", "_accord", "accord_", "a_b", "é_x", "x_é",
            "_\u{301}a_b", "a_\u{301}_b", "\r\n_x", "x\r_\n", "programme_executif",
        ]
        for kind in kinds {
            #expect(DocumentExtraction.kindFamily(kind) == DocumentExtraction.plainKindFamily(kind), "\(Array(kind.unicodeScalars))")
        }
    }

    /// `singular`, which copies the name after its first word, gives the word-by-word result.
    @Test func singularIsThePlainOne() {
        let names = [
            "", " ", "  ", "s", "ss", "sss", "ssss", "accords", "accords de sécurité", "Accords  de  coopération ", " accords",
            "protocoles d'accord signés", "mémorandums", "accords\u{301} de x", "accord s", "accordés de", "écoles et accords",
            "accords\tde pêche", "programmes exécutifs de la convention", "\u{301}accords de x", "abcs", "abs",
        ]
        for name in names {
            #expect(DocumentExtraction.singular(name) == DocumentExtraction.plainSingular(name), "\(Array(name.unicodeScalars))")
        }
    }

    @Test func closedWordsAreTheListsTheyReplace() {
        let keys = [
            "", "la", "le", "les", "l", "'", "de", "du", "des", "d", "ce", "cet", "cette", "ces", "-", "•", "*", "lesdits", "dans",
            "desormais", "cettes", "c", "e", "--", "**", "ladite", "à", "et", ",", "cooperation", "Le", "LA",
        ]
        for key in keys {
            #expect(ClosedWords.isDefiniteArticle(key) == ["la", "le", "les", "l", "'"].contains(key), "\(key)")
            #expect(ClosedWords.isOf(key) == ["de", "du", "des", "d"].contains(key), "\(key)")
            #expect(ClosedWords.isDe(key) == ["de", "d"].contains(key), "\(key)")
            #expect(ClosedWords.isDemonstrative(key) == ["ce", "cet", "cette", "ces"].contains(key), "\(key)")
            #expect(ClosedWords.isBullet(key) == ["-", "•", "*"].contains(key), "\(key)")
        }
    }

    @Test func capitalisedFirstUpperCasesTheFirstCharacterOnly() {
        let texts = [
            "", "a", "z", "A", "accord de coopération", "Accord", "1er protocole", "école", "a\u{301}b", "ßa", "i", "{x", "'accord",
            "\r\nx", "a\u{345}", "\u{345}a", "œuvre", "mémorandum d'entente", "x", "`y", "~z",
        ]
        for text in texts {
            let plain = text.first.map { $0.uppercased() + text.dropFirst() } ?? text
            #expect(DocumentExtraction.capitalisedFirst(text) == plain, "\(text)")
            #expect(DocumentExtraction.capitalisingFirst(text) == plain, "\(text)")
        }
    }

    @Test func underscoresBecomeDashes() {
        for text in ["", "_", "joint_commission_session", "visit", "a_b_c_", "é_x", "__", "no-underscore"] {
            #expect(DocumentExtraction.underscoresToDashes(text) == String(text.map { $0 == "_" ? "-" : $0 }), "\(text)")
        }
    }

    @Test func cooperationPropertiesAreBuiltForEachInput() {
        func plain(_ sectors: [EntityID], _ area: String?) -> [String: PropertyValue] {
            var properties: [String: PropertyValue] = [:]
            if !sectors.isEmpty { properties["sectors"] = .list(sectors.map { .string($0.rawValue) }) }
            if let area { properties["area"] = .string(area) }
            return properties
        }
        let inputs: [([EntityID], String?)] = [
            ([], nil), (["sector.energy"], nil), (["sector.energy"], nil), (["sector.energy"], "Maghreb"), ([], "Maghreb"),
            (["sector.energy", "sector.water-resources"], "Maghreb"), (["sector.water-resources", "sector.energy"], "Maghreb"), ([], nil),
            (["sector.energy"], nil), (["sector.health"], "Sahel"), (["sector.energy"], nil),
        ] + (0..<20).map { ([EntityID("sector.s\($0 % 11)")], $0 % 3 == 0 ? nil : "area \($0 % 4)") }
        var cache = CooperationProperties()
        for (sectors, area) in inputs + inputs.reversed() {
            #expect(cache.of(sectors: sectors, area: area) == plain(sectors, area), "\(sectors) \(area ?? "-")")
        }
    }

    @Test func countryOfBodyReadsThePrefixBeforeTheFirstDot() throws {
        let vocabulary = Vocabulary(lexicon: try Support.lexicon(), knowledge: nil)
        let extraction = DocumentExtraction(vocabulary: vocabulary, document: "test", homeCountry: nil)
        func plain(_ id: EntityID) -> EntityID? {
            guard let prefix = id.rawValue.split(separator: ".").first, prefix.count == 2 else { return nil }
            let country = EntityID(prefix.uppercased())
            return vocabulary.countryNames[country] != nil ? country : nil
        }
        let ids: [EntityID] = ["dz.meat", "fr.anru", "DZ", "dz", "xx.body", "org.fao", ".dz.x", "..fr", "d.z", "", "fr", "fr.", "dzz.a", "é.x"]
        for id in ids { #expect(extraction.countryOfBody(id) == plain(id), "\(id.rawValue)") }
        #expect(extraction.countryOfBody("dz.meat") != nil)
    }

    @Test func firstPhraseFindsWhatAPlainScanFinds() throws {
        let vocabulary = Vocabulary(lexicon: try Support.lexicon(), knowledge: nil)
        let extraction = DocumentExtraction(vocabulary: vocabulary, document: "test", homeCountry: nil)
        let lists = [vocabulary.runnerPhrases, vocabulary.occasionPhrases, vocabulary.implementPhrases, vocabulary.bothPartiesPhrases]
        var found = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: Support.fixtures.path) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: Support.fixtures.appendingPathComponent(name), encoding: .utf8)
            for lineText in text.split(separator: "\n") {
                let line = Tokenizer.tokenize(String(lineText))
                let sentence = Sentence(line: line, lineNumber: 1, range: 0..<line.tokens.count, matches: MatchTable(line, vocabulary.gazetteer))
                for phrases in lists {
                    for start in stride(from: 0, to: line.tokens.count, by: 7) {
                        let plain = (start..<line.tokens.count).first { index in
                            phrases.contains { phrase in
                                index + phrase.count <= line.tokens.count
                                    && phrase.indices.allSatisfy { line.tokens[index + $0].key == phrase[$0] }
                            }
                        }
                        #expect(extraction.firstPhrase(sentence, phrases, from: start) == plain, "\(lineText)")
                        if plain != nil { found += 1 }
                    }
                }
            }
        }
        #expect(found > 0)
    }

    /// The lexicon lists' first words hashed once (`PhraseStarts`) find what the plain searches
    /// find, at every token and past the sentence's end.
    @Test func phraseStartsFindWhatThePlainSearchesFind() throws {
        let vocabulary = Vocabulary(lexicon: try Support.lexicon(), knowledge: nil)
        let extraction = DocumentExtraction(vocabulary: vocabulary, document: "test", homeCountry: nil)
        let lists = [
            (vocabulary.runnerPhrases, vocabulary.runnerStarts), (vocabulary.occasionPhrases, vocabulary.occasionStarts),
            (vocabulary.implementPhrases, vocabulary.implementStarts), (vocabulary.bothPartiesPhrases, vocabulary.bothPartiesStarts),
            (vocabulary.audiencePhrases, vocabulary.audienceStarts), (vocabulary.membershipPhrases, vocabulary.membershipStarts),
            ([[], ["de"]], PhraseStarts([[], ["de"]])), ([["en", "marge", "de"]], PhraseStarts([["en", "marge", "de"]])),
        ]
        for (phrases, starts) in lists { #expect(starts.hashes == PhraseStarts(phrases).hashes && !phrases.isEmpty) }
        var found = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: Support.fixtures.path) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: Support.fixtures.appendingPathComponent(name), encoding: .utf8)
            for lineText in text.split(separator: "\n") {
                let line = Tokenizer.tokenize(String(lineText))
                // The line's second half as the sentence: phrases running past its end do not count.
                let range = line.tokens.count / 2..<line.tokens.count - line.tokens.count / 4
                let sentence = Sentence(line: line, lineNumber: 1, range: range, matches: MatchTable(line, vocabulary.gazetteer))
                for (phrases, starts) in lists {
                    for start in range.lowerBound...range.upperBound {
                        let plain = extraction.startsPhrase(sentence, start, phrases)
                        #expect(extraction.startsPhrase(sentence, start, phrases, starts) == plain, "\(lineText) \(start)")
                        if start % 5 == 0 {
                            #expect(extraction.firstPhrase(sentence, phrases, starts, from: start) == extraction.firstPhrase(sentence, phrases, from: start))
                        }
                        if plain { found += 1 }
                    }
                }
            }
        }
        #expect(found > 0)
    }

    /// The closed word classes answer as their lists on small and large, ASCII and other strings,
    /// canonically equivalent ones included; `Sentence.key(_:is:)` as `key(_:) ==` on every token and past the sentence.
    @Test func wordComparisonAnswersAsEquality() throws {
        let texts = [
            "de", "d", "du", "des", "'", "avec", "avec ", "Avec", "", "entre", "a", "à", "e\u{301}", "\u{E9}", "K", "\u{212A}", "k",
            "cooperation internationale", "cooperation internationale", "coopération", "coope\u{301}ration", "abcdefghijklmno",
            "abcdefghijklmnop", "abcdefghijklmnop", "•", "-", String(repeating: "x", count: 15), String(repeating: "x", count: 16),
        ]
        for word in ["de", "d", "avec", "la", "l", "'", "le", "ce", "cette", "entre"] {
            for key in texts + ["les", "cet", "ces", "du", "*", "\u{2022}", "\u{2023}", "\u{E2}"] {
                #expect(ClosedWords.isBullet(key) == ["-", "\u{2022}", "*"].contains(key))
                #expect(ClosedWords.isDe(key) == (key == "de" || key == "d"))
                #expect(ClosedWords.isDefiniteArticle(key) == ["la", "le", "les", "l", "'"].contains(key))
                #expect(ClosedWords.isOf(key) == ["de", "du", "des", "d"].contains(key))
                #expect(ClosedWords.isDemonstrative(key) == ["ce", "cet", "cette", "ces"].contains(key))
            }
            let line = Tokenizer.tokenize("L'accord signé avec la Tunisie, entre elles : cette convention de \(word) à l'ENA.")
            let sentence = Sentence(line: line, lineNumber: 1, range: 2..<line.tokens.count - 2, matches: MatchTable(line, Gazetteer<Term>()))
            for index in -1...line.tokens.count + 1 {
                #expect(sentence.key(index, is: word) == (sentence.key(index) == word))
                for cues in [DocumentExtraction.anaphora, DocumentExtraction.coordination, DocumentExtraction.subjectPronouns,
                             DocumentExtraction.definiteArticles, DocumentExtraction.connectors, [word]] {
                    #expect(sentence.key(index, in: cues) == cues.keys.contains(sentence.key(index)))
                }
                for words in [["de", "du", "des", "d"], ["à", "a", "au", "en"], [word], [word, "'", "la"]] {
                    #expect(sentence.key(index, isOneOf: words) == words.contains(sentence.key(index)))
                }
            }
        }
    }
}
