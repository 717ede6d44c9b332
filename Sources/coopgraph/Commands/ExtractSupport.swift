import CoopExtract
import CoopModel
import Foundation

/// What the extraction commands share: loading the lexicons and KB, and atomic writes.
enum ExtractSupport {
    /// An extractor with the lexicons and the KB of `data`.
    static func extractor(data: String, home: String?) throws -> Extractor {
        let directory = URL(fileURLWithPath: data)
        // The KB first: it reports a missing or mistyped `--data` folder by its own name.
        let knowledge = try KnowledgeFiles.load(directory: directory).graph()
        let lexicon = try Lexicon.load(directory: directory.appendingPathComponent("lexicons"))
        return Extractor(lexicon: lexicon, knowledge: knowledge, homeCountry: home.map { EntityID($0) })
    }

    /// Writes `data` to `path` through a temporary file in the same folder, then renames it.
    static func writeAtomically(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try AtomicFile.write(data, to: url, failure: ExtractError.writing(url))
    }
}
