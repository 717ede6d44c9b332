#!/usr/bin/env bash
# Checks that LibreOffice opens coopgraph's .docx briefings and lays them out as real pages.
#
#   scripts/check-docx.sh [FILE.docx ...]
#
# With no file, writes sample briefings of dz.miclat (French and Arabic, from the shipped
# knowledge base) through the CoopBrief test suite, then checks those. For each document it
# converts to PDF with `soffice --headless`, renders every page with `pdftoppm -png -r 60`, and
# checks that there is at least one page and that no page is blank (enough dark pixels).
# The PNG pages stay in $CHECK_DOCX_OUT (default .build/check-docx) to be looked at.
# Standalone on purpose: LibreOffice is a heavy install, so scripts/test.sh does not run this.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="${CHECK_DOCX_OUT:-$root/.build/check-docx}"
min_dark_pixels="${CHECK_DOCX_MIN_DARK_PIXELS:-40}"   # a page with fewer dark pixels is "blank"

install_if_missing() {  # COMMAND PACKAGE
    command -v "$1" >/dev/null 2>&1 && return
    echo "installing $2 (for $1)…"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$2" >/dev/null
}
install_if_missing soffice libreoffice-writer-nogui
install_if_missing pdftoppm poppler-utils
install_if_missing pdfinfo poppler-utils

rm -rf "$out" && mkdir -p "$out"
documents=("$@")
if [ ${#documents[@]} -eq 0 ]; then
    echo "writing sample briefings to $out/samples…"
    COOPGRAPH_BRIEF_SAMPLES="$out/samples" swift test --filter writesSamplesWhenAsked >"$out/samples.log" 2>&1 \
        || { cat "$out/samples.log"; exit 1; }
    documents=("$out"/samples/*.docx)
fi

# "DARK TOTAL": the pixels darker than mid-grey, and all pixels, of a binary PGM (P5, 8-bit) file.
dark_pixels() {
    local file="$1" header width height
    header=$(head -c 64 "$file" | head -n 3 | tr '\n' ' ')
    read -r _ width height _ <<<"$header"
    local header_bytes
    header_bytes=$(head -n 3 "$file" | wc -c)
    tail -c +"$((header_bytes + 1))" "$file" | od -An -v -tu1 \
        | awk -v total="$((width * height))" '{ for (i = 1; i <= NF; i++) if ($i < 160) dark++ }
            END { printf "%d %d", dark, total }'
}

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
failures=0
for document in "${documents[@]}"; do
    name="$(basename "$document" .docx)"
    echo "== $document"
    soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$document" \
        >"$out/$name.soffice.log" 2>&1 || true
    pdf="$out/$name.pdf"
    if [ ! -s "$pdf" ]; then
        echo "FAIL: LibreOffice made no PDF (see $out/$name.soffice.log)"
        failures=$((failures + 1))
        continue
    fi
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
    echo "   PDF: $pages page(s)"
    pdftoppm -png -r 60 "$pdf" "$out/$name-page"
    pdftoppm -gray -r 60 "$pdf" "$out/$name-gray"
    shopt -s nullglob
    pngs=("$out/$name-page"*.png)
    if [ "${#pngs[@]}" -lt 1 ] || [ "${#pngs[@]}" -ne "$pages" ]; then
        echo "FAIL: expected $pages page image(s), found ${#pngs[@]}"
        failures=$((failures + 1))
    fi
    for gray in "$out/$name-gray"*.pgm; do
        read -r dark total <<<"$(dark_pixels "$gray")"
        page="${gray##*-gray-}"
        if [ "$dark" -lt "$min_dark_pixels" ]; then
            echo "FAIL: page ${page%.pgm} looks blank ($dark dark pixels of $total)"
            failures=$((failures + 1))
        else
            echo "   page ${page%.pgm}: $dark dark pixels of $total ($((dark * 1000 / total))‰)"
        fi
        rm -f "$gray"
    done
    words=$(pdftotext "$pdf" - 2>/dev/null | wc -w)
    echo "   text: $words words"
    [ "$words" -gt 0 ] || { echo "FAIL: no text in the PDF"; failures=$((failures + 1)); }
done
echo "page images: $out/*-page-*.png"
if [ "$failures" -gt 0 ]; then
    echo "check-docx: $failures problem(s)"
    exit 1
fi
echo "check-docx: ${#documents[@]} document(s) opened by LibreOffice, every page has content"
