#!/usr/bin/env python
"""Build ``src/marsad/entities/data/ner/vectors.npz``: word2vec vectors of clitic-stripped stems.

Data: the SaudiNewsNet corpus (``../shared/data/corpus/saudinewsnet/*.zip``, CC BY-NC-SA 4.0,
research use), read and tokenized exactly as ``scripts/build_word_clusters.py`` does (stems in
their ``normalize_for_search`` form, Latin words, numbers as ``<num>``).  No article text is
shipped: only ``stem -> vector`` for the most frequent stems.

Steps (deterministic: seed 0, one worker thread, a fixed string hash):

1. stem sequences of every line of every article (:func:`build_word_clusters.corpus_sentences`);
2. word2vec (gensim, skip-gram, ``--dim`` dimensions, window 5, min count 5, 5 epochs, seed 0,
   ``workers=1``);
3. the ``--vocab`` most frequent stems (ties by stem), vectors scaled to unit length;
4. written as ``npz`` (no pickles): ``words`` (UTF-8, newline-joined, as uint8) and ``vectors``
   (``vocab x dim`` float16).

Needs the ``[train]`` extra (gensim, numpy).  Usage::

    python scripts/build_word_vectors.py [--corpus DIR] [--out FILE] [--vocab 50000] [--dim 64]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from build_word_clusters import DEFAULT_CORPUS, _hash, corpus_sentences  # noqa: E402

DEFAULT_OUT = ROOT / "src" / "marsad" / "entities" / "data" / "ner" / "vectors.npz"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--vocab", type=int, default=50_000)
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--cache", type=Path, default=None,
                    help="cache the tokenized stem sequences here (not shipped)")
    args = ap.parse_args(argv)

    import numpy as np
    from gensim.models import Word2Vec

    t0 = time.time()
    sents = corpus_sentences(args.corpus, args.cache)
    print(f"{len(sents)} lines, {sum(map(len, sents))} tokens ({time.time() - t0:.0f}s)",
          file=sys.stderr)
    model = Word2Vec(sentences=sents, vector_size=args.dim, window=5, min_count=args.min_count,
                     sg=1, negative=5, epochs=args.epochs, seed=0, workers=1, hashfxn=_hash)
    print(f"word2vec: {len(model.wv)} words ({time.time() - t0:.0f}s)", file=sys.stderr)
    counts: Counter[str] = Counter()
    for s in sents:
        counts.update(s)
    vocab = [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
             if w in model.wv.key_to_index and "\n" not in w][: args.vocab]
    x = np.stack([model.wv[w] for w in vocab]).astype(np.float32)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, words=np.frombuffer("\n".join(vocab).encode("utf-8"), dtype=np.uint8),
                        vectors=x.astype(np.float16))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(vocab)} x {args.dim})",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
