"""Date detection F1 on WiNER-fr (BRAT .ann, type Date), span overlap, as score_facts.py matches.
    revue analyze --raw /work/shared/data/ner/winer-fr/dev > /tmp/winer.jsonl
    python3 data/lexicons/facts/eval_winer_dates.py /work/shared/data/ner/winer-fr/dev /tmp/winer.jsonl
WiNER annotates only dates written with digits ("7 janvier 2016", "2015"): bare weekdays and
"hier" are dates for Revue but not for WiNER, so a second line scores only predictions that
contain a digit."""
import json, os, sys

gold_dir, pred = sys.argv[1], sys.argv[2]
preds = {}
for line in open(pred, encoding="utf-8"):
    if line.strip():
        o = json.loads(line)
        preds[os.path.basename(o["file"])] = o
tp = ptp = ng = np_ = 0
tpd = ptpd = npd = 0
for name in sorted(os.listdir(gold_dir)):
    if not name.endswith(".ann"):
        continue
    g = []
    for l in open(os.path.join(gold_dir, name), encoding="utf-8"):
        cols = l.rstrip("\n").split("\t")
        if len(cols) >= 2 and cols[0].startswith("T") and cols[1].split(" ")[0] == "Date":
            parts = cols[1].split(" ")
            try:
                g.append((int(parts[1]), int(parts[-1])))
            except ValueError:
                pass
    p = [(d["start"], d["end"], d["text"]) for d in preds.get(name[:-4] + ".txt", {}).get("dates", [])]
    ov = lambda a, b: a[0] < b[1] and b[0] < a[1]
    ng += len(g); np_ += len(p)
    tp += sum(1 for x in g if any(ov(x, y) for y in p))
    ptp += sum(1 for y in p if any(ov(x, y) for x in g))
    pd = [y for y in p if any(c.isdigit() for c in y[2])]
    npd += len(pd)
    tpd += sum(1 for x in g if any(ov(x, y) for y in pd))
    ptpd += sum(1 for y in pd if any(ov(x, y) for x in g))
def f(tp, ptp, np_, ng):
    P = ptp / np_ if np_ else 0; R = tp / ng if ng else 0
    return f"P {P:.4f} R {R:.4f} F1 {2*P*R/(P+R) if P+R else 0:.4f} (gold {ng}, predicted {np_})"
print("all predicted dates:        ", f(tp, ptp, np_, ng))
print("predictions with a digit:   ", f(tpd, ptpd, npd, ng))
