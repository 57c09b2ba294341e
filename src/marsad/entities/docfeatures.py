"""Document-level features for the second-pass CRF (two-stage consistency, Krishnan & Manning 2006).

The first-pass CRF tags every sentence of a document; :func:`doc_features` then gives each
token feature strings describing how the first pass labelled the token itself, its neighbours,
and the *other* occurrences of its clitic-stripped stem (:func:`~marsad.entities.features.stem_of`)
in the same document:

* ``y1=<tag>``, ``y1-1=<tag>``, ``y1+1=<tag>``: first-pass BIO tags of the token and its neighbours;
* ``dt=<TYPE>``: the type the stem's other occurrences are most often tagged with (token level);
* ``ds=<TYPE>`` / ``dm=<TYPE>``: some other occurrence is a one-token entity / a token of a
  longer entity of that type (a bare repeat of a full name gets ``dm=PER``);
* ``dr=hi`` / ``dr=lo``: at least half / less than half of the other occurrences are tagged;
* ``dn`` : the stem occurs elsewhere in the document, never tagged.

At training time the first-pass tags come from models that did not see the sentence
(jackknife, :func:`marsad.entities.train.train_two_stage`), so the second pass learns how far
to trust them.  Token indices are per sentence; nothing here knows offsets.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from ..text.cache import TypeCache
from .conll import spans as bio_spans
from .features import stems_of

__all__ = ["doc_features"]


def doc_features(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]],
                 *, min_chars: int = 2, labels: bool = True,
                 stems: Sequence[Sequence[str]] | None = None) -> list[list[tuple[str, ...]]]:
    """Feature strings per token of each sentence (see the module docstring) from first-pass
    ``tags`` of one document's ``sentences``.  Stems of at most ``min_chars`` letters get
    only the ``y1`` features; ``labels=False`` leaves the ``y1`` features out.  ``stems``: the
    sentences' :func:`~marsad.entities.features.stems_of` when the caller has them."""
    if stems is None:
        stems = [stems_of(s) for s in sentences]
    role: list[list[str]] = []  # per token: "" untagged, else "S-TYPE" or "M-TYPE"
    types: dict[str, Counter[str]] = defaultdict(Counter)
    single: dict[str, Counter[str]] = defaultdict(Counter)
    multi: dict[str, Counter[str]] = defaultdict(Counter)
    seen: Counter[str] = Counter()
    for st, tg in zip(stems, tags):
        r = [""] * len(st)
        for i, j, typ in bio_spans(tg):
            for m in range(i, j):
                r[m] = ("S-" if j - i == 1 else "M-") + typ
        seen.update(st)
        for stem, x in zip(st, r):
            if x:
                types[stem][x[2:]] += 1
                (single if x[0] == "S" else multi)[stem][x[2:]] += 1
        role.append(r)
    out: list[list[tuple[str, ...]]] = []
    memo: dict[tuple[str, str], tuple[str, ...]] = {}  # (stem, own role) -> its document features
    for st, tg, r in zip(stems, tags, role):
        row: list[tuple[str, ...]] = []
        y1s = _label_features(tg) if labels else [()] * len(st)
        for m, stem in enumerate(st):
            y1 = y1s[m]
            if len(stem) <= min_chars or seen[stem] < 2:
                row.append(y1)
                continue
            key = (stem, r[m])
            d = memo.get(key)
            if d is None:
                d = memo[key] = _others(r[m], seen[stem] - 1, types.get(stem), single.get(stem),
                                        multi.get(stem))
            row.append(y1 + d)
        out.append(row)
    return out


_OWN_TAG = TypeCache("y1=".__add__, 1 << 10)
_TAG_BEFORE = TypeCache("y1-1=".__add__, 1 << 10)
_TAG_AFTER = TypeCache("y1+1=".__add__, 1 << 10)


def _label_features(tags: Sequence[str]) -> list[tuple[str, str, str]]:
    """The ``y1`` features of each token of one sentence from its first-pass ``tags``: its own
    tag and its neighbours' (``BOS`` / ``EOS`` at the ends), as strings made once per tag."""
    n = len(tags)
    if n > 1 and tags.count("O") == n:  # most sentences name no one: three distinct tuples
        o, bos, eos = _OWN_TAG["O"], _TAG_BEFORE["BOS"], _TAG_AFTER["EOS"]
        before_o, after_o = _TAG_BEFORE["O"], _TAG_AFTER["O"]
        return [(o, bos, after_o), *[(o, before_o, after_o)] * (n - 2), (o, before_o, eos)]
    own = map(_OWN_TAG.__getitem__, tags)
    before = [_TAG_BEFORE["BOS"], *map(_TAG_BEFORE.__getitem__, tags[:-1])]
    after = [*map(_TAG_AFTER.__getitem__, tags[1:]), _TAG_AFTER["EOS"]]
    return list(zip(own, before, after))


def _others(own: str, others: int, tc: Counter[str] | None, sc: Counter[str] | None,
            mc: Counter[str] | None) -> tuple[str, ...]:
    """Features of the ``others`` other occurrences of a stem, from its counts in the whole
    document (``tc`` by type, ``sc`` as one-token entities, ``mc`` inside longer ones) minus
    the token's ``own`` role (``""``, ``S-TYPE`` or ``M-TYPE``)."""
    t_own = own[2:]
    tc = {t: c - (t == t_own) for t, c in (tc or {}).items()}
    sc = {t: c - (own[:1] == "S" and t == t_own) for t, c in (sc or {}).items()}
    mc = {t: c - (own[:1] == "M" and t == t_own) for t, c in (mc or {}).items()}
    tagged = sum(tc.values())
    if tagged <= 0:
        return ("dn",)
    f = ["dt=" + max(tc, key=lambda t: (tc[t], t))]
    f.extend("ds=" + t for t, c in sorted(sc.items()) if c > 0)
    f.extend("dm=" + t for t, c in sorted(mc.items()) if c > 0)
    f.append("dr=hi" if 2 * tagged >= others else "dr=lo")
    return tuple(f)
