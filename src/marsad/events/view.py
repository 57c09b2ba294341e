"""A word-level view of a document for the event rules: stems, clitics, offsets, layers by word.

:func:`build_view` groups the token layer into orthographic words (``Word``: the original
``[start, end)`` code-point offsets, the folded stem, the proclitics, whether it has the article)
and maps the sentences, entity mentions, time expressions, numbers and quotations of the
document onto word indices, so every rule can count words.  Offsets stay code-point indices
into ``Document.text``; nothing is rewritten.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model import Document
from ..text.tokenize import TokenList, tokenize

__all__ = ["Word", "Mention", "TimeRef", "NumberRef", "QuoteRef", "View", "build_view"]

_PUNCT_CLAUSE = frozenset("،,;؛:.!؟?()[]«»\"“”-–—\n")


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    stem: str
    procs: tuple[str, ...]
    article: bool
    norm: str  # the whole word folded (proclitics included)
    kind: str  # word | number | punct | latin | symbol


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention on words ``[w0, w1)``; ``record`` is the entity layer record (a dict)."""

    w0: int
    w1: int
    start: int
    end: int
    text: str
    record: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class TimeRef:
    w0: int
    w1: int
    span: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class NumberRef:
    w0: int
    w1: int
    span: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class QuoteRef:
    w0: int
    w1: int
    record: Mapping[str, Any]


@dataclass
class View:
    text: str
    words: list[Word]
    stems: list[str]
    starts: list[int]
    sentences: list[tuple[int, int, int, int]]  # (w0, w1, start, end)
    mentions: list[Mention]
    times: list[TimeRef]
    numbers: list[NumberRef]
    quotes: list[QuoteRef]
    #: the first word of each piece of a run-on sentence (:func:`_run_on_clauses`) -> the sentence's first word
    run_on: dict[int, int] = field(default_factory=dict)
    #: document-wide values computed once (:meth:`memo`)
    _memo: dict[str, Any] = field(default_factory=dict)

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """``compute()`` the first time ``key`` is asked for in this document, the stored value after."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def word_at(self, offset: int) -> int:
        """Index of the word containing (or first after) code point ``offset``."""
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.words[i].end > offset:
            return i
        return max(0, i + 1)

    def word_range(self, start: int, end: int) -> tuple[int, int]:
        """Words ``[w0, w1)`` overlapping ``[start, end)`` (at least one word, never past the
        last: a sentence of marks alone after the last word, «0\\nؐ», is the empty range at the end)."""
        n = len(self.words)
        w0 = min(self.word_at(start), n)
        w1 = bisect_left(self.starts, end)
        return w0, min(max(w0 + 1, w1), n)

    def is_clause_break(self, i: int) -> bool:
        w = self.words[i]
        return w.kind in ("punct", "symbol") and w.stem in _PUNCT_CLAUSE

    def clause(self, i: int, lo: int, hi: int) -> tuple[int, int]:
        """The clause of word ``i`` within ``[lo, hi)``: between punctuation marks."""
        a = i
        while a > lo and not self.is_clause_break(a - 1):
            a -= 1
        b = i + 1
        while b < hi and not self.is_clause_break(b):
            b += 1
        return a, b


def _as_dict(record: Any) -> Mapping[str, Any]:
    return record.to_dict() if hasattr(record, "to_dict") else record


def _words(tokens: TokenList) -> list[Word]:
    out: list[Word] = []
    cur: list[int] = []
    S, E, K, W, N = tokens.starts, tokens.ends, tokens.kinds, tokens.words, tokens.norms

    def flush() -> None:
        if not cur:
            return
        procs = tuple(N[j] for j in cur if K[j] == "proclitic")
        article = any(K[j] == "article" for j in cur)
        body = [j for j in cur if K[j] not in ("proclitic", "article")]
        last = body[-1] if body else cur[-1]
        out.append(Word(S[cur[0]], E[cur[-1]], N[last], procs, article,
                        "".join(N[j] for j in cur), K[last]))

    prev = None
    for j in range(len(S)):
        if W[j] != prev:
            flush()
            cur = []
            prev = W[j]
        cur.append(j)
    flush()
    return out


def build_view(doc: Document) -> View:
    """The :class:`View` of ``doc`` (uses its token, sentence, entity, time, number and quote layers)."""
    tokens = doc.tokens
    if not isinstance(tokens, TokenList):
        tokens = tokenize(doc.text)
    words = _words(tokens)
    view = View(doc.text, words, [w.stem for w in words], [w.start for w in words], [], [], [], [], [])
    if not words:
        return view
    sents = doc.sentences or ()
    if sents:
        for s in sents:
            w0, w1 = view.word_range(s.start, s.end)
            view.sentences.extend(_run_on_clauses(view, w0, w1, s.start, s.end))
    else:
        view.sentences.append((0, len(words), 0, len(doc.text)))
    for ent in doc.entities:
        rec = _as_dict(ent)
        for m in rec.get("mentions", ()):
            w0, w1 = view.word_range(m["start"], m["end"])
            view.mentions.append(Mention(w0, w1, m["start"], m["end"], m["text"], rec))
    view.mentions.sort(key=lambda m: (m.start, -m.end))
    for t in doc.times:
        d = _as_dict(t)
        w0, w1 = view.word_range(d["start"], d["end"])
        view.times.append(TimeRef(w0, w1, d))
    for n in doc.layer("numbers"):
        d = _as_dict(n)
        w0, w1 = view.word_range(d["start"], d["end"])
        view.numbers.append(NumberRef(w0, w1, d))
    for q in doc.layer("quotes"):
        d = _as_dict(q)
        w0, w1 = view.word_range(d["start"], d["end"])
        view.quotes.append(QuoteRef(w0, w1, d))
    return view


#: a sentence of at least this many words is a run-on report («... ، في حين استهدفت الفصائل ...، بينما
#: ألقى الطيران المروحي ...»: the Syrian Observatory's round-ups) that clause openers split
RUN_ON_WORDS = 50
#: ... and holds at least this many comma-led clause openers (a round-up lists several items)
RUN_ON_ITEMS = 3
#: words that, after a comma, open the next item of a run-on report (normalized stems)
_RUN_ON_OPENERS = frozenset({"بينما", "كذلك", "كما", "ايضا", "فيما"})


def _run_on_clauses(view: View, w0: int, w1: int, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """Sentence ``[w0, w1)`` as ``(w0, w1, start, end)`` pieces: whole, or, when it is a run-on
    report of :data:`RUN_ON_WORDS` words or more with :data:`RUN_ON_ITEMS` items or more, cut before
    each comma-led clause opener
    («، في حين», «، بينما», «، كذلك», «، كما», «، أيضاً», «، فيما»)."""
    if w1 - w0 < RUN_ON_WORDS:
        return [(w0, w1, start, end)]
    cuts = [k for k in range(w0 + 1, w1 - 1)
            if view.words[k - 1].kind == "punct" and view.words[k - 1].stem in ("،", ",")
            and (view.stems[k] in _RUN_ON_OPENERS or (view.stems[k] == "في" and view.stems[k + 1] == "حين"))]
    if len(cuts) < RUN_ON_ITEMS:
        return [(w0, w1, start, end)]
    bounds = [w0, *cuts, w1]  # (the cuts lie strictly inside the sentence, in order)
    for a in bounds[:-1]:
        view.run_on[a] = w0
    return [(a, k, start if a == w0 else view.words[a].start, end if k == w1 else view.words[k - 1].end)
            for a, k in zip(bounds, bounds[1:])]


def sentence_of(view: View, i: int) -> tuple[int, int, int, int]:
    """The sentence ``(w0, w1, start, end)`` containing word ``i``."""
    for s in view.sentences:
        if s[0] <= i < s[1]:
            return s
    return (0, len(view.words), 0, len(view.text))


def mentions_in(view: View, lo: int, hi: int) -> Sequence[Mention]:
    return [m for m in view.mentions if lo <= m.w0 and m.w1 <= hi]
