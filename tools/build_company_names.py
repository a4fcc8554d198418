#!/usr/bin/env python3
"""Builds data/lexicons/ner/companies.txt (a feature of the entity tagger, see SOURCES.md): the
names of the companies of 20 stock-market indices (S&P 500, NASDAQ 100, FTSE 100, CAC 40, DAX,
EURO STOXX 50, NIKKEI 225...), as listed by the PyPI package `pytickersymbols` 1.17.10 (MIT),
each as listed and without its legal form (`Apple Inc.` -> `Apple`).

Usage (scratch download, never in the repo):
    pip download --no-deps pytickersymbols==1.17.10 -d /tmp/pts && (cd /tmp/pts && unzip -q -o pytickersymbols-*.whl)
    python3 tools/build_company_names.py /tmp/pts
"""
import os, re, sys

OUT = os.path.join(os.path.dirname(__file__), "..", "data", "lexicons", "ner", "companies.txt")
LEGAL = r"(,?\s+(Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Company|plc|PLC|Plc|Ltd\.?|Limited|Group|Holdings?|SE|AG|N\.V\.|NV|S\.A\.|SA|S\.p\.A\.|SpA|ASA|AB|A/S|Oyj|KGaA|& Co\.?|Co|LLC|L\.P\.|LP|Trust))+$"


def main():
    sys.path.insert(0, sys.argv[1])
    from pytickersymbols import PyTickerSymbols

    names = set()
    for s in PyTickerSymbols().get_all_stocks():
        n = " ".join(s["name"].split())
        if not n or not any(c.isupper() or c.isdigit() for c in n):
            continue
        names.add(n)
        short = re.sub(LEGAL, "", n).strip(" ,")
        if len(short) >= 2 and short != n:
            names.add(short)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Company names of 20 stock-market indices, via PyPI pytickersymbols 1.17.10 (MIT); built by tools/build_company_names.py\n")
        f.write("\n".join(sorted(names)) + "\n")
    print("companies.txt", len(names), file=sys.stderr)


if __name__ == "__main__":
    main()
