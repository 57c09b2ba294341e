"""A small convolutional token tagger decoded with numpy, stacked into the second-pass CRF.

The model (trained with torch by :mod:`marsad.entities.neural_train`; torch is never needed to
run it) reads, per token:

* the word2vec vector of its clitic-stripped stem (``data/ner/vectors.npz``, frozen; stems
  outside its vocabulary get zeros), and
* the sum of hashed embeddings of the token's own CRF feature strings
  (:meth:`~marsad.entities.features.FeatureExtractor.compute`: word, stem, affixes, shape,
  clusters, name-context and gazetteer roles), each string hashed by CRC-32 into
  ``buckets`` rows,

then three convolutions of width 3 over the sentence (dilations 1, 2, 1; ReLU; residual
connections after the first), so each token sees 4 tokens either side, and a softmax over the
BIO labels.  Sentences are zero-padded on both sides (as ``torch.nn.Conv1d`` with
``padding=dilation`` does on each sentence alone).

Inference cost: a word's first-layer contribution to the token before it, itself and the
token after it (``3 x hidden``) is computed once and cached, so an article costs two
``(tokens, 3 hidden) x (3 hidden, hidden)`` matrix products and one to the labels.

:func:`stack_features` turns the predicted labels and probabilities into feature strings for
the second-pass CRF (``nn=B-PER``, ...), which learns when to trust them (its training uses
predictions jackknifed over the training data).

Weights file (``npz``, no pickles, float16): ``labels`` (UTF-8, newline-joined, uint8),
``bag`` (``buckets x E``), ``conv1_w`` (``hidden x (D + E) x 3``), ``conv1_b``,
``conv2_w``/``conv2_b``, ``conv3_w``/``conv3_b`` (``hidden x hidden x 3``), ``out_w``
(``labels x hidden``), ``out_b``, and ``dilations`` (int).
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .features import FeatureExtractor, stem_of

__all__ = ["NeuralTagger", "WordVectors", "load_vectors", "hash_features", "stack_features",
           "VECTORS_FILE", "NEURAL_FILE"]

VECTORS_FILE = "vectors.npz"
NEURAL_FILE = "neural.npz"
#: the per-word cache of first-layer contributions is emptied past this many words
CACHE_LIMIT = 200_000


class WordVectors:
    """``stem -> row`` of a ``vocab x dim`` float32 matrix of unit word2vec vectors."""

    __slots__ = ("index", "matrix")

    def __init__(self, words: Sequence[str], matrix: Any) -> None:
        self.index = {w: i for i, w in enumerate(words)}
        self.matrix = matrix

    @property
    def dim(self) -> int:
        return int(self.matrix.shape[1])

    def __len__(self) -> int:
        return len(self.index)

    @classmethod
    def read(cls, path: str | Path | None = None) -> WordVectors:
        """Read a vectors file (``words``, ``vectors``; :mod:`scripts.build_word_vectors`);
        ``None`` reads the shipped one."""
        import io

        import numpy as np

        if path is None:
            raw = resources.files("marsad.entities").joinpath("data", "ner", VECTORS_FILE).read_bytes()
        else:
            raw = Path(path).read_bytes()
        with np.load(io.BytesIO(raw), allow_pickle=False) as z:
            words = bytes(z["words"]).decode("utf-8").split("\n")
            matrix = z["vectors"].astype(np.float32)
        return cls(words, matrix)


@lru_cache(maxsize=1)
def load_vectors() -> WordVectors:
    """The shipped stem vectors (``data/ner/vectors.npz``), loaded once per process."""
    return WordVectors.read(None)


def hash_features(feats: Sequence[str], buckets: int) -> list[int]:
    """Bucket ids (CRC-32 of the UTF-8 string, modulo ``buckets``) of feature strings; the
    bias feature ``b`` is left out."""
    return [zlib.crc32(f.encode("utf-8")) % buckets for f in feats if f != "b"]


def stack_features(labels: Sequence[str], probs: Any, names: Sequence[str],
                   *, margin: float = 0.3) -> list[tuple[str, ...]]:
    """Second-pass CRF features of one sentence from the model's labels and ``probs``
    (``tokens x labels`` array, columns in the order of ``names``):

    * ``nn=<label>``, ``nn-1=<label>``, ``nn+1=<label>`` (``BOS``/``EOS`` at the borders);
    * ``nnc=<label>:<h|m|l>``: the label's probability >= 0.9, >= 0.6, lower;
    * ``nnx=<TYPE>``: the token is labelled ``O`` but the type's labels have probability >= ``margin``.
    """
    import numpy as np

    n = len(labels)
    if not n:
        return []
    col = {name: j for j, name in enumerate(names)}
    types = sorted({name[2:] for name in names if name != "O"})
    ids = np.fromiter((col[x] for x in labels), dtype=np.int64, count=n)
    p = probs[np.arange(n), ids]
    conf = np.where(p >= 0.9, 0, np.where(p >= 0.6, 1, 2)).tolist()
    by_type = np.zeros((len(names), len(types)), dtype=probs.dtype)
    for j, name in enumerate(names):
        if name != "O":
            by_type[j, types.index(name[2:])] = 1
    likely = (probs @ by_type) >= margin
    prev = ["nn-1=BOS", *("nn-1=" + x for x in labels[:-1])]
    nxt = [*("nn+1=" + x for x in labels[1:]), "nn+1=EOS"]
    out: list[tuple[str, ...]] = []
    for i, lab in enumerate(labels):
        f = ("nn=" + lab, prev[i], nxt[i], "nnc=" + lab + (":h", ":m", ":l")[conf[i]])
        if lab == "O" and likely[i].any():
            f += tuple("nnx=" + t for t, ok in zip(types, likely[i].tolist()) if ok)
        out.append(f)
    return out


class NeuralTagger:
    """The numpy decoder of a weights file (see the module docstring)."""

    def __init__(self, path: str | Path, *, extractor: FeatureExtractor,
                 vectors: WordVectors | None = None) -> None:
        import numpy as np

        self.np = np
        with np.load(path, allow_pickle=False) as z:
            self.labels = bytes(z["labels"]).decode("utf-8").split("\n")
            w = {k: z[k].astype(np.float32) for k in z.files if k not in ("labels", "dilations")}
            self.dilations = tuple(int(d) for d in z["dilations"])
        if len(self.dilations) != 3 or self.dilations[0] != 1:
            raise ValueError(f"unsupported dilations {self.dilations} in {path}")
        self.vectors = vectors if vectors is not None else load_vectors()
        self.extractor = extractor
        self.bag = w["bag"]
        self.buckets = self.bag.shape[0]
        c1 = w["conv1_w"]  # hidden x in x 3
        self.H = c1.shape[0]
        # per word: its contribution to the token after it (kernel 0), itself (1), before it (2)
        self.w1 = np.ascontiguousarray(np.concatenate([c1[:, :, k].T for k in range(3)], axis=1))
        self.b1 = w["conv1_b"]
        self.layers = []
        for k in (2, 3):
            c = w[f"conv{k}_w"]
            self.layers.append((np.concatenate([c[:, :, j].T for j in range(3)], axis=0),
                                w[f"conv{k}_b"]))
        self.out_w = np.ascontiguousarray(w["out_w"].T)
        self.out_b = w["out_b"]
        self.pad = max(self.dilations)
        self.rows: dict[str, int] = {}
        self.cache = np.zeros((1024, 3 * self.H), dtype=np.float32)
        #: word -> its CRF features, shared with the CRF engines for one batch of documents (or ``None``)
        self.shared: dict[str, Any] | None = None

    def word_input(self, word: str) -> Any:
        """The model input of one word: its stem vector and summed hashed-feature embeddings."""
        np = self.np
        vec = self.vectors.index.get(stem_of(word))
        v = self.vectors.matrix[vec] if vec is not None else np.zeros(self.vectors.dim, np.float32)
        got = self.shared.get(word) if self.shared is not None else None
        if got is None:
            got = self.extractor.compute(word)
            if self.shared is not None:
                self.shared[word] = got
        ids = hash_features(got[2], self.buckets)
        return np.concatenate([v, self.bag[ids].sum(axis=0)])

    def _add_rows(self, words: Sequence[str]) -> None:
        np = self.np
        words = list(dict.fromkeys(words))
        if len(self.rows) + len(words) > CACHE_LIMIT:
            self.rows.clear()
        first = len(self.rows)
        need = first + len(words)
        while need > len(self.cache):
            self.cache = np.concatenate([self.cache, np.zeros_like(self.cache)])
        x = np.stack([self.word_input(w) for w in words])
        self.cache[first:need] = x @ self.w1
        self.rows.update(zip(words, range(first, need)))

    def probabilities(self, sentences: Sequence[Sequence[str]]) -> list[Any]:
        """Per sentence a ``tokens x labels`` float32 array of label probabilities."""
        p = self._flat(sentences)
        out: list[Any] = []
        k = 0
        for s in sentences:
            out.append(p[k:k + len(s)])
            k += len(s)
        return out

    def _flat(self, sentences: Sequence[Sequence[str]]) -> Any:
        """``tokens x labels`` probabilities of all the sentences' tokens in order."""
        np = self.np
        sents = [s for s in sentences if s]
        if not sents:
            return np.zeros((0, len(self.labels)), np.float32)
        tokens = [w for s in sents for w in s]
        new = [w for w in tokens if w not in self.rows]
        if new:
            self._add_rows(new)
            if any(w not in self.rows for w in tokens):  # the cache was emptied: start with these
                self.rows.clear()
                self._add_rows(tokens)
        g = self.pad
        H = self.H
        # flat layout: g zero rows, sentence, g zero rows, sentence, ..., g zero rows
        lens = np.fromiter(map(len, sents), dtype=np.int64, count=len(sents))
        starts = g + np.concatenate([[0], np.cumsum(lens + g)[:-1]])
        n = int(starts[-1] + lens[-1] + g)
        offs = np.concatenate([[0], np.cumsum(lens)[:-1]])
        pos = np.repeat(starts - offs, lens) + np.arange(int(lens.sum()))
        mask = np.zeros((n, 1), np.float32)
        mask[pos] = 1.0
        q = np.zeros((n, 3 * H), np.float32)
        q[pos] = self.cache[np.fromiter(map(self.rows.__getitem__, tokens), dtype=np.int64,
                                        count=len(tokens))]
        h = np.zeros((n, H), np.float32)
        h[1:-1] = q[:-2, :H] + q[1:-1, H:2 * H] + q[2:, 2 * H:]
        h = np.maximum(h + self.b1, 0) * mask
        for (w, b), d in zip(self.layers, self.dilations[1:]):
            z = np.zeros((n, H), np.float32)
            cat = np.concatenate([h[g - d:n - g - d], h[g:n - g], h[g + d:n - g + d]], axis=1)
            z[g:n - g] = cat @ w + b
            h = (np.maximum(z, 0) + h) * mask
        logits = h[pos] @ self.out_w + self.out_b
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        return e / e.sum(axis=1, keepdims=True)

    def tag(self, sentences: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[Any]]:
        """Argmax labels and probabilities (:meth:`probabilities`) per sentence."""
        probs = self.probabilities(sentences)
        names = self.labels
        return [[names[j] for j in p.argmax(axis=1).tolist()] for p in probs], probs

    def features(self, sentences: Sequence[Sequence[str]], *,
                 margin: float = 0.3) -> list[list[tuple[str, ...]]]:
        """:func:`stack_features` of each sentence (computed for all tokens at once)."""
        np = self.np
        p = self._flat(sentences)
        if not hasattr(self, "_strings"):
            names = self.labels
            types = sorted({x[2:] for x in names if x != "O"})
            by_type = np.zeros((len(names), len(types)), np.float32)
            for j, x in enumerate(names):
                if x != "O":
                    by_type[j, types.index(x[2:])] = 1
            self._strings = ([f"nn={x}" for x in names], [f"nn-1={x}" for x in names],
                             [f"nn+1={x}" for x in names],
                             [tuple(f"nnc={x}:{c}" for c in "hml") for x in names],
                             types, by_type, names.index("O") if "O" in names else -1)
        own, before, after, confs, types, by_type, o = self._strings
        ids = p.argmax(axis=1)
        top = p[np.arange(len(ids)), ids]
        conf = np.where(top >= 0.9, 0, np.where(top >= 0.6, 1, 2)).tolist()
        likely = ((p @ by_type) >= margin) & (ids == o)[:, None]
        flagged = set(np.flatnonzero(likely.any(axis=1)).tolist())
        ids = ids.tolist()
        out: list[list[tuple[str, ...]]] = []
        k = 0
        for s in sentences:
            n = len(s)
            row: list[tuple[str, ...]] = []
            for i in range(k, k + n):
                f = (own[ids[i]], before[ids[i - 1]] if i > k else "nn-1=BOS",
                     after[ids[i + 1]] if i + 1 < k + n else "nn+1=EOS", confs[ids[i]][conf[i]])
                if i in flagged:
                    f += tuple("nnx=" + t for t, ok in zip(types, likely[i].tolist()) if ok)
                row.append(f)
            out.append(row)
            k += n
        return out
