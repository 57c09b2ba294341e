#!/usr/bin/env python
"""Recall on UNSEEN names: gold entities of each held-out fold whose text is never a gold entity in
the fold's training part, found exactly (same span and type) by the fold's CRF alone and by the full
stage; all types, persons, organisations, and those holding a word whose stem has no cluster in the
shipped ``clusters.tsv.gz`` (rare words, which cluster features cannot help).  Reads fold models kept by ``scripts/cv_stage.py --models DIR``
(5 contiguous folds, 25 sentences per document; folds without a model in DIR are skipped, so
screening runs of ``cv_stage.py --folds`` can be read too); tags only, trains nothing.

    python scripts/unseen_recall.py DIR [DIR ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from cv_stage import stage_pipeline  # noqa: E402
from marsad.entities.conll import spans  # noqa: E402
from marsad.entities.evaluate import pipeline_tagger  # noqa: E402
from marsad.entities.features import load_clusters, stem_of  # noqa: E402
from marsad.entities.tagger import CrfTagger  # noqa: E402
from marsad.entities.train import DEFAULT_DATA, folds, load_data  # noqa: E402


def main(argv: list[str]) -> int:
    """Print, per model directory, the unseen-entity recall of the CRF alone and of the stage."""
    sents = load_data([DEFAULT_DATA])
    clusters = load_clusters()
    for root in argv:
        tot = {"crf": [0] * 8, "stage": [0] * 8}
        done = []
        for i, (a, b) in enumerate(folds(len(sents), 5)):
            if not (Path(root) / f"fold{i}" / "model.crfsuite").exists():
                continue
            done.append(i)
            train, test = [*sents[:a], *sents[b:]], sents[a:b]
            seen = {" ".join(s.tokens[x:y]) for s in train for x, y, t in spans(s.tags)}
            tagger = CrfTagger(Path(root) / f"fold{i}" / "model.crfsuite")
            toks = [s.tokens for s in test]
            preds = {"crf": tagger.tag_sentences(toks, doc_sentences=25),
                     "stage": pipeline_tagger(pipeline=stage_pipeline(tagger), doc_sentences=25)(toks)}
            for k, pred in preds.items():
                for s, p in zip(test, pred):
                    ps = set(spans(p))
                    for x, y, t in spans(s.tags):
                        if " ".join(s.tokens[x:y]) in seen:
                            continue
                        hit = (x, y, t) in ps
                        tot[k][0] += 1
                        tot[k][1] += hit
                        if t == "PER":
                            tot[k][2] += 1
                            tot[k][3] += hit
                        if t == "ORG":
                            tot[k][6] += 1
                            tot[k][7] += hit
                        if any(clusters.get(stem_of(w)) is None for w in s.tokens[x:y]):
                            tot[k][4] += 1
                            tot[k][5] += hit
        for k, (n, h, np_, hp, nr, hr, no, ho) in tot.items():
            print(f"{root} (folds {done}) {k}: unseen entities recall {h}/{n} = {h/n:.4f}; "
                  f"unseen PER {hp}/{np_} = {hp/np_:.4f}; unseen ORG {ho}/{no} = {ho/max(no, 1):.4f}; "
                  f"unseen with an unclustered word {hr}/{nr} = {hr/max(nr, 1):.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
