import Foundation
@testable import GraphvizKit

/// Small graphs and byte helpers shared by the tests.
enum Fixtures {
    /// A graph of one node `n` with a plain label.
    static func singleNode(label: Label, fontname: String? = nil) -> Graph {
        var graph = Graph(name: "single")
        var attributes: Attributes = [:]
        attributes.label = label
        attributes.fontname = fontname
        graph.addNode("n", attributes: attributes)
        return graph
    }

    /// A small directed graph with a nested cluster and parallel keyed edges.
    static func small(prefix: String = "") -> Graph {
        var graph = Graph(name: "small")
        var outer = Cluster("outer", attributes: ["label": .text("Outer")])
        var inner = Cluster("inner")
        inner.addNode(prefix + "c")
        outer.addNode(prefix + "b")
        outer.addCluster(inner)
        graph.addNode(prefix + "a")
        graph.addCluster(outer)
        graph.addEdge(from: prefix + "a", to: prefix + "b", key: "k1")
        graph.addEdge(from: prefix + "a", to: prefix + "b", key: "k2")
        graph.addEdge(from: prefix + "b", to: prefix + "c")
        graph.addEdge(from: prefix + "c", to: prefix + "a")
        return graph
    }

    /// Width and height from a PNG's IHDR chunk.
    static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data)
        guard bytes.count >= 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
        func int(at offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(at: 16), int(at: 20))
    }

    /// Resident set size of this process, from /proc/self/statm.
    static func residentBytes() -> Int? {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
