#!/usr/bin/env python3
"""Runs trafilatura over files and prints JSONL records (file, title, published, author, body).
Usage: run_trafilatura.py [--precision] FILE...
A plain-text scrape (.txt) is given to it as a page with one paragraph per line, as one would
feed a scrape to it (given the bare text, it finds no article at all)."""
import html as htmlmod, json, sys, warnings

warnings.filterwarnings("ignore")
import logging

logging.disable(logging.CRITICAL)
import trafilatura

args = sys.argv[1:]
precision = "--precision" in args
files = [a for a in args if not a.startswith("--")]
for f in files:
    rec = {"file": f, "body": [], "title": None, "published": None, "author": None}
    try:
        raw = open(f, "rb").read()
        try:
            html = raw.decode("utf-8")
        except UnicodeDecodeError:
            html = raw.decode("latin-1")
        if f.endswith(".txt"):
            lines = [l.strip() for l in html.splitlines() if l.strip()]
            html = "<html><body>" + "".join(f"<p>{htmlmod.escape(l)}</p>" for l in lines) + "</body></html>"
        out = trafilatura.bare_extraction(html, favor_precision=precision, with_metadata=True, include_comments=False)
        if out is not None:
            d = out if isinstance(out, dict) else out.as_dict()
            text = d.get("text") or ""
            rec["body"] = [p for p in text.split("\n") if p.strip()]
            rec["title"] = d.get("title")
            rec["published"] = d.get("date")
            rec["author"] = d.get("author")
    except Exception as e:  # a crash on one page must not stop the benchmark
        rec["errors"] = [str(e)]
    print(json.dumps(rec, ensure_ascii=False), flush=True)
