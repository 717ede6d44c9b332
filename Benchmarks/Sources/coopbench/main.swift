import CoopExchange
import CoopModel
import CoopQuery
import Foundation

// coopbench: the Swift side of Benchmarks/run-queries.sh. Prints one JSON object per command.
//   coopbench load DIR                      parse + index time, entity/relation counts, peak RSS
//   coopbench make-queries DIR N SEED OUT   N random partners/ego/path queries, as a TSV both sides read
//   coopbench queries DIR QUERIES           run the queries after loading; times and checksums
//   coopbench latency DIR QUERIES REPEAT    per-query latency (median) on a small graph, in-process
//   coopbench synth NODES EDGES SEED DIR    the files `coopgraph synth` writes, without a release CLI build

let schema = Schema(nodeTypes: [:], relationTypes: [:], dateRoles: [:])
let arguments = CommandLine.arguments

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// CPU seconds spent by this process, all its threads counted (the CSV reader reads a large
/// relationships file in two halves at once): steadier than wall time on a machine shared with
/// other builds.
func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
    var start = timespec(), end = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &start)
    try body()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &end)
    return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
}

/// Resident memory now (not the peak), from /proc; 0 where there is no /proc.
func currentRSSKilobytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024 : 0
}

func peakRSSKilobytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
}

func load(_ directory: String) throws -> KnowledgeGraph {
    try Neo4jCSV.read(from: URL(fileURLWithPath: directory), schema: schema)
}

struct Query {
    let kind: String
    let ids: [String]
}

func readQueries(_ path: String) throws -> [Query] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { line in
        let parts = line.split(separator: "\t").map(String.init)
        return Query(kind: parts[0], ids: Array(parts.dropFirst()))
    }
}

/// Runs one query; returns its checksum (rows, nodes or path length, -1 when no path).
func answer(_ query: Query, _ graph: KnowledgeGraph) throws -> Int {
    let first = graph.index(of: EntityID(query.ids[0]))!
    switch query.kind {
    case "partners":
        return partners(PartnersQuery(entity: first), in: graph).links.count
    case "ego":
        // Like NetworkX's ego_graph, build the induced subgraph too, not only the node set.
        let answer = try neighbors(NeighborsQuery(entity: first, depth: 2), in: graph)
        return answer.subgraph.entities.count
    default:
        let second = graph.index(of: EntityID(query.ids[1]))!
        let found = try paths(PathQuery(from: first, to: second), in: graph)
        return found.paths.first?.count ?? -1
    }
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

func json(_ fields: [(String, Any)]) -> String {
    "{" + fields.map { "\"\($0.0)\": \($0.1 is String ? "\"\($0.1)\"" : "\($0.1)")" }.joined(separator: ", ") + "}"
}

do {
    switch arguments.dropFirst().first {
    case "load":
        var graph: KnowledgeGraph?
        var time = 0.0
        let cpu = try cpuSeconds { time = try seconds { graph = try load(arguments[2]) } }
        print(json([("load_s", time), ("load_cpu_s", cpu), ("entities", graph!.entityCount),
                    ("relations", graph!.relationCount), ("max_rss_kb", peakRSSKilobytes()),
                    ("rss_after_load_kb", currentRSSKilobytes())]))
    case "make-queries":
        let graph = try load(arguments[2])
        let count = Int(arguments[3])!
        var random = UInt64(arguments[4])!
        func next(_ bound: Int) -> Int {
            random = random &* 6364136223846793005 &+ 1442695040888963407
            return Int((random >> 33) % UInt64(bound))
        }
        let actors = [NodeType.country, .ministry, .agency, .organisation].flatMap { graph.indices(ofType: $0) }
        var lines: [String] = []
        for kind in ["partners", "ego", "path"] {
            for _ in 0..<count {
                let a = graph.entity(at: actors[next(actors.count)]).id.rawValue
                let b = graph.entity(at: next(graph.entityCount)).id.rawValue
                lines.append(kind == "path" ? "\(kind)\t\(a)\t\(b)" : "\(kind)\t\(a)")
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: arguments[5], atomically: true, encoding: .utf8)
    case "queries":
        var graph: KnowledgeGraph?
        let loadTime = try seconds { graph = try load(arguments[2]) }
        let queries = try readQueries(arguments[3])
        var fields: [(String, Any)] = [("load_s", loadTime)]
        for kind in ["partners", "ego", "path"] {
            var checksum = 0
            var each: [Double] = []
            var total = 0.0
            let cpu = try cpuSeconds {
                total = try seconds {
                    for query in queries where query.kind == kind {
                        var result = 0
                        each.append(try seconds { result = try answer(query, graph!) })
                        checksum &+= result
                    }
                }
            }
            fields += [("\(kind)_total_s", total), ("\(kind)_cpu_s", cpu), ("\(kind)_median_us", median(each) * 1e6),
                       ("\(kind)_checksum", checksum)]
        }
        print(json(fields))
    case "latency":
        let graph = try load(arguments[2])
        let queries = try readQueries(arguments[3])
        let repeats = Int(arguments[4])!
        var fields: [(String, Any)] = [("entities", graph.entityCount), ("relations", graph.relationCount)]
        for kind in ["partners", "ego", "path"] {
            var each: [Double] = []
            for query in queries where query.kind == kind {
                let time = try seconds { for _ in 0..<repeats { _ = try answer(query, graph) } }
                each.append(time / Double(repeats))
            }
            fields.append(("\(kind)_median_us", median(each) * 1e6))
        }
        print(json(fields))
    case "synth":
        let graph = SyntheticGraph.make(
            nodes: Int(arguments[2])!, edges: Int(arguments[3])!, seed: UInt64(arguments[4])!, schema: schema)
        try Neo4jCSV.write(graph, to: URL(fileURLWithPath: arguments[5]))
    default:
        FileHandle.standardError.write(Data("usage: coopbench load|make-queries|queries|latency|synth …\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("coopbench: \(error)\n".utf8))
    exit(1)
}
