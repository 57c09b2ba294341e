"""Words of a normalized view and phrase lookup that sees through proclitics and the article.

A text word matches a lexicon word when, after taking off the conjunction و / ف, a preposition
ب / ل / ك and the article ال (or the ل of «لل»), it equals the lexicon word with or without its own
article: «فأحكموا» ~ «أحكموا», «بالمفخخات» ~ «مفخخات», «للثأر» ~ «الثأر».  Everything here works on
the normalized view (:func:`marsad.text.normalize.normalize`); offsets are code-point indices into
the string given.  Nothing here knows about documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..text.normalize import normalize

__all__ = ["Word", "PhraseIndex", "Hit", "norm", "split_words", "variants", "strip_article", "clitic_length"]

_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3A-Za-z0-9]+")


def norm(phrase: str) -> str:
    """The normalized view of a lexicon entry, inner whitespace collapsed."""
    return " ".join(normalize(phrase).text.split())


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a view: ``[start, end)`` offsets into the view and its ``form``."""

    start: int
    end: int
    form: str


def split_words(view: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of ``view[start:end]`` (offsets into ``view``)."""
    return [Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(view, start, len(view) if end is None else end)]


def strip_article(word: str) -> str:
    """``word`` without a leading ال (kept when what remains would be under two letters)."""
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


@lru_cache(maxsize=65536)
def variants(word: str) -> tuple[str, ...]:
    """``word`` and its forms with proclitics (و ف, then ب ل ك) and the article taken off."""
    out: list[str] = []
    for conj in ("", "و", "ف"):
        if conj and not word.startswith(conj):
            continue
        r1 = word[len(conj):]
        for prep in ("", "ب", "ل", "ك"):
            if prep and not r1.startswith(prep):
                continue
            r2 = r1[len(prep):]
            cands = [r2, strip_article(r2)]
            if prep == "ل" and r2.startswith("ل") and len(r2) > 3:  # لل = ل + (ا)ل
                cands.append(r2[1:])
            for c in cands:
                if len(c) >= 2 and c not in out:
                    out.append(c)
    return tuple(out)


def clitic_length(word: str, entry: str) -> int:
    """How many leading letters of the view ``word`` are proclitics before the lexicon ``entry``'s
    first word: «والصليبيين» for «الصليبيين» 1, «بالمفخخات» for «مفخخات» 1 (the article stays with
    the word), «فاحكموا» for «أحكموا» 1; 0 when the entry does not end the word."""
    first = norm(entry).split()[0] if entry.strip() else ""
    for lex in (first, strip_article(first)):
        if lex and word.endswith(lex):
            n = len(word) - len(lex)
            return n - 2 if word[:n].endswith("ال") else n
    return 0


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon phrase found at words ``[first, last]``; ``entry`` is the phrase as listed."""

    first: int
    last: int
    entry: str
    payload: Any


class PhraseIndex:
    """Lexicon phrases (one or more words) looked up in a list of :class:`Word`."""

    def __init__(self, phrases: Iterable[tuple[str, Any]]) -> None:
        """``phrases``: ``(phrase in ordinary spelling, payload)``; payloads come back in hits."""
        self._first: dict[str, list[tuple[tuple[str, ...], str, Any]]] = {}
        for phrase, payload in phrases:
            ws = tuple(norm(phrase).split())
            if not ws:
                continue
            for key in {ws[0], strip_article(ws[0])}:
                self._first.setdefault(key, []).append((ws[1:], phrase, payload))
        for cands in self._first.values():
            cands.sort(key=lambda c: -len(c[0]))

    def __bool__(self) -> bool:
        return bool(self._first)

    @staticmethod
    def _same(lex: str, word: str) -> bool:
        vs = variants(word)
        return lex in vs or strip_article(lex) in vs

    def at(self, words: Sequence[Word], i: int) -> Hit | None:
        """The longest phrase starting at word ``i``, or ``None``."""
        for v in variants(words[i].form):
            for rest, entry, payload in self._first.get(v, ()):
                n = len(rest)
                if i + n < len(words) and all(self._same(r, words[i + 1 + k].form) for k, r in enumerate(rest)):
                    return Hit(i, i + n, entry, payload)
        return None

    def find(self, words: Sequence[Word]) -> list[Hit]:
        """Every non-overlapping longest hit, left to right."""
        out: list[Hit] = []
        i = 0
        while i < len(words):
            hit = self.at(words, i)
            if hit is None:
                i += 1
            else:
                out.append(hit)
                i = hit.last + 1
        return out
