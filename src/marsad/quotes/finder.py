"""Find quotations on the normalized view: quotation-mark regions, cues, content clauses.

Everything here works on the *view* (``NormalizedText.text``: diacritics removed, hamza forms,
alef maqsura and ta marbuta folded, tatweel and bidi marks removed); offsets are code-point
indices into that view.  :mod:`marsad.quotes.stage` maps them back to ``Document.text``.

The finder returns :class:`Draft` values: the content span, the cue span and the *frame* (the
words between the cue and the content, where the speaker, addressee and medium are stated).
:mod:`marsad.quotes.speaker` resolves those.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..text.sentences import split_sentences
from .lexicon import CueVerb, Lexicon, lexicon

__all__ = ["Draft", "Region", "View", "find_drafts", "quote_regions"]

_WORD_RE = re.compile(r"\w+")
_OPEN_CLOSE = {"«": "»", "“": "”", "„": "”", "‹": "›", "‘": "’"}
_CLOSE_OPEN = {v: k for k, v in _OPEN_CLOSE.items() if k != "„"}
_MARKS = set("«»“”„‹›‘’\"'")
_LINE_RE = re.compile(r"[^\n\r\u2028\u2029]+")
#: after a comma, words that start the reporter's comment or background (وهو ما، وكانت ... قد)
_BACKGROUND = frozenset({"وهذا", "وهو", "وهي", "وكان", "وكانت", "وكانوا", "يذكر", "ويذكر", "يشار", "ويشار"})
#: relative pronouns: a cue after one needs a content clause, its speaker is the antecedent
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللذان", "اللتان", "اللواتي", "اللاتي"})
#: a content clause never runs past this many words
MAX_CONTENT_WORDS = 120
#: how many words after a cue its content may start
FRAME_WORDS = 28


@dataclass(frozen=True, slots=True)
class Region:
    """A quotation-mark region: ``outer`` includes the marks, ``inner`` does not (view offsets)."""

    outer_start: int
    inner_start: int
    inner_end: int
    outer_end: int
    closed: bool


@dataclass
class Draft:
    """A quotation found on the view (offsets into the view)."""

    start: int
    end: int
    kind: str  # direct | indirect | mixed
    cue_start: int
    cue_end: int
    verb: CueVerb | None  # None for attribution phrases (بحسب ...)
    participle: bool
    rule: str
    frame_start: int  # first view offset of the frame (after the cue)
    frame_end: int  # end of the frame (content start, or for a final attribution the NP end)
    attribution: bool = False  # «...، بحسب X»: the speaker follows the cue
    before_cue: bool = False  # «"..."، قال X»: the speaker follows the cue, the content precedes it
    sentence: tuple[int, int] = (0, 0)
    extra: dict = field(default_factory=dict)


@dataclass
class View:
    """The view text with its words, quotation regions and sentences (all view offsets)."""

    text: str
    words: list[tuple[int, int, str]]
    starts: list[int]
    regions: list[Region]
    sentences: list[tuple[int, int]]
    sent_starts: list[int]

    @classmethod
    def build(cls, text: str) -> View:
        words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]
        sents = [(s.start, s.end) for s in split_sentences(text, split_quotes=False)]
        return cls(text, words, [w[0] for w in words], quote_regions(text), sents,
                   [s for s, _ in sents])

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.sent_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i][1]:
            return self.sentences[i]
        return (pos, pos)

    def word_index(self, pos: int) -> int:
        """Index of the first word starting at or after ``pos``."""
        return bisect_left(self.starts, pos)

    def gap(self, k: int) -> str:
        """The text between word ``k - 1`` and word ``k``."""
        prev_end = self.words[k - 1][1] if k > 0 else 0
        return self.text[prev_end:self.words[k][0]]

    def region_at(self, pos: int) -> Region | None:
        """The region whose outer span contains ``pos``."""
        for r in self.regions:
            if r.outer_start <= pos < r.outer_end:
                return r
            if r.outer_start > pos:
                return None
        return None

    def region_opening_in(self, a: int, b: int) -> Region | None:
        """The region whose opening mark lies in ``[a, b)``."""
        for r in self.regions:
            if a <= r.outer_start < b:
                return r
            if r.outer_start >= b:
                return None
        return None

    def n_words(self, a: int, b: int) -> int:
        return bisect_left(self.starts, b) - bisect_left(self.starts, a)


def _word_char(ch: str) -> bool:
    return ch.isalnum()


def quote_regions(text: str) -> list[Region]:
    """Outermost quotation regions of ``text`` (view offsets), line by line.

    «...», “...”, "...", '...' (at word edges) and reversed »...« / ”...“; an opening mark with
    no closing one on its line runs to the line's end; such a region is continued by the next
    line when that line opens with the same mark (a quotation over several paragraphs).
    """
    out: list[Region] = []
    for lm in _LINE_RE.finditer(text):
        ls, le = lm.start(), lm.end()
        stack: list[tuple[str, int]] = []  # (expected closer, position)
        for i in range(ls, le):
            c = text[i]
            if c not in _MARKS:
                continue
            before = text[i - 1] if i > ls else " "
            after = text[i + 1] if i + 1 < le else " "
            if c == "'" or c in "‘’":
                if _word_char(before) and _word_char(after):
                    continue  # an apostrophe inside a word
            expected = stack[-1][0] if stack else ""
            if c in expected:
                _, pos = stack.pop()
                if not stack:
                    out.append(Region(pos, pos + 1, i, i + 1, True))
                continue
            if c in _OPEN_CLOSE:
                if stack and _OPEN_CLOSE[c] in expected:
                    continue  # the same mark again while open: no nesting of one style
                stack.append((_OPEN_CLOSE[c], i))
            elif c in _CLOSE_OPEN:  # a closer with nothing open: a reversed pair » ... « (or » ... »)
                if stack:
                    continue
                stack.append((_CLOSE_OPEN[c] + c, i))
            else:  # symmetric " or '
                if c == "'" and _word_char(before):
                    continue
                stack.append((c, i))
        if stack:
            pos = stack[0][1]
            end = le
            while end > pos + 1 and text[end - 1].isspace():
                end -= 1
            if end - pos > 1:
                out.append(Region(pos, pos + 1, end, end, False))
    # an unclosed region continued by the next line opening with the same mark
    merged: list[Region] = []
    for r in out:
        if merged and not merged[-1].closed:
            prev = merged[-1]
            between = text[prev.outer_end:r.outer_start]
            if between.strip() == "" and between.count("\n") <= 2 and text[r.outer_start] == text[prev.outer_start]:
                merged[-1] = Region(prev.outer_start, prev.inner_start, r.inner_end, r.outer_end, r.closed)
                continue
        merged.append(r)
    return merged


# -- cue detection -------------------------------------------------------------------------
def _strip_conj(key: str) -> tuple[str, int]:
    """``key`` without a leading conjunction و / ف (and the number of letters stripped)."""
    if len(key) > 3 and key[0] in "وف":
        return key[1:], 1
    return key, 0


@dataclass(frozen=True, slots=True)
class _Cue:
    k0: int  # first word index
    k1: int  # index after the last word
    start: int  # view offset of the cue (after a conjunction)
    end: int
    verb: CueVerb | None
    participle: bool
    attribution: str | None  # the attribution phrase key
    glued: int  # letters of the next word glued to the cue (وفقا لشبكة: 1)


def _find_cues(view: View, lex: Lexicon) -> list[_Cue]:
    words = view.words
    out: list[_Cue] = []
    n = len(words)
    k = 0
    while k < n:
        s, e, key = words[k]
        found = None
        nxt = words[k + 1][2] if k + 1 < n else ""
        for cand, strip in ((key, 0), _strip_conj(key)):
            if strip and cand == key:
                continue
            # two-word attribution phrases first (وفقا ل..., حسبما ذكر, نقلا عن)
            if nxt:
                two = cand + " " + nxt
                if two in lex.attributions and not _crosses(view, k):
                    found = _Cue(k, k + 2, s + strip, words[k + 1][1], None, False, two, 0)
                    break
                if nxt.startswith("ل") and len(nxt) > 2 and cand + " ل" in lex.attributions \
                        and not _crosses(view, k):
                    found = _Cue(k, k + 2, s + strip, e, None, False, cand + " ل", 1)
                    break
                if two in lex.cue_forms and not _crosses(view, k):
                    verb, part = lex.cue_forms[two]
                    found = _Cue(k, k + 2, s + strip, words[k + 1][1], verb, part, None, 0)
                    break
            if cand in lex.attributions and key != "فحسب":
                found = _Cue(k, k + 1, s + strip, e, None, False, cand, 0)
                break
            if cand in lex.cue_forms:
                verb, part = lex.cue_forms[cand]
                found = _Cue(k, k + 1, s + strip, e, verb, part, None, 0)
                break
        if found is not None and not _narration(view, k, lex):
            out.append(found)
            k = found.k1
            continue
        k += 1
    return out


def _crosses(view: View, k: int) -> bool:
    """Is there punctuation between word ``k`` and word ``k + 1``?"""
    return bool(view.gap(k + 1).strip())


def _narration(view: View, k: int, lex: Lexicon) -> bool:
    """Is word ``k`` part of a narration phrase (يشار إلى أن، تجدر الإشارة ...)?"""
    words = view.words
    for back in (0, 1, 2):
        i = k - back
        if i < 0:
            break
        for length in (1, 2, 3):
            if i + length > len(words):
                break
            phrase = " ".join(_strip_conj(w[2])[0] if j == 0 else w[2]
                              for j, w in enumerate(words[i:i + length]))
            if phrase in lex.narration and i + length > k:
                return True
    return False


# -- content --------------------------------------------------------------------------------
def _is_participle_shape(key: str) -> bool:
    """«مُتعهدًا», «محملا»: an adverbial participle (م... ending in ا), five letters or more."""
    return len(key) >= 5 and key[0] == "م" and key[-1] == "ا"


def _clause_end(view: View, start: int, sent_end: int, lex: Lexicon, cue_starts: set[int]) -> int:
    """Where a content clause starting at ``start`` ends: the sentence end, or a comma before a
    new cue / participle / attribution, or a conjunction glued to a new cue verb."""
    text = view.text
    k = view.word_index(start)
    words = view.words
    end = sent_end
    count = 0
    while k < len(words) and words[k][0] < sent_end:
        ws, we, key = words[k]
        count += 1
        if count > MAX_CONTENT_WORDS:
            end = words[k - 1][1]
            break
        if ws > start:
            gap = view.gap(k)
            comma = "،" in gap or "," in gap or "؛" in gap
            stripped, _ = _strip_conj(key)
            new_cue = ws in cue_starts or (ws + 1) in cue_starts
            if comma and (new_cue or _is_participle_shape(stripped) or key in _BACKGROUND):
                end = words[k - 1][1]
                break
            if new_cue and key[0] == "و" and stripped in lex.cue_forms and not lex.cue_forms[stripped][1]:
                end = words[k - 1][1]
                break
            if "\n" in gap:
                end = words[k - 1][1]
                break
        k += 1
    # never end inside a quotation region: extend to its closing mark
    r = view.region_at(max(start, end - 1))
    if r is not None and r.outer_start >= start and r.outer_end > end:
        end = r.outer_end
    elif r is not None and r.outer_start < start < r.outer_end and r.outer_end > end:
        end = r.inner_end
    return _trim_end(text, start, end)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,؛;:!?؟…-–—"):
        end -= 1
    # an unbalanced closing mark at the end (its opener is before the span) is not ours
    if end > start and text[end - 1] in "»”\"'’" and not any(c in _MARKS for c in text[start:end - 1]):
        end -= 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,؛;:"):
            end -= 1
    return end


def _trim_start(text: str, start: int, end: int) -> int:
    while start < end and (text[start].isspace() or text[start] in ".،,؛;:-–—"):
        start += 1
    return start


def _content(view: View, start: int, sent_end: int, lex: Lexicon, cue_starts: set[int]
             ) -> tuple[int, int, str]:
    """A content clause from ``start``: (start, end, kind).  A clause that is one quotation is
    direct (marks excluded); one that contains a quotation is mixed."""
    text = view.text
    start = _trim_start(text, start, sent_end)
    end = _clause_end(view, start, sent_end, lex, cue_starts)
    if end <= start:
        return start, start, "indirect"
    r = view.region_at(start)
    if r is not None and r.outer_start == start:
        tail = text[r.outer_end:end].strip(" .،,؛؟?!")
        if not tail:
            e = _trim_end(text, r.inner_start, r.inner_end)
            return _trim_start(text, r.inner_start, e), e, "direct"
    if any(c in _MARKS for c in text[start:end]) and view.region_opening_in(start, end):
        return start, end, "mixed"
    return start, end, "indirect"


def _name_like(view: View, r: Region, mention_spans: list[tuple[int, int]]) -> bool:
    """A short region that is a name or a scare-quoted word, not a quotation."""
    nw = view.n_words(r.inner_start, r.inner_end)
    if nw <= 2:
        return True
    if nw <= 4 and any(s < r.inner_end and r.inner_start < e for s, e in mention_spans):
        return True
    return False


def _is_comp(view: View, k: int, lex: Lexicon) -> str | None:
    """'bare' / 'pronoun' when word ``k`` opens a content clause."""
    key = view.words[k][2]
    kind = "bare" if key in lex.comp_bare else "pronoun" if key in lex.comp_pronoun else None
    if kind is None:
        return None
    if k > 0 and view.words[k - 1][2] in lex.not_after_comp and not view.gap(k).strip():
        return None
    return kind


def find_drafts(view: View, *, mention_spans: list[tuple[int, int]] | None = None,
                lex: Lexicon | None = None) -> list[Draft]:
    """Every quotation of the view as a :class:`Draft` (view offsets), in text order.

    ``mention_spans`` are the view spans of entity mentions (a short quoted name such as
    «قسد» is then not a quotation).
    """
    lex = lex or lexicon()
    spans = mention_spans or []
    cues = _find_cues(view, lex)
    cue_starts = {c.start for c in cues} | {view.words[c.k0][0] for c in cues}
    drafts: list[Draft] = []
    used_regions: set[int] = set()
    for cue in cues:
        d = _from_cue(view, cue, lex, spans, cue_starts)
        if d is None:
            continue
        drafts.append(d)
        for r in view.regions:
            if r.inner_start < d.end and d.start < r.inner_end:
                used_regions.add(r.outer_start)
    # quotations followed by their cue: «"..."، قال X» / «"..." وأضاف»
    for r in view.regions:
        if r.outer_start in used_regions or _name_like(view, r, spans):
            continue
        if any(d.start <= r.inner_start < d.end for d in drafts):
            continue
        d = _cue_after(view, r, [c for c in cues if c.start not in {x.cue_start for x in drafts}], lex)
        if d is not None:
            drafts.append(d)
    drafts.sort(key=lambda d: (d.start, -d.end))
    return _resolve_overlaps(drafts)


def _resolve_overlaps(drafts: list[Draft]) -> list[Draft]:
    """Drop a draft whose cue lies inside an earlier quotation's content, unless its content is
    nested inside that content (a nested attribution) and it is not the same span."""
    kept: list[Draft] = []
    for d in drafts:
        bad = False
        for o in kept:
            if o.start <= d.cue_start < o.end and not d.before_cue:
                if not (o.start <= d.start and d.end <= o.end) or (d.start, d.end) == (o.start, o.end):
                    bad = True
                    break
                if not d.extra.get("named_subject"):
                    bad = True
                    break
            if (d.start, d.end) == (o.start, o.end):
                bad = True
                break
            if d.start < o.end and o.start < d.end and not (o.start <= d.start and d.end <= o.end) \
                    and not (d.start <= o.start and o.end <= d.end):
                bad = True  # crossing spans
                break
        if not bad:
            kept.append(d)
    return kept


def _from_cue(view: View, cue: _Cue, lex: Lexicon, spans: list[tuple[int, int]],
              cue_starts: set[int]) -> Draft | None:
    words = view.words
    text = view.text
    sent = view.sentence_of(cue.start)
    if view.region_at(cue.start) is not None:
        r = view.region_at(cue.start)
        if r is not None and not _name_like(view, r, spans) and r.inner_start <= cue.start:
            return None  # a cue word inside somebody's quoted words
    if cue.attribution is not None:
        return _from_attribution(view, cue, lex, sent, cue_starts)
    verb = cue.verb
    assert verb is not None
    frame_start = cue.end
    k = cue.k1
    introduced = False
    saw_prep = False
    limit = min(len(words), cue.k1 + FRAME_WORDS)
    first = True
    while k < limit:
        ws, we, key = words[k]
        gap = view.gap(k)
        if ws >= sent[1] and not _colon(gap):
            break
        r = view.region_opening_in(words[k - 1][1], ws + 1) if k > 0 else None
        if r is not None and r.outer_start >= frame_start:
            if introduced or not _name_like(view, r, spans):
                if verb.weak and not first and not introduced:
                    return None
                ts = _trim_end(text, r.inner_start, r.inner_end)
                return _draft(view, _trim_start(text, r.inner_start, ts), ts, "direct", cue, "quotes.direct.after_cue",
                              frame_start, r.outer_start, sent)
            # a short quoted name or word: part of the frame; skip over it
            k = max(k + 1, view.word_index(r.outer_end))  # (an empty «» must not stall the scan)
            first = False
            continue
        if _colon(gap) and not words[k - 1][2].isdigit():
            s, e, kind = _content(view, ws, max(sent[1], _line_end(text, ws)), lex, cue_starts)
            if e <= s:
                return None
            return _draft(view, s, e, "mixed" if kind == "mixed" else "direct", cue,
                          "quotes.direct.colon", frame_start, words[k - 1][1], sent)
        if "\n" in gap:
            break
        if ws >= sent[1]:
            break
        comp = _is_comp(view, k, lex)
        if comp is not None:
            if verb.weak and not first and not introduced:
                return None
            cstart = ws if comp == "pronoun" else we
            s, e, kind = _content(view, cstart, sent[1], lex, cue_starts)
            if e <= s:
                return None
            return _draft(view, s, e, kind, cue, f"quotes.{kind}.complementizer", frame_start, ws, sent)
        if key in lex.introducers:
            introduced = True
            first = False
            k += 1
            continue
        if verb.prep and _is_prep(key, verb.prep):
            saw_prep = True
            if verb.weak and not first:
                return None
            if k + 1 < len(words) and _is_comp(view, k + 1, lex) and not view.gap(k + 1).strip():
                k += 1
                continue
            if verb.content == "np" and not (cue.k0 > 0 and words[cue.k0 - 1][2] in RELATIVES):
                cstart = we if key in verb.prep.split("|") else ws + 1
                s, e, kind = _content(view, cstart, sent[1], lex, cue_starts)
                ok = _np_ok(view, s, e, lex)
                r = view.region_at(s)
                if kind == "mixed" and r is not None and r.outer_start == s and \
                        view.n_words(r.outer_end, e) > 3:
                    s, e, kind = r.inner_start, _trim_end(view.text, r.inner_start, r.inner_end), "direct"
                if ok:
                    return _draft(view, s, e, kind, cue, "quotes.indirect.np_object", frame_start, ws, sent)
                return None
        if k > cue.k1 and ws in cue_starts and not cue.participle:
            break  # another cue before any content
        if verb.weak and first and key not in lex.introducers:
            return None
        first = False
        k += 1
    # a direct noun-phrase object (أعلن X ...، نفى X ...); not in a relative clause (التي تعلن ...)
    if cue.k0 > 0 and words[cue.k0 - 1][2] in RELATIVES:
        return None
    if verb.content == "np" and not verb.needs_prep:
        cstart = _after_subject(view, cue, lex, spans)
        if cstart is None:
            return None
        s, e, kind = _content(view, cstart, sent[1], lex, cue_starts)
        if _np_ok(view, s, e, lex):
            return _draft(view, s, e, kind, cue, "quotes.indirect.np_object", frame_start, s, sent)
    return None


def _colon(gap: str) -> bool:
    """A colon that introduces words (not the colon of a time, 10:30)."""
    i = gap.find(":")
    return i >= 0 and (i + 1 == len(gap) or gap[i + 1].isspace() or gap[i + 1] in _MARKS) or "：" in gap


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


def _is_prep(key: str, prep: str) -> bool:
    """Is ``key`` the preposition ``prep`` (alternatives separated by «|»; ب glued on)?"""
    for p in prep.split("|"):
        if key == p or (len(p) == 1 and key.startswith(p) and len(key) > 3):
            return True
    return False


def _np_ok(view: View, s: int, e: int, lex: Lexicon) -> bool:
    """A noun-phrase object with content of its own: two words or more, not anaphoric."""
    k = view.word_index(s)
    if k >= len(view.words) or e <= s:
        return False
    first = view.words[k][2]
    if first in lex.anaphoric or _strip_conj(first)[0] in lex.anaphoric or first in lex.stops:
        return False  # no content of its own (الأمر، ذلك) or an adverbial (في كابل ...)
    return view.n_words(s, e) >= 2


def _after_subject(view: View, cue: _Cue, lex: Lexicon, spans: list[tuple[int, int]]) -> int | None:
    """Where the object of a VSO cue begins: after an entity mention or a role phrase that
    follows the cue (the subject), else right after the cue (the speaker is carried)."""
    words = view.words
    k = cue.k1
    if k >= len(words):
        return None
    ws, we, key = words[k]
    gap = view.gap(k)
    if "\n" in gap or any(c in gap for c in ".؟?!"):
        return None
    # a mention starting at the first word (marks allowed around it)
    for s, e in spans:
        if ws <= s < we + 2 or (s <= ws < e):
            end = e
            text = view.text
            while end < len(text) and text[end] in "»”\"' ":
                end += 1
            # an apposition set off by commas («قسد» المعروفة ...، سيطرتها) stays in the frame
            return end
    if key in lex.roles or _strip_conj(key)[0] in lex.roles:
        return role_phrase_end(view, k, lex)
    if key in lex.stops:
        return None
    if not cue.participle and key.startswith("ال") and key not in lex.anaphoric \
            and not view.gap(k + 1).strip() if k + 1 < len(words) else False:
        # a finite verb followed by a definite noun: its subject (أكد الوجيه استمرار ...)
        return role_phrase_end(view, k, lex)
    return ws


def role_phrase_end(view: View, k: int, lex: Lexicon, *, max_words: int = 5) -> int:
    """End (view offset) of the role phrase headed by word ``k`` (مصدر أمني عراقي، المتحدث باسم
    التنظيم): the head plus nisba adjectives (…ي / …يه) and «باسم X»."""
    words = view.words
    end = words[k][1]
    j = k + 1
    taken = 0
    while j < len(words) and taken < max_words:
        if view.gap(j).strip():
            break
        key = words[j][2]
        if key == "باسم" and j + 1 < len(words):
            end = words[j + 1][1]
            j += 2
            taken += 2
            continue
        if key in lex.stops or key in lex.cue_forms or key in lex.comp_bare or key in lex.comp_pronoun:
            break
        if key.endswith(("ي", "يه", "يين", "يون")) and len(key) >= 4:
            end = words[j][1]
            j += 1
            taken += 1
            continue
        if key.startswith("ال") and not words[j - 1][2].startswith("ال") and words[j - 1][2] != "باسم" \
                and key not in lex.anaphoric:
            end = words[j][1]  # a construct phrase: «حكومة الولاية», «وزير الدفاع»
            j += 1
            taken += 1
            continue
        break
    return end


def _draft(view: View, s: int, e: int, kind: str, cue: _Cue, rule: str, frame_start: int,
           frame_end: int, sent: tuple[int, int], **extra) -> Draft | None:
    if e <= s:
        return None
    return Draft(s, e, kind, cue.start, cue.end, cue.verb, cue.participle, rule, frame_start,
                 frame_end, sentence=sent, extra=dict(extra))


def _from_attribution(view: View, cue: _Cue, lex: Lexicon, sent: tuple[int, int],
                      cue_starts: set[int]) -> Draft | None:
    """«...، بحسب X» (content before the cue) or «وبحسب X، فإن ...» (content after X)."""
    words = view.words
    text = view.text
    k = cue.k1 if not cue.glued else cue.k1 - 1
    if k >= len(words):
        return None
    np_start = words[k][0] + cue.glued
    # the attributed noun phrase: up to a comma, a sentence end or «فإن»
    np_end = np_start
    j = k
    count = 0
    while j < len(words) and words[j][0] < sent[1] and count < 7:
        if j > k and (view.gap(j).strip() and any(c in view.gap(j) for c in "،,.:؛")):
            break
        key = words[j][2]
        if j > view.word_index(np_start) and (key in lex.comp_bare or key in lex.comp_pronoun
                                               or key.startswith("ف") and j > k and key[1:] in lex.comp_bare):
            break
        np_end = words[j][1]
        j += 1
        count += 1
    if np_end <= np_start:
        return None
    after = text[np_end:np_end + 3]
    if ":" in after:
        r = view.region_opening_in(np_end, np_end + 4)
        if r is not None:
            e = _trim_end(text, r.inner_start, r.inner_end)
            d = _draft(view, _trim_start(text, r.inner_start, e), e, "direct", cue,
                       "quotes.direct.attribution_colon", np_start, np_end, sent)
            if d is not None:
                d.attribution = True
            return d
    lead = text[sent[0]:view.words[cue.k0][0]].strip(" \u200f")
    glued = sent[0] > 0 and text[sent[0] - 1] in ".؟!" and (
        j >= len(words) or words[j][0] >= sent[1] or not any(c in view.gap(j) for c in "،,"))
    if glued and (not lead or lead in ("و", "ف")):
        # «... جنوبي اليمن.وفقا لشبكة سكاي نيوز»: the attribution of the sentence before it
        prev = view.sentence_of(sent[0] - 1)
        s = _trim_start(text, prev[0], prev[1])
        e = _trim_end(text, s, sent[0])
        if e > s and view.n_words(s, e) >= 3:
            d = _draft(view, s, e, "indirect", cue, "quotes.indirect.attribution_glued", np_start, np_end, sent)
            if d is not None:
                d.attribution = True
            return d
    if not lead or lead in ("و", "ف"):
        # sentence-initial: the content follows the noun phrase
        rest = np_end
        if j < len(words):
            key = words[j][2]
            if key in lex.comp_bare and words[j][0] < sent[1]:
                rest = words[j][1]
            elif key in lex.comp_pronoun:
                rest = words[j][0]
            elif key.startswith("ف") and words[j][0] < sent[1]:
                rest = words[j][0] + 1
        s, e, kind = _content(view, rest, sent[1], lex, cue_starts)
        if e <= s or view.n_words(s, e) < 3:
            return None
        d = _draft(view, s, e, kind, cue, f"quotes.{kind}.attribution_initial", np_start, np_end, sent)
        if d is not None:
            d.attribution = True
        return d
    # sentence-final: the content is the clause before the cue
    cstart = sent[0]
    # after the last cue-based sentence part? (the caller drops overlaps)
    s = _trim_start(text, cstart, cue.start)
    if text[s:s + 1] in ("و", "ف") and text[s + 1:s + 2].isalpha():
        key = words[view.word_index(s)][2]
        if _strip_conj(key)[0] != key:
            s += 1
    e = _trim_end(text, s, view.words[cue.k0][0])
    if e <= s or view.n_words(s, e) < 3:
        return None
    kind = "mixed" if view.region_opening_in(s, e) else "indirect"
    r = view.region_at(s)
    if r is not None and r.outer_start == s and r.outer_end >= e - 1:
        s, e, kind = r.inner_start, _trim_end(text, r.inner_start, r.inner_end), "direct"
    d = _draft(view, s, e, kind, cue, f"quotes.{kind}.attribution_final", np_start, np_end, sent)
    if d is not None:
        d.attribution = True
    return d


def _cue_after(view: View, r: Region, cues: list[_Cue], lex: Lexicon) -> Draft | None:
    """A quotation followed by its cue: «"..."، قال X» or «"..." وأضاف X»."""
    text = view.text
    after = r.outer_end
    for cue in cues:
        if cue.verb is None or cue.participle:
            continue
        cue_word = view.words[cue.k0][0]
        if cue_word < after:
            continue
        between = text[after:cue_word]
        if between.strip(" .،,؛") == "" and "\n" not in between:
            if cue.verb.weak:
                return None
            sent = view.sentence_of(cue.start)
            e = _trim_end(text, r.inner_start, r.inner_end)
            d = _draft(view, r.inner_start, e, "direct", cue, "quotes.direct.before_cue", cue.end,
                       sent[1], sent)
            if d is not None:
                d.before_cue = True
            return d
        return None
    return None
