"""Institution names by rule: a head noun (وزارة, حزب, المحكمة, ...) and the definite words after it.

«وزارة الداخلية», «وزارة الخارجية الإسبانية», «حزب التجمع», «المحكمة الجزائية المتخصصة»,
«الشرطة الروسية»: organisations the tagger often misses because their words are ordinary
nouns.  The heads and the words that end a name are in ``data/cues.json``
(``institution_heads``, ``institution_stop``).  A name is the head plus up to
:data:`MAX_WORDS` following orthographic words that carry the article (also after the proclitic
ل: «للإغاثة»), with no punctuation in between; a head with the article needs at least one.
Words that can only be adjectives of the head follow the first genitive (and every word after a
head with the article): they agree with it, ending in ة after a feminine head and in a nisba
ending after a masculine one («الدرك التركي»).

Offsets are code-point indices into the text; spans never include a proclitic of the head
(«ووزارة» gives «وزارة»).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

from ..text.tokenize import TokenList
from .cues import cue_entries, cue_words

__all__ = ["InstitutionSpan", "find_institutions", "MAX_WORDS"]

MAX_WORDS = 4
_HEADS = cue_words("institution_heads")
_STOP = cue_words("institution_stop")
_FEMININE_ELATIVES = cue_words("institution_feminine_adjectives")
_STATE_HEADS = cue_words("state_heads")
_COUNTRY_NISBAS = frozenset(row[0] for row in cue_entries("country_nisbas"))
_NESTED_HEADS = _HEADS  # a head inside a name ends it; a state head does not («وزارة الخارجية السودانية»)
_HEADS = _HEADS | _STATE_HEADS
_BREAK = frozenset({"punct", "symbol", "number", "latin"})


@dataclass(frozen=True, slots=True)
class InstitutionSpan:
    """An organisation name found by rule: ``[start, end)`` code-point offsets into the text."""

    start: int
    end: int
    text: str
    type: str = "ORG"
    score: float = 1.0
    source: str = "rule:institution"


def _words(tokens: TokenList) -> list[tuple[int, int, str, str, str]]:
    """Orthographic words as ``(start of the part after proclitics, end, stem norm, article
    norm or "", proclitics norm)``; non-words as ``(start, end, "", "", kind)`` breaks."""
    out: list[tuple[int, int, str, str, str]] = []
    cur = -1
    for s, e, kind, w, norm in zip(tokens.starts, tokens.ends, tokens.kinds, tokens.words, tokens.norms):
        if kind in _BREAK:
            out.append((s, e, "", "", "\0"))
            cur = -1
            continue
        if w != cur:
            cur = w
            out.append((s, e, "", "", ""))
        ws, _we, stem, art, pro = out[-1]
        if kind == "proclitic":
            out[-1] = (e, e, stem, art, pro + norm)
        elif kind == "article":
            out[-1] = (ws, e, stem, art + norm, pro)
        else:
            out[-1] = (ws, e, stem + norm, art, pro)
    return out


_TA = "\u0647"  # ة after normalization
_NISBA_ENDINGS = ("\u064a", "\u064a\u0646", "\u064a\u0648\u0646")  # ي, ين, ون after ي


def _agrees(stem: str, feminine: bool) -> bool:
    """Can ``stem`` (normalized, without the article) be an adjective of a feminine / masculine head?
    Feminine: it ends in ة or is a feminine elative (العليا، الكبرى); masculine: a nisba (ي, يين, يون)."""
    if feminine:
        return stem.endswith(_TA) or stem in _FEMININE_ELATIVES
    return stem.endswith(_NISBA_ENDINGS)


def _country_nisba(words: list[tuple[int, int, str, str, str]], feminine: bool) -> bool:
    """Is the first of ``words`` a definite country nisba agreeing with the head (البريطانية)?"""
    if not words or not words[0][3] or words[0][4] not in ("", "ل"):
        return False
    stem = words[0][2]
    if feminine:
        if not stem.endswith(_TA):
            return False
        stem = stem[:-1]
    return stem in _COUNTRY_NISBAS


def _after_definite_word(tokens: TokenList, first: int) -> bool:
    """Does the word before token ``first`` carry the article (nothing but space between)?"""
    if first == 0 or tokens.kinds[first - 1] in _BREAK:
        return False
    w = tokens.words[first - 1]
    k = first - 1
    while k > 0 and tokens.words[k - 1] == w:
        k -= 1
    return "article" in tokens.kinds[k:first] and tokens.kinds[first] != "proclitic"


def find_institutions(text: str, tokens: TokenList) -> list[InstitutionSpan]:
    """Institution names in ``text`` (tokenized as ``tokens``), in text order."""
    norms = tokens.norms
    if _HEADS.isdisjoint(norms):
        return []
    kinds, widx = tokens.kinds, tokens.words
    found: list[InstitutionSpan] = []
    taken_until = -1
    n_tokens = len(norms)
    for t in compress(range(n_tokens), map(_HEADS.__contains__, norms)):
        if kinds[t] != "word" or tokens.starts[t] < taken_until:
            continue
        first = t  # the head word's first token, then the window of the words after it
        while first > 0 and widx[first - 1] == widx[t]:
            first -= 1
        last = t + 1
        while last < n_tokens and widx[last] <= widx[t] + MAX_WORDS:
            last += 1
        if norms[t] in _STATE_HEADS and _after_definite_word(tokens, first):
            continue  # an adjective: «السياسة الخارجية الأمريكية»
        span = _span_at_head(text, _words(tokens[first:last]))
        if span is not None:
            found.append(span)
            taken_until = span.end
    return found


def _span_at_head(text: str, words: list[tuple[int, int, str, str, str]]) -> InstitutionSpan | None:
    """The institution name starting at ``words[0]`` (a head word), or ``None``."""
    ws, we, stem, art, pro = words[0]
    if pro == "\0" or stem not in _HEADS or pro not in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"):
        return None
    n = len(words)
    j = 1
    end = we
    feminine = stem.endswith(_TA) or stem.endswith("\u0627\u062a")  # ة, or the plural ات
    if stem in _STATE_HEADS and not (art and _country_nisba(words[1:2], feminine)):
        return None  # «الحكومة البريطانية», not «الحكومة الجديدة», «حكومة الإقليم»
    while j < n and j <= MAX_WORDS:
        s2, e2, stem2, art2, pro2 = words[j]
        if pro2 not in ("", "ل") or not art2 or art2 + stem2 in _STOP or stem2 in _NESTED_HEADS:
            break
        if (art or j > 1) and not _agrees(stem2, feminine):
            break  # an adjective of the head: «المحكمة الجزائية المتخصصة» but not «... الحكم»
        end = e2
        j += 1
    return InstitutionSpan(ws, end, text[ws:end]) if j > 1 else None
