"""The trained statistical entity tagger (CRF, python-crfsuite): PER, ORG, LOC, MISC.

:meth:`CrfTagger.load` opens the model shipped in ``data/ner/`` (``model.crfsuite`` with its
``model.json`` description, trained by ``scripts/train_ner.py`` / ``marsad train ner`` on
ANERcorp); features are those of :mod:`marsad.entities.features` (word clusters from
``data/ner/clusters.tsv.gz``; KB gazetteer membership when the model was trained with it).

* :meth:`CrfTagger.tag_tokens` tags one sentence of orthographic tokens with BIO tags;
  :meth:`CrfTagger.tag_sentences` many (the callable :func:`marsad.entities.conll.evaluate_file`
  takes).
* :meth:`CrfTagger.find_entities` tags a text: sentences (:func:`~marsad.text.sentences.split_sentences`),
  orthographic tokens (:func:`~marsad.text.tokenize.words`), tags, then entity spans as
  :class:`TaggedSpan` with code-point offsets into the text given (``Document.text``):
  ``text[span.start:span.end] == span.text``.  A span never starts with a proclitic: «وبغداد»
  tagged LOC gives «بغداد» (the article stays: «والعراق» gives «العراق»).  ``score`` is the
  smallest probability of the span's tags: with the numpy engine each tag's probability given
  its neighbours' tags, with crfsuite its marginal.

Engine.  Training writes, next to the crfsuite model, its weights as ``model.npz`` (state
weights as (attribute, label, weight) triples, the transition matrix; :func:`export_weights`).
When numpy is importable the tagger decodes with them itself: each distinct word's
contribution to the label scores of the token it is on and of its neighbours at ±1, ±2 is
summed once and cached (a ``5 x labels`` block; for both passes of a two-stage model at once,
their attributes in one index), an article's emission scores are a few
shifted array additions, sentences are cut at tokens where ``O`` provably wins whatever the
neighbours, and Viterbi runs over all the pieces of an article at once.  The labelling is the
one crfsuite's Viterbi gives (the same sums; checked token for token on ANERcorp), and the
whole tagger runs about twice as fast as with crfsuite, whose item sequences of ~35 feature
strings per token dominate its cost.  Without ``model.npz`` (or with ``engine="crfsuite"``),
crfsuite tags.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import chain, repeat
from pathlib import Path
from typing import Any, NamedTuple

from marsad.text.sentences import split_sentences
from marsad.text.tokenize import segment_word, words

from .conll import spans as bio_spans
from .consistency import complete_particles, propagate
from .docfeatures import doc_features
from .features import (
    FeatureExtractor, WordClusters, build_gazetteer_index, load_clusters, load_names, stems_of,
)

__all__ = ["CrfTagger", "TaggedSpan", "MODEL_FILE", "WEIGHTS_FILE", "kb_gazetteer", "export_weights"]

MODEL_FILE = "model.crfsuite"
WEIGHTS_FILE = "model.npz"
#: sentences longer than this (in tokens) are tagged in windows (a line without punctuation)
MAX_SENTENCE_TOKENS = 400
#: the per-word feature cache is emptied when it grows past this many words
CACHE_LIMIT = 200_000


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    """An entity found by the tagger: ``[start, end)`` code-point offsets into the tagged text
    (``Document.text``), its ``text``, ``type`` (PER, ORG, LOC, MISC) and ``score`` in [0, 1]."""

    start: int
    end: int
    text: str
    type: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
                "score": round(self.score, 4)}


@lru_cache(maxsize=1)
def kb_gazetteer() -> dict[str, frozenset[str]]:
    """Gazetteer index (:func:`~marsad.entities.features.build_gazetteer_index`) of the shipped KB."""
    from .kb import load_kb

    return build_gazetteer_index(load_kb())


def export_weights(model_path: str | Path) -> Path:
    """Write the weights of the crfsuite model at ``model_path`` to ``model.npz`` next to it
    (numpy ``savez_compressed``, no pickles): ``attrs`` and ``labels`` (UTF-8, newline-joined,
    as uint8), ``sf_attr``/``sf_label``/``sf_weight`` (the state features) and ``trans``
    (``labels x labels``, from -> to).  Returns the path written."""
    import numpy as np
    import pycrfsuite

    model_path = Path(model_path)
    t = pycrfsuite.Tagger()
    t.open(str(model_path))
    try:
        info = t.info()
        labels = list(t.labels())
    finally:
        t.close()
    lab = {l: i for i, l in enumerate(labels)}
    attrs: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for (attr, label), w in sorted(info.state_features.items()):
        rows.append(attrs.setdefault(attr, len(attrs)))
        cols.append(lab[label])
        vals.append(w)
    trans = np.zeros((len(labels), len(labels)), dtype=np.float32)
    for (a, b), w in info.transitions.items():
        trans[lab[a], lab[b]] = w
    out = model_path.with_suffix(".npz")
    np.savez_compressed(
        out,
        attrs=np.frombuffer("\n".join(attrs).encode("utf-8"), dtype=np.uint8),
        labels=np.frombuffer("\n".join(labels).encode("utf-8"), dtype=np.uint8),
        sf_attr=np.asarray(rows, dtype=np.int32), sf_label=np.asarray(cols, dtype=np.int8),
        sf_weight=np.asarray(vals, dtype=np.float32), trans=trans)
    return out


class _Blocks:
    """Cached per-word score blocks (``5 x labels`` each) of one or more engines at once.

    The engines' attributes share one index (the union of their attribute lists) and their
    weights sit side by side in ``W`` (``attributes + 1`` rows, the last a zero row for unknown
    attributes; engine ``k``'s labels in columns ``cols[k]``), so a new word's features are
    computed, looked up and summed once for the two passes of a two-stage model."""

    def __init__(self, weights: Sequence[tuple[list[str], Any]], extractor: FeatureExtractor) -> None:
        import numpy as np

        self.np = np
        self.index: dict[str, int] = {}
        for attrs, _ in weights:
            for a in attrs:
                self.index.setdefault(a, len(self.index))
        self.cols: list[slice] = []
        blocks = []
        width = 0
        for attrs, W in weights:
            full = np.zeros((len(self.index) + 1, W.shape[1]), dtype=np.float64)
            full[[self.index[a] for a in attrs]] = W[:len(attrs)]
            blocks.append(full)
            self.cols.append(slice(width, width + W.shape[1]))
            width += W.shape[1]
        self.W = np.ascontiguousarray(np.hstack(blocks))
        self.width = width
        self.extractor = extractor
        self.rows: dict[str, int] = {}
        #: word -> features, shared with the neural tagger for one batch of documents (or ``None``)
        self.shared: dict[str, Any] | None = None
        # room for a full cache at once: untouched zero pages cost no memory, and growing the
        # array as the cache fills copied it (a stall of ~0.4 s at 65,536 words)
        self.em = np.zeros((CACHE_LIMIT, 5, width), dtype=np.float32)

    def add(self, words: Sequence[str]) -> None:
        """Compute and cache the score blocks of new ``words`` at once: one gather and one
        ``reduceat`` for all.  The cache is emptied first when they would take it past
        ``CACHE_LIMIT`` (block indices handed out before are then stale)."""
        np = self.np
        words = list(dict.fromkeys(words))
        if len(self.rows) + len(words) > CACHE_LIMIT:
            self.rows.clear()
        first = len(self.rows)
        need = first + len(words)
        while need > len(self.em):
            self.em = np.concatenate([self.em, np.zeros_like(self.em)])
        get = self.index.get
        unknown = len(self.W) - 1  # a zero row
        idx: list[int] = []
        offs: list[int] = []
        compute = self.extractor.compute
        shared = self.shared
        for word in words:
            got = shared.get(word) if shared is not None else None
            if got is None:
                got = compute(word)
                if shared is not None:
                    shared[word] = got
            for feats in got:
                offs.append(len(idx))
                idx.append(unknown)  # every group non-empty for reduceat; unknown features add 0
                idx.extend(map(get, feats, repeat(unknown)))
        blocks = np.add.reduceat(self.W[idx], offs, axis=0)
        self.em[first:need] = blocks.reshape(len(words), -1, self.width)
        self.rows.update(zip(words, range(first, need)))


class _Engine:
    """CRF decoding with numpy from the weights of :func:`export_weights` (see the module docstring)."""

    def __init__(self, path: Path, extractor: FeatureExtractor) -> None:
        import numpy as np

        self.np = np
        with np.load(path, allow_pickle=False) as z:
            attrs = bytes(z["attrs"]).decode("utf-8").split("\n")
            self.labels = bytes(z["labels"]).decode("utf-8").split("\n")
            L = len(self.labels)
            W = np.zeros((len(attrs) + 1, L), dtype=np.float64)  # last row: unknown attributes
            np.add.at(W, (z["sf_attr"], z["sf_label"].astype(np.int64)), z["sf_weight"])
            self.trans = z["trans"].astype(np.float64)
        #: the transitions as ``(to, from)``, the layout :meth:`viterbi` reads
        self._trans_to_from = np.ascontiguousarray(self.trans.T)
        self.attrs = attrs
        self.weights = W
        self.L = L
        self.extractor = extractor
        self.o_label = self.labels.index("O") if "O" in self.labels else 0
        self.share_blocks([self])

    def share_blocks(self, engines: Sequence[_Engine]) -> None:
        """Make ``engines`` (this one among them) cache their word blocks together (:class:`_Blocks`)."""
        store = _Blocks([(e.attrs, e.weights) for e in engines], self.extractor)
        for k, e in enumerate(engines):
            e.store = store
            e.cols = store.cols[k]
            e.index = store.index
            e.W = store.W[:, e.cols]
            e.bos = e.W[e.index["BOS"]] if "BOS" in e.index else self.np.zeros(e.L)
            e.eos = e.W[e.index["EOS"]] if "EOS" in e.index else self.np.zeros(e.L)

    @property
    def rows(self) -> dict[str, int]:
        return self.store.rows

    @property
    def shared(self) -> dict[str, Any] | None:
        return self.store.shared

    @shared.setter
    def shared(self, value: dict[str, Any] | None) -> None:
        self.store.shared = value

    def row(self, word: str) -> int:
        """Index of ``word``'s cached ``5 x labels`` score block (computed on first sight)."""
        r = self.rows.get(word)
        if r is None:
            self.store.add((word,))
            r = self.rows[word]
        return r

    def emissions(self, sentences: Sequence[Sequence[str]],
                  extra: Sequence[Sequence[Sequence[str]]] | None = None) -> tuple[Any, Any]:
        """Sentence lengths ``(S,)`` and emission scores ``(N, L)`` of all their tokens in order;
        ``extra``: per sentence, per token, more feature strings of the token itself (the
        document-level features of a second-pass model)."""
        np = self.np
        lens = np.fromiter(map(len, sentences), dtype=np.int64, count=len(sentences))
        tokens = list(chain.from_iterable(sentences))
        store = self.store
        rows = store.rows
        ids = list(map(rows.get, tokens))
        if None in ids:
            store.add([w for w, i in zip(tokens, ids) if i is None])
            ids = list(map(rows.get, tokens))
            if None in ids:  # the cache was emptied to make room: start it with these tokens
                rows.clear()
                store.add(tokens)
                ids = list(map(rows.__getitem__, tokens))
        flat = np.asarray(ids, dtype=np.int64)
        G = store.em[flat, :, self.cols].astype(np.float64)
        n = len(flat)
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
        sid = np.repeat(np.arange(len(lens)), lens)
        e = G[:, 2].copy()
        if n > 1:
            same1 = (sid[1:] == sid[:-1])[:, None]
            e[1:] += G[:-1, 1] * same1
            e[:-1] += G[1:, 3] * same1
        if n > 2:
            same2 = (sid[2:] == sid[:-2])[:, None]
            e[2:] += G[:-2, 0] * same2
            e[:-2] += G[2:, 4] * same2
        e[starts] += self.bos
        e[starts + lens - 1] += self.eos
        if extra is not None:  # summed once per distinct feature tuple
            get = self.index.get
            unknown = len(self.W) - 1
            slot: dict[tuple[str, ...], int] = {}
            which = [slot.setdefault(tuple(f), len(slot)) for row in extra for f in row]
            idx: list[int] = []
            offs: list[int] = []
            for feats in slot:
                offs.append(len(idx))
                idx.append(unknown)
                idx.extend(map(get, feats, repeat(unknown)))
            e += np.add.reduceat(self.W[idx], offs, axis=0)[which]
        return lens, e

    def viterbi(self, P: Any, lens: Any) -> Any:
        """Best label ids ``(S, Lmax)`` for sentences of emission scores ``P`` (``S x Lmax x
        labels``) and lengths ``lens``, sorted by decreasing length.

        Meet in the middle: each sentence's first half is decoded forwards and its second half
        backwards (reversed, transitions transposed), all halves in one batch
        (:func:`_batched_max_product`), so a document costs as many numpy steps as half its
        longest sentence; the halves are joined at the best pair of labels across the middle."""
        np = self.np
        S, T_, L = P.shape
        half = (lens + 1) // 2  # forward part: [0, half); backward part: [half, len)
        rest = lens - half
        back_rows = np.flatnonzero(rest > 0)
        width = int(half.max())
        R = S + len(back_rows)
        Q = np.zeros((R, width, L))
        steps = np.arange(width)
        fwd = steps[None, :] < half[:, None]
        Q[:S][fwd] = P[:, :width][fwd]
        # backward rows: position j is the sentence's token len-1-j
        bl = rest[back_rows]
        src = lens[back_rows, None] - 1 - steps[None, :]
        ok = steps[None, :] < bl[:, None]
        Q[S:][ok] = P[np.repeat(back_rows, bl), src[ok]]
        row_len = np.concatenate([half, bl])
        trans = np.empty((R, L, L))
        trans[:S] = self._trans_to_from  # forwards: (to, from)
        trans[S:] = self.trans  # backwards the "previous" token is the next one: (this, next)
        order = np.argsort(-row_len, kind="stable")
        delta, paths = _batched_max_product(np, Q[order], row_len[order], trans[order])
        last = np.empty((R, L))
        last[order] = delta
        # join each halved sentence at the best (last forward label, first backward label) pair
        ends_row = np.full(R, -1)
        best_end = last[:S].argmax(axis=1)
        if len(back_rows):
            joined = last[back_rows][:, :, None] + self.trans[None] + last[S:][:, None, :]
            flat = joined.reshape(len(back_rows), -1).argmax(axis=1)
            best_end[back_rows] = flat // L
            ends_row[S:] = flat % L
        ends_row[:S] = best_end
        labels = _backtrack(np, paths, row_len[order], ends_row[order])
        unsorted = np.empty_like(labels)
        unsorted[order] = labels
        out = np.zeros((S, T_), dtype=np.intp)
        out[:, :width][fwd] = unsorted[:S][fwd]
        out[np.repeat(back_rows, bl), src[ok]] = unsorted[S:][ok]
        return out

    def _forced_o_threshold(self) -> Any:
        """Per label ``y``: a bound on what the transitions around one token can gain by ``y``
        over ``O``.  When ``O`` beats ``y`` on a token's emission by more than that for every
        ``y``, every best path has ``O`` there (swap the label and the score rises), so the
        sentence splits at that token into independent pieces for Viterbi."""
        np = self.np
        T, o = self.trans, self.o_label
        thr = (T - T[:, [o]]).max(axis=0) + (T - T[[o], :]).max(axis=1)
        thr[o] = -np.inf
        return thr

    def tag(self, sentences: Sequence[Sequence[str]], *, scores: bool = False,
            extra: Sequence[Sequence[Sequence[str]]] | None = None) -> Any:
        """Label strings per sentence (and, with ``scores``, per-token marginals of those labels).

        Exact Viterbi, computed on the pieces between tokens where ``O`` is forced
        (:meth:`_forced_o_threshold`), each conditioned on ``O`` at its borders.  The scores are
        ``p(y_t | y_t-1, y_t+1, x)``: each token's label probability given the labels chosen
        for its neighbours (cheaper than forward-backward marginals, which crfsuite gives)."""
        np = self.np
        out: list[list[str]] = [[] for _ in sentences]
        probs: list[list[float]] = [[] for _ in sentences]
        keep = [i for i, s in enumerate(sentences) if s]
        if not keep:
            return (out, probs) if scores else out
        sents = [sentences[i] for i in keep]
        lens, e = self.emissions(sents, [extra[i] for i in keep] if extra is not None else None)
        n = len(e)
        o = self.o_label
        T = self.trans
        if not hasattr(self, "_thr"):
            self._thr = self._forced_o_threshold()
        forced = ((e[:, [o]] - e) > self._thr).all(axis=1)
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
        first = np.zeros(n, dtype=bool)
        first[starts] = True
        last = np.zeros(n, dtype=bool)
        last[starts + lens - 1] = True
        free = ~forced
        prev_free = np.concatenate([[False], free[:-1]])
        next_free = np.concatenate([free[1:], [False]])
        seg_a = np.flatnonzero(free & (first | ~prev_free))
        seg_b = np.flatnonzero(free & (last | ~next_free)) + 1
        labels_flat = np.full(n, o, dtype=np.int64)
        probs_flat = np.ones(n)
        if len(seg_a):
            seg_len = seg_b - seg_a
            order = np.argsort(-seg_len, kind="stable")
            seg_a, seg_b, seg_len = seg_a[order], seg_b[order], seg_len[order]
            G = len(seg_a)
            sid = np.repeat(np.arange(G), seg_len)
            offs = np.concatenate([[0], np.cumsum(seg_len)[:-1]])
            pos = np.arange(int(seg_len.sum())) - np.repeat(offs, seg_len)
            tok = np.repeat(seg_a, seg_len) + pos
            P = np.zeros((G, int(seg_len[0]), self.L))
            P[sid, pos] = e[tok]
            after_o = ~first[seg_a]  # the token before the piece is a forced O
            P[after_o, 0] += T[o]
            before_o = ~last[seg_b - 1]
            P[np.flatnonzero(before_o), seg_len[before_o] - 1] += T[:, o]
            best = self.viterbi(P, seg_len)
            lab = best[sid, pos]
            labels_flat[tok] = lab
        if scores and (labels_flat != o).any():
            # p(y_t | y_t-1, y_t+1, x): the probability of the token's label given the labels
            # Viterbi chose for its neighbours (a Gibbs conditional; no forward-backward pass)
            local = e.copy()
            if n > 1:
                local[1:] += T[labels_flat[:-1]] * (~first[1:])[:, None]
                local[:-1] += T[:, labels_flat[1:]].T * (~last[:-1])[:, None]
            local -= local.max(axis=1, keepdims=True)
            ex = np.exp(local)
            probs_flat = ex[np.arange(n), labels_flat] / ex.sum(axis=1)
        name_of = self.labels.__getitem__
        lab_list = labels_flat.tolist()
        prob_list = probs_flat.tolist() if scores else None
        for j, i in enumerate(keep):
            a0 = int(starts[j])
            b0 = a0 + int(lens[j])
            out[i] = list(map(name_of, lab_list[a0:b0]))
            if prob_list is not None:
                probs[i] = prob_list[a0:b0]
        return (out, probs) if scores else out


def _batched_max_product(np: Any, P: Any, lens: Any, trans: Any) -> tuple[Any, Any]:
    """Max-product (Viterbi) recursion over rows of emission scores ``P`` (``R x T x labels``)
    with lengths ``lens`` sorted by decreasing length and per-row transitions ``trans``
    (``R x labels x labels``, laid out ``(to, from)``).  Returns each row's scores of its last
    step's labels (``R x labels``) and the back-pointers (``T x R x labels``).

    A step's candidate scores are laid out ``(row, to, from)`` so that the best previous label
    is an ``argmax`` over the contiguous last axis, and the best score is read at that index
    (the same number ``max`` gives, for a fraction of its cost on rows of a few labels; ties go
    to the first label either way)."""
    R, T_, L = P.shape
    delta = P[:, 0].copy()
    back = np.zeros((T_, R, L), dtype=np.intp)
    cand_buf = np.empty((R, L, L))
    flat_rows = np.arange(R * L) * L  # start of each (row, to) row in cand_buf, flattened
    P_by_step = P.transpose(1, 0, 2)
    active = np.searchsorted(-lens, -np.arange(T_), side="left").tolist()  # rows with len > t
    for t in range(1, T_):
        k = active[t]
        cand = np.add(delta[:k, None, :], trans[:k], out=cand_buf[:k])
        best_from = cand.argmax(axis=2, out=back[t, :k])
        best = cand.take(flat_rows[:k * L] + best_from.ravel()).reshape(k, L)
        np.add(best, P_by_step[t, :k], out=delta[:k])
    return delta, back


def _backtrack(np: Any, back: Any, lens: Any, last_labels: Any) -> Any:
    """Label ids ``(R x T)`` of rows ending (at step ``lens - 1``) in ``last_labels``, from the
    back-pointers of :func:`_batched_max_product` (rows sorted by decreasing length)."""
    T_, R, _ = back.shape
    active = np.searchsorted(-lens, -np.arange(T_), side="left").tolist()
    out = np.zeros((T_, R), dtype=np.intp)
    out[lens - 1, np.arange(R)] = last_labels
    rows = np.arange(R)
    for t in range(T_ - 1, 0, -1):
        k = active[t]
        out[t - 1, :k] = back[t, rows[:k], out[t, :k]]
    return out.T


class CrfTagger:
    """A CRF tagger: a model (``model.crfsuite`` and/or ``model.npz``) plus the feature extractor
    it was trained with (described by ``model.json``)."""

    def __init__(self, model_path: str | Path, *, meta: Mapping[str, Any] | None = None,
                 clusters: WordClusters | None = None,
                 gazetteer: Mapping[str, frozenset[str]] | None = None,
                 engine: str = "auto") -> None:
        """``engine``: ``"numpy"``, ``"crfsuite"`` or ``"auto"`` (numpy when numpy and the
        weights file are there)."""
        self.model_path = Path(model_path)
        if meta is None:
            meta_path = self.model_path.with_suffix(".json")
            meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        self.meta = dict(meta)
        config = self.meta.get("config", {})
        if not config.get("clusters", True):
            clusters = None
        elif clusters is None:
            clusters = load_clusters()
        if not config.get("gazetteer", False):
            gazetteer = None
        elif gazetteer is None:
            gazetteer = kb_gazetteer()
        known = {"c1", "c2", "max_iterations", "window", "affixes", "clusters", "gazetteer",
                 "paths", "names", "two_stage", "jackknife", "doc_sentences", "doc_labels",
                 "neural", "neural_config"}
        self.extractor = FeatureExtractor(
            clusters=clusters, gazetteer=gazetteer, window=int(config.get("window", 2)),
            affixes=int(config.get("affixes", 4)),
            paths=tuple(config.get("paths", ())) if clusters is not None else (),
            names=load_names() if config.get("names", False) else None,
            opts={k: v for k, v in config.items() if k not in known})
        #: options of :func:`~marsad.entities.consistency.propagate` applied by
        #: :meth:`find_entities` to each document (``None``: no document-level pass)
        cons = self.meta.get("consistency", {})
        self.consistency: dict[str, Any] | None = dict(cons) if cons is not None else None
        self._engine: _Engine | None = None
        self._tagger: Any = None
        self._engine, self._tagger = self._open(self.model_path, engine)
        #: whether the second pass reads the first pass's own tags (``y1`` features)
        self.doc_labels = bool(config.get("doc_labels", True))
        second = self.meta.get("second")
        #: the second-pass model (document-level features, :mod:`~marsad.entities.docfeatures`)
        self._second: tuple[_Engine | None, Any] | None = None
        if second:
            self._second = self._open(self.model_path.parent / second["model"], engine)
            if self._engine is not None and self._second[0] is not None:
                # a new word's score blocks are computed once for both passes
                self._engine.share_blocks([self._engine, self._second[0]])
        #: the convolutional tagger whose labels the second pass reads (:mod:`~marsad.entities.neural`)
        self._neural: Any = None
        neural = self.meta.get("neural")
        if second and neural:
            from .neural import NeuralTagger

            self._neural = NeuralTagger(self.model_path.parent / neural["weights_file"],
                                        extractor=self.extractor)
            if self._engine is not None:  # the neural tagger and the CRF compute features once
                self._neural.shared = self._engine.shared = {}

    def _open(self, model_path: Path, engine: str) -> tuple[_Engine | None, Any]:
        """The numpy engine of ``model_path``'s weights, or a crfsuite tagger of the model."""
        weights = model_path.with_suffix(".npz")
        if engine in ("auto", "numpy") and weights.exists():
            try:
                return _Engine(weights, self.extractor), None
            except ImportError:
                if engine == "numpy":
                    raise
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(model_path))
        self._item_sequence = pycrfsuite.ItemSequence
        return None, tagger

    @property
    def engine(self) -> str:
        """``numpy`` or ``crfsuite``: what decodes."""
        return "numpy" if self._engine is not None else "crfsuite"

    @classmethod
    def load(cls) -> CrfTagger:
        """The shipped model, loaded once per process."""
        return _shipped()

    def __reduce__(self) -> Any:  # worker processes reopen the files instead of pickling state
        return (_reopen, (str(self.model_path),))

    # -- tags -----------------------------------------------------------------------------
    def _crfsuite_tag(self, tagger: Any, tokens: Sequence[str], scores: bool,
                      extra: Sequence[Sequence[str]] | None = None) -> tuple[list[str], list[float]]:
        ex = self.extractor
        if len(ex.cache) > CACHE_LIMIT:
            ex.cache.clear()
        items = ex.sentence(tokens)
        if extra is not None:
            items = [a + tuple(b) for a, b in zip(items, extra)]
        tags: list[str] = list(tagger.tag(self._item_sequence(items)))
        probs = [1.0] * len(tags)
        if scores and any(t != "O" for t in tags):
            probs = [tagger.marginal(t, i) for i, t in enumerate(tags)]
        return tags, probs

    def _tag_chunks(self, sentences: Sequence[Sequence[str]], scores: bool,
                    model: tuple[_Engine | None, Any] | None = None,
                    extra: Sequence[Sequence[Sequence[str]]] | None = None,
                    ) -> tuple[list[list[str]], list[list[float]]]:
        """Tags (and marginals) of sentences, each already at most ``MAX_SENTENCE_TOKENS`` long,
        by ``model`` (default: the first-pass model) with ``extra`` token features."""
        engine, tagger = model if model is not None else (self._engine, self._tagger)
        if engine is not None:
            return engine.tag(sentences, scores=True, extra=extra) if scores else (
                engine.tag(sentences, extra=extra), [])
        tags, probs = [], []
        for k, s in enumerate(sentences):
            if not s:
                tags.append([])
                probs.append([])
                continue
            t, p = self._crfsuite_tag(tagger, s, scores, extra[k] if extra is not None else None)
            tags.append(t)
            probs.append(p)
        return tags, probs

    def tag_document(self, sentences: Sequence[Sequence[str]]
                     ) -> tuple[list[list[str]], list[list[float]]]:
        """Tags and per-token scores of one document's sentences (each at most
        ``MAX_SENTENCE_TOKENS`` long): the first pass, the second pass on its document-level
        features when the model has one, then :func:`~marsad.entities.consistency.propagate`
        when :attr:`consistency` is set."""
        return self.tag_documents([sentences])[0]

    def tag_documents(self, documents: Sequence[Sequence[Sequence[str]]]
                      ) -> list[tuple[list[list[str]], list[list[float]]]]:
        """:meth:`tag_document` of each document (its sentences), the same tags and scores, with
        each pass decoding all documents' sentences at once (a document-level feature reads
        only its own document): a batch costs about as many numpy steps as one document."""
        flat = [s for d in documents for s in d]
        # read by both document-level steps
        stems = [stems_of(s) for s in flat] if self._second is not None or self.consistency is not None else []
        tags, probs = self._tag_chunks(flat, self._second is None)
        if self._second is not None:
            extra = []
            at = 0
            for d in documents:
                features = doc_features(d, tags[at:at + len(d)], labels=self.doc_labels,
                                        stems=stems[at:at + len(d)])
                if self._neural is not None:  # the convolutional tagger's labels, read per document
                    features = [[a + b for a, b in zip(x, y)]
                                for x, y in zip(features, self._neural.features(d))]
                extra += features
                at += len(d)
            tags, probs = self._tag_chunks(flat, True, self._second, extra)
            if self._neural is not None and self._neural.shared is not None:
                self._neural.shared.clear()
        out = []
        at = 0
        for d in documents:
            dt, dp = tags[at:at + len(d)], probs[at:at + len(d)]
            if self.consistency is not None:
                dt = complete_particles(d, propagate(d, dt, dp, stems=stems[at:at + len(d)],
                                                     **self.consistency))
            at += len(d)
            out.append((dt, dp))
        return out

    def tag_sentences(self, sentences: Sequence[Sequence[str]], *,
                      doc_sentences: int = 1) -> list[list[str]]:
        """BIO tags (``B-PER``, ``I-LOC``, ``O``, ...) for each sentence (a list of orthographic
        tokens); ``doc_sentences`` consecutive sentences are tagged as one document
        (:meth:`tag_document`; 1: each sentence alone)."""
        out: list[list[str]] = [[] for _ in sentences]
        step = max(1, doc_sentences)
        batch = step if step > 1 or self._second is not None or self.consistency is not None else 256
        chunks: list[Sequence[str]] = []
        owner: list[int] = []
        for i, s in enumerate(sentences):
            for a in range(0, len(s), MAX_SENTENCE_TOKENS):
                chunks.append(s[a:a + MAX_SENTENCE_TOKENS])
                owner.append(i)
            if (i + 1) % batch == 0 or i + 1 == len(sentences):  # bounded batches / documents
                if chunks:
                    tags = (self.tag_document(chunks)[0] if batch == step
                            else self._tag_chunks(chunks, False)[0])
                    for k, t in zip(owner, tags):
                        out[k].extend(t)
                chunks, owner = [], []
        return out

    def tag_tokens(self, tokens: Sequence[str]) -> list[str]:
        """BIO tags for one sentence of orthographic tokens."""
        return self.tag_sentences([tokens])[0] if tokens else []

    __call__ = tag_sentences

    # -- spans ----------------------------------------------------------------------------
    def find_entities(self, text: str, *, tokens: Any = None,
                      sentences: Sequence[Any] | None = None) -> list[TaggedSpan]:
        """Entities of ``text`` as :class:`TaggedSpan` (code-point offsets into ``text``, in order).

        ``tokens`` (a :class:`~marsad.text.tokenize.TokenList` of ``tokenize(text)``, e.g. the
        document's ``tokens`` layer) and ``sentences`` (``split_sentences(text)``, objects with
        ``start``/``end``) may be passed when already computed; by default they are computed here.
        """
        return self.find_entities_many([(text, tokens, sentences)])[0]

    def find_entities_many(self, documents: Sequence[tuple[str, Any, Sequence[Any] | None]]
                           ) -> list[list[TaggedSpan]]:
        """:meth:`find_entities` of each ``(text, tokens, sentences)`` (``tokens`` and
        ``sentences`` may be ``None``), the documents tagged together (:meth:`tag_documents`)."""
        chunked = [_chunks(text, tokens, sentences) for text, tokens, sentences in documents]
        tagged = iter(self.tag_documents([c.sentences for c in chunked if c.sentences]))
        out: list[list[TaggedSpan]] = []
        for (text, _, _), c in zip(documents, chunked):
            if not c.sentences:
                out.append([])
                continue
            tags, probs = next(tagged)
            spans: list[TaggedSpan] = []
            for (a, _), ctags, cprobs in zip(c.bounds, tags, probs):
                if "O" in ctags and len(set(ctags)) == 1:
                    continue
                for i, j, typ in bio_spans(ctags):
                    span = _span(text, c.starts[a + i], c.words[a + i], c.ends[a + j - 1], typ,
                                 min(cprobs[i:j]))
                    if span is not None:
                        spans.append(span)
            out.append(spans)
        return out


class _Chunked(NamedTuple):
    """A document's words (texts and code-point offsets) and its sentences cut to at most
    ``MAX_SENTENCE_TOKENS`` words: ``bounds`` (word index ranges) and their word texts."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    bounds: list[tuple[int, int]]
    sentences: list[list[str]]


def _chunks(text: str, tokens: Any, sentences: Sequence[Any] | None) -> _Chunked:
    """The words of ``text`` and its sentences as the tagger reads them (see :class:`_Chunked`)."""
    if tokens is not None:
        starts, ends = _word_columns(tokens)
    else:
        toks = words(text)
        starts = [t.start for t in toks]
        ends = [t.end for t in toks]
    n = len(starts)
    if not n:
        return _Chunked(starts, ends, [], [], [])
    texts = list(map(text.__getitem__, map(slice, starts, ends)))
    bounds: list[tuple[int, int]] = []
    ti = 0
    for sent in (sentences if sentences is not None else split_sentences(text)):
        # tokens of this sentence: those starting inside it (sentences do not split tokens)
        s_start, s_end = sent.start, sent.end
        while ti < n and starts[ti] < s_start:
            ti += 1
        tj = ti
        while tj < n and starts[tj] < s_end:
            tj += 1
        for a in range(ti, tj, MAX_SENTENCE_TOKENS):
            bounds.append((a, min(a + MAX_SENTENCE_TOKENS, tj)))
        ti = tj
    return _Chunked(starts, ends, texts, bounds, [texts[a:b] for a, b in bounds])


def _word_columns(tokens: Any) -> tuple[list[int], list[int]]:
    """Start and end offsets of the orthographic words of a :class:`TokenList` (pieces that
    share a ``words`` index are one word)."""
    W = tokens.words
    S = tokens.starts
    E = tokens.ends
    n = len(W)
    if not n:
        return [], []
    firsts = [0, *(k for k in range(1, n) if W[k] != W[k - 1])]
    starts = [S[k] for k in firsts]
    ends = [E[k - 1] for k in firsts[1:]]
    ends.append(E[n - 1])
    return starts, ends


def _span(text: str, start: int, first_text: str, end: int, typ: str,
          score: float) -> TaggedSpan | None:
    """The span from the first token (without its proclitics) to ``end``."""
    segs = segment_word(first_text)
    if len(segs) > 1:
        k = 0
        while k < len(segs) - 1 and segs[k][2] == "proclitic":
            k += 1
        start += segs[k][0]
    if end <= start:
        return None
    return TaggedSpan(start, end, text[start:end], typ, max(0.0, min(1.0, float(score))))


def _reopen(path: str) -> CrfTagger:
    return _shipped() if Path(path) == _shipped_path() else CrfTagger(path)


def _shipped_path() -> Path:
    return Path(str(resources.files("marsad.entities").joinpath("data", "ner", MODEL_FILE)))


@lru_cache(maxsize=1)
def _shipped() -> CrfTagger:
    path = _shipped_path()
    if not path.exists():
        raise FileNotFoundError(f"the entity tagger model is missing: {path} "
                                "(rebuild it with scripts/train_ner.py)")
    return CrfTagger(path)
