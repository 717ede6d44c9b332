import CoopModel
import Foundation

/// Proposes entities and relations read from French documents, each with evidence, a confidence
/// and the rule that found it. Offline and rule-based: lexicons plus the knowledge base's names.
public struct Extractor: Sendable {
    let vocabulary: Vocabulary
    let homeCountry: EntityID?

    /// An extractor using `lexicon`, linking to the entities of `knowledge` when given.
    /// `homeCountry` names the country the documents speak for when their letterhead does not.
    public init(lexicon: Lexicon, knowledge: KnowledgeGraph? = nil, homeCountry: EntityID? = nil) {
        self.vocabulary = Vocabulary(lexicon: lexicon, knowledge: knowledge)
        self.homeCountry = homeCountry
    }

    /// Extracts from a text held in memory, citing it as `document`.
    /// - Complexity: O(n) in the text's length.
    public func extract(text: String, document: String) -> Extraction {
        var reading = DocumentExtraction(vocabulary: vocabulary, document: document, homeCountry: homeCountry)
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            reading.process(line: line.hasSuffix("\r") ? String(line.dropLast()) : String(line), number: number)
        }
        let (entities, relations) = reading.finish().sorted()
        return Extraction(entities: entities, relations: relations)
    }

    /// Extracts from files, line by line in bounded memory; each is cited by its file name.
    /// Throws for a file that is missing, empty or binary; a non-UTF-8 file gives a warning.
    /// - Complexity: O(n) in the total size.
    public func extract(files: [URL]) throws(ExtractError) -> Extraction {
        var store = CandidateStore()
        var warnings: [String] = []
        for url in files {
            var reading = DocumentExtraction(vocabulary: vocabulary, document: url.lastPathComponent, homeCountry: homeCountry)
            warnings += try LineReader.read(url) { line, number in reading.process(line: line, number: number) }
            store.absorb(reading.finish())
        }
        // Moved, not copied: a copy kept every candidate shared, and sorting one's evidence or
        // citations then copied them.
        let (entities, relations) = (consume store).sorted()
        return Extraction(entities: entities, relations: relations, warnings: warnings)
    }
}
