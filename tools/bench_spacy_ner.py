#!/usr/bin/env python3
"""spaCy baseline for the entity benchmark: runs a spaCy pipeline on every .txt of a folder,
writes predictions as score_ner.py JSONL (code-point offsets; spaCy labels PER/LOC/ORG/MISC map
to themselves) and prints tokens/s (spaCy's own tokens, best of 3 passes, one process/core).
Usage: python bench_spacy_ner.py MODEL DIR OUT.jsonl"""
import json, os, sys, time
import spacy


def main():
    model, d, out = sys.argv[1:4]
    nlp = spacy.load(model)
    names = sorted(n for n in os.listdir(d) if n.endswith(".txt"))
    texts = [open(os.path.join(d, n), encoding="utf-8").read() for n in names]
    best, docs = float("inf"), None
    for _ in range(3):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=16))
        best = min(best, time.perf_counter() - t0)
    ntok = sum(len(doc) for doc in docs)
    with open(out, "w", encoding="utf-8") as f:
        for n, doc in zip(names, docs):
            ents = [{"start": e.start_char, "end": e.end_char, "type": e.label_} for e in doc.ents]
            f.write(json.dumps({"file": n, "entities": ents}) + "\n")
    print(f"spacy {model}: {len(names)} docs, {ntok} tokens, {best:.2f} s, {ntok / best:.0f} tokens/s")


if __name__ == "__main__":
    main()
