#!/usr/bin/env python3
"""Independent answers from NetworkX for the Swift cross-check (CrossCheckTests).

Reads a request JSON: {"dir": folder with nodes.csv + relationships.csv, "pairs": [[a, b]], "egos": [[center, radius]]}
and prints {"lengths": [int|-1], "egos": [[ids sorted]], "degree": {id: int}, "betweenness": {id: float}}
computed on the simple undirected view (self-loops dropped), NetworkX's defaults otherwise.
"""
import csv
import json
import sys

import networkx as nx


def main(path):
    with open(path, encoding="utf-8") as handle:
        request = json.load(handle)
    graph = nx.Graph()
    with open(f"{request['dir']}/nodes.csv", newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        next(rows)
        graph.add_nodes_from(row[0] for row in rows)
    with open(f"{request['dir']}/relationships.csv", newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        next(rows)
        graph.add_edges_from((row[0], row[1]) for row in rows if row[0] != row[1])
    lengths = []
    for source, target in request["pairs"]:
        try:
            lengths.append(nx.shortest_path_length(graph, source, target))
        except nx.NetworkXNoPath:
            lengths.append(-1)
    egos = [sorted(nx.ego_graph(graph, center, radius=radius).nodes) for center, radius in request["egos"]]
    json.dump({
        "lengths": lengths,
        "egos": egos,
        "degree": dict(graph.degree()),
        "betweenness": nx.betweenness_centrality(graph),
    }, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
