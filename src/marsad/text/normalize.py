"""Arabic normalisation on a *view* of the text, with an offset map back to the original.

The original text is never changed.  :func:`normalize` returns a :class:`NormalizedText` holding
the untouched ``original`` and the normalized ``text`` (the view); :meth:`NormalizedText.to_original`
turns a ``[start, end)`` span of the view into the ``[start, end)`` span of the original that
produced it.  All offsets are code-point indices (into the view, or into the original text, i.e.
``Document.text`` when the pipeline normalizes a document).

Every fold is a per-character map (see :mod:`marsad.text.charmaps`): a character is kept, replaced
by one character, deleted (diacritics, tatweel, invisible controls) or expanded (a presentation
form ligature such as ﻻ -> لا, Latin ß -> ss).  Deleted characters belong to the segment of the
kept character before them, so a span ending on «ةُ» includes the damma; expanded characters map
every view character they produced back to the one original character.

Speed: a short text's view is built by one ``str.translate`` call, and the positions of the
characters whose output is not exactly one character are found by one regex scan.  A long
text (an article) goes through numpy instead: its code points are looked up in per-plan
arrays (the mapped character, whether the output is not one character), about five times
faster than ``str.translate``; the result is the same.  The offset arrays are built lazily
(and not at all when the view is aligned one to one with the original).

This module imports nothing else of marsad.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from . import charmaps

__all__ = [
    "NormalizedText",
    "normalize",
    "normalize_for_search",
    "fold_presentation_forms",
    "remove_diacritics",
    "remove_tatweel",
    "normalize_alef",
    "normalize_alef_maqsura",
    "normalize_ta_marbuta",
    "normalize_digits",
    "remove_controls",
    "casefold_latin",
]

# Order matters only for presentation forms (first: their NFKC output is folded further);
# the other maps have disjoint domains and outputs that no other map changes.
_FOLDS: tuple[tuple[str, dict[int, str]], ...] = (
    ("presentation_forms", charmaps.PRESENTATION_FORMS),
    ("controls", charmaps.CONTROLS),
    ("diacritics", charmaps.DIACRITICS),
    ("tatweel", charmaps.TATWEEL),
    ("alef", charmaps.ALEF),
    ("alef_maqsura", charmaps.ALEF_MAQSURA),
    ("ta_marbuta", charmaps.TA_MARBUTA),
    ("digits", charmaps.DIGITS),
    ("casefold", charmaps.LATIN_CASEFOLD),
)
_FOLD_NAMES: tuple[str, ...] = tuple(name for name, _ in _FOLDS)


@dataclass(frozen=True, slots=True)
class _Plan:
    """A compiled combination of folds: the translate table and the irregular characters."""

    table: dict[int, str]
    #: the same as a list indexed by code point (BMP only): ``str.translate`` looks a list up
    #: without raising ``KeyError`` for every unchanged character, about 3x faster than the dict
    fast_table: list[int | str]
    #: characters whose output is not exactly one character, with their output length
    irregular: dict[str, int]
    irregular_re: re.Pattern[str] | None
    #: numpy lookup arrays over the BMP: the mapped code point of a 1:1 character, and the
    #: output length of an irregular one (-1 for regular characters)
    np_map: np.ndarray
    np_irregular_len: np.ndarray


_IDENTITY_BMP: tuple[int, ...] = tuple(range(0x10000))
_ident = array("l", range(4096))


def _identity(lo: int, hi: int) -> array:
    """``array('l', range(lo, hi))``, sliced from a shared identity array (a memcpy)."""
    global _ident
    if hi > len(_ident):
        _ident = array("l", range(max(hi, 2 * len(_ident))))
    return _ident[lo:hi]


@lru_cache(maxsize=16)
def _plan(flags: tuple[bool, ...]) -> _Plan:
    maps = [m for (_, m), on in zip(_FOLDS, flags) if on]
    domain: set[int] = set()
    for m in maps:
        domain.update(m)
    table: dict[int, str] = {}
    for cp in sorted(domain):
        out = chr(cp)
        for m in maps:
            out = "".join(m.get(ord(ch), ch) for ch in out)
        if out != chr(cp):
            table[cp] = out
    fast_table: list[int | str] = list(_IDENTITY_BMP)
    for cp, out in table.items():
        if cp < 0x10000:
            fast_table[cp] = out
    irregular = {chr(cp): len(out) for cp, out in table.items() if len(out) != 1}
    pattern = None
    if irregular:
        pattern = re.compile("[" + "".join(re.escape(ch) for ch in sorted(irregular)) + "]+")
    np_map = np.arange(0x10000, dtype=np.uint32)
    np_irregular_len = np.full(0x10000, -1, dtype=np.int8)
    for cp, out in table.items():
        if cp >= 0x10000:
            continue
        if len(out) == 1:
            np_map[cp] = ord(out)
        else:
            np_irregular_len[cp] = len(out)
    return _Plan(table, fast_table, irregular, pattern, np_map, np_irregular_len)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalized view ``text`` of ``original`` with an offset map back to ``original``.

    ``text`` is the view, ``original`` the untouched input.  Offsets given to and returned by the
    methods are code-point indices: view offsets in, original offsets out.  Build instances with
    :func:`normalize` (or one of the single-fold functions), not by hand.
    """

    text: str
    original: str
    #: positions in ``original`` of characters whose output is not one character, and the
    #: output lengths (0 = deleted, >1 = expanded); empty when view and original align 1:1.
    _irr_pos: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _irr_len: tuple[int, ...] = field(default=(), repr=False, compare=False)
    #: lazily built: for each view char, start and end of its original segment
    _starts: array | None = field(default=None, repr=False, compare=False)
    _ends: array | None = field(default=None, repr=False, compare=False)

    # -- offset arrays -------------------------------------------------------------------------
    def _arrays(self) -> tuple[array, array]:
        starts = self._starts
        if starts is not None:
            return starts, self._ends  # type: ignore[return-value]
        starts = array("l")
        ends = array("l")
        group = 0  # index in the view of the first char produced by the last producing char
        cur = 0
        for pos, n in zip(self._irr_pos, self._irr_len):
            if pos > cur:  # a run of 1:1 characters
                starts += _identity(cur, pos)
                ends += _identity(cur + 1, pos + 1)
                group = len(starts) - 1
            if n == 0:  # deleted: joins the segment of the previous kept character
                for k in range(group, len(ends)):
                    ends[k] = pos + 1
            else:  # expanded: every produced char maps to this one char
                group = len(starts)
                starts.extend([pos] * n)
                ends.extend([pos + 1] * n)
            cur = pos + 1
        n_orig = len(self.original)
        if cur < n_orig:
            starts += _identity(cur, n_orig)
            ends += _identity(cur + 1, n_orig + 1)
        object.__setattr__(self, "_starts", starts)
        object.__setattr__(self, "_ends", ends)
        return starts, ends

    @property
    def aligned(self) -> bool:
        """True when view and original align one to one (``to_original`` is the identity)."""
        return not self._irr_pos

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[ostart, oend)`` covering every original char that produced view ``[start, end)``.

        Characters deleted by normalisation that follow a kept character are part of its
        segment.  An empty view span gives an empty original span at the mapped position.
        Offsets are code points; raises ``IndexError`` if ``[start, end)`` is not inside the view.
        """
        n = len(self.text)
        if not (0 <= start <= end <= n):
            raise IndexError(f"view span [{start}, {end}) outside the view of length {n}")
        if not self._irr_pos:
            return start, end
        starts, ends = self._arrays()
        if start == end:
            pos = starts[start] if start < n else len(self.original)
            return pos, pos
        return starts[start], ends[end - 1]

    def spans_to_original(self, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
        """:meth:`to_original` for many view spans at once: original start and end lists.

        ``starts`` and ``ends`` are view offsets (code points), one pair per span.  When the
        only irregular characters are deletions (diacritics, tatweel, controls: the usual case),
        a view offset ``v`` maps to ``v`` plus the number of deletions at view offsets up to
        ``v``, computed with one numpy ``searchsorted`` per list.
        """
        if not self._irr_pos:
            return starts, ends
        if any(self._irr_len):  # an expansion (rare): span by span
            spans = list(map(self.to_original, starts, ends))
            return [s for s, _ in spans], [e for _, e in spans]
        # the k-th deletion (0-based) sits in the view just before view offset pos[k] - k
        deleted_at = np.asarray(self._irr_pos, dtype=np.int64) - np.arange(len(self._irr_pos))
        vs = np.asarray(starts, dtype=np.int64)
        ve = np.asarray(ends, dtype=np.int64)
        os_ = vs + np.searchsorted(deleted_at, vs, side="right")
        oe = ve + np.searchsorted(deleted_at, ve, side="right")
        empty = ve == vs
        if empty.any():
            oe[empty] = os_[empty]
        return os_.tolist(), oe.tolist()

    def original_span(self, start: int, end: int) -> tuple[int, int, str]:
        """:meth:`to_original` plus the original text of the span: ``(ostart, oend, original[ostart:oend])``."""
        ostart, oend = self.to_original(start, end)
        return ostart, oend, self.original[ostart:oend]

    def to_view(self, ostart: int, oend: int) -> tuple[int, int]:
        """The view span produced by original ``[ostart, oend)`` (inverse of :meth:`to_original`).

        The view span covers the view characters whose original segment starts inside
        ``[ostart, oend)``.  Offsets are code points.
        """
        no = len(self.original)
        if not (0 <= ostart <= oend <= no):
            raise IndexError(f"original span [{ostart}, {oend}) outside the text of length {no}")
        if not self._irr_pos:
            return ostart, oend
        from bisect import bisect_left

        starts, _ = self._arrays()
        return bisect_left(starts, ostart), bisect_left(starts, oend)


#: texts at least this long (code points) are normalized with numpy (:func:`_apply_numpy`)
_NUMPY_MIN_LENGTH = 512


def _apply_numpy(text: str, plan: _Plan) -> NormalizedText | None:
    """:func:`_apply` for a long text by array lookups; ``None`` when it needs the general path
    (characters outside the BMP, or characters that expand into several)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if int(codes.max()) >= 0x10000:
        return None
    irregular_len = plan.np_irregular_len[codes]
    pos = np.flatnonzero(irregular_len >= 0)
    if not len(pos):
        view = plan.np_map[codes].tobytes().decode("utf-32-le", "surrogatepass")
        return NormalizedText(view, text)
    lens = irregular_len[pos]
    if lens.any():
        return None  # an expansion (a ligature): rare, left to str.translate
    kept = np.ones(len(codes), dtype=bool)
    kept[pos] = False
    view = plan.np_map[codes[kept]].tobytes().decode("utf-32-le", "surrogatepass")
    return NormalizedText(view, text, tuple(pos.tolist()), (0,) * len(pos))


def _apply(text: str, flags: tuple[bool, ...]) -> NormalizedText:
    if not isinstance(text, str):
        raise TypeError(f"normalize() takes str, not {type(text).__name__}")
    plan = _plan(flags)
    if len(text) >= _NUMPY_MIN_LENGTH:
        result = _apply_numpy(text, plan)
        if result is not None:
            return result
    view = text.translate(plan.fast_table) if plan.table else text
    if plan.irregular_re is None or len(view) == len(text) and plan.irregular_re.search(text) is None:
        return NormalizedText(view, text)
    irregular = plan.irregular
    pos: list[int] = []
    lens: list[int] = []
    for m in plan.irregular_re.finditer(text):
        s = m.start()
        for k, ch in enumerate(m.group()):
            pos.append(s + k)
            lens.append(irregular[ch])
    return NormalizedText(view, text, tuple(pos), tuple(lens))


def _flags(**on: bool) -> tuple[bool, ...]:
    return tuple(bool(on.get(name, False)) for name in _FOLD_NAMES)


_SEARCH_FLAGS = _flags(**{name: True for name in _FOLD_NAMES})


def normalize(
    text: str,
    *,
    presentation_forms: bool = True,
    diacritics: bool = True,
    tatweel: bool = True,
    alef: bool = True,
    alef_maqsura: bool = True,
    ta_marbuta: bool = True,
    digits: bool = True,
    controls: bool = True,
    casefold: bool = False,
) -> NormalizedText:
    """Normalize ``text`` into a view with an offset map back to it.

    Folds (each on unless turned off): ``presentation_forms`` (NFKC of U+FB50-U+FDFF and
    U+FE70-U+FEFF, e.g. ﻻ -> لا), ``diacritics`` (harakat, tanwin, shadda, sukun, dagger alef,
    Quranic marks removed), ``tatweel`` (removed), ``alef`` (أ إ آ ٱ -> ا; ؤ ئ kept),
    ``alef_maqsura`` (ى and Farsi ی -> ي), ``ta_marbuta`` (ة -> ه), ``digits`` (٠-٩ and ۰-۹ ->
    0-9), ``controls`` (zero-width, bidi controls, BOM, soft hyphen, ALM removed); ``casefold``
    (off by default) case-folds Latin letters.  Returns a :class:`NormalizedText`; its offsets are
    code-point indices into the view and into ``text``.
    """
    return _apply(
        text,
        (presentation_forms, controls, diacritics, tatweel, alef, alef_maqsura, ta_marbuta,
         digits, casefold),
    )


@lru_cache(maxsize=16)
def view_table(**folds: bool) -> list[int | str]:
    """The ``str.translate`` table giving the view of :func:`normalize` with ``folds`` (its
    keyword options; the rest at their defaults) for text without astral-plane characters to
    fold, without the offset map: ``text.translate(view_table(alef=False))``."""
    defaults = {"presentation_forms": True, "controls": True, "diacritics": True, "tatweel": True,
                "alef": True, "alef_maqsura": True, "ta_marbuta": True, "digits": True,
                "casefold": False}
    unknown = set(folds) - set(defaults)
    if unknown:
        raise TypeError(f"unknown folds: {sorted(unknown)}")
    defaults.update(folds)
    return _plan(tuple(bool(defaults[k]) for k in defaults)).fast_table


def normalize_for_search(text: str) -> str:
    """Every fold on plus Latin case folding; returns the view string only (FTS index and queries)."""
    return text.translate(_plan(_SEARCH_FLAGS).fast_table)


def fold_presentation_forms(text: str) -> NormalizedText:
    """Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) to their NFKC letters (ﻻ -> لا)."""
    return _apply(text, _flags(presentation_forms=True))


def remove_diacritics(text: str) -> NormalizedText:
    """Remove harakat, tanwin, shadda, sukun, dagger alef and Quranic marks (المتحدّث -> المتحدث)."""
    return _apply(text, _flags(diacritics=True))


def remove_tatweel(text: str) -> NormalizedText:
    """Remove tatweel/kashida U+0640 (الـدولـة -> الدولة)."""
    return _apply(text, _flags(tatweel=True))


def normalize_alef(text: str) -> NormalizedText:
    """أ إ آ ٱ (and the rare wavy-hamza / high-hamza alefs) -> ا.

    ؤ and ئ are left alone: folding them to و / ي would merge distinct words and their spelling
    varies little in news text.
    """
    return _apply(text, _flags(alef=True))


def normalize_alef_maqsura(text: str) -> NormalizedText:
    """ى (and the Farsi yeh ی) -> ي (على ~ علي, as typed in much news text)."""
    return _apply(text, _flags(alef_maqsura=True))


def normalize_ta_marbuta(text: str) -> NormalizedText:
    """ة -> ه, for matching only (الدولة ~ الدوله)."""
    return _apply(text, _flags(ta_marbuta=True))


def normalize_digits(text: str) -> NormalizedText:
    """Arabic-Indic ٠-٩ and Persian ۰-۹ digits -> ASCII 0-9 (٢٠١٩ -> 2019)."""
    return _apply(text, _flags(digits=True))


def remove_controls(text: str) -> NormalizedText:
    """Remove zero-width characters, bidi controls, BOM, soft hyphen and the Arabic letter mark."""
    return _apply(text, _flags(controls=True))


def casefold_latin(text: str) -> NormalizedText:
    """Case-fold Latin letters only (ISIS -> isis, ß -> ss); Arabic is untouched."""
    return _apply(text, _flags(casefold=True))
