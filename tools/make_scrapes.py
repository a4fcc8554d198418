#!/usr/bin/env python3
"""Turn saved news pages with gold bodies into crawler-style plain-text scrapes.

A crawler that dumps a page's visible text (innerText) gives one line per block element,
with the menus, teasers, footers and forms of the site left in: the kind of input
`revue analyze` gets as .txt. This rebuilds that from saved pages (fundus and Mozilla
Readability test pages, see /work/shared/data/README.md), so text extraction can be
measured on many sites instead of five files.

Usage:
    python3 tools/make_scrapes.py [DATA_DIR] [OUT_DIR]
      DATA_DIR  default /work/shared/data/extract (reads fundus/ and readability/)
      OUT_DIR   default /tmp/revue-scrapes; writes OUT_DIR/dev and OUT_DIR/test, each with
                <id>.txt (the scrape) and <id>.txt.gold.json (title, body) for score_body.py

The split is by publisher (a stable hash of it), so test sites are never seen while tuning:
    cargo run --release --bin revue -- analyze /tmp/revue-scrapes/dev/*.txt > /tmp/dev.jsonl
    python3 /work/shared/tools/score_body.py /tmp/revue-scrapes/dev /tmp/dev.jsonl
(pass the *.txt files, not the folder: the gold files are JSON articles the CLI would read too,
and their bodies would enter the corpus memory.)
Standard library only.
"""
import hashlib
import json
import os
import re
import sys
from html.parser import HTMLParser

BLOCK = {
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul", "option", "label", "button", "select", "textarea", "picture", "video", "audio",
}
SKIP = {"script", "style", "noscript", "template", "svg", "head", "title", "iframe", "canvas", "math", "object"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}


class Dump(HTMLParser):
    """innerText of the page: a line break around every block, hidden things skipped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur, self.stack, self.skip = [], [], [], 0

    def flush(self):
        text = re.sub(r"[ \t\r\n\f]+", " ", "".join(self.cur)).strip()
        if text:
            self.lines.append(text)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        style = (a.get("style") or "").replace(" ", "").lower()
        hidden = "hidden" in a or "display:none" in style or a.get("aria-hidden") == "true" and tag not in BLOCK
        if tag in VOID:
            if tag in BLOCK:
                self.flush()
            return
        if self.skip or tag in SKIP or hidden:
            self.skip += 1
            self.stack.append((tag, True))
            return
        self.stack.append((tag, False))
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        # Close up to the matching tag (HTML in the wild is not well nested).
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, skipped in self.stack[i:]:
                    if skipped:
                        self.skip -= 1
                del self.stack[i:]
                break
        else:
            return
        if not self.skip and tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)

    def close(self):
        super().close()
        self.flush()


def scrape(html):
    d = Dump()
    try:
        d.feed(html)
        d.close()
    except Exception:
        d.flush()
    return d.lines


def publisher(set_name, pid):
    if set_name == "fundus":
        parts = pid.split("_")
        return "_".join(parts[:2])
    return pid.split("-")[0]


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/extract"
    out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/revue-scrapes"
    counts = {"dev": 0, "test": 0}
    for set_name in ("fundus", "readability"):
        folder = os.path.join(data, set_name)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".gold.json"):
                continue
            pid = name[: -len(".gold.json")]
            page = os.path.join(folder, pid + ".html")
            if not os.path.exists(page):
                continue
            gold = json.load(open(os.path.join(folder, name), encoding="utf-8"))
            if (gold.get("extra") or {}).get("synthetic_unit_test"):
                continue  # Readability's unit tests of markup cleaning are not news pages
            body = gold.get("body")
            if not body or len(body) < 200:
                continue
            raw = open(page, "rb").read()
            lines = scrape(raw.decode("utf-8", "replace"))
            if len(lines) < 5:
                continue
            key = set_name + ":" + publisher(set_name, pid)
            split = "test" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 4 == 0 else "dev"
            # Half the scrapes separate blocks by blank lines, as many crawlers do.
            blank = int(hashlib.sha1(pid.encode()).hexdigest(), 16) % 2 == 0
            text = ("\n\n" if blank else "\n").join(lines) + "\n"
            title = (gold.get("title") or "").strip()
            norm = lambda s: " ".join(s.split()).lower()
            title_in_scrape = title and any(norm(l) == norm(title) for l in lines)
            g = {
                "file": pid + ".txt",
                "lang": gold.get("lang"),
                "title": title if title_in_scrape else None,
                "body": [p for p in body.split("\n") if p.strip()],
                "source": set_name,
            }
            d = os.path.join(out, split)
            os.makedirs(d, exist_ok=True)
            fid = f"{set_name[:2]}_{pid}"
            g["file"] = fid + ".txt"
            open(os.path.join(d, fid + ".txt"), "w", encoding="utf-8").write(text)
            json.dump(g, open(os.path.join(d, fid + ".txt.gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
            counts[split] += 1
    print(f"wrote {counts['dev']} dev and {counts['test']} test scrapes under {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
