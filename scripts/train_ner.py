#!/usr/bin/env python
"""Train (or cross-validate) the CRF entity tagger shipped in ``marsad/entities/data/ner/``.

Data: ANERcorp training split (``../shared/data/ner/anercorp/train.txt``, CAMeL Lab split, research
use), split into sentences on ``.`` ``؟`` ``!`` tokens; PERS read as PER.  Features: see
:mod:`marsad.entities.features`; the word clusters come from ``scripts/build_word_clusters.py``
(run that first); the experimental ``--neural`` needs the stem vectors of
``scripts/build_word_vectors.py`` and torch.  Training is deterministic (L-BFGS, no shuffling; the
convolutional tagger: torch seed 0, one thread; fixed seed recorded).

    # 5-fold cross-validation table (contiguous folds of sentences, pooled counts)
    python scripts/train_ner.py --cv 5                                  # shipped configuration (two passes)
    python scripts/train_ner.py --cv 5 --no-two-stage                   # first pass only, sentence by sentence
    python scripts/train_ner.py --cv 5 --neural                         # experiment: neural tagger stacked (not shipped)
    python scripts/train_ner.py --cv 5 --no-gazetteer                   # ablation: clusters only
    python scripts/train_ner.py --cv 5 --no-gazetteer --no-clusters     # ablation: neither
    python scripts/train_ner.py --cv 5 --no-names --paths               # ablation: no name lists, no paths
    # the shipped model (full training split, clusters + KB gazetteer)
    python scripts/train_ner.py
    # experiment, not shipped: plus 1,500 confident SaudiNewsNet sentences (marsad.entities.selftrain)
    python scripts/train_ner.py --self-train '{}' --out DIR
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.entities.train import (  # noqa: E402
    DEFAULT_DATA, TrainConfig, cross_validate, load_data, train_ner,
)

DEFAULT_OUT = ROOT / "src" / "marsad" / "entities" / "data" / "ner" / "model.crfsuite"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, nargs="+", default=[DEFAULT_DATA])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--cv", type=int, default=0, help="k-fold cross-validation instead of training")
    ap.add_argument("--c1", type=float, default=TrainConfig.c1)
    ap.add_argument("--c2", type=float, default=TrainConfig.c2)
    ap.add_argument("--max-iterations", type=int, default=TrainConfig.max_iterations)
    ap.add_argument("--window", type=int, default=2)
    ap.add_argument("--no-clusters", action="store_true")
    ap.add_argument("--no-gazetteer", action="store_true", help="without KB gazetteer membership features")
    ap.add_argument("--no-names", action="store_true",
                    help="without the corpus name-context features (data/ner/names.tsv.gz)")
    ap.add_argument("--no-popnames", action="store_true",
                    help="without the given-name popularity features (data/ner/popnames.tsv.gz)")
    ap.add_argument("--paths", type=int, nargs="*", default=list(TrainConfig.paths),
                    help="prefix lengths of the hierarchical cluster paths used (none: --paths)")
    ap.add_argument("--no-two-stage", action="store_true",
                    help="one CRF only (no second pass on document-level features)")
    ap.add_argument("--jackknife", type=int, default=TrainConfig.jackknife,
                    help="parts of the jackknifed first pass the second CRF is trained on")
    ap.add_argument("--doc-sentences", type=int, default=TrainConfig.doc_sentences,
                    help="consecutive training sentences per document for the second pass")
    ap.add_argument("--neural", action="store_true",
                    help="experimental, not shipped: stack the convolutional tagger into the second "
                         "pass (marsad.entities.neural; needs torch and data/ner/vectors.npz)")
    ap.add_argument("--self-train", type=json.loads, default=None,
                    help='self-training on SaudiNewsNet (SelfTrainConfig fields as JSON, {} for the '
                         'defaults): a model of the data alone tags corpus sentences, the confident '
                         'ones join the training data')
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", action="store_true", help="print the CV report as JSON too")
    args = ap.parse_args(argv)
    config = TrainConfig(c1=args.c1, c2=args.c2, max_iterations=args.max_iterations,
                         window=args.window, clusters=not args.no_clusters,
                         gazetteer=not args.no_gazetteer, names=not args.no_names,
                         popnames=not args.no_popnames,
                         paths=tuple(args.paths), two_stage=not args.no_two_stage,
                         jackknife=args.jackknife, doc_sentences=args.doc_sentences,
                         neural=args.neural and not args.no_two_stage)
    if args.cv:
        sentences = load_data(args.data)
        print(f"{args.cv}-fold CV on {len(sentences)} sentences; config {config.to_dict()}",
              file=sys.stderr)
        with tempfile.TemporaryDirectory() as tmp:
            pooled, per_fold = cross_validate(sentences, k=args.cv, config=config,
                                              workdir=Path(tmp),
                                              log=lambda m: print(m, file=sys.stderr))
        print(pooled.format())
        print("per-fold F1: " + " ".join(f"{r.overall.f1:.4f}" for r in per_fold))
        if args.json:
            print(json.dumps({"config": config.to_dict(), "pooled": pooled.to_dict(),
                              "folds": [r.overall.to_dict() for r in per_fold]}))
        return 0
    t0 = time.time()
    meta = train_ner(data=args.data, out=args.out, seed=args.seed, config=config,
                     self_train=args.self_train, log=lambda m: print(m, file=sys.stderr))
    print(json.dumps(meta, ensure_ascii=False, indent=1))
    print(f"trained in {time.time() - t0:.0f}s -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
