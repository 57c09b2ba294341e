"""Sentence and paragraph splitting for Arabic news, as stand-off spans.

Takes the original text and returns :class:`Sentence` values whose ``start``/``end`` are
code-point indices into that text (end-exclusive), so ``text[s.start:s.end] == s.text``
always holds.  The text is never rewritten.  Stdlib only; imports nothing else of marsad.

Rules (documented choices):

* A **line break** always ends a sentence (and a paragraph).  News paragraphs are one line
  each, and the headline lines at the top of an article carry no final punctuation.
  Hard-wrapped lines therefore split a sentence in two; this is the price of never
  gluing a headline onto the lead.
* A sentence ends after a run of ``.``, ``!``, ``?``, ``؟``, ``…`` (``..`` and ``...`` too),
  plus any closing quotes/brackets that follow it (``وأنصارها"؟`` and ``للثأر."``), when the
  run is followed by whitespace or the end of the line.  ``؟``/``!``/``?`` and a ``.`` after
  a word of 3+ letters also end a sentence when the next Arabic word is glued on without a
  space (a frequent typo: ``الباغوز.وقال``).
* The Arabic comma ``،`` and the **semicolon** ``؛``/``;`` never end a sentence: in Arabic
  news the semicolon joins a clause to its cause or consequence (``لم يجدوا تعاطفًا؛ لأن``),
  so it stays inside.  The colon does not end a sentence either.
* No split on decimal points (``3.5``, ``٣٫٥``), on dots inside URLs / e-mail addresses
  (there is no whitespace after them), after a single letter (``د. محمد``, ``أ. ف. ب``,
  ``U. S.``), after dotted abbreviations (``أ.ف.ب.``, ``U.S.``), after common Latin titles
  (``Dr.``, ``Mr.``, ``etc.``), or after a bare list number at the start of a line (``1.``).
* **Quotations.**  Quote regions are tracked per line («…», “…”, "…", and '…' when the
  apostrophe stands at a word edge).  A full stop inside a quotation ends a sentence only if
  the quotation holds at least ``MIN_QUOTE_WORDS`` words both before and after it, i.e. a
  quotation of several real sentences (``"… غزوة للثأر. فأحكموا …"``) is split at its inner
  full stops, while a short quotation in mid-sentence is never split.  The split sentences
  then carry one unbalanced quote mark each; pass ``split_quotes=False`` to keep every
  quotation whole (balanced quotes, longer sentences).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences", "paragraphs", "MIN_QUOTE_WORDS"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or paragraph): ``text[start:end] == self.text``; code-point offsets."""

    start: int
    end: int
    text: str


#: Minimum words on each side of a full stop inside a quotation for it to end a sentence.
MIN_QUOTE_WORDS = 3

# Characters trimmed from both ends of a sentence: whitespace, bidi marks, zero-width chars.
_TRIM = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + (
    "\u200b\u200c\u200d\u200e\u200f\ufeff\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\u061c"
)

_LINE_RE = re.compile(r"[^\n\r\x0b\x0c\x85\u2028\u2029]+")
# A run of terminators with the closing quotes/brackets that follow (and may be followed by
# more terminators: `"؟`), then whitespace / end of line, or a glued Arabic letter.
_BOUNDARY_RE = re.compile(
    r"[.!?؟…]+(?:[\"'”’»)\]}›]+[.!?؟…]*)*(?=(\s|$)|([\u0621-\u064A\u0671-\u06D3]))"
)
_QUOTE_RE = re.compile(r"[«»“”„\"'‘’‹›]")
_WORD_CHAR = re.compile(r"\w")
_TOKEN_STOP = frozenset(" \t\xa0([{«“\"'‘\u200f\u200e")
_DOTTED_ABBR_RE = re.compile(r"^(?:\w{1,2}\.)+\w{1,2}$")
_LIST_NUM_RE = re.compile(r"^\s*[0-9٠-٩۰-۹]{1,2}$")
_LATIN_ABBR = frozenset(
    "mr mrs ms dr prof st jr sr gen col lt sgt capt maj adm gov sen rep vs etc no nos "
    "fig al inc ltd co corp dept univ approx e.g i.e a.m p.m".split()
)
_ARABIC_LETTERS = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
_ARABIC_WORD_RE = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")


def _trimmed(text: str, start: int, end: int) -> Sentence | None:
    seg = text[start:end]
    stripped = seg.strip(_TRIM)
    if not stripped:
        return None
    lead = len(seg) - len(seg.lstrip(_TRIM))
    s = start + lead
    return Sentence(s, s + len(stripped), stripped)


def paragraphs(text: str) -> list[Sentence]:
    """Split ``text`` into paragraphs: the non-blank lines, trimmed.

    Takes the original text; returns :class:`Sentence` values in order with code-point
    offsets into ``text`` (``text[p.start:p.end] == p.text``).  A paragraph is a block
    separated by line breaks or blank lines (news articles put one paragraph per line).
    """
    out: list[Sentence] = []
    for m in _LINE_RE.finditer(text):
        p = _trimmed(text, m.start(), m.end())
        if p is not None:
            out.append(p)
    return out


def _quote_regions(line: str) -> list[tuple[int, int]]:
    """Outermost quotation regions of one line as ``(open_index, close_index_exclusive)``."""
    regions: list[tuple[int, int]] = []
    stack: list[str] = []
    open_at = -1
    n = len(line)
    for m in _QUOTE_RE.finditer(line):
        c = m.group()
        i = m.start()
        if c in "'‘’":
            before = line[i - 1] if i else " "
            after = line[i + 1] if i + 1 < n else " "
            if _WORD_CHAR.match(before) and _WORD_CHAR.match(after):
                continue  # apostrophe inside a word: don't, O'Brien
        if c in "«“„‹" or (c == "‘"):
            stack.append(c)
        elif c in "»”›" or c == "’":
            if stack:
                stack.pop()
            else:
                continue
        else:  # symmetric " or '
            if stack and stack[-1] == c:
                stack.pop()
            else:
                if c == "'":
                    before = line[i - 1] if i else " "
                    if _WORD_CHAR.match(before):
                        continue  # trailing apostrophe with nothing open: ignore
                stack.append(c)
        if len(stack) == 1 and open_at < 0:
            open_at = i
        elif not stack and open_at >= 0:
            regions.append((open_at, i + 1))
            open_at = -1
    if open_at >= 0:
        regions.append((open_at, n))
    return regions


def _prev_token(line: str, pos: int) -> str:
    """The run of non-space characters that ends at ``pos`` (opening brackets/quotes cut it)."""
    i = pos
    while i > 0 and line[i - 1] not in _TOKEN_STOP and not line[i - 1].isspace():
        i -= 1
    return line[i:pos]


def _is_abbreviation(line: str, pos: int) -> bool:
    """Is the single ``.`` at ``line[pos]`` an abbreviation / initial, not a full stop?"""
    tok = _prev_token(line, pos)
    if not tok:
        return False
    if len(tok) == 1 and tok.isalpha():
        return True  # د. ، أ. ف. ب ، U. S.
    if _DOTTED_ABBR_RE.match(tok):
        return True  # أ.ف.ب. ، U.S.
    if tok.lower() in _LATIN_ABBR:
        return True
    if _LIST_NUM_RE.match(line[:pos]):
        return True  # "1. " list marker at line start
    return False


def _split_line(text: str, lstart: int, lend: int, split_quotes: bool, out: list[Sentence]) -> None:
    line = text[lstart:lend]
    regions: list[tuple[int, int]] | None = None
    seg_start = 0
    for m in _BOUNDARY_RE.finditer(line):
        run = m.group()
        b = m.end()
        glued = m.group(2) is not None
        if run == ".":
            if glued:
                # "الباغوز.وقال": only after a word of 3+ letters, before a 2+ letter word
                prev = _prev_token(line, m.start())
                nxt = _ARABIC_WORD_RE.match(line, b)
                if not (len(prev) >= 3 and prev.isalpha() and _ARABIC_LETTERS.match(prev[-1])
                        and nxt and len(nxt.group()) >= 2):
                    continue
            elif _is_abbreviation(line, m.start()):
                continue
        elif glued and not any(c in "!?؟" for c in run):
            continue  # "..." glued to a word: leave it
        # inside a quotation?
        if regions is None:
            regions = _quote_regions(line)
        inside = None
        for qs, qe in regions:
            if qs < m.start() and b < qe:
                inside = (qs, qe)
                break
            if qs > b:
                break
        if inside is not None:
            if not split_quotes:
                continue
            qs, qe = inside
            if (len(line[max(qs + 1, seg_start):m.start()].split()) < MIN_QUOTE_WORDS
                    or len(line[b:qe].split()) < MIN_QUOTE_WORDS):
                continue
        s = _trimmed(text, lstart + seg_start, lstart + b)
        if s is not None:
            out.append(s)
        seg_start = b
    s = _trimmed(text, lstart + seg_start, lend)
    if s is not None:
        out.append(s)


def split_sentences(text: str, *, split_quotes: bool = True) -> list[Sentence]:
    """Split ``text`` into sentences.

    Takes the original article text; returns :class:`Sentence` values, in order,
    non-overlapping, non-empty, trimmed of whitespace, with ``start``/``end`` code-point
    offsets into ``text`` so that ``text[s.start:s.end] == s.text``.  See the module
    docstring for the rules; ``split_quotes=False`` never splits inside a quotation.
    """
    out: list[Sentence] = []
    for m in _LINE_RE.finditer(text):
        _split_line(text, m.start(), m.end(), split_quotes, out)
    return out
