import ArgumentParser
import CoopExtract
import CoopModel
import Foundation

/// `coopgraph extract`: proposes entities and relations read from French documents, for review.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Propose entities and relations found in French documents, with evidence, for review.")

    @Argument(help: "Plain-text documents (UTF-8; Windows-1252 is decoded with a warning).")
    var documents: [String]

    @Option(name: .shortAndLong, help: "Write the review file here; - or no -o for standard output.")
    var output: String?

    @Option(help: "Review file format: yaml or json.")
    var format: ReviewDocument.Format = .yaml

    @Option(help: "The knowledge-base folder to link names to (its kb/ and lexicons/).")
    var data: String = "Data"

    @Option(help: "ISO code of the country the documents speak for, when no letterhead says it.")
    var home: String?

    func run() throws {
        let extractor = try ExtractSupport.extractor(data: data, home: home)
        let extraction = try extractor.extract(files: documents.map { URL(fileURLWithPath: $0) })
        for warning in extraction.warnings { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
        // Streamed: the review file of a large corpus is larger than the corpus.
        let document = ReviewDocument(extraction)
        // "-" is standard output, as for most command-line tools: it made a file named "-".
        if let output, output != "-" {
            try document.write(as: format, to: URL(fileURLWithPath: output))
            FileHandle.standardError.write(Data("\(extraction.entities.count) entities and \(extraction.relations.count) relations proposed in \(output)\n".utf8))
        } else {
            try ExtractSupport.writeToStandardOutput(document, as: format)
        }
        // Everything is written (file closed, standard streams unbuffered): the process ends here
        // rather than freeing the candidates, their strings and the vocabulary one object at a
        // time on the way out of `run`, which cost about 2 % of a large extraction.
        withExtendedLifetime((extractor, extraction, document)) { Foundation.exit(EXIT_SUCCESS) }
    }
}

extension ReviewDocument.Format: ExpressibleByArgument {}
