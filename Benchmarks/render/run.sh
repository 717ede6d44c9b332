#!/usr/bin/env bash
# Rendering benchmark: coopgraph against Graphviz's own command-line tools, side by side in one
# run, timed from process start to file written.
#   1. the whole partnership network (Graphs/01-network.yaml) to PNG:
#        coopgraph render 01-network -o OUT.png   vs   dot -Tpng NET.dot -o OUT.png
#   2. a synthetic graph of 5,000 nodes laid out by sfdp to PNG:
#        coopgraph render --synthetic 5000 -o OUT.png   vs   sfdp -Tpng BIG.dot -o OUT.png
# The DOT files given to dot/sfdp are the ones coopgraph hands to Graphviz (`-o FILE.dot`),
# so both sides lay out and draw the same graph. coopgraph also loads and validates the whole
# knowledge base (case 1) or generates the graph (case 2) inside its timing.
# Usage: Benchmarks/render/run.sh [runs]   (default 10; release build; installs hyperfine if missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
runs="${1:-10}"
out="Benchmarks/out/render"
mkdir -p "$out"

if ! command -v hyperfine >/dev/null; then
    apt-get install -y hyperfine >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y hyperfine >/dev/null; }
fi
swift build -c release --product coopgraph >/dev/null
bin="$(swift build -c release --show-bin-path)/coopgraph"

"$bin" render 01-network -o "$out/network.dot" >/dev/null
"$bin" render --synthetic 5000 -o "$out/big.dot"

hyperfine --warmup 2 --runs "$runs" --export-json "$out/network.json" \
    -n "coopgraph render 01-network -o network.png" "$bin render 01-network -o $out/network-coopgraph.png" \
    -n "dot -Tpng network.dot -o network.png" "dot -Tpng $out/network.dot -o $out/network-dot.png"
hyperfine --warmup 1 --runs "$runs" --export-json "$out/big.json" \
    -n "coopgraph render --synthetic 5000 -o big.png" "$bin render --synthetic 5000 -o $out/big-coopgraph.png" \
    -n "sfdp -Tpng big.dot -o big.png" "sfdp -Tpng $out/big.dot -o $out/big-sfdp.png"

python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
print("\n| case | coopgraph median (s) | Graphviz CLI median (s) | wall ratio | coopgraph CPU (s) | Graphviz CPU (s) | CPU ratio |")
print("|---|---|---|---|---|---|---|")
for case, name in (("network", "whole network, dot, PNG"), ("big", "5,000 nodes, sfdp, PNG")):
    ours, theirs = json.load(open(f"{out}/{case}.json"))["results"]
    cpu = lambda r: r["user"] + r["system"]
    print(f"| {name} | {ours['median']:.3f} | {theirs['median']:.3f} | {ours['median'] / theirs['median']:.2f} "
          f"| {cpu(ours):.3f} | {cpu(theirs):.3f} | {cpu(ours) / cpu(theirs):.2f} |")
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
