"""Token features for the CRF entity tagger.

A token's features are built once per distinct word and cached (:class:`FeatureExtractor`
keeps a dict ``word -> five tuples of feature strings``: what the word contributes to the
token two before it, one before it, itself, one after and two after).  A sentence's items are
then concatenations of cached tuples, so tagging costs a few tuple additions per token.

Features of a word ``w`` (all on :func:`~marsad.text.normalize.normalize_for_search` forms):

* identity ``w=``, light form ``l=`` (:func:`~marsad.text.tokenize.light_normalize`);
* clitic segmentation by the tokenizer (:func:`~marsad.text.tokenize.word_pieces`): stem ``s=`` (without
  proclitics and article), proclitic string ``pc=``, article flag ``art``;
* prefixes and suffixes 1-4 of the stem, word shape (kind, length bucket, digits, Latin);
* word clusters of the stem at three granularities (``c64=``, ``c256=``, ``c1024=``; see
  ``scripts/build_word_clusters.py``), and a flag for stems outside the cluster vocabulary;
* from the same file: the stem's corpus frequency bucket ``fq=`` and how often it carries the
  article ``ar=`` (names such as خالد, لندن rarely do, common nouns often);
* experiment, off unless a model's config sets ``subword``: cluster ids of rare stems too, from
  a fastText (character n-gram) model (``f64=``, ``f256=``, ``f1024=``; table
  ``data/ner/subword.tsv.gz`` built by ``scripts/build_subword_clusters.py``; no table, no feature);
* gazetteer membership ``g=<role>-<TYPE>`` from an optional ``gazetteer`` mapping of
  normalized name tokens to roles (:func:`build_gazetteer_index`);
* neighbours: identity, stem, clusters, shape and gazetteer roles at ±1, stem and coarse
  clusters at ±2, and sentence boundary markers.

Imports only the text layer of marsad.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from marsad.text.cache import TypeCache
from marsad.text.normalize import normalize_for_search
from marsad.text.tokenize import ARABIC_WORD_RE, light_normalize, word_pieces

__all__ = [
    "FeatureExtractor",
    "WordClusters",
    "load_clusters",
    "load_names",
    "load_popnames",
    "load_subword",
    "read_names",
    "build_gazetteer_index",
    "stem_of",
    "stems_of",
    "CLUSTER_FILE",
    "SUBWORD_FILE",
]

CLUSTER_FILE = "clusters.tsv.gz"
NAMES_FILE = "names.tsv.gz"
POPNAMES_FILE = "popnames.tsv.gz"
SUBWORD_FILE = "subword.tsv.gz"

_EMPTY: tuple[str, ...] = ()


@lru_cache(maxsize=1 << 17)
def analyse(word: str) -> tuple[str, str, str, bool]:
    """``(normalized word, normalized stem, normalized proclitics, has article)`` of a token."""
    n = normalize_for_search(word)
    pieces = word_pieces(word) if len(word) > 2 else None  # the tokenizer's (cached) analysis
    if pieces is None:
        return n, n, "", False
    starts, _, _, kinds, norms = pieces
    pcs = "".join(norm for norm, k in zip(norms, kinds) if k == "proclitic")
    art = "article" in kinds
    ws = [s for s, k in zip(starts, kinds) if k == "word"]
    stem = normalize_for_search(word[ws[0]:]) if ws else n
    return n, stem or n, pcs, art


def _stem(word: str) -> str:
    return analyse(word)[1]


#: word -> :func:`stem_of`, filled as words come (a dict hit is cheaper than an ``lru_cache`` one)
_STEMS = TypeCache(_stem, 1 << 17)


def stem_of(word: str) -> str:
    """The normalized stem of ``word`` (proclitics and article removed), the cluster lookup key."""
    return _STEMS[word]


def stems_of(words: Iterable[str]) -> list[str]:
    """:func:`stem_of` of each of ``words``, in order."""
    return list(map(_STEMS.__getitem__, words))


class WordClusters:
    """``stem -> (c64, c256, c1024)`` cluster ids (strings), for a pruned vocabulary of stems."""

    __slots__ = ("table", "levels")

    def __init__(self, table: Mapping[str, tuple[str, ...]], levels: Sequence[str]) -> None:
        self.table = dict(table)
        self.levels = tuple(levels)

    def get(self, stem: str) -> tuple[str, ...] | None:
        return self.table.get(stem)

    def __len__(self) -> int:
        return len(self.table)

    @classmethod
    def read(cls, path: str | Path | None = None, *, name: str = CLUSTER_FILE) -> WordClusters:
        """Read a cluster file (gzip TSV: a header ``stem k1 k2 ...`` then ``stem id id ...``).
        ``None`` reads the shipped file ``data/ner/<name>``; a missing shipped file gives empty
        clusters."""
        if path is None:
            ref = resources.files("marsad.entities").joinpath("data", "ner", name)
            try:
                raw = ref.read_bytes()
            except (FileNotFoundError, OSError):
                return cls({}, ())
        else:
            raw = Path(path).read_bytes()
        lines = gzip.decompress(raw).decode("utf-8").splitlines()
        header = lines[0].split("\t")
        levels = tuple(header[1:])
        table: dict[str, tuple[str, ...]] = {}
        for line in lines[1:]:
            parts = line.split("\t")
            table[parts[0]] = tuple(parts[1:])
        return cls(table, levels)


@lru_cache(maxsize=1)
def load_clusters() -> WordClusters:
    """The shipped word clusters (``data/ner/clusters.tsv.gz``), loaded once per process."""
    return WordClusters.read(None)


@lru_cache(maxsize=2)
def load_subword(path: str | None = None) -> WordClusters:
    """Experiment: fastText cluster ids of (nearly) every corpus stem (``data/ner/subword.tsv.gz``
    or ``path``), loaded once per process; a missing file gives an empty table (no features)."""
    try:
        return WordClusters.read(path, name=SUBWORD_FILE)
    except (FileNotFoundError, OSError):
        return WordClusters({}, ())


def read_names(path: str | Path | None = None, *, name: str = NAMES_FILE) -> dict[str, frozenset[str]]:
    """Name-context labels of stems (gzip TSV ``stem<TAB>label,label``, built by
    ``scripts/build_name_lists.py``).  ``None`` reads the shipped file ``name``; a missing shipped
    file gives an empty mapping."""
    if path is None:
        ref = resources.files("marsad.entities").joinpath("data", "ner", name)
        try:
            raw = ref.read_bytes()
        except (FileNotFoundError, OSError):
            return {}
    else:
        raw = Path(path).read_bytes()
    out: dict[str, frozenset[str]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        stem, _, labels = line.partition("\t")
        if stem and labels:
            out[stem] = frozenset(labels.split(","))
    return out


@lru_cache(maxsize=2)
def _names_from(path: str) -> dict[str, frozenset[str]]:
    return read_names(path)


@lru_cache(maxsize=1)
def load_popnames() -> dict[str, frozenset[str]]:
    """The shipped popularity levels of given names (``data/ner/popnames.tsv.gz``), loaded once."""
    return read_names(None, name=POPNAMES_FILE)


@lru_cache(maxsize=1)
def load_names() -> dict[str, frozenset[str]]:
    """The shipped name-context labels (``data/ner/names.tsv.gz``), loaded once per process."""
    return read_names(None)


def build_gazetteer_index(kb: object | Iterable[tuple[str, str]], *,
                          max_tokens: int = 6) -> dict[str, frozenset[str]]:
    """Gazetteer index for the tagger: normalized name token -> roles such as ``B-LOC``, ``I-ORG``, ``S-PER``.

    ``kb`` is a :class:`marsad.entities.kb.KnowledgeBase` (its ``names()``: every Arabic name
    and alias) or any iterable of ``(name, type)`` pairs (e.g. names mined from training folds).
    A one-token name gives its (clitic-stripped) token role ``S-TYPE``; longer names give ``B-`` to
    the first token and ``I-`` to the others.  Names longer than ``max_tokens`` are skipped.
    """
    pairs: Iterable[tuple[str, str]]
    names = getattr(kb, "names", None)
    if callable(names):
        pairs = ((name, ent.type) for name, ent, alias in names()
                 if getattr(alias, "lang", "ar") == "ar")
    else:
        pairs = kb  # type: ignore[assignment]
    index: dict[str, set[str]] = {}
    for name, typ in pairs:
        toks = [t for t in name.split() if ARABIC_WORD_RE.search(t)]
        if not toks or len(toks) > max_tokens:
            continue
        keys = [stem_of(t) for t in toks]
        if len(keys) == 1:
            index.setdefault(keys[0], set()).add(f"S-{typ}")
        else:
            index.setdefault(keys[0], set()).add(f"B-{typ}")
            for k in keys[1:]:
                index.setdefault(k, set()).add(f"I-{typ}")
    return {k: frozenset(v) for k, v in index.items()}


@lru_cache(maxsize=2)
def _neighbours(k: int, candidates: int = 20_000) -> dict[str, tuple[str, ...]]:
    """Experiment: for every stem of ``data/ner/vectors.npz``, its ``k`` nearest stems (cosine)
    among the ``candidates`` most frequent ones (the file's first rows), itself excluded."""
    import numpy as np

    from .neural import load_vectors

    vec = load_vectors()
    words = sorted(vec.index, key=vec.index.__getitem__)
    m = vec.matrix
    cand = m[:candidates]
    out: dict[str, tuple[str, ...]] = {}
    for a in range(0, len(words), 4096):
        sim = m[a:a + 4096] @ cand.T
        rows = np.arange(sim.shape[0])
        own = rows + a
        mask = own < candidates
        sim[rows[mask], own[mask]] = -np.inf
        top = np.argpartition(-sim, k, axis=1)[:, :k]
        order = np.argsort(-sim[rows[:, None], top], axis=1, kind="stable")
        top = top[rows[:, None], order]
        for r, idx in enumerate(top.tolist()):
            out[words[a + r]] = tuple(words[j] for j in idx)
    return out


def _binarized(path: str | None, near: bool) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Experiment: word2vec dimensions of each stem of a vectors file binarized as Guo et al.
    (2014) do: ``e<d>+`` where the value is at least the mean of the dimension's positive values,
    ``e<d>-`` where it is at most the mean of its negative values, nothing between.  Returns
    ``stem -> (own features, neighbour features)`` (neighbour features only when ``near``)."""
    import numpy as np

    from .neural import WordVectors

    vec = WordVectors.read(path)
    m = vec.matrix
    pos, neg = m > 0, m < 0
    hi = np.where(pos, m, 0).sum(axis=0) / np.maximum(pos.sum(axis=0), 1)
    lo = np.where(neg, m, 0).sum(axis=0) / np.maximum(neg.sum(axis=0), 1)
    up = pos & (m >= hi)
    down = neg & (m <= lo)
    out: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for word, i in vec.index.items():
        own = tuple([f"e{d}+" for d in np.flatnonzero(up[i])] + [f"e{d}-" for d in np.flatnonzero(down[i])])
        out[word] = (own, tuple("n" + f for f in own) if near else ())
    return out


def _shape(word: str) -> str:
    if ARABIC_WORD_RE.fullmatch(word):
        n = len(word)
        return "ar" + ("1" if n <= 2 else "3" if n <= 4 else "6" if n <= 7 else "9")
    if word.isdigit() or word.replace(".", "").replace(",", "").isdigit():
        return "num" + str(min(len(word), 5))
    if word.isascii() and word.isalpha():
        return "latU" if word[:1].isupper() else "lat"
    if ARABIC_WORD_RE.search(word):
        return "armix"
    if len(word) == 1:
        return "p" + word
    return "other"


class FeatureExtractor:
    """Feature strings for CRF items; per-word features cached in ``self.cache``.

    ``clusters``: a :class:`WordClusters` (``None``: none); ``gazetteer``: a mapping from
    normalized stem to roles (:func:`build_gazetteer_index`), ``None``: none;
    ``window``: 1 or 2 (neighbour features at distance up to 2).
    """

    def __init__(self, *, clusters: WordClusters | None = None,
                 gazetteer: Mapping[str, Iterable[str]] | None = None,
                 window: int = 2, affixes: int = 4, paths: Sequence[int] = (),
                 names: Mapping[str, Iterable[str]] | None = None,
                 opts: Mapping[str, object] | None = None) -> None:
        self.clusters = clusters if clusters is not None and len(clusters) else None
        self.paths = tuple(paths)
        self.names = names or None
        self.opts = dict(opts or {})
        if self.names is not None and self.opts.get("names_file"):
            #: experiment (``opts["names_file"]``): another name-context table in place of the
            #: shipped one (e.g. one built with ``build_name_lists.py --surnames``)
            self.names = _names_from(str(self.opts["names_file"]))
        self.gazetteer = gazetteer or None
        #: ``opts["popnames"]``: popularity levels of Arabic-script given names (``True``: the shipped
        #: ``data/ner/popnames.tsv.gz``; a path: another table, e.g. one with surnames), as ``pn=``
        #: features of the token and its neighbours (``scripts/build_popular_names.py``)
        spec = self.opts.get("popnames")
        self.popnames = (load_popnames() if spec is True else _names_from(str(spec))) if spec else None
        #: experiment (``opts["knn"] = k``): the stem's k nearest stems by word2vec cosine
        self.neighbours = _neighbours(int(self.opts["knn"])) if self.opts.get("knn") else None
        #: experiment (``opts["subword"]``: ``"missing"``, ``"all"`` or ``"fill"``): fastText
        #: cluster ids of stems, for those without a shipped cluster or for all of them
        self.subword_mode = str(self.opts.get("subword") or "")
        if self.subword_mode not in ("", "missing", "all", "fill"):
            raise ValueError(f"unknown subword mode {self.subword_mode!r}")
        sub = load_subword(self.opts.get("subword_file")) if self.subword_mode else None
        self.subword = sub if sub is not None and len(sub) else None
        #: experiment (``opts["embed"] = {"file": PATH, "near": bool}``): binarized word2vec
        #: dimensions of the stem (:func:`_binarized`)
        spec = self.opts.get("embed")
        self.embed = _binarized(spec.get("file"), bool(spec.get("near"))) if isinstance(spec, dict) else None
        self.window = window
        self.affixes = affixes
        self.cache: dict[str, tuple[tuple[str, ...], ...]] = {}
        #: stem -> :meth:`_stem_part` (bounded: emptied when full)
        self._stem_parts = TypeCache(self._stem_part, 1 << 17)

    def word_features(self, word: str) -> tuple[tuple[str, ...], ...]:
        """Five tuples: features the word gives to the token at offset -2, -1, 0, +1, +2 from it
        (i.e. ``[0]`` are its features as the *next-but-one* word of that token, ...)."""
        got = self.cache.get(word)
        if got is not None:
            return got
        out = self.compute(word)
        self.cache[word] = out
        return out

    def compute(self, word: str) -> tuple[tuple[str, ...], ...]:
        """:meth:`word_features` without the cache.  The features of the word's stem (affixes,
        clusters, name lists, gazetteer: the same for «المسلحين» and «والمسلحين») are computed once
        per stem (:meth:`_stem_part`)."""
        n, stem, pcs, art = analyse(word)
        shape = _shape(n)
        s_feat, own_tail, near_tail, far = self._stem_parts[stem]
        own = ["b", "w=" + n, "l=" + light_normalize(word), s_feat, "sh=" + shape]
        near = ["w=" + n, s_feat, "sh=" + shape]
        if pcs:
            own.append("pc=" + pcs)
        if art:
            own.append("art")
            near.append("art")
        own += own_tail
        near += near_tail
        # keys are named from the *token's* point of view: "-1:w=X" means the previous word is X
        return (
            tuple(map("-2:".__add__, far)) if self.window >= 2 else _EMPTY,
            tuple(map("-1:".__add__, near)),
            tuple(own),
            tuple(map("+1:".__add__, near)),
            tuple(map("+2:".__add__, far)) if self.window >= 2 else _EMPTY,
        )

    def _stem_part(self, stem: str) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """``("s=" + stem, own features, neighbour features, far-neighbour features)`` that depend on
        the stem alone, in :meth:`compute`'s order."""
        own: list[str] = []
        near: list[str] = []
        far = ["s=" + stem]
        if ARABIC_WORD_RE.fullmatch(stem):
            for k in range(1, min(self.affixes, len(stem) - 1) + 1):
                own.append(f"p{k}=" + stem[:k])
                own.append(f"x{k}=" + stem[-k:])
        if self.clusters is not None:
            cl = self.clusters.get(stem)
            if cl is None:
                if ARABIC_WORD_RE.fullmatch(stem):
                    own.append("c=none")
                    near.append("c=none")
            else:
                for level, cid in zip(self.clusters.levels, cl):
                    if level == "path":
                        for k in self.paths:
                            own.append(f"bp{k}=" + cid[:k])
                            near.append(f"bp{k}=" + cid[:k])
                        continue
                    own.append(f"{level}={cid}")
                    near.append(f"{level}={cid}")
                far.append(f"{self.clusters.levels[0]}={cl[0]}")
                if len(cl) > 1:
                    far.append(f"{self.clusters.levels[1]}={cl[1]}")
        if self.subword is not None and (self.subword_mode == "all" or self.clusters is None
                                         or self.clusters.get(stem) is None):
            sw = self.subword.get(stem)
            if sw is not None:
                levels = self.subword.levels
                if self.subword_mode == "fill":  # the shipped clusters' own feature names
                    levels = tuple("c" + lv[1:] for lv in levels)
                for level, cid in zip(levels, sw):
                    own.append(f"{level}={cid}")
                    near.append(f"{level}={cid}")
                far.append(f"{levels[0]}={sw[0]}")
                if len(sw) > 1:
                    far.append(f"{levels[1]}={sw[1]}")
        if self.names is not None:
            roles = self.names.get(stem)
            if roles:
                for r in sorted(roles):
                    own.append("n=" + r)
                    near.append("n=" + r)
                    if self.opts.get("names_far"):
                        far.append("n=" + r)
        if self.popnames is not None:
            for r in sorted(self.popnames.get(stem, ())):
                own.append("pn=" + r)
                near.append("pn=" + r)
        if self.neighbours is not None:
            for nb in self.neighbours.get(stem, ()):
                own.append("nb=" + nb)
        if self.embed is not None:
            got = self.embed.get(stem)
            if got is not None:
                own.extend(got[0])
                near.extend(got[1])
        if self.gazetteer is not None:
            roles = self.gazetteer.get(stem)
            if roles:
                for r in sorted(roles):
                    own.append("g=" + r)
                    near.append("g=" + r)
        return far[0], tuple(own), tuple(near), tuple(far)

    def sentence(self, tokens: Sequence[str]) -> list[tuple[str, ...]]:
        """Feature tuples for each token of one sentence."""
        wf = self.word_features
        feats = [wf(t) for t in tokens]
        n = len(feats)
        items: list[tuple[str, ...]] = []
        for i in range(n):
            item = feats[i][2]
            if i >= 1:
                item = item + feats[i - 1][1]
            else:
                item = item + ("BOS",)
            if i >= 2:
                item = item + feats[i - 2][0]
            if i + 1 < n:
                item = item + feats[i + 1][3]
            else:
                item = item + ("EOS",)
            if i + 2 < n:
                item = item + feats[i + 2][4]
            items.append(item)
        return items
