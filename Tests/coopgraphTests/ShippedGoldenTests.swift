import CoopModel
import Foundation
import Testing

@testable import coopgraph

/// Each query command's answer on the shipped knowledge base (`Data/`), compared with
/// `Golden/kb-NAME`. Every golden was read against `Data/kb/*.yaml` before it was frozen.
/// Regenerate with `COOPGRAPH_UPDATE_GOLDEN=1 swift test --filter coopgraphTests`, then read the diff.
@Suite struct ShippedGoldenTests {
    static let base: KnowledgeBase? = try? KnowledgeBase.load(directory: CLI.data)

    /// Parses `arguments` as the CLI would and answers on the shipped graph.
    static func respond(_ arguments: [String]) throws -> String {
        let graph = try #require(base).graph
        return try QueryAnswer.respond(arguments, on: graph)
    }

    @Test(arguments: [
        ("kb-partners-dgpc.txt", ["partners", "DGPC"]),
        ("kb-partners-miclat-police.txt", ["partners", "MICLAT", "--sector", "sector.police-cooperation"]),
        ("kb-neighbors-dgpc.txt", ["neighbors", "DGPC"]),
        ("kb-path-dgpc-anru.txt", ["path", "DGPC", "ANRU"]),
        ("kb-agreements-dz-fr.txt", ["agreements", "--party", "DZ", "FR"]),
        ("kb-agreements-dz-fr-as-of-2006.txt", ["agreements", "--party", "DZ", "FR", "--as-of", "2006"]),
        ("kb-timeline-dgpc.txt", ["timeline", "dz.dgpc"]),
        ("kb-rank-betweenness-country.txt", ["rank", "--by", "betweenness", "--type", "country", "--top", "10"]),
        ("kb-find-coree.txt", ["find", "coree"]),
        // A terminal's width: cells wrap in their columns, or rows become records when too narrow.
        ("kb-agreements-dz-fr-width-160.txt", ["agreements", "--party", "DZ", "FR", "--width", "160"]),
        ("kb-partners-miclat-police-width-100.txt", ["partners", "MICLAT", "--sector", "sector.police-cooperation", "--width", "100"]),
    ])
    func answerMatchesGolden(name: String, arguments: [String]) throws {
        let answer = try Self.respond(arguments)
        #expect(try Self.respond(arguments) == answer, "the same query gave different bytes")
        try Golden.check(answer, against: name)
    }

    @Test func agreementsAsOf2006LeaveOutThoseNotYetInForce() throws {
        let all = try Self.respond(["agreements", "--party", "DZ", "FR", "--format", "csv"])
        let asOf = try Self.respond(["agreements", "--party", "DZ", "FR", "--as-of", "2006", "--format", "csv"])
        // Road freight: signed 2004, in force 2009. Air services: signed 2006-02-16, in force 2008.
        // The partnership convention: signed 2007-12.
        for id in ["agr.dz-fr.2004.road-freight", "agr.dz-fr.2006-02-16.air-transport", "agr.dz-fr.2007-12.partenariat"] {
            #expect(all.contains(id))
            #expect(!asOf.contains(id), "\(id) is not valid as of 2006")
        }
        #expect(asOf.contains("agr.dz-fr.1980.social-security"))
        let road = try #require(all.components(separatedBy: "\r\n").first { $0.hasPrefix("agr.dz-fr.2004.road-freight,") })
        #expect(road.contains(",2004,2009,"))
    }
}
