import Foundation
import Testing

/// The help texts are part of the interface: a change to them shows in review as a golden diff.
@Suite struct HelpTests {
    /// The subcommand names listed by `coopgraph --help`.
    static func subcommands() throws -> [String] {
        let help = try CLI.run(["--help"]).stdout
        guard let start = help.range(of: "SUBCOMMANDS:\n") else { return [] }
        return help[start.upperBound...].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            let name = line.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init)
            return name == "See" ? nil : name
        }
    }

    @Test func rootHelpListsTheMainCommands() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        let names = try Self.subcommands()
        #expect(Set(["validate", "stats", "graphviz", "export", "import", "brief"]).isSubset(of: names))
        try Golden.check(result.stdout, against: "help-coopgraph.txt")
    }

    @Test func everySubcommandHelpMatchesItsGoldenFile() throws {
        let names = try Self.subcommands()
        #expect(!names.isEmpty)
        for name in names {
            let result = try CLI.run(["help", name])
            #expect(result.status == 0, "help \(name)")
            #expect(result.stdout.contains("USAGE: coopgraph \(name)"), "help \(name)")
            try Golden.check(result.stdout, against: "help-\(name).txt")
        }
    }

    @Test func versionIsPrinted() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("coopgraph "))
    }

    @Test func anUnknownSubcommandFailsWithUsage() throws {
        let result = try CLI.run(["frobnicate"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("frobnicate"))
    }
}
