#!/usr/bin/env python3
"""Date detection against WiNER-fr's Date and Hour spans (BRAT standoff), as issue 5 asks
("Date/Hour spans are gold for date detection", ../shared/data/README.md; brat_gold.py reads
both as dates).

    target/release/revue analyze --raw DIR/*.txt > PRED.jsonl
    python3 tools/score_winer_dates.py DIR PRED.jsonl [--types Date]

Outermost gold spans of the types given (default Date,Hour); a prediction and a gold span match
when they overlap (as score_facts.py matches dates). Prints P/R/F1, then the same with the
predictions that hold neither a digit nor a month name left out: WiNER leaves bare weekdays
and deictic words ("jeudi", "hier", "aujourd'hui") unmarked, while Revue detects and resolves
them on purpose (the seed gold marks them), so that line shows how much of the gap is this
difference of convention. Ends with the most frequent unmatched predictions and gold spans.
Standard library only."""
import collections, json, os, re, sys

MONTHS = re.compile(r"(janv|févr|fevr|mars|avril|mai\b|juin|juil|août|aout|sept|octo|nove|déce|dece|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)


def gold_spans(ann_path, types):
    spans = []
    for line in open(ann_path, encoding="utf-8"):
        if not line.startswith("T"):
            continue
        _, info, _ = line.rstrip("\n").split("\t")
        ty, rest = info.split(" ", 1)
        if ty in types and ";" not in rest:
            s, e = map(int, rest.split())
            spans.append((s, e))
    return [g for g in spans if not any(o != g and o[0] <= g[0] and g[1] <= o[1] for o in spans)]


def prf(tp_gold, n_gold, tp_pred, n_pred):
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    gold_dir, pred_path = sys.argv[1], sys.argv[2]
    types = set(sys.argv[sys.argv.index("--types") + 1].split(",")) if "--types" in sys.argv else {"Date", "Hour"}
    overlap = lambda a, b: a[0] < b[1] and b[0] < a[1]
    c = collections.Counter()
    fps, fns = collections.Counter(), collections.Counter()
    for line in open(pred_path, encoding="utf-8"):
        rec = json.loads(line)
        base = os.path.splitext(os.path.basename(rec["file"]))[0]
        ann = os.path.join(gold_dir, base + ".ann")
        if not os.path.exists(ann):
            continue
        text = open(os.path.join(gold_dir, base + ".txt"), encoding="utf-8").read()
        gold = gold_spans(ann, types)
        pred = [(d["start"], d["end"]) for d in rec.get("dates", [])]
        dated = [p for p in pred if re.search(r"\d", text[p[0]:p[1]]) or MONTHS.search(text[p[0]:p[1]])]
        c["gold"] += len(gold)
        for g in gold:
            hit = any(overlap(g, p) for p in pred)
            c["gold_hit"] += hit
            c["gold_hit_dated"] += any(overlap(g, p) for p in dated)
            if not hit:
                fns[text[g[0]:g[1]]] += 1
        for p in pred:
            hit = any(overlap(g, p) for g in gold)
            c["pred"] += 1
            c["pred_hit"] += hit
            if not hit:
                fps[text[p[0]:p[1]]] += 1
        c["dated"] += len(dated)
        c["dated_hit"] += sum(1 for p in dated if any(overlap(g, p) for g in gold))
    p, r, f = prf(c["gold_hit"], c["gold"], c["pred_hit"], c["pred"])
    print(f"all predictions:           gold={c['gold']} pred={c['pred']} P={p:.3f} R={r:.3f} F1={f:.3f}")
    p, r, f = prf(c["gold_hit_dated"], c["gold"], c["dated_hit"], c["dated"])
    print(f"with a digit or a month:   gold={c['gold']} pred={c['dated']} P={p:.3f} R={r:.3f} F1={f:.3f}")
    print("unmatched predictions:", fps.most_common(15))
    print("missed gold:", fns.most_common(15))


if __name__ == "__main__":
    main()
