"""Inferring an article's publication date when it has none.

:func:`infer_published` tries, in order:

1. ``url`` — a date in the article's URL (``/2019/03/20/``, ``/2019-03-20/``, ``/20190320/``);
2. ``header`` — a full date (day, month and year, or a weekday with day and month) in the first
   ``HEADER_CHARS`` characters, where sites print the article's date («الأربعاء 20 مارس 2019»);
3. ``latest_date`` — the most constraining anchor: the latest full date the text mentions that
   is not announced for the future (an article cannot report what happened after it appeared).

It returns an :class:`Inference` (the date, the rule, the evidence span in the text if any and a
confidence) or ``None``.  Offsets are code-point indices into the text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from .finder import find_candidates
from .tagger import TimeExpression, tag

__all__ = ["Inference", "infer_published", "HEADER_CHARS"]

#: how far into the text a date still counts as the article's header date
HEADER_CHARS = 300

_URL_RES = (
    re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(r"(?<![\d])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)"),
)


@dataclass(frozen=True)
class Inference:
    date: dt.date
    rule: str  # header | url | latest_date
    confidence: float
    evidence: TimeExpression | None = None
    url_match: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"date": self.date.isoformat(), "rule": "time.infer." + self.rule,
                               "confidence": self.confidence}
        if self.evidence is not None:
            out["evidence"] = {"start": self.evidence.start, "end": self.evidence.end,
                               "text": self.evidence.text}
        if self.url_match is not None:
            out["url"] = self.url_match
        return out


def from_url(url: str | None) -> tuple[dt.date, str] | None:
    """A date written in ``url`` (path or query), with the matched substring."""
    if not url:
        return None
    for pattern in _URL_RES:
        for m in pattern.finditer(url):
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), m.group()
            except ValueError:
                continue
    return None


def _full_dates(times: list[TimeExpression]) -> list[tuple[TimeExpression, dt.date]]:
    out = []
    for t in times:
        if t.type in ("date", "time") and t.value and len(t.value) >= 10 and t.value[4] == "-" \
                and "unresolved" not in t.attrs:
            try:
                out.append((t, dt.date.fromisoformat(t.value[:10])))
            except ValueError:
                continue
    return out


def infer_published(text: str, *, url: str | None = None, nt: Any = None,
                    candidates: list[Any] | None = None) -> Inference | None:
    """The inferred publication date of ``text`` (see the module doc), or ``None``.

    ``nt``/``candidates`` are the finder's output when the caller already has it.
    """
    if candidates is None or nt is None:
        nt, candidates = find_candidates(text)
    found = from_url(url)
    if found is not None:
        return Inference(found[0], "url", 0.95, url_match=found[1])
    times = tag(text, nt, candidates, None)
    dates = _full_dates(times)
    header = [(t, d) for t, d in dates if t.start < HEADER_CHARS]
    if header:
        t, d = header[0]
        return Inference(d, "header", 0.9 if "year_from" not in t.attrs else 0.6, evidence=t)
    tense = {(c.start, c.end): c.tense for c in candidates}
    past = [(t, d) for t, d in dates if tense.get(nt.to_view(t.start, t.end)) != "future"]
    if past:
        t, d = max(past, key=lambda td: td[1])
        return Inference(d, "latest_date", 0.5, evidence=t)
    return None
