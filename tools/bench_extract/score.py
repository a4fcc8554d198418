#!/usr/bin/env python3
"""Scores extracted articles against gold, per split, for tools/bench_extract.sh.

Usage: score.py GOLD_DIR PRED.jsonl [--split dev|test|all] [--lang fr] [--name NAME] [--rate DOCS_PER_S] [--list]
Body P/R/F1 is computed exactly as /work/shared/tools/score_body.py does (macro bag-of-word
tokens, docs without gold body skipped). Also: title exact (whitespace/case-normalised), date
accuracy (same day, over docs whose gold states a date), author accuracy (same set of names,
case/space-insensitive, over docs whose gold states an author).
Split: a fixed 30% of ids by md5 is `test` (held out, never looked at while tuning)."""
import collections, hashlib, json, os, re, sys


def toks(body):
    if isinstance(body, list):
        body = "\n".join(body)
    return collections.Counter(re.findall(r"\w+", (body or "").lower()))


def norm(s):
    return " ".join((s or "").split()).strip().lower()


def split_of(doc_id):
    return "test" if int(hashlib.md5(doc_id.encode()).hexdigest(), 16) % 10 < 3 else "dev"


def names(s):
    if not s:
        return set()
    parts = re.split(r"\s*(?:;|,|\band\b|\bet\b|\bund\b|&)\s*", s)
    return {" ".join(p.lower().split()) for p in parts if p.strip()}


def main():
    a = sys.argv[1:]
    gold_dir, pred_path = a[0], a[1]
    opt = lambda k, d=None: a[a.index(k) + 1] if k in a else d
    split, lang, name, rate = opt("--split", "all"), opt("--lang"), opt("--name", ""), opt("--rate", "-")
    preds = {}
    for line in open(pred_path, encoding="utf-8"):
        if line.strip():
            try:
                o = json.loads(line)
            except Exception:
                continue
            base = os.path.basename(o.get("file", ""))
            for suf in (".html", ".txt"):
                if base.endswith(suf):
                    preds.setdefault(base[: -len(suf)], o)
            preds.setdefault(base, o)
    P = R = F = 0.0
    n = titles = tcount = dates = dcount = auth = acount = 0
    rows = []
    for fn in sorted(os.listdir(gold_dir)):
        if not fn.endswith(".gold.json"):
            continue
        src = fn[: -len(".gold.json")]
        if split != "all" and split_of(src) != split:
            continue
        g = json.load(open(os.path.join(gold_dir, fn), encoding="utf-8"))
        if lang and not (g.get("lang") or "").lower().startswith(lang):
            continue
        o = preds.get(src) or preds.get(os.path.splitext(src)[0]) or {}
        if g.get("body"):
            gt, pt = toks(g.get("body")), toks(o.get("body"))
            inter = sum((gt & pt).values())
            p = inter / sum(pt.values()) if pt else 0.0
            r = inter / sum(gt.values()) if gt else 1.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            P += p; R += r; F += f; n += 1
            rows.append((f, p, r, src))
        if g.get("title"):
            tcount += 1
            titles += norm(g["title"]) == norm(o.get("title"))
        gd = g.get("date") or g.get("published")
        if gd:
            dcount += 1
            dates += (o.get("published") or "")[:10] == str(gd)[:10]
        ga = g.get("author")
        if isinstance(ga, list):
            ga = "; ".join(ga)
        if ga:
            acount += 1
            auth += names(ga) == names(o.get("author"))
    f = lambda x, c: f"{x / c:.3f}" if c else "  -  "
    docs_s = rate
    print(f"{name:<28} {n:>4} {f(P, n):>6} {f(R, n):>6} {f(F, n):>6} {f(titles, tcount):>6} {f(dates, dcount):>6} {f(auth, acount):>6} {docs_s:>7}")
    if "--list" in a:
        for f1, p, r, src in sorted(rows)[:int(opt("--n", "40"))]:
            print(f"   {f1:.3f} P={p:.3f} R={r:.3f} {src}")


if __name__ == "__main__":
    main()
