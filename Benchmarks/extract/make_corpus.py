#!/usr/bin/env python3
"""Writes a large French corpus for the extraction benchmark by repeating the test fixtures
(Tests/CoopExtractTests/Fixtures/*.txt, written for this project) with varied years, days,
countries and acronyms, so the extractor cannot cache whole lines. Usage: make_corpus.py OUT MEGABYTES"""
import glob
import os
import random
import re
import sys

out, megabytes = sys.argv[1], float(sys.argv[2])
here = os.path.dirname(os.path.abspath(__file__))
fixtures = sorted(glob.glob(os.path.join(here, "../../Tests/CoopExtractTests/Fixtures/*.txt")))
paragraphs = []
for path in fixtures:
    with open(path, encoding="utf-8") as handle:
        paragraphs.append([line.rstrip("\n") for line in handle])
countries = ["l'Italie", "le Sénégal", "la Tunisie", "le Portugal", "la Grèce", "l'Allemagne", "le Mali", "la Turquie", "le Qatar", "l'Egypte"]
rng = random.Random(42)
target = int(megabytes * 1024 * 1024)
written = 0
with open(out, "w", encoding="utf-8") as handle:
    while written < target:
        for line in rng.choice(paragraphs):
            line = re.sub(r"\b(19|20)\d\d\b", lambda _: str(rng.randint(1990, 2024)), line)
            line = re.sub(r"\b([1-9]|1\d|2[0-8])\b(?= (janvier|mars|mai|juin|juillet|octobre|novembre))", lambda _: str(rng.randint(1, 28)), line)
            line = re.sub(r"\bl'Espagne\b|\bla Tunisie\b|\bl'Allemagne\b", lambda _: rng.choice(countries), line)
            line = re.sub(r"\(([A-Z]{3,6})\)", lambda m: "(" + m.group(1) + rng.choice("ABCDEFGH") + ")", line)
            data = line + "\n"
            handle.write(data)
            written += len(data.encode("utf-8"))
