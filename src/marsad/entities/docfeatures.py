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

from .conll import spans as bio_spans
from .features import stem_of

__all__ = ["doc_features"]


def doc_features(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]],
                 *, min_chars: int = 2) -> list[list[tuple[str, ...]]]:
    """Feature strings per token of each sentence (see the module docstring) from first-pass
    ``tags`` of one document's ``sentences``.  Stems of at most ``min_chars`` letters get
    only the ``y1`` features."""
    stems = [[stem_of(t) for t in s] for s in sentences]
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
        for stem, x in zip(st, r):
            seen[stem] += 1
            if x:
                types[stem][x[2:]] += 1
                (single if x[0] == "S" else multi)[stem][x[2:]] += 1
        role.append(r)
    out: list[list[tuple[str, ...]]] = []
    for st, tg, r in zip(stems, tags, role):
        n = len(st)
        row: list[tuple[str, ...]] = []
        for m, stem in enumerate(st):
            f = ["y1=" + tg[m], "y1-1=" + (tg[m - 1] if m else "BOS"),
                 "y1+1=" + (tg[m + 1] if m + 1 < n else "EOS")]
            if len(stem) > min_chars and seen[stem] > 1:
                own = r[m]
                tc = types[stem].copy()
                sc = single[stem].copy()
                mc = multi[stem].copy()
                if own:  # the other occurrences only
                    tc[own[2:]] -= 1
                    (sc if own[0] == "S" else mc)[own[2:]] -= 1
                tagged = sum(tc.values())
                others = seen[stem] - 1
                if tagged > 0:
                    f.append("dt=" + max(tc, key=lambda t: (tc[t], t)))
                    f.extend("ds=" + t for t, c in sorted(sc.items()) if c > 0)
                    f.extend("dm=" + t for t, c in sorted(mc.items()) if c > 0)
                    f.append("dr=hi" if 2 * tagged >= others else "dr=lo")
                else:
                    f.append("dn")
            row.append(tuple(f))
        out.append(row)
    return out
