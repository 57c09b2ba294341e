#!/usr/bin/env python
"""Build ``src/marsad/entities/data/ner/subword.tsv.gz``: cluster ids of EVERY corpus stem, rare ones
included, from a fastText (character n-gram) model (experiment; see the NER README).

The shipped ``clusters.tsv.gz`` covers only the ~49k stems seen at least 5 times in SaudiNewsNet;
rarer stems and names get no cluster feature.  fastText builds a word's vector from its character
n-grams too, so a stem seen once (or never) still gets a vector close to stems that share its
n-grams and, for the frequent ones, its contexts.

Data: the SaudiNewsNet corpus (CC BY-NC-SA 4.0, research use), read and tokenized exactly as
``scripts/build_word_clusters.py`` does; optionally (``--add-conll``) the tokens of CoNLL files of
TRAINING data (their words only, never their labels; never evaluation data).  No article text is
shipped: only ``stem -> cluster ids``.

Steps (deterministic: seed 0, one worker thread, a fixed string hash):

1. stem sequences of every line of every article (:func:`build_word_clusters.corpus_sentences`);
2. gensim ``FastText`` (skip-gram, ``--dim`` dimensions, window 5, character n-grams
   ``--min-n``..``--max-n``, min count ``--min-count`` for the word vectors, 5 epochs, seed 0,
   ``workers=1``);
3. the centroids of the shipped clusters in the fastText space: for each level (64, 256, 1024)
   and each cluster, the normalised mean of the unit fastText vectors of the stems the shipped
   file puts in it, so that the ids mean the same clusters as the shipped ``c64/c256/c1024``;
4. every Arabic stem seen at least ``--table-min-count`` times (plus the ``--add-conll`` stems) is
   assigned to its nearest centroid (cosine) at each level;
5. written as gzip TSV: header ``stem f64 f256 f1024``, one line per stem, sorted.

Read by :class:`marsad.entities.features.FeatureExtractor` when a model's config sets
``subword`` (``"missing"``: only stems without a shipped cluster; ``"all"``: every stem, as
features of their own; ``"fill"``: stems without a shipped cluster get these ids as their
``c64/c256/c1024`` features).  Needs the ``[train]`` extra (gensim, numpy).  Usage::

    python scripts/build_subword_clusters.py [--cache FILE] [--out FILE] [--add-conll TRAIN.txt]
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from build_word_clusters import DEFAULT_CORPUS, _hash, corpus_sentences  # noqa: E402

DEFAULT_OUT = ROOT / "src" / "marsad" / "entities" / "data" / "ner" / "subword.tsv.gz"


def centroid_ids(x, members: list[tuple[int, int]], k: int):
    """Nearest of ``k`` centroids (cosine) for each unit row of ``x``; the centroids are the
    normalised means of the rows ``members`` (``(row, cluster id)`` pairs) assign to each id
    (a cluster without member rows gets a zero centroid and so never wins)."""
    import numpy as np

    c = np.zeros((k, x.shape[1]), dtype=np.float32)
    rows = np.array([r for r, _ in members], dtype=np.int64)
    ids = np.array([j for _, j in members], dtype=np.int64)
    np.add.at(c, ids, x[rows])
    c /= np.maximum(np.linalg.norm(c, axis=1, keepdims=True), 1e-12)
    out = np.empty(x.shape[0], dtype=np.int64)
    for a in range(0, x.shape[0], 8192):
        out[a:a + 8192] = np.argmax(x[a:a + 8192] @ c.T, axis=1)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--clusters", type=Path, default=None,
                    help="the cluster file whose clusters the ids follow (default: the shipped one)")
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--min-count", type=int, default=3, help="min count of fastText's word vectors")
    ap.add_argument("--min-n", type=int, default=3)
    ap.add_argument("--max-n", type=int, default=5)
    ap.add_argument("--bucket", type=int, default=2_000_000)
    ap.add_argument("--table-min-count", type=int, default=1,
                    help="corpus count from which a stem goes into the table")
    ap.add_argument("--add-conll", type=Path, nargs="*", default=[],
                    help="also the stems of these CoNLL files (TRAINING data only: words, no labels)")
    ap.add_argument("--cache", type=Path, default=None,
                    help="cache the tokenized stem sequences here (not shipped)")
    ap.add_argument("--model-out", type=Path, default=None,
                    help="also save the fastText model here (for experiments; never shipped)")
    ap.add_argument("--model-in", type=Path, default=None,
                    help="reuse a fastText model saved by --model-out instead of training")
    args = ap.parse_args(argv)

    import numpy as np
    from gensim.models import FastText

    from marsad.entities.conll import read_conll
    from marsad.entities.features import WordClusters, stem_of
    from marsad.text.tokenize import ARABIC_WORD_RE

    t0 = time.time()
    sents = corpus_sentences(args.corpus, args.cache)
    print(f"{len(sents)} lines, {sum(map(len, sents))} tokens ({time.time() - t0:.0f}s)",
          file=sys.stderr)
    if args.model_in:
        model = FastText.load(str(args.model_in))
    else:
        model = FastText(sentences=sents, vector_size=args.dim, window=5, min_count=args.min_count,
                         sg=1, negative=5, epochs=args.epochs, min_n=args.min_n, max_n=args.max_n,
                         bucket=args.bucket, seed=0, workers=1, hashfxn=_hash)
        if args.model_out:
            model.save(str(args.model_out))
    print(f"fastText: {len(model.wv)} words ({time.time() - t0:.0f}s)", file=sys.stderr)
    counts: Counter[str] = Counter()
    for s in sents:
        counts.update(s)
    del sents
    stems = {w for w, c in counts.items()
             if c >= args.table_min_count and ARABIC_WORD_RE.fullmatch(w)}
    n_corpus = len(stems)
    for path in args.add_conll:
        for s in read_conll(path):
            for tok in s.tokens:
                st = stem_of(tok)
                if ARABIC_WORD_RE.fullmatch(st):
                    stems.add(st)
    shipped = WordClusters.read(args.clusters)
    vocab = sorted(stems | set(shipped.table))
    print(f"table: {n_corpus} corpus stems, {len(stems) - n_corpus} more from CoNLL, "
          f"{len(vocab)} with the shipped clusters' stems ({time.time() - t0:.0f}s)", file=sys.stderr)
    x = np.empty((len(vocab), args.dim), dtype=np.float32)
    for i, w in enumerate(vocab):
        x[i] = model.wv[w]
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    row = {w: i for i, w in enumerate(vocab)}
    columns = []
    levels = [lv for lv in shipped.levels if lv.startswith("c") and lv[1:].isdigit()]
    for j, level in enumerate(levels):
        k = int(level[1:])
        members = [(row[w], int(ids[j])) for w, ids in shipped.table.items()]
        got = centroid_ids(x, members, k)
        same = sum(int(got[r]) == c for r, c in members) / len(members)
        print(f"{level}: the shipped stems keep their cluster in {same:.1%} "
              f"({time.time() - t0:.0f}s)", file=sys.stderr)
        columns.append(got)
    keep = sorted(stems)
    lines = ["stem\t" + "\t".join("f" + lv[1:] for lv in levels)]
    for w in keep:
        i = row[w]
        lines.append(w + "\t" + "\t".join(str(int(c[i])) for c in columns))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"),
                                       compresslevel=9, mtime=0))
    missing = sum(1 for w in keep if w not in shipped.table)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(keep)} stems, "
          f"{missing} without a shipped cluster; {time.time() - t0:.0f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
