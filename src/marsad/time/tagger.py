"""The temporal tagger's public function: :func:`find_times` over an article's text.

>>> [t.value for t in find_times("أعلنت القوات، أمس الأربعاء 20 مارس الجاري، سيطرتها", published="2019-03-21")]
['2019-03-20']

Offsets are code-point indices into the original text (``text[t.start:t.end] == t.text``),
mapped back from the normalized view the finder scans.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

from ..model import Span, parse_date
from .finder import Candidate, find_candidates
from .resolve import resolve

__all__ = ["TimeExpression", "find_times", "tag"]


@dataclass(frozen=True)
class TimeExpression:
    """One time expression: ``[start, end)`` in the original text, its type, ISO value, precision.

    ``type`` is ``date``, ``time``, ``duration`` or ``set``; ``value`` an ISO 8601 string
    (``2019-03-20``, ``2018-09``, ``2014``, ``2019-W11``, ``198`` for the 1980s, ``P3D``,
    ``2019-03-20T21:00``) or ``None`` when a relative expression has no anchor; ``precision``
    ``minute|hour|day|week|month|year|decade|century``; ``confidence`` how sure the reading is
    (ambiguous ones are lower); ``rule`` the grammar pieces that matched; ``attrs`` the rest
    (``calendar``/``hijri`` for Hijri dates, ``part_of_day``, ``duration``, ``conflict`` ...).
    """

    start: int
    end: int
    text: str
    type: str
    value: str | None
    precision: str
    confidence: float
    rule: str
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_span(self) -> Span:
        """The layer record: a :class:`~marsad.model.Span` whose ``to_dict()`` has the schema keys."""
        return Span(self.start, self.end, self.text, rule=self.rule, attrs={
            "type": self.type, "value": self.value, "precision": self.precision,
            "confidence": self.confidence, **self.attrs})

    def to_dict(self) -> dict[str, Any]:
        return self.to_span().to_dict()


def tag(text: str, nt: Any, candidates: list[Candidate], anchor: dt.date | None) -> list[TimeExpression]:
    """Resolve ``candidates`` (view offsets into ``nt``) against ``anchor``; original offsets out.

    When the reporter's day is not the publication date — every day reference the text pins
    with a weekday is a day off, the same way («مساء أمس الأربعاء» in a paper dated Friday:
    written on Thursday) — the article is resolved against the reporter's day, so that its
    bare «أمس», «اليوم», «أمس الأول» agree with its weekdays; each expression whose value or
    confidence moved says so in ``attrs["anchor"]``."""
    out = _resolve_all(text, nt, candidates, anchor)
    if anchor is not None and _weekday_conflicts(out) and not _weekday_agreements(out):
        for shift in (-1, 1):
            day = anchor + dt.timedelta(days=shift)
            moved = _resolve_all(text, nt, candidates, day)
            if not _weekday_conflicts(moved) and _weekday_agreements(moved):
                note = f"the reporter's day, {day.isoformat()}: the weekdays the text pins its day references with"
                return [m if (m.value, m.confidence) == (o.value, o.confidence) else replace(m, attrs={**m.attrs, "anchor": note})
                        for m, o in zip(moved, out)] if len(moved) == len(out) else moved
    return out


def _resolve_all(text: str, nt: Any, candidates: list[Candidate], anchor: dt.date | None) -> list[TimeExpression]:
    out: list[TimeExpression] = []
    view = nt.text
    for cand in candidates:
        res = resolve(cand, anchor, view)
        if res is None:
            continue
        start, end = nt.to_original(cand.start, cand.end)
        out.append(TimeExpression(start, end, text[start:end], res.type, res.value, res.precision,
                                  res.confidence, res.rule, res.attrs))
    return _ordered_ranges(text, out)


_DAYREF_WEEKDAY_CONFLICT = "weekday does not match the day reference"


def _weekday_conflicts(times: list[TimeExpression]) -> int:
    """How many day references pinned with a weekday are off by the anchor (the weekday won)."""
    return sum(str(t.attrs.get("conflict", "")).startswith(_DAYREF_WEEKDAY_CONFLICT) for t in times)


def _weekday_agreements(times: list[TimeExpression]) -> int:
    """How many day references pinned with a weekday fit the anchor («أمس الأربعاء» on Thursday)."""
    return sum("dayref" in t.rule and "weekday" in t.rule and "conflict" not in t.attrs for t in times)


#: «بين الأول من يناير و30 يونيو», «من 3 إلى 9 مارس»: a range's opening word and its joiners
_RANGE_OPEN = re.compile(r"(?:^|\s)[وف]?(?:بين|من|منذ)\s*$")
_RANGE_JOIN = re.compile(r"^[\s()،,]*(?:و|(?:إلى|الى|حتى|لغاية)\s)")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
_YEAR = re.compile(r"[12]\d{3}|[١٢][٠-٩]{3}")


def _ordered_ranges(text: str, times: list[TimeExpression]) -> list[TimeExpression]:
    """A range's start with no year of its own is not after its end: «بين الأول من يناير و30 يونيو»
    published in August 2015 starts on 2015-01-01, not on the nearer 2016-01-01."""
    for k in range(len(times) - 1):
        a, b = times[k], times[k + 1]
        if not (_DAY.match(a.value or "") and _DAY.match(b.value or "")) or _YEAR.search(a.text):
            continue
        if not (_RANGE_OPEN.search(text[max(0, a.start - 8):a.start]) and _RANGE_JOIN.match(text[a.end:b.start] + " ")):
            continue
        da, db = dt.date.fromisoformat(a.value[:10]), dt.date.fromisoformat(b.value[:10])
        if da > db:
            try:
                earlier = da.replace(year=da.year - 1)
            except ValueError:  # 29 February
                continue
            times[k] = replace(a, value=earlier.isoformat(), attrs={**a.attrs, "range_start": True})
    return times


def find_times(text: str, *, published: Any = None) -> list[TimeExpression]:
    """Every time expression in ``text``, resolved against ``published`` (ISO date, date or None).

    Takes the original article text; returns :class:`TimeExpression` values in text order whose
    offsets are code-point indices into ``text``.  Without ``published``, relative expressions
    («أمس», «الجمعة الماضية») are found with ``value=None``; absolute ones are still resolved.
    """
    anchor = parse_date(published, what="published")
    nt, candidates = find_candidates(text)
    return tag(text, nt, candidates, anchor)
