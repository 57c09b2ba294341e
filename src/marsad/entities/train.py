"""Training and cross-validation of the CRF entity tagger (needs ``python-crfsuite``).

Imported only by the CLI (``marsad train ner``) and ``scripts/train_ner.py``, never by the
pipeline.  :func:`train_ner` trains on CoNLL files and writes the model file plus a JSON file
next to it describing the feature configuration (read back by
:class:`marsad.entities.tagger.CrfTagger`); :func:`cross_validate` runs k-fold cross-validation
with contiguous folds of sentences and returns conlleval-style scores.

Everything is deterministic: the folds are contiguous, L-BFGS has no randomness, features are
functions of the words (clusters come from the unlabeled corpus, the gazetteer from the
knowledge base), so no label of a test fold reaches its model.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .conll import Report, Sentence, read_conll, score
from .features import FeatureExtractor, WordClusters, load_clusters, load_names
from .tagger import kb_gazetteer

__all__ = ["TrainConfig", "train_ner", "train_model", "cross_validate", "load_data", "make_extractor",
           "DEFAULT_DATA"]

DEFAULT_DATA = (Path(__file__).resolve().parents[3].parent / "shared" / "data" / "ner"
                / "anercorp" / "train.txt")


@dataclass
class TrainConfig:
    """CRF hyper-parameters and feature switches (stored in the model's JSON file)."""

    c1: float = 0.05
    c2: float = 0.05
    max_iterations: int = 150
    window: int = 2
    affixes: int = 4
    clusters: bool = True
    gazetteer: bool = True
    paths: tuple[int, ...] = ()
    names: bool = True
    two_stage: bool = True
    jackknife: int = 5
    doc_sentences: int = 25
    doc_labels: bool = True
    neural: bool = False
    #: popularity levels of Arabic-script given names (``data/ner/popnames.tsv.gz``) as features
    popnames: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"c1": self.c1, "c2": self.c2, "max_iterations": self.max_iterations,
                "window": self.window, "affixes": self.affixes, "clusters": self.clusters,
                "gazetteer": self.gazetteer, "paths": list(self.paths), "names": self.names,
                "two_stage": self.two_stage, "jackknife": self.jackknife,
                "doc_sentences": self.doc_sentences, "doc_labels": self.doc_labels,
                "neural": self.neural, **self.feature_opts()}

    def feature_opts(self) -> dict[str, Any]:
        """The options handed to :class:`FeatureExtractor` beyond its arguments (``popnames``, ``extra``)."""
        return {**({"popnames": True} if self.popnames else {}), **self.extra}


def load_data(paths: Sequence[Path | str]) -> list[Sentence]:
    """Sentences of the CoNLL files (ANERcorp without blank lines is split on ``.`` ``؟`` ``!``)."""
    out: list[Sentence] = []
    for p in paths:
        out.extend(read_conll(p))
    return out


def make_extractor(config: TrainConfig, *, clusters: WordClusters | None = None,
                   gazetteer: Mapping[str, frozenset[str]] | None = None) -> FeatureExtractor:
    """The feature extractor a config describes (shipped clusters / KB gazetteer by default)."""
    cl = (clusters if clusters is not None else load_clusters()) if config.clusters else None
    gz = None
    if config.gazetteer:
        gz = gazetteer if gazetteer is not None else kb_gazetteer()
    return FeatureExtractor(clusters=cl, gazetteer=gz, window=config.window,
                            affixes=config.affixes, paths=config.paths if cl else (),
                            names=load_names() if config.names else None,
                            opts=config.feature_opts())


def _train(sentences: Sequence[Sentence], extractor: FeatureExtractor, config: TrainConfig,
           model_path: Path, extra: Sequence[Sequence[Sequence[str]]] | None = None) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for k, s in enumerate(sentences):
        items = extractor.sentence(s.tokens)
        if extra is not None:
            items = [a + tuple(b) for a, b in zip(items, extra[k])]
        trainer.append(pycrfsuite.ItemSequence(items), s.tags)
    trainer.set_params({"c1": config.c1, "c2": config.c2,
                        "max_iterations": config.max_iterations,
                        "feature.possible_transitions": True})
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))


def _tag(sentences: Sequence[Sentence], extractor: FeatureExtractor, model_path: Path) -> list[list[str]]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    try:
        return [tagger.tag(pycrfsuite.ItemSequence(extractor.sentence(s.tokens)))
                if s.tokens else [] for s in sentences]
    finally:
        tagger.close()


def folds(n: int, k: int) -> list[tuple[int, int]]:
    """``k`` contiguous ``[start, end)`` ranges covering ``range(n)``."""
    bounds = [round(i * n / k) for i in range(k + 1)]
    return list(zip(bounds[:-1], bounds[1:]))


def cross_validate(sentences: Sequence[Sentence], *, k: int = 5, config: TrainConfig | None = None,
                   workdir: Path, clusters: WordClusters | None = None,
                   gazetteer: Mapping[str, frozenset[str]] | None = None,
                   log: Any = None) -> tuple[Report, list[Report]]:
    """k-fold cross-validation with contiguous folds of sentences; returns the pooled report
    (counts summed over the folds, so P/R/F1 are micro-averaged over all test sentences)
    and the per-fold reports."""
    config = config or TrainConfig()
    extractor = make_extractor(config, clusters=clusters, gazetteer=gazetteer)
    pooled = Report()
    per_fold: list[Report] = []
    for i, (a, b) in enumerate(folds(len(sentences), k)):
        t0 = time.time()
        train = [*sentences[:a], *sentences[b:]]
        test = sentences[a:b]
        path = Path(workdir) / f"fold{i}.crfsuite"
        if config.two_stage:  # both passes, test sentences tagged as documents
            from .tagger import CrfTagger

            path = Path(workdir) / f"fold{i}" / "model.crfsuite"
            path.parent.mkdir(parents=True, exist_ok=True)
            train_model(train, out=path, config=config)
            pred = CrfTagger(path).tag_sentences([s.tokens for s in test],
                                                 doc_sentences=config.doc_sentences)
        else:
            _train(train, extractor, config, path)
            pred = _tag(test, extractor, path)
        rep = score([s.tags for s in test], pred)
        per_fold.append(rep)
        pooled.merge(rep)
        if log:
            log(f"fold {i}: F1 {rep.overall.f1:.4f} ({time.time() - t0:.0f}s)")
    return pooled, per_fold


def train_ner(*, data: list[Path], out: Path, seed: int = 0, config: TrainConfig | None = None,
              self_train: Mapping[str, Any] | None = None, log: Any = None,
              **overrides: Any) -> dict[str, Any]:
    """Train the CRF tagger on the CoNLL files ``data`` and write the model to ``out``
    (``*.crfsuite``; a directory gets ``model.crfsuite``), its weights for the numpy decoder
    (``.npz``) and its description (``.json``) next to it.  The defaults rebuild the shipped
    model (word clusters + KB gazetteer features, c1 = c2 = 0.05, 150 L-BFGS iterations).

    ``seed`` is recorded (training is deterministic: L-BFGS, no shuffling); ``overrides`` set
    :class:`TrainConfig` fields (``c1=0.1``, ``clusters=False``, ...).  ``self_train``
    (:class:`~marsad.entities.selftrain.SelfTrainConfig` fields): first train a model on ``data``
    alone, and add the corpus sentences it tags confidently to the training sentences.  Returns the description
    (config, data files, sentence/token counts, model size, training time).
    """
    config = config or TrainConfig()
    for key, value in overrides.items():
        if not hasattr(config, key):
            raise TypeError(f"unknown training option {key!r}")
        setattr(config, key, value)
    out = Path(out)
    if out.is_dir() or not out.suffix:
        out = out / "model.crfsuite"
    sentences = load_data(data)
    st_meta = None
    if self_train is not None:  # corpus sentences a model of ``data`` alone tags confidently
        import tempfile

        from .selftrain import SelfTrainConfig, extra_sentences

        st = SelfTrainConfig.from_dict(dict(self_train))
        with tempfile.TemporaryDirectory() as tmp:
            extra = extra_sentences(sentences, config=config, st_config=st,
                                    base_model=Path(tmp) / "base" / "model.crfsuite", log=log)
        st_meta = {**st.to_dict(), "sentences": len(extra),
                   "tokens": sum(len(x.tokens) for x in extra)}
        sentences = [*sentences, *extra]
    meta = train_model(sentences, out=out, config=config, seed=seed, log=log)
    meta["data"] = [Path(p).name for p in data]
    if st_meta is not None:
        meta["self_training"] = st_meta
    out.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    return meta


def first_pass_tags(sentences: Sequence[Sentence], *, config: TrainConfig, workdir: Path,
                    parts: int = 5, extractor: FeatureExtractor | None = None,
                    log: Any = None) -> list[list[str]]:
    """Jackknifed first-pass tags of ``sentences``: each of ``parts`` contiguous parts tagged by a
    CRF trained on the other parts (so the tags are as wrong as on unseen text)."""
    extractor = extractor or make_extractor(config)
    out: list[list[str]] = []
    for j, (a, b) in enumerate(folds(len(sentences), parts)):
        t0 = time.time()
        path = Path(workdir) / f"jack{j}.crfsuite"
        _train([*sentences[:a], *sentences[b:]], extractor, config, path)
        out.extend(_tag(sentences[a:b], extractor, path))
        path.unlink()
        if log:
            log(f"jackknife part {j}: {time.time() - t0:.0f}s")
    return out


def second_pass_features(sentences: Sequence[Sentence], tags: Sequence[Sequence[str]], *,
                         doc_sentences: int, labels: bool = True) -> list[list[tuple[str, ...]]]:
    """:func:`~marsad.entities.docfeatures.doc_features` of ``sentences`` grouped into documents
    of ``doc_sentences`` consecutive sentences, from first-pass ``tags``."""
    from .docfeatures import doc_features

    out: list[list[tuple[str, ...]]] = []
    for a in range(0, len(sentences), doc_sentences):
        out.extend(doc_features([s.tokens for s in sentences[a:a + doc_sentences]],
                                tags[a:a + doc_sentences], labels=labels))
    return out


def _train_neural_stack(sentences: Sequence[Sentence], *, extractor: FeatureExtractor,
                        config: TrainConfig, out: Path, log: Any = None) -> dict[str, Any]:
    """The convolutional tagger (:mod:`~marsad.entities.neural_train`, needs torch) for the
    second pass: its stacking features of ``sentences`` jackknifed over ``config.jackknife``
    parts (``features``), and one model trained on all of them, written next to ``out`` as
    ``neural.npz``.  Returns its description (with ``features``)."""
    from .neural import NEURAL_FILE, load_vectors

    try:
        from .neural_train import NeuralConfig, jackknife_features, train_neural
        import torch  # noqa: F401
    except ImportError as exc:
        raise RuntimeError("training the stacked neural tagger needs torch (pip install torch); "
                           "or train without it (neural=False)") from exc

    t0 = time.time()
    vectors = load_vectors()
    nconfig = NeuralConfig(**config.extra.get("neural_config", {}))
    feats = jackknife_features(sentences, extractor=extractor, vectors=vectors,
                               parts=config.jackknife, workdir=out.parent, config=nconfig, log=log)
    path = out.parent / NEURAL_FILE
    train_neural(sentences, extractor=extractor, vectors=vectors, config=nconfig, out=path)
    return {"weights_file": path.name, "weights_bytes": path.stat().st_size,
            "vectors": {"words": len(vectors), "dim": vectors.dim}, "config": nconfig.to_dict(),
            "train_seconds": round(time.time() - t0, 1), "features": feats}


def train_model(sentences: Sequence[Sentence], *, out: Path, config: TrainConfig,
                seed: int = 0, log: Any = None) -> dict[str, Any]:
    """Train on ``sentences`` and write ``out`` (``*.crfsuite``), its ``.npz`` weights and its
    ``.json`` description (the files :class:`~marsad.entities.tagger.CrfTagger` opens).
    Returns the description."""
    out = Path(out)
    t0 = time.time()
    extractor = make_extractor(config)
    if config.gazetteer and extractor.gazetteer is None:
        raise RuntimeError("gazetteer features requested but no knowledge base is available")
    _train(sentences, extractor, config, out)
    from .tagger import export_weights

    weights = export_weights(out)
    second = None
    if config.two_stage:
        tags = first_pass_tags(sentences, config=config, workdir=out.parent,
                               parts=config.jackknife, extractor=extractor, log=log)
        extra = second_pass_features(sentences, tags, doc_sentences=config.doc_sentences,
                                     labels=config.doc_labels)
        if config.neural:
            neural = _train_neural_stack(sentences, extractor=extractor, config=config, out=out,
                                         log=log)
            extra = [[a + b for a, b in zip(x, y)] for x, y in zip(extra, neural.pop("features"))]
        out2 = out.with_name(out.stem + "2" + out.suffix)
        _train(sentences, extractor, config, out2, extra)
        w2 = export_weights(out2)
        second = {"model": out2.name, "weights_file": w2.name, "model_bytes": out2.stat().st_size,
                  "weights_bytes": w2.stat().st_size}
    meta = {
        "format": "marsad-crf-ner/1",
        "labels": sorted({t for s in sentences for t in s.tags}),
        "config": config.to_dict(),
        "data": [],
        "sentences": len(sentences),
        "tokens": sum(len(s.tokens) for s in sentences),
        "seed": seed,
        "clusters_vocab": len(extractor.clusters) if extractor.clusters else 0,
        "gazetteer_keys": len(extractor.gazetteer) if extractor.gazetteer else 0,
        "model_bytes": out.stat().st_size,
        "weights_file": weights.name,
        "weights_bytes": weights.stat().st_size,
        "train_seconds": round(time.time() - t0, 1),
    }
    if second:
        meta["second"] = second
    if config.two_stage and config.neural:
        meta["neural"] = neural
    out.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    return meta
