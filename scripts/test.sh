#!/usr/bin/env bash
# Runs the whole test suite: Swift tests plus the cross-checks against NetworkX and rdflib.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/ensure-deps.sh --python
export COOPGRAPH_PYTHON="$root/.venv/bin/python"
swift test 2>&1
