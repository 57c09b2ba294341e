"""Self-training of the CRF tagger on unlabelled news (experiment; needs ``python-crfsuite``).

A model trained on the labelled sentences only tags sentences of the SaudiNewsNet corpus; the
sentences it tags with confidence (every token's label, ``O`` included, at or above a marginal
probability, and at least one name of the wanted types) become extra training sentences, their
tags taken as labels.  In cross-validation the tagging model must be the fold's own model
(trained without the held-out fold), so no label of a test fold reaches its model.

Imported only by training scripts, never by the pipeline.
"""

from __future__ import annotations

import json
import random
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .conll import Sentence, spans

__all__ = ["SelfTrainConfig", "corpus_documents", "select_sentences", "extra_sentences", "DEFAULT_CORPUS"]

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "saudinewsnet"
ENDS = frozenset((".", "؟", "!", "?"))


@dataclass
class SelfTrainConfig:
    """Which corpus sentences become training sentences."""

    articles: int = 4000          # articles drawn from the corpus (fixed seed)
    seed: int = 0
    min_prob: float = 0.9         # every token's marginal of its label at least this
    max_sentences: int = 1500     # at most this many sentences kept (in corpus order of the draw)
    types: tuple[str, ...] = ("PER", "ORG")  # a kept sentence holds a name of one of these
    unseen: bool = True           # ... whose text is not a name of the labelled sentences
    min_tokens: int = 6
    max_tokens: int = 60

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SelfTrainConfig:
        d = dict(d)
        if "types" in d:
            d["types"] = tuple(d["types"])
        return cls(**d)

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "types": list(self.types)}


def _gold_urls(root: Path) -> set[str]:
    """URLs of every article of the project's gold sets (``eval/*/articles.jsonl``): never drawn."""
    urls: set[str] = set()
    for path in (root / "eval").glob("*/articles.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                url = json.loads(line).get("url")
                if url:
                    urls.add(url)
    return urls


def corpus_documents(config: SelfTrainConfig, corpus: Path = DEFAULT_CORPUS) -> list[list[list[str]]]:
    """``config.articles`` articles drawn at random (``config.seed``) from the corpus, outside
    the gold sets: per article its sentences as orthographic tokens (lines split after
    ``.`` ``؟`` ``!``)."""
    from ..text.tokenize import words

    arts: list[tuple[str, str]] = []
    for zpath in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            for name in sorted(zf.namelist()):
                if name.endswith(".json"):
                    arts.extend((a.get("url") or "", a.get("content") or "")
                                for a in json.loads(zf.read(name).decode("utf-8")))
    gold = _gold_urls(ROOT)
    arts = [a for a in arts if a[0] not in gold and a[1].strip()]
    rng = random.Random(config.seed)
    draw = rng.sample(arts, min(config.articles, len(arts)))
    docs: list[list[list[str]]] = []
    for _, content in draw:
        doc: list[list[str]] = []
        for line in content.splitlines():
            cur: list[str] = []
            for tok in words(line):
                cur.append(tok.text)
                if tok.text in ENDS:
                    doc.append(cur)
                    cur = []
            if cur:
                doc.append(cur)
        if doc:
            docs.append(doc)
    return docs


def select_sentences(tagger: Any, docs: Iterable[Sequence[Sequence[str]]], config: SelfTrainConfig,
                     *, seen: set[str] | None = None, log: Any = None) -> list[Sentence]:
    """Sentences of ``docs`` ``tagger`` (a :class:`~marsad.entities.tagger.CrfTagger` opened with
    the crfsuite engine, whose scores are marginals) tags confidently, with their tags as labels.
    Each document is tagged whole (both passes and the tagger's propagation)."""
    out: list[Sentence] = []
    looked = 0
    for doc in docs:
        doc = [list(s[:200]) for s in doc]
        tags, probs = tagger.tag_document(doc)
        for toks, tg, pr in zip(doc, tags, probs):
            if not config.min_tokens <= len(toks) <= config.max_tokens:
                continue
            looked += 1
            names = spans(tg)
            want = [(a, b) for a, b, t in names if t in config.types]
            if not want or min(pr) < config.min_prob:
                continue
            if config.unseen and seen is not None and all(" ".join(toks[a:b]) in seen for a, b in want):
                continue
            out.append(Sentence(tokens=list(toks), tags=list(tg)))
            if len(out) >= config.max_sentences:
                break
        if len(out) >= config.max_sentences:
            break
    if log:
        log(f"self-training: {len(out)} of {looked} corpus sentences kept")
    return out


def extra_sentences(train: Sequence[Sentence], *, config: Any, st_config: SelfTrainConfig,
                    base_model: Path, docs: Sequence[Sequence[Sequence[str]]] | None = None,
                    log: Any = None) -> list[Sentence]:
    """Self-training sentences for a model to be trained on ``train``: the corpus sentences a
    base model trained on ``train`` alone (``base_model``, trained there with ``config`` unless
    it exists) tags confidently (:func:`select_sentences`; names count as seen when they are
    names of ``train``)."""
    from .tagger import CrfTagger
    from .train import train_model

    base_model = Path(base_model)
    if not base_model.exists():
        base_model.parent.mkdir(parents=True, exist_ok=True)
        train_model(train, out=base_model, config=config, log=log)
    tagger = CrfTagger(base_model, engine="crfsuite")
    tagger.consistency = None
    seen = {" ".join(s.tokens[a:b]) for s in train for a, b, _ in spans(s.tags)}
    if docs is None:
        docs = corpus_documents(st_config)
    return select_sentences(tagger, docs, st_config, seen=seen, log=log)
