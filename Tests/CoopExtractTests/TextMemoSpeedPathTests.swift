@testable import CoopExtract
import CoopModel
import Foundation
import Testing

/// The memo's texts looked up by their bytes first (`TextMemo.BytesKey`), against the memo keyed
/// by `String` alone that it replaces.
struct TextMemoSpeedPathTests {
    /// The memo as it was: one table keyed by `String`, whose equality is canonical
    /// equivalence, so a text gets the answer of the first text equal to it.
    struct PlainMemo {
        var slugs: [String: String] = [:]
        var folds: [String: String] = [:]
        var lookups: [String: [EntityIndex]] = [:]

        mutating func slug(_ text: String) -> String { Self.remembered(text, in: &slugs) { DocumentExtraction.slug(text) } }
        mutating func fold(_ text: String) -> String { Self.remembered(text, in: &folds) { Folding.fold(text) } }
        mutating func lookup(_ text: String, in knowledge: KnowledgeGraph) -> [EntityIndex] {
            Self.remembered(text, in: &lookups) { knowledge.lookup(text) }
        }

        static func remembered<Value>(_ text: String, in cache: inout [String: Value], _ make: () -> Value) -> Value {
            if let known = cache[text] { return known }
            let made = make()
            cache[text] = made
            return made
        }
    }

    /// Every fixture line, its words and its runs of three words, each also decomposed (NFD:
    /// other bytes, an equal `String`), asked in order and asked again.
    static func texts() throws -> [String] {
        var texts: [String] = []
        for file in try FileManager.default.contentsOfDirectory(at: Support.fixtures, includingPropertiesForKeys: nil)
        where file.pathExtension == "txt" {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                let words = line.split(separator: " ").map(String.init)
                var pieces = [String(line)] + words
                if words.count >= 3 { pieces += (0...words.count - 3).map { words[$0..<$0 + 3].joined(separator: " ") } }
                for piece in pieces { texts += [piece, piece.decomposedStringWithCanonicalMapping] }
            }
        }
        return texts
    }

    @Test func answersAsTheMemoKeyedByText() throws {
        let graph = try Support.graph([
            Entity(id: "dz.andi", type: .agency, names: Names(fr: "Agence nationale"), acronyms: ["ANDI"]),
            Entity(id: "it.ice", type: .agency, names: Names(fr: "Agence italienne pour le commerce extérieur"), acronyms: ["ICE"]),
        ])
        var memo = TextMemo()
        var plain = PlainMemo()
        let texts = try Self.texts()
        #expect(texts.count > 1_000)
        for text in texts + texts {
            #expect(memo.slug(text) == plain.slug(text), "\(text)")
            #expect(memo.fold(text) == plain.fold(text), "\(text)")
            #expect(memo.lookup(text, in: graph) == plain.lookup(text, in: graph), "\(text)")
            // Kept by bytes alone: each text, composed or not, gets its own capitalisation.
            #expect(memo.capitalisedFirst(text).utf8.elementsEqual(DocumentExtraction.capitalisedFirst(text).utf8), "\(text)")
        }
        // A decomposed text asked first is the one whose answers the composed one gets, as before.
        var reversedMemo = TextMemo()
        var reversedPlain = PlainMemo()
        for text in texts.reversed() {
            #expect(reversedMemo.fold(text) == reversedPlain.fold(text), "\(text)")
        }
    }

    /// Keys are equal exactly when their bytes are, whatever the length (the words compared
    /// eight bytes at a time, then the tail) and wherever the bytes differ.
    @Test func keysAreEqualExactlyForEqualBytes() {
        for length in 0...20 {
            let text = String((0..<length).map { Character(Unicode.Scalar(UInt8(0x61 + $0 % 26))) })
            #expect(TextMemo.BytesKey(text) == TextMemo.BytesKey(String(text.utf8.map { Character(Unicode.Scalar($0)) })))
            for place in 0..<length {
                var bytes = Array(text.utf8)
                bytes[place] = UInt8(ascii: "Z")
                #expect(TextMemo.BytesKey(text) != TextMemo.BytesKey(String(decoding: bytes, as: UTF8.self)))
            }
            #expect(TextMemo.BytesKey(text) != TextMemo.BytesKey(text + "a"))
        }
        #expect(TextMemo.BytesKey("é") != TextMemo.BytesKey("e\u{301}"))
        #expect("é" == "e\u{301}")
    }
}
