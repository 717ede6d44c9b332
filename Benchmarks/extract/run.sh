#!/usr/bin/env bash
# Extraction throughput and memory: a release build of `coopgraph extract` on a generated corpus,
# side by side with `wc -w` (reading and splitting the same bytes) as the floor, in the same run.
# Prints MB/s of corpus by wall time and by user CPU time (the steadier figure on a shared
# machine), max RSS, the extract/wc ratios and the load average.
# Usage: Benchmarks/extract/run.sh [MEGABYTES] [RUNS]   (default 100 MB, 1 run of each)
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-100}
runs=${2:-1}
out=Benchmarks/out
mkdir -p "$out"
corpus="$out/corpus-${size}mb.txt"
[ -f "$corpus" ] || python3 Benchmarks/extract/make_corpus.py "$corpus" "$size"
swift build -c release --product coopgraph >/dev/null
bin=$(swift build -c release --show-bin-path)/coopgraph
bytes=$(stat -L -c %s "$corpus")  # -L: the corpus may be a symlink to a shared copy

measure() { # label command…  → "label wall user rss"
  local label=$1; shift
  local log="$out/time-$label.txt"
  /usr/bin/time -v "$@" >/dev/null 2>"$log"
  awk -v label="$label" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + p[i] }
    /User time \(seconds\)/ { user = $2 }
    /Maximum resident set size/ { rss = $2 }
    END { print label, wall, user, rss }' "$log"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$runs"); do
  read -r _ w_wc u_wc r_wc < <(measure wc wc -w "$corpus")
  read -r _ w_x u_x r_x < <(measure extract "$bin" extract "$corpus" --data Data -o "$out/review-${size}mb.yaml")
  awk -v b="$bytes" -v run="$run" -v ww="$w_wc" -v uw="$u_wc" -v rw="$r_wc" -v wx="$w_x" -v ux="$u_x" -v rx="$r_x" 'BEGIN {
    mb = b / 1048576
    if (uw < 0.01) uw = 0.01
    printf "run %d, corpus %.1f MB\n", run, mb
    printf "  wc -w:             wall %7.2f s %7.1f MB/s   user %7.2f s %7.1f MB/s   max RSS %7.1f MB\n", ww, mb / ww, uw, mb / uw, rw / 1024
    printf "  coopgraph extract: wall %7.2f s %7.1f MB/s   user %7.2f s %7.1f MB/s   max RSS %7.1f MB\n", wx, mb / wx, ux, mb / ux, rx / 1024
    printf "  extract / wc -w:   wall %.1fx   user %.1fx\n", wx / ww, ux / uw
  }'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
