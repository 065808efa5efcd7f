#!/usr/bin/env python3
"""Writes a deterministic mix of search query strings for the search benchmarks.

Usage: scripts/bench-queries.py CORPUS_DIR OUT_FILE [COUNT]

Queries are 1-3 words sampled from the bodies of documents in each of the 8 languages (the same
number per language); half of them carry one or two facet filters (city, domain, theme, language,
year). Every query asks for facet counts (the API always returns them). Same corpus, same output.
"""
import os
import random
import re
import sys
import urllib.parse

LANGS = ["en", "ro", "it", "es", "de", "sv", "pl", "lv"]
DOMAINS = ["interaction", "participation", "governance"]
THEMES = ["language-learning", "labour-market", "education", "housing", "health", "culture",
          "volunteering", "welcoming-services", "civic-participation", "youth"]
WORD = re.compile(r"^[^\W\d_]{4,}$")


def main():
    corpus, out = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 400
    rng = random.Random(42)
    cities = sorted(d for d in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, d)))
    files = {lang: [] for lang in LANGS}
    for city in cities:
        for name in sorted(os.listdir(os.path.join(corpus, city)))[:50]:
            lang = name.rsplit(".", 2)[-2]
            if lang in files:
                files[lang].append(os.path.join(corpus, city, name))
    vocab = {}
    for lang, paths in files.items():
        words = []
        for path in rng.sample(paths, min(20, len(paths))):
            body = open(path, encoding="utf-8").read().split("+++", 2)[-1]
            words += [w.lower() for w in re.findall(r"[^\W\d_]+", body) if WORD.match(w)]
        vocab[lang] = words
    queries = []
    for i in range(count):
        lang = LANGS[i % len(LANGS)]
        text = " ".join(rng.choice(vocab[lang]) for _ in range(rng.randint(1, 3)))
        params = [("q", text)]
        if i % 2 == 1:
            filters = [("city", rng.choice(cities)), ("domain", rng.choice(DOMAINS)),
                       ("theme", rng.choice(THEMES)), ("lang", lang),
                       ("year", str(rng.randint(2015, 2023)))]
            params += rng.sample(filters, rng.randint(1, 2))
        queries.append(urllib.parse.urlencode(params))
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(queries) + "\n")


if __name__ == "__main__":
    main()
