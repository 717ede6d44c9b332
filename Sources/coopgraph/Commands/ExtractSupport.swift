import CoopExtract
import CoopModel
import Foundation

/// What the extraction commands share: loading the lexicons and KB, and writing to standard output.
enum ExtractSupport {
    /// An extractor with the lexicons and the KB of `data`.
    static func extractor(data: String, home: String?) throws -> Extractor {
        let directory = URL(fileURLWithPath: data)
        // The KB first: it reports a missing or mistyped `--data` folder by its own name.
        let knowledge = try KnowledgeFiles.load(directory: directory).graph()
        let lexicon = try Lexicon.load(directory: directory.appendingPathComponent("lexicons"))
        try lexicon.checkSectorParents(knowledge: knowledge)
        return Extractor(lexicon: lexicon, knowledge: knowledge, homeCountry: home.map { EntityID($0) })
    }

    /// Streams `document` in `format` to standard output, block by block.
    static func writeToStandardOutput(_ document: ReviewDocument, as format: ReviewDocument.Format) throws(ExtractError) {
        try document.write(as: format) { (block: UnsafeRawBufferPointer) throws(ExtractError) in
            do {
                try FileHandle.standardOutput.write(contentsOf: block)
            } catch {
                throw ExtractError("standard output could not be written (\(error.localizedDescription))")
            }
        }
    }
}
