#!/usr/bin/env bash
# Scores the extractor on held-out notes (Tests/CoopExtractTests/Fixtures/heldout/NAME.txt) against
# their hand-written gold (NAME.expected.yaml), each document alone. The gold folder is built in a
# temporary directory (the expected file as its kb/, plus Data/lexicons and Data/schema.yaml); the
# extractor links with LINK (default Data: the shipped knowledge base, as a user runs it; pass an
# empty folder holding only lexicons/ to score with the lexicons alone).
# Usage: scripts/score-heldout.sh [--verbose] [--binary BIN] [--link LINK] [NAME…]   (default: every held-out note)
set -euo pipefail
cd "$(dirname "$0")/.."
verbose=() bin="" link=Data names=()
while [ $# -gt 0 ]; do
  case $1 in
  --verbose) verbose=(--verbose) ;;
  --binary) bin=$2; shift ;;
  --link) link=$2; shift ;;
  *) names+=("$1") ;;
  esac
  shift
done
folder=Tests/CoopExtractTests/Fixtures/heldout
if [ ${#names[@]} -eq 0 ]; then
  for file in "$folder"/*.expected.yaml; do names+=("$(basename "$file" .expected.yaml)"); done
fi
if [ -z "$bin" ]; then
  swift build -c release --product coopgraph >/dev/null
  bin=$(swift build -c release --show-bin-path)/coopgraph
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for name in "${names[@]}"; do
  mkdir -p "$work/$name/gold/kb" "$work/$name/docs"
  cp -r Data/lexicons "$work/$name/gold/"
  cp Data/schema.yaml "$work/$name/gold/"
  cp "$folder/$name.expected.yaml" "$work/$name/gold/kb/gold.yaml"
  cp "$folder/$name.txt" "$work/$name/docs/"
  echo "== $name"
  "$bin" score-extraction --gold "$work/$name/gold" --link-data "$link" --docs "$work/$name/docs/$name.txt" "${verbose[@]}"
done
