import ArgumentParser
import CoopExtract
import CoopModel
import Foundation

/// `coopgraph review`: lists candidates of a review file, accepts or rejects them.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List, accept or reject the candidates of a review file written by `coopgraph extract`.")

    @Argument(help: "The review file (YAML or JSON).")
    var file: String

    @Option(parsing: .upToNextOption, help: "Accept these candidates (review ids such as c0003, or entity ids).")
    var accept: [String] = []

    @Option(parsing: .upToNextOption, help: "Reject these candidates.")
    var reject: [String] = []

    @Option(name: .customLong("accept-all-above"), help: "Accept every pending candidate with at least this confidence.")
    var threshold: Double?

    @Flag(help: "List the candidates (after applying any decisions).")
    var list = false

    @Option(help: "With --list: only candidates with this status (pending, accepted, rejected).")
    var status: String?

    @Flag(help: "Ask about each pending candidate on the terminal: a(ccept), r(eject), s(kip), q(uit).")
    var interactive = false

    func validate() throws {
        if let threshold, !(0...1).contains(threshold) { throw ValidationError("--accept-all-above takes a number from 0 to 1") }
        if let status, ReviewStatus(rawValue: status) == nil { throw ValidationError("--status takes pending, accepted or rejected") }
    }

    func run() throws {
        let url = URL(fileURLWithPath: file)
        var document = try ReviewDocument.read(url)
        let format: ReviewDocument.Format = file.hasSuffix(".json") ? .json : .yaml
        var changed = false
        if !accept.isEmpty { try document.setStatus(.accepted, ids: accept); changed = true }
        if !reject.isEmpty { try document.setStatus(.rejected, ids: reject); changed = true }
        if let threshold {
            let count = document.acceptAll(above: threshold)
            FileHandle.standardError.write(Data("\(count) candidates accepted (confidence ≥ \(threshold))\n".utf8))
            changed = true
        }
        if interactive { changed = try ask(&document) || changed }
        if changed { try document.write(as: format, to: url) }
        if list || (!changed && !interactive) {
            for summary in document.summaries(status: status.flatMap(ReviewStatus.init(rawValue:))) { print(summary.line) }
        }
    }

    /// Asks about each pending candidate; stops at 'q' or when standard input ends.
    private func ask(_ document: inout ReviewDocument) throws -> Bool {
        var changed = false
        for summary in document.summaries(status: .pending) {
            print(summary.line)
            if let sentence = summary.review.evidence.first?.sentence { print("    \(sentence)") }
            print("  [a]ccept [r]eject [s]kip [q]uit > ", terminator: "")
            guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else {
                print("\n(end of input: decisions so far are kept)")
                break
            }
            switch answer.first {
            case "a": try document.setStatus(.accepted, ids: [summary.review.id]); changed = true
            case "r": try document.setStatus(.rejected, ids: [summary.review.id]); changed = true
            case "q": return changed
            default: continue
            }
        }
        return changed
    }
}
