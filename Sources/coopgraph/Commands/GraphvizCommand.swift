import ArgumentParser
import Foundation
import GraphvizKit

/// `coopgraph graphviz`: what the installed Graphviz offers.
struct GraphvizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphviz",
        abstract: "Show the Graphviz version, layout engines and output formats.",
        subcommands: [Soak.self]
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    func run() throws {
        let capabilities = Graphviz.capabilities()
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(capabilities), as: UTF8.self))
        case .table:
            let rows = [
                ("Graphviz", capabilities.version),
                ("Layout engines", capabilities.layoutEngines.joined(separator: " ")),
                ("Output formats", capabilities.outputFormats.joined(separator: " ")),
                ("Text layout", capabilities.textLayouts.isEmpty ? "none" : capabilities.textLayouts.joined(separator: " ")),
            ]
            let width = rows.map(\.0.count).max() ?? 0
            for (name, value) in rows {
                print(name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value)
            }
        }
    }
}

extension GraphvizCommand {
    /// Hidden: renders one small graph many times, for leak checks under valgrind.
    struct Soak: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render a small graph repeatedly (leak checking).", shouldDisplay: false
        )

        @Option(help: "Number of renders.")
        var count = 300

        @Flag(help: "Leave out clusters and HTML labels (Graphviz 2.42 leaks in those paths).")
        var simple = false

        @Flag(help: "After a warm-up of 50 renders, print how much the resident set grew over the loop.")
        var reportMemory = false

        func run() throws {
            var graph = Graph(name: "soak")
            if !simple {
                var cluster = Cluster("eu", attributes: ["label": .text("EU & partners")])
                cluster.addNode(#"C:\Net"#)
                graph.addCluster(cluster)
                graph.addNode("b", attributes: ["label": .html(HTMLLabel(text: "B & <b>", style: .init(bold: true)))])
            }
            graph.addEdge(from: #"C:\Net"#, to: "b", key: "k1", attributes: ["href": .url("?x=1&y=2")])
            graph.addEdge(from: #"C:\Net"#, to: "b", key: "k2")
            func renderRound(_ count: Int) throws {
                for index in 0..<count {
                    _ = try Graphviz.render(graph, format: index.isMultiple(of: 2) ? .svg : .png)
                    _ = try Graphviz.render(dot: DOTWriter.write(graph), format: .plain)
                }
            }
            guard reportMemory else {
                try renderRound(count)
                print("rendered \(count) graphs")
                return
            }
            try renderRound(50)
            let before = try Self.residentBytes()
            try renderRound(count)
            print("rendered \(count) graphs after a warm-up of 50; resident set grew by \(try Self.residentBytes() - before) bytes")
        }

        /// This process's resident set, from Linux's /proc.
        private static func residentBytes() throws -> Int {
            let statm = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8)
            let fields = statm.split(separator: " ")
            guard fields.count > 1, let pages = Int(fields[1]) else {
                throw ValidationError("cannot read the resident set from /proc/self/statm")
            }
            return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        }
    }
}
