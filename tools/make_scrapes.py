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
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
    "thead", "tr", "ul", "option", "label", "button", "select", "textarea", "picture", "video", "audio",
}
# innerText prints a table row on one line, its cells separated by tabs.
CELL = {"td", "th"}
CELL_SEP = "\x00"  # kept through the whitespace collapse, then made a tab
SKIP = {"script", "style", "noscript", "template", "svg", "head", "title", "iframe", "canvas", "math", "object"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}


class Dump(HTMLParser):
    """innerText of the page: a line break around every block, hidden things skipped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur, self.stack, self.skip = [], [], [], 0
        self.h1, self.h1_start = [], None  # the displayed headings: (first line index, line count)

    def flush(self):
        text = re.sub(r"[ \t\r\n\f]+", " ", "".join(self.cur))
        text = re.sub(r" ?\x00 ?", "\t", text).strip()
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
        if tag in CELL and self.cur:
            self.cur.append(CELL_SEP)
        if tag == "h1" and self.h1_start is None:
            self.h1_start = len(self.lines)

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
        if tag == "h1" and self.h1_start is not None:
            self.h1.append((self.h1_start, len(self.lines) - self.h1_start))
            self.h1_start = None

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)

    def close(self):
        super().close()
        self.flush()


def scrape(html):
    """The scrape's lines, and the indexes of the lines that are a whole <h1> each."""
    d = Dump()
    try:
        d.feed(html)
        d.close()
    except Exception:
        d.flush()
    return d.lines, [i for i, n in d.h1 if n == 1]


def norm(s):
    return " ".join(s.split()).lower()


def same_story(shown, title):
    """The heading shares two words of four letters or more with the metadata title (all of
    them when it has fewer): words split at punctuation and underscores, so that a CJK title's
    clauses count as words. Not the end of the metadata title ("新竹尖石_美樹營地賞楓 (2) @
    史蒂文的家_藍天" and the blog's name as the heading)."""
    words = lambda s: {w for w in re.findall(r"[^\W_]+", s.lower()) if len(w) >= 4}
    mine = words(shown)
    if norm(shown) in norm(title or "")[1:]:
        return False  # the site's name printed as the <h1>, after the story's in the metadata
    return bool(mine) and len(mine & words(title or "")) >= min(2, len(mine))


def gold_title(title, lines, h1, body):
    """The title a person reading the scrape would give the article.

    The data's gold title is the page's metadata title (og:title, JSON-LD headline), which is
    often not the headline the page displays: an SEO variant ("Baerbock zur UN: ..." for the
    displayed "Annalena Baerbock: Jetzt Top-Job in New York ..."), a shortened one (the h1
    "As Trump pitches Venezuelan oil dream for US companies, experts warn it won't be cheap
    or easy" for "... experts warn it won't be easy"), or the same words with other quote
    marks. The metadata title then often still appears in the scrape elsewhere (a breadcrumb,
    a share box, a teaser list), so matching it to any line made a line that is not the
    article's headline the gold. A reader takes the heading printed over the article: so when
    a one-line <h1> sits shortly above the first line of the gold body (at most 15 lines, the
    kicker, byline, date and share buttons between), that heading is the title, unless it only
    glues a kicker to the metadata title ("Kultur : Ehrengast der ..."), which stays, or shares
    too few words with the metadata title to be the same story's headline (a blog's name,
    "Silicon Exposed", or a section's, "Minecraft News", printed as the <h1>). Otherwise
    the metadata title, when a line of the scrape reads it; else none (not scored).
    """
    start = None
    if body:
        head = norm(body[0])[:40]
        start = next((i for i, l in enumerate(lines) if head and norm(l).startswith(head)), None)
    if start is not None:
        above = [i for i in h1 if 0 < start - i <= 15]
        if above:
            shown = " ".join(lines[above[-1]].split())
            if not (title and norm(shown).endswith(norm(title))) and same_story(shown, title):
                return shown
    if title and any(norm(l) == norm(title) for l in lines):
        return title
    return None


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
            lines, h1 = scrape(raw.decode("utf-8", "replace"))
            if len(lines) < 5:
                continue
            key = set_name + ":" + publisher(set_name, pid)
            split = "test" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 4 == 0 else "dev"
            # Half the scrapes separate blocks by blank lines, as many crawlers do.
            blank = int(hashlib.sha1(pid.encode()).hexdigest(), 16) % 2 == 0
            text = ("\n\n" if blank else "\n").join(lines) + "\n"
            paragraphs = [p for p in body.split("\n") if p.strip()]
            g = {
                "file": pid + ".txt",
                "lang": gold.get("lang"),
                "title": gold_title((gold.get("title") or "").strip(), lines, h1, paragraphs),
                "body": paragraphs,
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
