#!/usr/bin/env python3
"""Cross-check of coopgraph's exchange files with NetworkX and rdflib.

Usage: check_exchange.py EXPECTED.json GRAPHML GEXF NT TTL

EXPECTED.json is written by the Swift test from the graph itself: the nodes and edges with the
attributes each reader should see, the RDF triple count, an entity and its expected partners.
This script reads the files with the real clients, compares, and prints one JSON report on
stdout; the Swift test asserts on it. Lists written as JSON text are decoded before comparing.
"""
import json
import sys

import networkx as nx
import rdflib
from rdflib.compare import isomorphic

PARTNERS_QUERY = """
PREFIX cg: <https://coopgraph.example/def#>
SELECT DISTINCT ?partner WHERE {
  { ?entity cg:partyTo|cg:beneficiaryOf ?agreement .
    ?partner cg:partyTo|cg:beneficiaryOf ?agreement .
    ?agreement a cg:Agreement . }
  UNION { ?entity cg:cooperatesWith ?partner . }
  UNION { ?partner cg:cooperatesWith ?entity . }
  FILTER (?partner != ?entity)
  FILTER NOT EXISTS { ?partner cg:underAuthorityOf+ ?entity . }
  FILTER NOT EXISTS { ?entity cg:underAuthorityOf+ ?partner . }
}
"""


def canonical(value):
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def normalise(attributes, expected):
    """The attributes as JSON values, decoding the JSON-text columns the expectation holds as lists."""
    result = {}
    for name, value in attributes.items():
        if isinstance(expected.get(name), list) and isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                pass
        result[name] = value
    return result


def edges_of(graph):
    """(id, source, target, attributes) of every edge, whatever graph class NetworkX chose."""
    if graph.is_multigraph():
        for source, target, key, data in graph.edges(keys=True, data=True):
            data = dict(data)
            yield str(data.pop("id", key)), source, target, data
    else:
        for source, target, data in graph.edges(data=True):
            data = dict(data)
            yield str(data.pop("id", "")), source, target, data


def compare(graph, expected_nodes, expected_edges, label):
    mismatches = []
    if sorted(graph.nodes) != sorted(expected_nodes):
        mismatches.append(f"{label}: node ids differ")
    for node, data in graph.nodes(data=True):
        expected = expected_nodes.get(node, {})
        actual = normalise(data, expected)
        if canonical(actual) != canonical(expected):
            mismatches.append(f"{label}: node {node}: read {canonical(actual)}, expected {canonical(expected)}")
    seen = {}
    for edge_id, source, target, data in edges_of(graph):
        seen[edge_id] = (source, target, data)
    if sorted(seen) != sorted(expected_edges):
        mismatches.append(f"{label}: edge ids differ: {sorted(seen)[:5]}...")
    for edge_id, expected in expected_edges.items():
        if edge_id not in seen:
            continue
        source, target, data = seen[edge_id]
        if (source, target) != (expected["source"], expected["target"]):
            mismatches.append(f"{label}: edge {edge_id} links {source}->{target}")
        actual = normalise(data, expected["attributes"])
        if canonical(actual) != canonical(expected["attributes"]):
            mismatches.append(
                f"{label}: edge {edge_id}: read {canonical(actual)}, expected {canonical(expected['attributes'])}"
            )
    return mismatches


def main():
    expected_path, graphml_path, gexf_path, nt_path, ttl_path = sys.argv[1:6]
    with open(expected_path, encoding="utf-8") as handle:
        expected = json.load(handle)
    report = {"versions": {"networkx": nx.__version__, "rdflib": rdflib.__version__}}

    graphml = nx.read_graphml(graphml_path)
    report["graphml"] = {
        "nodes": graphml.number_of_nodes(),
        "edges": graphml.number_of_edges(),
        "mismatches": compare(graphml, expected["graphml"]["nodes"], expected["graphml"]["edges"], "graphml"),
    }

    gexf = nx.read_gexf(gexf_path, version="1.3")
    try:
        default = nx.read_gexf(gexf_path)
        default_ok = sorted(default.nodes) == sorted(gexf.nodes) and default.number_of_edges() == gexf.number_of_edges()
    except Exception as error:  # the report says what the default reader did
        default_ok = f"{type(error).__name__}: {error}"
    report["gexf"] = {
        "nodes": gexf.number_of_nodes(),
        "edges": gexf.number_of_edges(),
        "mode": gexf.graph.get("mode"),
        "default_reader": default_ok,
        "mismatches": compare(gexf, expected["gexf"]["nodes"], expected["gexf"]["edges"], "gexf"),
    }

    nt = rdflib.Graph().parse(nt_path, format="nt")
    ttl = rdflib.Graph().parse(ttl_path, format="turtle")
    entity = rdflib.URIRef(expected["rdf"]["entity"])
    answers = {}
    for name, graph in (("nt", nt), ("ttl", ttl)):
        rows = graph.query(PARTNERS_QUERY, initBindings={"entity": entity})
        answers[name] = sorted(str(row.partner) for row in rows)
    report["rdf"] = {
        "nt_triples": len(nt),
        "ttl_triples": len(ttl),
        "isomorphic": isomorphic(nt, ttl),
        "partners_nt": answers["nt"],
        "partners_ttl": answers["ttl"],
    }
    json.dump(report, sys.stdout, ensure_ascii=False, sort_keys=True, indent=1)


if __name__ == "__main__":
    main()
