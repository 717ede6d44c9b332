#!/usr/bin/env bash
# Output guard for extraction speed work: writes the review files (YAML and JSON) and the
# seed scores of a `coopgraph` binary into a folder, and compares them with a reference folder.
# A speed change must leave every byte the same.
#
# Usage:
#   Benchmarks/extract/check_identical.sh save  DIR [BINARY]   # write reference outputs
#   Benchmarks/extract/check_identical.sh check DIR [BINARY]   # write to DIR.new, diff with DIR
# BINARY defaults to the release build of this checkout. Inputs: the seed documents
# (../shared/seeds/*.txt, each and together), each fixture, and a 3 MB generated corpus.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:?save or check}
reference=${2:?folder for the outputs}
bin=${3:-$(swift build -c release --show-bin-path)/coopgraph}
seeds=(../shared/seeds/*.txt)
corpus=Benchmarks/out/corpus-3mb.txt
mkdir -p Benchmarks/out
[ -f "$corpus" ] || python3 Benchmarks/extract/make_corpus.py "$corpus" 3

case $mode in
save) target=$reference ;;
check) target=$reference.new ;;
*) echo "mode must be save or check" >&2; exit 2 ;;
esac
rm -rf "$target"
mkdir -p "$target"

run() { # name files…
  local name=$1; shift
  "$bin" extract "$@" --data Data -o "$target/$name.yaml" 2>/dev/null
  "$bin" extract "$@" --data Data --format json -o "$target/$name.json" 2>/dev/null
}
for doc in "${seeds[@]}" Tests/CoopExtractTests/Fixtures/*.txt; do run "$(basename "$doc" .txt)" "$doc"; done
run seeds-together "${seeds[@]}"
run corpus-3mb "$corpus"
"$bin" score-extraction --gold Data --docs "${seeds[@]}" --verbose >"$target/score-seeds.txt"

if [ "$mode" = check ]; then
  if diff -rq -x READY "$reference" "$target"; then
    echo "identical: $(ls "$target" | wc -l) files"
  else
    echo "DIFFERENT outputs (see diff -r $reference $target)" >&2
    exit 1
  fi
fi
