#!/usr/bin/env bash
# Side-by-side benchmark of coopgraph (Swift, release) and NetworkX 3.x on the same CSV files and
# the same random queries. Writes raw results to Benchmarks/out/ and prints medians and ratios.
#
#   bash Benchmarks/run-queries.sh                # 100k nodes / 1M edges, 3 runs, 1,000 queries per kind
#   NODES=10000 EDGES=100000 RUNS=3 bash Benchmarks/run-queries.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
NODES=${NODES:-100000}
EDGES=${EDGES:-1000000}
RUNS=${RUNS:-3}
QUERIES=${QUERIES:-1000}
SEED=${SEED:-42}
out="$here/out"
mkdir -p "$out"

echo "== build (release)"
swift build -c release --product coopbench >/dev/null
bench="$here/.build/release/coopbench"

echo "== python venv with networkx 3.x"
if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/python -m pip install --quiet 'networkx>=3,<4'
python=.venv/bin/python
"$python" -c 'import networkx; print("networkx", networkx.__version__)'

big="$out/graph-${NODES}-${EDGES}"
small="$out/graph-seed-size"
echo "== generate $NODES nodes / $EDGES edges (seed $SEED) and a seed-KB-sized graph"
# `coopbench synth` makes the same library calls as `coopgraph synth`, so the files are the same
# without a release build of the whole CLI.
[ -f "$big/relationships.csv" ] || "$bench" synth "$NODES" "$EDGES" "$SEED" "$big"
[ -f "$small/relationships.csv" ] || "$bench" synth 300 1200 "$SEED" "$small"
"$bench" make-queries "$big" "$QUERIES" "$SEED" "$out/queries.tsv"
"$bench" make-queries "$small" 200 "$SEED" "$out/queries-small.tsv"
ls -l "$big" | tail -n +2

results="$out/results.jsonl"
: > "$results"
for run in $(seq 1 "$RUNS"); do
  echo "== run $run/$RUNS (load average $(cut -d" " -f1-3 /proc/loadavg))"
  for side in swift networkx; do
    if [ "$side" = swift ]; then cmd=("$bench"); else cmd=("$python" "$here/networkx_bench.py"); fi
    load=$( { /usr/bin/time -v "${cmd[@]}" load "$big" > "$out/load.json"; } 2> "$out/time.txt"; cat "$out/load.json")
    maxrss=$(grep 'Maximum resident' "$out/time.txt" | awk '{print $NF}')
    queries=$("${cmd[@]}" queries "$big" "$out/queries.tsv")
    latency=$("${cmd[@]}" latency "$small" "$out/queries-small.tsv" 50)
    echo "{\"side\": \"$side\", \"run\": $run, \"load\": $load, \"time_v_max_rss_kb\": $maxrss, \"queries\": $queries, \"latency\": $latency}" | tee -a "$results"
  done
done

echo "== summary (medians of $RUNS runs; load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
"$python" - "$results" "$EDGES" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
edges = int(sys.argv[2])
def med(side, *path):
    values = []
    for row in rows:
        if row["side"] != side: continue
        value = row
        for key in path: value = value[key]
        values.append(value)
    return statistics.median(values)
def check(kind):
    s = {r["queries"][f"{kind}_checksum"] for r in rows if r["side"] == "swift"}
    n = {r["queries"][f"{kind}_checksum"] for r in rows if r["side"] == "networkx"}
    return "same" if s == n and len(s) == 1 else f"DIFFER swift={s} networkx={n}"
lines = [("load (parse + index), s", ("load", "load_s"), False),
         ("load, CPU s (this process)", ("load", "load_cpu_s"), False),
         ("peak RSS after load, MB", ("time_v_max_rss_kb",), True)]
print(f"| measure | coopgraph | NetworkX | NetworkX / coopgraph |")
print(f"|---|---|---|---|")
for label, path, memory in lines:
    s, n = med("swift", *path), med("networkx", *path)
    scale = 1024 if memory else 1
    print(f"| {label} | {s/scale:.3f} | {n/scale:.3f} | {n/s:.1f}x |")
s = med("swift", "time_v_max_rss_kb") * 1024 / edges
n = med("networkx", "time_v_max_rss_kb") * 1024 / edges
print(f"| peak bytes per edge | {s:.0f} | {n:.0f} | {n/s:.1f}x |")
for kind in ("partners", "ego", "path"):
    s, n = med("swift", "queries", f"{kind}_total_s"), med("networkx", "queries", f"{kind}_total_s")
    print(f"| 1,000 {kind} queries (1M edges), s | {s:.4f} | {n:.4f} | {n/s:.1f}x (answers: {check(kind)}) |")
    s, n = med("swift", "queries", f"{kind}_cpu_s"), med("networkx", "queries", f"{kind}_cpu_s")
    print(f"| 1,000 {kind} queries, CPU s | {s:.4f} | {n:.4f} | {n/s:.1f}x |")
for kind in ("partners", "ego", "path"):
    s, n = med("swift", "latency", f"{kind}_median_us"), med("networkx", "latency", f"{kind}_median_us")
    print(f"| {kind} latency on a seed-sized graph, µs (median) | {s:.1f} | {n:.1f} | {n/s:.1f}x |")
PY
