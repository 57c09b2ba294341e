#!/usr/bin/env python
"""k-fold cross-validation of the FULL entity stage on ANERcorp (the number ``marsad eval ner`` gives).

For each of ``k`` contiguous folds of sentences: train the CRF tagger on the other folds into a
temporary directory (:func:`marsad.entities.train.train_model`, the shipped configuration unless
options say otherwise), build the ``tokens`` + ``sentences`` + ``entities`` pipeline with that
model, and tag the held-out fold through the same code path as ``marsad eval ner``
(:func:`marsad.entities.evaluate.pipeline_tagger`).  Counts are pooled over the folds (micro
P/R/F1 per type, exact entity match as conlleval).  ``--crf`` also scores the fold's CRF alone
on the same split.

    python scripts/cv_stage.py                 # 5 folds, full stage + CRF alone, 25 sentences/document
    python scripts/cv_stage.py --no-two-stage  # without the second-pass (document-level) CRF
    python scripts/cv_stage.py --folds 0 1     # quick screening: folds 0 and 1 of 5 only
    python scripts/cv_stage.py --doc-sentences 1 25   # each sentence alone, and 25 per document
    python scripts/cv_stage.py --neural        # the convolutional tagger stacked into the second pass
    python scripts/cv_stage.py --json          # also the pooled report as JSON
    python scripts/cv_stage.py --self-train '{}' --base-models BASE --models DIR
                                               # experiment: self-training on SaudiNewsNet

The knowledge base is the shipped one (its names come from outside ANERcorp), so no label of a
held-out fold reaches its model.  Runs one process, one fold at a time.
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

from marsad.entities.conll import Report, score  # noqa: E402
from marsad.entities.evaluate import DOC_SENTENCES, pipeline_tagger  # noqa: E402
from marsad.entities.stage import EntitiesStage  # noqa: E402
from marsad.entities.tagger import CrfTagger  # noqa: E402
from marsad.entities.train import DEFAULT_DATA, TrainConfig, folds, load_data, train_model  # noqa: E402
from marsad.pipeline import Pipeline  # noqa: E402
from marsad.pipeline.registry import default_registry  # noqa: E402


def stage_pipeline(tagger: CrfTagger, *, institutions: bool = False) -> Pipeline:
    """``tokens`` + ``sentences`` + the entity stage with ``tagger`` (as ``marsad eval ner`` runs it)."""
    reg = default_registry()
    return Pipeline([reg.create("tokens"), reg.create("sentences"),
                     EntitiesStage(tagger=tagger, institutions=institutions)])


def self_training(train: list, i: int, config: TrainConfig, st_config, st_docs,
                  base_dir: Path) -> list:
    """Extra training sentences for fold ``i``: corpus sentences its base model (trained on the
    fold's training part ``train`` only, never on the held-out fold; kept in ``base_dir``) tags
    confidently."""
    from marsad.entities.selftrain import extra_sentences

    t0 = time.time()
    return extra_sentences(train, config=config, st_config=st_config,
                           base_model=base_dir / f"fold{i}" / "model.crfsuite", docs=st_docs,
                           log=lambda m: print(f"fold {i}: {m} ({time.time() - t0:.0f}s)",
                                               file=sys.stderr))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, nargs="+", default=[DEFAULT_DATA])
    ap.add_argument("--k", type=int, default=5, help="number of contiguous folds")
    ap.add_argument("--folds", type=int, nargs="*", help="run only these folds (default: all)")
    ap.add_argument("--c1", type=float, default=TrainConfig.c1)
    ap.add_argument("--c2", type=float, default=TrainConfig.c2)
    ap.add_argument("--max-iterations", type=int, default=TrainConfig.max_iterations)
    ap.add_argument("--no-two-stage", action="store_true",
                    help="first-pass CRF only (no second pass on document-level features)")
    ap.add_argument("--jackknife", type=int, default=TrainConfig.jackknife)
    ap.add_argument("--no-doc-labels", action="store_true",
                    help="second pass without the first pass's own tags (document features only)")
    ap.add_argument("--neural", action="store_true",
                    help="stack the convolutional tagger (marsad.entities.neural) into the second pass")
    ap.add_argument("--neural-config", type=json.loads, default=None,
                    help='NeuralConfig fields as JSON, e.g. \'{"hidden": 64}\'')
    ap.add_argument("--extra", type=json.loads, default=None,
                    help='more feature options (TrainConfig.extra) as JSON, e.g. \'{"knn": 5}\'')
    ap.add_argument("--no-consistency", action="store_true",
                    help="without the tagger's rule-based propagation (consistency.py)")
    ap.add_argument("--institutions", action="store_true",
                    help="keep the stage's institution rule (eval ner leaves it out by default)")
    ap.add_argument("--consistency", type=json.loads, default=None,
                    help='options of consistency.propagate as JSON, e.g. \'{"last": ["PER"]}\'')
    ap.add_argument("--doc-sentences", type=int, nargs="+", default=[DOC_SENTENCES],
                    help="consecutive sentences per document (several values: one report each)")
    ap.add_argument("--no-crf", dest="crf", action="store_false",
                    help="do not also score the CRF alone")
    ap.add_argument("--models", type=Path,
                    help="keep the fold models in this directory and reuse those already there "
                         "(same data and configuration only: the directory is not checked)")
    ap.add_argument("--json", action="store_true", help="print the pooled reports as JSON too")
    ap.add_argument("--self-train", type=json.loads, default=None,
                    help='self-training (marsad.entities.selftrain.SelfTrainConfig fields as JSON, '
                         'e.g. \'{"articles": 4000, "min_prob": 0.9}\'): corpus sentences the fold\'s '
                         'base model (trained on the training part only) tags confidently join its '
                         'training data')
    ap.add_argument("--base-models", type=Path,
                    help="with --self-train: the fold base models (a --models DIR of a run without it); "
                         "missing ones are trained")
    args = ap.parse_args(argv)
    config = TrainConfig(c1=args.c1, c2=args.c2, max_iterations=args.max_iterations,
                         two_stage=not args.no_two_stage, jackknife=args.jackknife,
                         doc_labels=not args.no_doc_labels, neural=args.neural,
                         extra={**({"neural_config": args.neural_config} if args.neural_config else {}),
                                **(args.extra or {})})
    sentences = load_data(args.data)
    which = args.folds if args.folds else list(range(args.k))
    print(f"{args.k}-fold CV (folds {which}) of the entity stage on {len(sentences)} sentences; "
          f"config {config.to_dict()}", file=sys.stderr)
    docs = args.doc_sentences
    st_config = st_docs = None
    if args.self_train is not None:
        from marsad.entities.selftrain import SelfTrainConfig, corpus_documents

        st_config = SelfTrainConfig.from_dict(args.self_train)
        st_docs = corpus_documents(st_config)
        print(f"self-training {st_config.to_dict()}: {len(st_docs)} corpus articles", file=sys.stderr)
    stage_pooled = {n: Report() for n in docs}
    stage_f1: dict[int, list[float]] = {n: [] for n in docs}
    crf_pooled = {n: Report() for n in docs}
    crf_f1: dict[int, list[float]] = {n: [] for n in docs}
    with tempfile.TemporaryDirectory() as tmp:
        for i, (a, b) in enumerate(folds(len(sentences), args.k)):
            if i not in which:
                continue
            t0 = time.time()
            train, test = [*sentences[:a], *sentences[b:]], sentences[a:b]
            path = (args.models or Path(tmp)) / f"fold{i}" / "model.crfsuite"
            if not (args.models and path.exists()):
                path.parent.mkdir(parents=True, exist_ok=True)
                if st_config is not None:
                    train = [*train, *self_training(train, i, config, st_config, st_docs,
                                                    args.base_models or Path(tmp) / "base")]
                train_model(train, out=path, config=config,
                            log=lambda m: print(m, file=sys.stderr))
            tagger = CrfTagger(path)
            if args.no_consistency:
                tagger.consistency = None
            elif args.consistency is not None:
                tagger.consistency = args.consistency
            t1 = time.time()
            gold = [s.tags for s in test]
            msg = f"fold {i}:"
            for n in docs:
                tag = pipeline_tagger(pipeline=stage_pipeline(tagger, institutions=args.institutions),
                                      doc_sentences=n)
                rep = score(gold, tag([s.tokens for s in test]))
                stage_pooled[n].merge(rep)
                stage_f1[n].append(rep.overall.f1)
                msg += f" stage ({n} sentences/doc) F1 {rep.overall.f1:.4f},"
                if args.crf:
                    crep = score(gold, tagger.tag_sentences([s.tokens for s in test], doc_sentences=n))
                    crf_pooled[n].merge(crep)
                    crf_f1[n].append(crep.overall.f1)
                    msg += f" CRF alone {crep.overall.f1:.4f};"
            print(f"{msg} (train {t1 - t0:.0f}s, tag {time.time() - t1:.0f}s)", file=sys.stderr)
    for n in docs:
        print(f"== full entity stage, {n} sentences per document ==")
        print(stage_pooled[n].format())
        print("per-fold F1: " + " ".join(f"{f:.4f}" for f in stage_f1[n]))
    for n in docs if args.crf else ():
        print(f"== CRF tagger alone, {n} sentences per document ==")
        print(crf_pooled[n].format())
        print("per-fold F1: " + " ".join(f"{f:.4f}" for f in crf_f1[n]))
    if args.json:
        print(json.dumps({"config": config.to_dict(), "folds": which,
                          "stage": {n: r.to_dict() for n, r in stage_pooled.items()},
                          "crf": {n: r.to_dict() for n, r in crf_pooled.items()} if args.crf else None}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
