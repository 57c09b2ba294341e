#!/usr/bin/env python
"""Build ``src/marsad/entities/data/ner/clusters.tsv.gz``: word-cluster ids of clitic-stripped stems.

Data: the SaudiNewsNet corpus (``../shared/data/corpus/saudinewsnet/*.zip``, CC BY-NC-SA 4.0,
research use).  No article text is shipped: the output holds only ``stem -> cluster ids`` for the
most frequent stems.

Steps (deterministic: fixed seeds, one worker thread, a fixed string hash):

1. every article's ``content`` is split into lines and tokenized with
   :func:`marsad.text.tokenize.tokenize`; the stems (``word`` pieces, i.e. without proclitics and
   article, in their ``normalize_for_search`` form) and Latin words are kept, numbers become ``<num>``;
2. word2vec (gensim, skip-gram, 100 dimensions, window 5, min count 5, 5 epochs, seed 0,
   ``workers=1``) over those stem sequences;
3. the ``--vocab`` most frequent stems (default 100,000) are clustered by spherical k-means
   (numpy, k-means++ initialisation with seed 0) at 64, 256 and 1024 clusters;
4. written as gzip TSV: header ``stem c64 c256 c1024``, then one line per stem, sorted.

Needs the ``[train]`` extra (gensim, numpy).  Usage::

    python scripts/build_word_clusters.py [--corpus DIR] [--out FILE] [--vocab 100000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
import zipfile
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.text.tokenize import tokenize  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "saudinewsnet"
DEFAULT_OUT = ROOT / "src" / "marsad" / "entities" / "data" / "ner" / "clusters.tsv.gz"
LEVELS = (64, 256, 1024)


def _hash(s: str) -> int:
    """A string hash that does not change between runs (gensim's vector initialisation)."""
    return zlib.crc32(s.encode("utf-8"))


def corpus_sentences(corpus: Path, cache: Path | None = None) -> list[list[str]]:
    """Stem sequences of every line of every article (cached as text in ``cache`` if given)."""
    if cache is not None and cache.exists():
        with open(cache, encoding="utf-8") as fh:
            return [line.split() for line in fh]
    out: list[list[str]] = []
    for zpath in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            for name in sorted(zf.namelist()):
                if not name.endswith(".json"):
                    continue
                for art in json.loads(zf.read(name).decode("utf-8")):
                    for line in (art.get("content") or "").splitlines():
                        toks = tokenize(line)
                        sent = []
                        for kind, norm in zip(toks.kinds, toks.norms):
                            if kind in ("word", "latin"):
                                sent.extend(norm.split())  # as the cache file reads it back
                            elif kind == "number":
                                sent.append("<num>")
                        if len(sent) > 1:
                            out.append(sent)
        print(f"  {zpath.name}: {len(out)} lines", file=sys.stderr)
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with open(cache, "w", encoding="utf-8") as fh:
            for s in out:
                fh.write(" ".join(s) + "\n")
    return out


def lexical_columns(vocab: list[str], counts: Counter) -> tuple[list[int], list[int]]:
    """Two more columns per stem: ``fq``, the corpus frequency bucket (int(log2 count)), and
    ``ar``, how often the stem carries the article (0-4: quarter of its bare + ال forms with ال;
    names such as خالد, لندن rarely do, common nouns often), from the clitic lexicon counts."""
    import math

    from marsad.text.normalize import normalize_for_search
    from marsad.text.tokenize import _lexicon

    lex = _lexicon()
    bare: Counter = Counter()
    art: Counter = Counter()
    for w, c in lex.items():
        if w.startswith("ال") and len(w) > 3:
            art[normalize_for_search(w[2:])] += c
        else:
            bare[normalize_for_search(w)] += c
    fq = [min(int(math.log2(max(counts[w], 1))), 15) for w in vocab]
    ar = []
    for w in vocab:
        b, a = bare[w], art[w]
        ar.append(round(4 * a / (a + b)) if a + b >= 5 else 9)
    return fq, ar


def kmeans(x, k: int, *, seed: int = 0, iters: int = 25):
    """Spherical k-means of the unit rows of ``x`` (k-means++ init); returns labels."""
    import numpy as np

    rng = np.random.default_rng(seed)
    n = x.shape[0]
    # k-means++ on a sample, for speed
    sample = x[rng.choice(n, size=min(n, 20 * k), replace=False)]
    centers = [sample[rng.integers(len(sample))]]
    d = 1.0 - sample @ centers[0]
    for _ in range(1, k):
        p = np.maximum(d, 0) ** 2
        p = p / p.sum()
        c = sample[rng.choice(len(sample), p=p)]
        centers.append(c)
        d = np.minimum(d, 1.0 - sample @ c)
    C = np.stack(centers).astype(np.float32)
    labels = np.zeros(n, dtype=np.int64)
    for it in range(iters):
        new = np.empty(n, dtype=np.int64)
        for a in range(0, n, 8192):
            new[a:a + 8192] = np.argmax(x[a:a + 8192] @ C.T, axis=1)
        changed = int((new != labels).sum()) if it else n
        labels = new
        sums = np.zeros_like(C)
        np.add.at(sums, labels, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        C = np.where(empty[:, None], C, sums / np.maximum(norms, 1e-12))
        if changed < n * 0.001:
            break
    return labels


def bisect_paths(x, *, depth: int = 16, seed: int = 0) -> list[str]:
    """Hierarchical cluster paths of the unit rows of ``x``: recursive 2-way spherical k-means
    (:func:`kmeans` with ``k = 2``) to ``depth`` levels; row ``i`` gets the bit string of the
    branches it took (``"0110..."``; shorter when its group could not be split further), so
    that a prefix of ``n`` bits is a cluster at level ``n`` (as Brown-cluster paths are used)."""
    import numpy as np

    paths = [""] * x.shape[0]
    groups = [np.arange(x.shape[0])]
    for _ in range(depth):
        new = []
        for g in groups:
            if len(g) < 2:
                continue
            lab = kmeans(x[g], 2, seed=seed, iters=15)
            for b in (0, 1):
                sub = g[lab == b]
                for i in sub.tolist():
                    paths[i] += str(b)
                if len(sub) > 1:
                    new.append(sub)
        groups = new
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--vocab", type=int, default=100_000)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--depth", type=int, default=16, help="bits of the hierarchical paths")
    ap.add_argument("--cache", type=Path, default=None,
                    help="cache the tokenized stem sequences here (not shipped)")
    ap.add_argument("--vectors-out", type=Path, default=None,
                    help="also save the word2vec model here (for experiments; never shipped)")
    ap.add_argument("--vectors-in", type=Path, default=None,
                    help="reuse a word2vec model saved by --vectors-out instead of training")
    args = ap.parse_args(argv)

    import numpy as np
    from gensim.models import Word2Vec

    t0 = time.time()
    sents = corpus_sentences(args.corpus, args.cache)
    print(f"{len(sents)} lines, {sum(map(len, sents))} tokens ({time.time() - t0:.0f}s)", file=sys.stderr)
    if args.vectors_in:
        model = Word2Vec.load(str(args.vectors_in))
    else:
        model = Word2Vec(sentences=sents, vector_size=args.dim, window=5, min_count=args.min_count, sg=1,
                         negative=5, epochs=args.epochs, seed=0, workers=1, hashfxn=_hash)
    print(f"word2vec: {len(model.wv)} words ({time.time() - t0:.0f}s)", file=sys.stderr)
    if args.vectors_out:
        model.save(str(args.vectors_out))
    counts = Counter()
    for s in sents:
        counts.update(s)
    vocab = [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
             if w in model.wv.key_to_index and w != "<num>"][: args.vocab]
    x = np.stack([model.wv[w] for w in vocab]).astype(np.float32)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    columns = []
    for k in LEVELS:
        columns.append(kmeans(x, k, seed=0))
        print(f"k-means {k} ({time.time() - t0:.0f}s)", file=sys.stderr)
    paths = bisect_paths(x, depth=args.depth, seed=0)
    print(f"paths ({time.time() - t0:.0f}s)", file=sys.stderr)
    fq, ar = lexical_columns(vocab, counts)
    order = sorted(range(len(vocab)), key=lambda i: vocab[i])
    lines = ["stem\t" + "\t".join(f"c{k}" for k in LEVELS) + "\tfq\tar\tpath"]
    for i in order:
        lines.append(vocab[i] + "\t" + "\t".join(str(int(c[i])) for c in columns)
                     + f"\t{fq[i]}\t{ar[i]}\t{paths[i]}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    args.out.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(vocab)} stems)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
