"""Tokens for Arabic news text: orthographic words, then proclitics + article + stem.

:func:`words` splits a text into orthographic tokens (Arabic words, numbers, Latin words, one
token per punctuation or symbol character); :func:`tokenize` further splits each Arabic word
into its proclitics (و ف ب ك ل س), the article (ال, or the ل left of it in «للعراق») and the stem;
:func:`segment_word` does the clitic split for one word.  Every token carries code-point offsets
into the text passed in: ``text[t.start:t.end] == t.text`` always, also when the word contains
diacritics, tatweel, invisible controls or presentation forms (tokens are found on the
normalized view of :mod:`marsad.text.normalize` and mapped back).

Clitic rule (data-driven, words stay whole when unsure)
-------------------------------------------------------
Counts come from ``data/clitic_lexicon.json`` (word-type frequencies of the SaudiNewsNet corpus,
built by ``scripts/build_clitic_lexicon.py``), looked up in the *light* normalization
(:func:`light_normalize`: hamza forms, ة and ى kept, so أل-words are not mistaken for ال-words).

1. Candidate analyses of a word ``w``: ``[و|ف]? [ب|ك|ل]? rest``, ``[و|ف]? لل rest`` read as
   ل + (ا)ل + rest, and ``[و|ف]? س rest`` (future; only before ي ت ن أ and with ``rest`` of at
   least 3 letters).  A stem must keep at least 2 letters.  Nothing is peeled off a form listed
   in ``no_proclitic`` of ``data/clitic_exceptions.json``.
2. Each candidate is scored by the corpus count of what remains after its proclitics (for the
   لل reading, the count of ال + rest), times ``BOOST`` (3) per proclitic (2 for ف and ك, which
   begin many ordinary words: ``BOOSTS``), times ``ARTICLE_BOOST`` (10) when the rest starts with
   the article (بال, وال, كال are a strong pattern); a candidate needs a count of at least
   ``MIN_COUNT`` (3).  The whole word scores its own count plus ``BOOST`` times the count of
   ال + word (a word seen with the article, البطاقة, الوحدة, is a word of its own).  The best
   score wins; a tie keeps the word whole.  So «وقال» splits (قال is half as frequent as
   وقال), «كتاب» does not (تاب is rare next to كتاب), «وكتاب» becomes و + كتاب, «بطاقة» stays
   whole (طاقة is frequent, but so is البطاقة).  Measured on the 30,000 most frequent corpus
   words, the errors left were mostly ف/ك/ل-initial words (فكرة, كسر, لسان): the frequent
   ones are listed in ``no_proclitic``.  Frequent fixed phrases (بالإضافة, بالتزامن) and
   frequent conjunction + verb forms (وأوضح, بسبب) may stay whole; that is the safe side.
3. Fallback for words the corpus never saw (count < ``MIN_COUNT``): peel و/ف when at least
   3 letters remain, and ب/ك/ل when ال follows (so «وبالمفخخات» -> و + ب + ال + مفخخات even
   if unattested, and «فارقبوها» -> ف + ارقبوها).
4. The article: what remains after the proclitics is split ال + stem when it starts with a
   bare alef + lam (ال or ٱل, never أل), the stem keeps at least 2 letters, it is not in
   ``no_article`` (الذي, الله, ...), and the corpus does not spell it more often with أ (a
   hamza-less «المانيا» is ألمانيا, not ال + مانيا).

This module imports nothing else of marsad.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import accumulate, compress
from operator import lt
from typing import Any

from .cache import TypeCache
from .normalize import NormalizedText, normalize, normalize_for_search, view_table

__all__ = [
    "Token",
    "TokenList",
    "tokenize",
    "words",
    "segment_word",
    "word_pieces",
    "known_unsplit_word",
    "light_normalize",
    "ARABIC_WORD_RE",
    "BOOST",
    "BOOSTS",
    "ARTICLE_BOOST",
    "MIN_COUNT",
]

#: Arabic letters (after normalization: no diacritics, tatweel or presentation forms)
ARABIC_LETTERS = (
    "\u0620-\u063F\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF"
    "\u0750-\u077F\u08A0-\u08C9"
)
LATIN_LETTERS = "A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF"
ARABIC_WORD_RE = re.compile(f"[{ARABIC_LETTERS}]+")

#: reward per proclitic peeled off; ف and ك begin many ordinary words (فكرة, كسر), so they get less
BOOST = 3.0
ARTICLE_BOOST = 10.0
BOOSTS = {"\u0641": 2.0, "\u0643": 2.0}  # ف ك
MIN_COUNT = 3
_MIN_STEM = 2
_ALEF = "\u0627"
_ALEF_WASLA = "\u0671"
_HAMZA_ALEF = "\u0623"


@dataclass(frozen=True, slots=True)
class Token:
    """One token: ``[start, end)`` code-point offsets into the text given to :func:`tokenize`.

    ``kind`` is ``proclitic``, ``article``, ``word``, ``number``, ``punct``, ``latin`` or
    ``symbol``; ``word`` the index of the orthographic word (as in :func:`words`) the piece
    belongs to; ``norm`` its :func:`~marsad.text.normalize.normalize_for_search` form.
    """

    start: int
    end: int
    text: str
    kind: str
    word: int
    norm: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "word": self.word, "norm": self.norm}


def _token_init(
    self: Token, start: int, end: int, text: str, kind: str, word: int, norm: str,
    _s: Any = Token.start.__set__, _e: Any = Token.end.__set__,  # type: ignore[attr-defined]
    _x: Any = Token.text.__set__, _k: Any = Token.kind.__set__,  # type: ignore[attr-defined]
    _w: Any = Token.word.__set__, _n: Any = Token.norm.__set__,  # type: ignore[attr-defined]
) -> None:
    _s(self, start)
    _e(self, end)
    _x(self, text)
    _k(self, kind)
    _w(self, word)
    _n(self, norm)


# The generated frozen-dataclass __init__ goes through object.__setattr__ once per field; setting
# the slots through their descriptors is twice as fast, and tokens are made by the hundred per
# article.  Same signature, same frozen instances.
Token.__init__ = _token_init  # type: ignore[method-assign]


def light_normalize(text: str) -> str:
    """The view used for clitic decisions and the clitic lexicon: diacritics, tatweel,
    presentation forms, controls and digits folded; hamza forms, ة and ى kept."""
    return text.translate(_LIGHT_TABLE)


_LIGHT_TABLE = view_table(alef=False, alef_maqsura=False, ta_marbuta=False)


def _light(text: str) -> NormalizedText:
    return normalize(text, alef=False, alef_maqsura=False, ta_marbuta=False)


# -- data --------------------------------------------------------------------------------------
def _load_json(name: str) -> Any:
    try:
        with resources.files(__package__).joinpath("data", name).open("r", encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        return None


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, int]:
    data = _load_json("clitic_lexicon.json")
    return dict(data["counts"]) if data else {}


@lru_cache(maxsize=1)
def _exceptions() -> tuple[frozenset[str], frozenset[str]]:
    data = _load_json("clitic_exceptions.json") or {}
    return frozenset(data.get("no_proclitic", ())), frozenset(data.get("no_article", ()))


# -- clitic analysis on the light view --------------------------------------------------------
def _candidates(w: str, no_proclitic: frozenset[str]) -> list[tuple[tuple[str, ...], str, str]]:
    """``(piece kinds, rest, lookup form)`` for every proclitic reading of ``w``."""
    out: list[tuple[tuple[str, ...], str, str]] = []
    if w in no_proclitic:
        return out
    for conj in ("", "\u0648", "\u0641"):  # و ف
        if conj and not w.startswith(conj):
            continue
        r1 = w[len(conj):]
        base: tuple[str, ...] = ("proclitic",) if conj else ()
        if conj:
            if len(r1) >= _MIN_STEM:
                out.append((base, r1, r1))
            if r1 in no_proclitic:
                continue
        head = r1[:1]
        if head in ("\u0628", "\u0643", "\u0644"):  # ب ك ل
            r2 = r1[1:]
            if len(r2) >= _MIN_STEM:
                out.append((base + ("proclitic",), r2, r2))
            if head == "\u0644" and r2.startswith("\u0644") and len(r2) - 1 >= _MIN_STEM:
                # لل = لِ + (ا)ل: the article with its alef elided
                out.append((base + ("proclitic", "article"), r2[1:], _ALEF + r2))
        elif head == "\u0633" and len(r1) >= 4 and r1[1] in "\u064A\u062A\u0646\u0623":  # س + ي ت ن أ
            out.append((base + ("proclitic",), r1[1:], r1[1:]))
    return out


def _article(rest: str, counts: dict[str, int], no_article: frozenset[str]) -> bool:
    if len(rest) < 2 + _MIN_STEM or rest[1] != "\u0644" or rest[0] not in (_ALEF, _ALEF_WASLA):
        return False
    if rest in no_article:
        return False
    return counts.get(_HAMZA_ALEF + rest[1:], 0) <= counts.get(rest, 0)


def _fallback_ok(w: str, kinds: tuple[str, ...], rest: str) -> bool:
    if kinds[-1] == "article":
        return False
    last = w[len(kinds) - 1]  # the last proclitic peeled off
    if last in ("\u0648", "\u0641"):  # و ف
        return len(kinds) == 1 and len(rest) >= 3
    if last in ("\u0628", "\u0643", "\u0644"):  # ب ك ل, only before the article
        return rest[:2] == _ALEF + "\u0644" and len(rest) >= 2 + _MIN_STEM
    return False


@lru_cache(maxsize=1 << 16)
def _analyse(w: str) -> tuple[tuple[int, str], ...]:
    """Clitic pieces of the light-normalized word ``w`` as ``(length, kind)``."""
    counts = _lexicon()
    no_proclitic, no_article = _exceptions()
    whole = counts.get(w, 0)
    best: tuple[tuple[str, ...], str] = ((), w)
    # a word seen with the article (البطاقة, الوحدة) is a word of its own, not proclitic + stem
    best_score = float(whole + BOOST * counts.get(_ALEF + "\u0644" + w, 0))
    cands = _candidates(w, no_proclitic)
    for kinds, rest, lookup in cands:
        c = counts.get(lookup, 0)
        if c < MIN_COUNT:
            continue
        score = float(c)
        for k in range(len(kinds)):
            score *= BOOSTS.get(w[k], BOOST)
        if rest[:2] == _ALEF + "\u0644" and len(rest) >= 2 + _MIN_STEM:
            score *= ARTICLE_BOOST  # proclitic + article (بال, وال, كال) is a strong pattern
        if score > best_score:
            best, best_score = (kinds, rest), score
    if not best[0] and whole < MIN_COUNT:  # fallback for unseen words (module docstring, 3.)
        for kinds, rest, _ in cands:
            if len(kinds) > len(best[0]) and _fallback_ok(w, kinds, rest):
                best = (kinds, rest)
    kinds, rest = best
    pieces = [(1, k) for k in kinds]
    if kinds[-1:] != ("article",) and _article(rest, counts, no_article):
        pieces.append((2, "article"))
        rest = rest[2:]
    pieces.append((len(rest), "word"))
    return tuple(pieces)


@lru_cache(maxsize=1 << 16)
def _segment(word: str) -> tuple[tuple[int, int, str], ...]:
    nt = _light(word)
    view = nt.text
    if len(view) < 3 or ARABIC_WORD_RE.fullmatch(view) is None:
        return ((0, len(word), "word"),)
    pieces = _analyse(view)
    if len(pieces) == 1:
        return ((0, len(word), "word"),)
    out: list[tuple[int, int, str]] = []
    v = 0
    for length, kind in pieces:
        s, e = nt.to_original(v, v + length)
        if out and s < out[-1][1]:
            # the boundary falls inside one original character (a ligature such as ﻵ): merge
            out[-1] = (out[-1][0], e, kind)
        else:
            out.append((s, e, kind))
        v += length
    if len(out) == 1:
        return ((0, len(word), "word"),)
    # characters deleted by normalisation at the edges belong to the first / last piece
    s0, e0, k0 = out[0]
    out[0] = (0, e0, k0)
    s1, _, k1 = out[-1]
    out[-1] = (s1, len(word), k1)
    return tuple(out)


def known_unsplit_word(word: str) -> bool:
    """Is ``word`` a word the corpus lexicon knows (seen >= ``MIN_COUNT`` times) and that the
    clitic rule keeps whole?  («وزارية», «وتيرة»: not و + a name.)"""
    light = light_normalize(word)
    return _lexicon().get(light, 0) >= MIN_COUNT and len(_segment(word)) == 1


def segment_word(word: str) -> list[tuple[int, int, str]]:
    """Clitic segmentation of one orthographic word.

    Returns ``(start, end, kind)`` pieces (kinds ``proclitic``, ``article``, ``word``) with
    code-point offsets into ``word``; the pieces are contiguous and cover the whole word.
    «وبالمفخخات» -> و, ب, ال, مفخخات; «للعراق» -> ل, ل (article), عراق; «سيطرة» stays whole.
    """
    return list(_segment(word))


# -- tokens ------------------------------------------------------------------------------------
def words(text: str) -> list[Token]:
    """Orthographic tokens of ``text`` without clitic splitting.

    Kinds: ``word`` (Arabic), ``number`` (ASCII, Arabic-Indic or Persian digits, with decimal /
    thousands separators), ``latin``, ``punct`` and ``symbol`` (one token per character).  Token
    offsets are code-point indices into ``text``; ``word`` is the token's index in the list.
    """
    scan = _scan(text)
    if scan is None:
        return []
    if isinstance(scan, list):
        return scan
    ostarts, oends, texts, kinds, norms = scan
    return list(map(Token, ostarts, oends, texts, kinds, range(len(ostarts)), norms))


def _scan(text: str) -> Any:
    """Orthographic tokens as parallel lists, ``None`` if there are none, or a list of
    :class:`Token` in the rare case that needs merging (see :func:`_merge_overlaps`)."""
    nt = normalize(text, casefold=True)
    view = nt.text
    # re.split with one capturing group alternates gap, token, gap, token, ...: token positions
    # follow from the running sum of the piece lengths, so every per-token step runs in C
    parts = _SPLIT_RE.split(view)
    if len(parts) == 1:
        return None
    positions = list(accumulate(map(len, parts), initial=0))
    norms = parts[1::2]
    vstarts = positions[1:-1:2]
    vends = positions[2::2]
    ostarts, oends = nt.spans_to_original(vstarts, vends)
    kinds = list(map(_KINDS.__getitem__, norms))
    if not nt.aligned and any(nt._irr_len) and any(map(lt, ostarts[1:], oends)):
        # (only an expansion can put two view tokens inside one original character)
        return _merge_overlaps(text, ostarts, oends, kinds, norms)
    texts = list(map(text.__getitem__, map(slice, ostarts, oends)))
    return ostarts, oends, texts, kinds, norms


_SPLIT_RE = re.compile(
    rf"([{ARABIC_LETTERS}]+|[0-9]+(?:[.,\u066B\u066C][0-9]+)*|[{LATIN_LETTERS}][{LATIN_LETTERS}0-9]*|\S)"
)
_WORD_START = re.compile(f"[{ARABIC_LETTERS}]")
_LATIN_START = re.compile(f"[{LATIN_LETTERS}]")


def _kind_of(token: str) -> str:
    """The kind of a token of the normalized view (``word``, ``number``, ``latin``, ``punct``, ``symbol``)."""
    first = token[0]
    if _WORD_START.match(first):
        return "word"
    if "0" <= first <= "9":
        return "number"
    if _LATIN_START.match(first):
        return "latin"
    return _other_kind(first)


@lru_cache(maxsize=4096)
def _other_kind(ch: str) -> str:
    return "punct" if unicodedata.category(ch)[0] == "P" else "symbol"


_KINDS = TypeCache(_kind_of, 1 << 17)


def _merge_overlaps(
    text: str, ostarts: list[int], oends: list[int], kinds: list[str], norms: list[str]
) -> list[Token]:
    """Tokens when one original character expanded into several view tokens (e.g. ﷺ)."""
    out: list[Token] = []
    prev_end = -1
    for os, oe, kind, norm in zip(ostarts, oends, kinds, norms):
        if os < prev_end:
            last = out.pop()
            os, oe = last.start, max(oe, last.end)
            piece = text[os:oe]
            out.append(Token(os, oe, piece, "word", last.word, normalize_for_search(piece)))
        else:
            out.append(Token(os, oe, text[os:oe], kind, len(out), norm))
        prev_end = oe
    return out


class TokenList(Sequence[Token]):
    """Tokens stored column by column (parallel lists); :class:`Token` objects are made on access.

    An article has about a thousand tokens; keeping them as six lists makes tokenizing, pickling
    (worker processes) and storing cheap.  Offsets are code-point indices into the tokenized text.
    """

    __slots__ = ("starts", "ends", "texts", "kinds", "words", "norms")

    def __init__(self, starts: list[int], ends: list[int], texts: list[str], kinds: list[str],
                 words: list[int], norms: list[str]) -> None:
        self.starts, self.ends, self.texts = starts, ends, texts
        self.kinds, self.words, self.norms = kinds, words, norms

    def _columns(self) -> tuple[list[Any], ...]:
        return (self.starts, self.ends, self.texts, self.kinds, self.words, self.norms)

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return TokenList(*(column[index] for column in self._columns()))
        return Token(*(column[index] for column in self._columns()))

    def __iter__(self) -> Iterator[Token]:
        return map(Token, *self._columns())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, TokenList):
            return self._columns() == other._columns()
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"TokenList({len(self)} tokens)"

    def __reduce__(self) -> Any:
        return (TokenList, self._columns())

    def to_dicts(self) -> list[dict[str, Any]]:
        """The tokens as JSON-ready dicts (``start, end, text, kind, word, norm``)."""
        return [t.to_dict() for t in self]

    @classmethod
    def from_dicts(cls, records: Iterable[Mapping[str, Any]]) -> TokenList:
        rows = [(r["start"], r["end"], r["text"], r["kind"], r["word"], r["norm"]) for r in records]
        if not rows:
            return cls([], [], [], [], [], [])
        return cls(*(list(column) for column in zip(*rows)))


#: letters that can begin a proclitic (و ف ب ك ل س) or the article (ا, ٱ)
_CLITIC_INITIALS = frozenset("\u0648\u0641\u0628\u0643\u0644\u0633\u0627\u0671")
#: a word of plain letters only: its light view is itself, its search view maps letter for letter
_PLAIN_WORD_RE = re.compile("[\u0621-\u063A\u0641-\u064A]+")

_Pieces = tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def _word_pieces(word: str) -> _Pieces | None:
    """Clitic pieces of an orthographic token as columns ``(starts, ends, texts, kinds, norms)``
    (offsets relative to the token), or ``None`` when the token stays whole."""
    first = word[0]
    if first not in _CLITIC_INITIALS and "\u0621" <= first <= "\u064A":
        return None  # a plain letter that begins no proclitic and no article: nothing to split
    if _PLAIN_WORD_RE.fullmatch(word) is not None:
        # fast path: no folding to undo, piece lengths are offsets in the word and in its norm
        if len(word) < 3:
            return None
        analysis = _analyse.__wrapped__(word)  # (cached per word by _pieces already)
        if len(analysis) == 1:
            return None
        ends = tuple(accumulate(length for length, _ in analysis))
        starts = (0,) + ends[:-1]
        norm = normalize_for_search(word)
        return (starts, ends, tuple(map(word.__getitem__, map(slice, starts, ends))),
                tuple(kind for _, kind in analysis), tuple(map(norm.__getitem__, map(slice, starts, ends))))
    segments = _segment(word)
    if len(segments) == 1:
        return None
    return (tuple(s for s, _, _ in segments), tuple(e for _, e, _ in segments),
            tuple(word[s:e] for s, e, _ in segments), tuple(k for _, _, k in segments),
            tuple(normalize_for_search(word[s:e]) for s, e, _ in segments))


_pieces = TypeCache(_word_pieces, 1 << 17)


def word_pieces(word: str) -> _Pieces | None:
    """The clitic pieces :func:`tokenize` splits the orthographic token ``word`` into, as columns
    ``(starts, ends, texts, kinds, norms)`` (offsets into ``word``, ``norms`` in search
    normalization), or ``None`` when it stays whole; cached per word type, so a later reader
    of the same words (the tagger's features) gets the tokenizer's analysis for free."""
    return _pieces[word]


def tokenize(text: str) -> TokenList:
    """Tokens of ``text``: orthographic words with Arabic words split into proclitics, article and stem.

    «وبالمفخخات» gives four tokens (``proclitic`` و, ``proclitic`` ب, ``article`` ال, ``word``
    مفخخات) sharing one ``word`` index.  Offsets are code-point indices into ``text`` and
    ``text[t.start:t.end] == t.text`` for every token.  Returns a :class:`TokenList`.
    """
    scan = _scan(text)
    if scan is None:
        return TokenList([], [], [], [], [], [])
    if isinstance(scan, list):
        columns = ([t.start for t in scan], [t.end for t in scan], [t.text for t in scan],
                   [t.kind for t in scan], [t.norm for t in scan])
        ostarts, oends, texts, kinds, norms = columns
    else:
        ostarts, oends, texts, kinds, norms = scan
    segs = list(map(_pieces.__getitem__, texts))  # None for whole tokens (punctuation, numbers, unsplit words)
    split_at = list(compress(range(len(texts)), segs))
    if not split_at:
        return TokenList(ostarts, oends, texts, kinds, list(range(len(texts))), norms)
    S: list[int] = []
    E: list[int] = []
    X: list[str] = []
    K: list[str] = []
    W: list[int] = []
    N: list[str] = []
    prev = 0
    for i in split_at:  # copy the whole tokens before each split word in slices, then its pieces
        if prev < i:
            S += ostarts[prev:i]
            E += oends[prev:i]
            X += texts[prev:i]
            K += kinds[prev:i]
            W += range(prev, i)
            N += norms[prev:i]
        rel_starts, rel_ends, pieces, piece_kinds, piece_norms = segs[i]  # type: ignore[misc]
        add = ostarts[i].__add__
        S += map(add, rel_starts)
        E += map(add, rel_ends)
        X += pieces
        K += piece_kinds
        W += [i] * len(pieces)
        N += piece_norms
        prev = i + 1
    n = len(texts)
    if prev < n:
        S += ostarts[prev:]
        E += oends[prev:]
        X += texts[prev:]
        K += kinds[prev:]
        W += range(prev, n)
        N += norms[prev:]
    return TokenList(S, E, X, K, W, N)
