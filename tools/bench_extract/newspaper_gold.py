#!/usr/bin/env python3
"""Builds the `newspaper` set of tools/bench_extract.sh from newspaper4k's test pages.

Usage: newspaper_gold.py SDIST.tar.gz OUT_DIR

newspaper4k (PyPI, MIT) ships saved news pages (tests/data/html/<id>.html) with the text its
extractor is tested against (tests/data/txt/<id>.txt) and their metadata
(tests/data/metadata/<id>.json: title, authors, publish date). This writes OUT_DIR/<id>.html and
OUT_DIR/<id>.gold.json (body as a list of paragraphs, title, date, lang) for every page
that has its text, in the form score.py reads. The gold is newspaper's own output, so it has
its conventions: no standfirst, a "Read more" line kept now and then. It is a third set of
pages no rule of Revue was written from (first measured blind in December 2026), in
languages the other sets lack (Arabic, Thai, Burmese, Latvian)."""
import json, os, sys, tarfile

sdist, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
with tarfile.open(sdist) as tar:
    members = {m.name.split("/tests/data/", 1)[1]: m for m in tar.getmembers() if "/tests/data/" in m.name and m.isfile()}

    def read(name):
        m = members.get(name)
        return tar.extractfile(m).read() if m else None

    written = 0
    for name in sorted(members):
        if not (name.startswith("txt/") and name.endswith(".txt")):
            continue
        doc = name[len("txt/"):-len(".txt")]
        page = read(f"html/{doc}.html")
        if page is None:
            continue
        text = read(name).decode("utf-8")
        gold = {"body": [p.strip() for p in text.split("\n") if p.strip()]}
        meta = read(f"metadata/{doc}.json")
        if meta:
            m = json.loads(meta)
            gold["title"] = m.get("title")
            # (Its authors are left out: newspaper's guesses, "Print; The Plain Dealer; on
            # December", are no gold.)
            if m.get("publish_date"):
                gold["date"] = m["publish_date"][:10]
            gold["lang"] = m.get("language")
        with open(os.path.join(out, f"{doc}.html"), "wb") as f:
            f.write(page)
        with open(os.path.join(out, f"{doc}.gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False)
        written += 1
print(f"newspaper set: {written} pages in {out}", file=sys.stderr)
