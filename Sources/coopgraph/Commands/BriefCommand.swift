import ArgumentParser
import CoopBrief
import CoopModel
import Foundation

/// `coopgraph brief`: a briefing on an entity or a view, as Markdown, HTML or DOCX.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Write a briefing (diagram, partners by sector, agreements, timeline, sources) to hand over.",
        discussion: """
            The format follows the output's extension: .md (images written beside it as NAME-diagram.svg \
            and NAME-diagram.png), .html (one self-contained page) or .docx (Word).
            """)

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Argument(help: "The entity (id, name, alias or acronym) or the view of --views (file name without .yaml) to brief on.")
    var subject: String

    @Option(name: .customLong("lang"), help: "Language of the briefing: fr, en or ar.")
    var language: String = "fr"

    @Option(name: .customLong("date"), help: "The preparation date to print (YYYY-MM-DD); today by default.")
    var date: String?

    @Option(name: .shortAndLong, help: "Output file: FILE.md, FILE.html or FILE.docx.")
    var output: String

    @Option(help: "The folder of view files a VIEW subject is looked up in.")
    var views: String = "Graphs"

    func validate() throws {
        guard Language(rawValue: language) != nil else {
            throw ValidationError("--lang '\(language)' is not supported; use fr, en or ar.")
        }
        guard BriefingFormat(path: output) != nil else {
            throw ValidationError("-o '\(output)': end the file name with .md, .html or .docx.")
        }
        let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder) else {
            throw ValidationError("-o '\(output)': the folder '\(folder)' does not exist; create it first.")
        }
        if let date {
            do {
                _ = try PartialDate(parsing: date)
            } catch {
                throw ValidationError("--date: \(error)")
            }
        }
    }

    func run() throws {
        let language = Language(rawValue: self.language) ?? .fr
        let day = try date.map { try PartialDate(parsing: $0) } ?? PartialDate.today()
        let url = URL(fileURLWithPath: output)
        try reportingErrors {
            let base = try knowledgeBase.load()
            let facts = BriefingSources(
                base: base, dataDirectory: knowledgeBase.directory, viewsDirectory: URL(fileURLWithPath: views),
                language: language)
            let (subject, content) = try facts.content(for: self.subject)
            let briefing = try Briefing.assemble(
                subject: subject, content: content, graph: base.graph, language: language, date: day,
                sources: base.sources)
            try briefing.write(to: url)
        }
        print("wrote \(output)")
    }
}

extension PartialDate {
    /// Today's date in the local time zone.
    static func today() -> PartialDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return PartialDate(year: parts.year ?? 2000, month: parts.month, day: parts.day) ?? PartialDate(year: 2000)!
    }
}
