#!/usr/bin/env bash
# Instruction count of `coopgraph extract` (release build) on the first MEGABYTES of the
# benchmark corpus, by callgrind: a figure that does not move with the machine's load, to compare
# two builds of the extractor. Valgrind reads the binary stripped (it gives up on the full debug
# information of a release build). Prints the total and the count per megabyte; the count covers
# the fixed cost of loading Data/ too, so compare builds at the same size.
# Usage: Benchmarks/extract/instructions.sh [MEGABYTES] [BINARY]   (default 2 MB, this checkout's release build)
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-2}
bin=${2:-}
out=Benchmarks/out
mkdir -p "$out"
corpus="$out/corpus-100mb.txt"
[ -f "$corpus" ] || python3 Benchmarks/extract/make_corpus.py "$corpus" 100
prefix="$out/corpus-prefix-${size}mb.txt"
head -c $((size * 1048576)) "$corpus" >"$prefix"
if [ -z "$bin" ]; then
  swift build -c release --product coopgraph >/dev/null
  bin=$(swift build -c release --show-bin-path)/coopgraph
fi
stripped="$out/coopgraph.stripped"
strip -o "$stripped" "$bin"
count() { # input → instructions
  # Deterministic hashing: with Swift's random seed the same binary's count moves by a few
  # million per run (tables grow and probe differently), more than the changes compared.
  SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.out" "$stripped" extract "$1" --data Data \
    -o "$out/review-callgrind.yaml" 2>"$out/callgrind.log" >/dev/null
  sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$out/callgrind.log" | tail -1
}
# The fixed cost (loading Data/, writing the file) measured on the corpus's first line alone.
head -n 1 "$corpus" >"$out/corpus-line.txt"
fixed=$(count "$out/corpus-line.txt")
total=$(count "$prefix")
awk -v t="$total" -v f="$fixed" -v s="$size" 'BEGIN {
  printf "instructions: %.0f total on a %d MB prefix, %.0f fixed (one line)\n", t, s, f
  printf "per MB of text beyond the fixed cost: %.1f million\n", (t - f) / s / 1e6
}'
