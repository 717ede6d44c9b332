#!/usr/bin/env bash
# Extraction throughput and memory: a release build of `coopgraph extract` on a generated corpus,
# side by side with `wc -w` (reading and splitting the same bytes) as the floor.
# Usage: Benchmarks/extract/run.sh [MEGABYTES]   (default 100)
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-100}
out=Benchmarks/out
mkdir -p "$out"
corpus="$out/corpus-${size}mb.txt"
[ -f "$corpus" ] || python3 Benchmarks/extract/make_corpus.py "$corpus" "$size"
swift build -c release --product coopgraph >/dev/null
bin=$(swift build -c release --show-bin-path)/coopgraph
bytes=$(stat -c %s "$corpus")

measure() { # label command…
  local label=$1; shift
  local log="$out/time-$label.txt"
  /usr/bin/time -v "$@" >/dev/null 2>"$log"
  local seconds rss
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  echo "$label $seconds $rss"
}

read -r _ t_wc rss_wc < <(measure wc wc -w "$corpus")
read -r _ t_x rss_x < <(measure extract "$bin" extract "$corpus" --data Data -o "$out/review-${size}mb.yaml")
awk -v b="$bytes" -v tw="$t_wc" -v tx="$t_x" -v rw="$rss_wc" -v rx="$rss_x" 'BEGIN {
  mb = b / 1048576
  printf "corpus: %.1f MB\n", mb
  printf "wc -w:            %6.2f s  %7.1f MB/s  max RSS %6.1f MB\n", tw, mb / tw, rw / 1024
  printf "coopgraph extract: %6.2f s  %7.1f MB/s  max RSS %6.1f MB\n", tx, mb / tx, rx / 1024
  printf "extract / wc time ratio: %.1f\n", tx / tw
}'
