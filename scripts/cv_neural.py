#!/usr/bin/env python
"""Cross-validation of the convolutional tagger ALONE (:mod:`marsad.entities.neural`) on ANERcorp.

For each selected contiguous fold: train on the other folds (early stopping on the last 10 % of
them), decode the held-out fold with the numpy decoder, score entity micro-F1 (conlleval).
For screening hyper-parameters; the stage number comes from ``scripts/cv_stage.py --neural``.

    python scripts/cv_neural.py --folds 0 [--hidden 96] [--vectors FILE]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.entities.conll import Report, score  # noqa: E402
from marsad.entities.neural import NeuralTagger, WordVectors  # noqa: E402
from marsad.entities.neural_train import NeuralConfig, train_neural  # noqa: E402
from marsad.entities.train import DEFAULT_DATA, TrainConfig, folds, load_data, make_extractor  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--folds", type=int, nargs="*")
    ap.add_argument("--vectors", type=Path, default=None, help="vectors npz (default: shipped)")
    for name, default in NeuralConfig().to_dict().items():
        ap.add_argument("--" + name.replace("_", "-"), type=type(default), default=default)
    args = ap.parse_args(argv)
    config = NeuralConfig(**{k: getattr(args, k) for k in NeuralConfig().to_dict()})
    sentences = load_data([args.data])
    extractor = make_extractor(TrainConfig())
    vectors = WordVectors.read(args.vectors)
    pooled = Report()
    which = args.folds if args.folds else list(range(args.k))
    print(f"config {config.to_dict()}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        for i, (a, b) in enumerate(folds(len(sentences), args.k)):
            if i not in which:
                continue
            t0 = time.time()
            path = Path(tmp) / f"fold{i}.npz"
            train_neural([*sentences[:a], *sentences[b:]], extractor=extractor, vectors=vectors,
                         config=config, out=path, log=lambda m: print(m, file=sys.stderr))
            tagger = NeuralTagger(path, extractor=extractor, vectors=vectors)
            tags, _ = tagger.tag([s.tokens for s in sentences[a:b]])
            rep = score([s.tags for s in sentences[a:b]], tags)
            pooled.merge(rep)
            print(f"fold {i}: F1 {rep.overall.f1:.4f} ({time.time() - t0:.0f}s)", file=sys.stderr)
    print(pooled.format())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
