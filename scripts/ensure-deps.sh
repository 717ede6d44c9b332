#!/usr/bin/env bash
# Installs what coopgraph needs from Debian/Ubuntu packages, only when something is missing.
# Usage: scripts/ensure-deps.sh [--python]   (--python also prepares .venv for the cross-checks)
set -euo pipefail

packages=(libgraphviz-dev graphviz pkg-config fonts-dejavu-core fontconfig)
python_packages=(networkx==3.* rdflib==7.*)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "coopgraph: installing ${missing[*]}" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
    echo "coopgraph: no Swift toolchain on PATH; install Swift 6.1 or later from swift.org" >&2
    exit 1
fi

if [ "${1:-}" = "--python" ]; then
    root="$(cd "$(dirname "$0")/.." && pwd)"
    venv="$root/.venv"
    if ! "$venv/bin/python" -c "import networkx, rdflib" 2>/dev/null; then
        echo "coopgraph: preparing $venv for the NetworkX and rdflib cross-checks" >&2
        python3 -m venv "$venv"
        "$venv/bin/pip" install -q "${python_packages[@]}"
    fi
fi
