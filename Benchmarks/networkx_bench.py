#!/usr/bin/env python3
"""NetworkX side of Benchmarks/run-queries.sh: the same files, the same queries, the same checksums.

  networkx_bench.py load DIR                 parse + index time, counts, peak RSS
  networkx_bench.py queries DIR QUERIES      load, then run the queries; times and checksums
  networkx_bench.py latency DIR QUERIES N    per-query latency (median) on a small graph

The graph is a MultiDiGraph keyed by node id with every CSV cell as an attribute (like the Swift
side, which keeps every cell), plus a simple undirected nx.Graph for ego networks and paths (the
Swift side's CSR adjacency plays that role). Both are counted in the load time.
"""
import csv
import json
import resource
import statistics
import sys
import time

import networkx as nx

PARTICIPATION = {
    "agreement": {"party_to", "beneficiary_of"},
    "event": {"took_part_in", "intervened_in"},
    "programme": {"supports", "runs", "beneficiary_of"},
    "joint_body": {"member_of", "runs"},
}


def load(directory):
    graph = nx.MultiDiGraph()
    with open(f"{directory}/nodes.csv", newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        header = next(rows)
        for row in rows:
            graph.add_node(row[0], **{key: value for key, value in zip(header[1:], row[1:]) if value})
    with open(f"{directory}/relationships.csv", newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        header = next(rows)
        for row in rows:
            graph.add_edge(row[0], row[1], type=row[2], **{k: v for k, v in zip(header[3:], row[3:]) if v})
    simple = nx.Graph()
    simple.add_nodes_from(graph)
    simple.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    return graph, simple


def authority_family(graph, entity):
    """The entity with everything above and below it through `under_authority_of`."""
    family = {entity}
    for walk in (lambda node: ((v, d) for _, v, d in graph.out_edges(node, data=True)),
                 lambda node: ((u, d) for u, _, d in graph.in_edges(node, data=True))):
        stack = [entity]
        while stack:
            for other, data in walk(stack.pop()):
                if data["type"] == "under_authority_of" and other not in family:
                    family.add(other)
                    stack.append(other)
    return family


def partners(graph, entity):
    """Rows as the Swift `partners` counts them: one per (partner, kind, shared node), one per asserted
    relation; the entity's superiors and subordinates (`under_authority_of`) are never partners."""
    family = authority_family(graph, entity)
    rows = set()
    for _, link, key, data in graph.out_edges(entity, keys=True, data=True):
        if link in family:
            continue
        kind = graph.nodes[link].get(":LABEL")
        if data["type"] == "cooperates_with":
            rows.add((link, "asserted", (entity, link, key)))
            continue
        if kind in PARTICIPATION and data["type"] in PARTICIPATION[kind]:
            for partner, _, other in graph.in_edges(link, data=True):
                if partner not in family and other["type"] in PARTICIPATION[kind]:
                    rows.add((partner, kind, link))
    for source, _, key, data in graph.in_edges(entity, keys=True, data=True):
        if data["type"] == "cooperates_with" and source not in family:
            rows.add((source, "asserted", (source, entity, key)))
    return len(rows)


def answer(graph, simple, query):
    kind, ids = query[0], query[1:]
    if kind == "partners":
        return partners(graph, ids[0])
    if kind == "ego":
        return nx.ego_graph(simple, ids[0], radius=2).number_of_nodes()
    try:
        return len(nx.shortest_path(simple, ids[0], ids[1])) - 1
    except nx.NetworkXNoPath:
        return -1


def read_queries(path):
    with open(path, encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle if line.strip()]


def peak_rss_kb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(argv):
    command, directory = argv[1], argv[2]
    start, cpu_start = time.perf_counter(), time.process_time()
    graph, simple = load(directory)
    load_s = time.perf_counter() - start
    load_cpu_s = time.process_time() - cpu_start
    if command == "load":
        print(json.dumps({"load_s": load_s, "load_cpu_s": load_cpu_s, "entities": graph.number_of_nodes(),
                          "relations": graph.number_of_edges(), "max_rss_kb": peak_rss_kb()}))
        return
    queries = read_queries(argv[3])
    result = {"load_s": load_s} if command == "queries" else {
        "entities": graph.number_of_nodes(), "relations": graph.number_of_edges()}
    repeats = int(argv[4]) if command == "latency" else 1
    for kind in ("partners", "ego", "path"):
        checksum, each = 0, []
        total_start, cpu_start = time.perf_counter(), time.process_time()
        for query in (q for q in queries if q[0] == kind):
            query_start = time.perf_counter()
            for _ in range(repeats):
                value = answer(graph, simple, query)
            each.append((time.perf_counter() - query_start) / repeats)
            checksum += value
        if command == "queries":
            result[f"{kind}_total_s"] = time.perf_counter() - total_start
            result[f"{kind}_cpu_s"] = time.process_time() - cpu_start
            result[f"{kind}_checksum"] = checksum
        result[f"{kind}_median_us"] = statistics.median(each) * 1e6 if each else 0
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv)
