"""One event per occurrence: repeated mentions of the same event in a document merged.

Two drafts are the same event when their event type, sub-event type, status and background flag
are equal, their places are the same entity (or both unknown), their weapons agree (equal, or one
unknown for an actual event: calls for IEDs and for car bombs stay two) and their dates agree: equal values, or one of them is the publication-date fallback
(rule ``date.published``) and the other a day, week or month in the 14 days before publication.
The merged event keeps the first mention's trigger and sentence, an explicit date over the
fallback, the first known actor1 / actor2 / place, the largest fatality count, and lists every
mention's trigger in ``mentions``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

__all__ = ["merge_events"]


def _fallback_ok(fallback: dict[str, Any], other: dict[str, Any], published: dt.date | None) -> bool:
    if published is None or not other.get("date"):
        return False
    value = str(other["date"])
    try:
        day = dt.date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return False
    if day is None:
        return len(value) == 7 and value == published.isoformat()[:7]
    return 0 <= (published - day).days <= 14


def _same_date(a: dict[str, Any], b: dict[str, Any], published: dt.date | None) -> bool:
    if a.get("date") == b.get("date") and a.get("time_precision") == b.get("time_precision"):
        return True
    ar, br = a["evidence"]["date_rule"], b["evidence"]["date_rule"]
    if ar == "date.published" and br != "date.published":
        return _fallback_ok(a, b, published)
    if br == "date.published" and ar != "date.published":
        return _fallback_ok(b, a, published)
    return False


def _same(a: dict[str, Any], b: dict[str, Any], published: dt.date | None) -> bool:
    if any(a.get(k) != b.get(k) for k in ("event_type", "sub_event_type", "status", "background")):
        return False
    la, lb = a.get("location") or {}, b.get("location") or {}
    if la.get("entity") != lb.get("entity"):
        return False
    wa, wb = a.get("weapon"), b.get("weapon")
    if (wa and wb and wa != wb) or (a.get("status") != "actual" and wa != wb):
        return False
    return _same_date(a, b, published)


def _absorb(into: dict[str, Any], other: dict[str, Any]) -> None:
    if into["evidence"]["date_rule"] == "date.published" and other["evidence"]["date_rule"] != "date.published":
        for k in ("date", "time_precision"):
            into[k] = other[k]
        into["evidence"]["date_rule"] = other["evidence"]["date_rule"]
        into["evidence"]["time"] = other["evidence"]["time"]
    for k in ("actor1", "actor2", "location"):
        if into.get(k) is None and other.get(k) is not None:
            into[k] = other[k]
    if into.get("actor2") and into.get("actor1") and into["actor2"].get("name_en") == into["actor1"].get("name_en"):
        into["actor2"] = None
    fa, fb = into.get("fatalities"), other.get("fatalities")
    if fb is not None and (fa is None or _top(fb) > _top(fa)):
        into["fatalities"] = fb
        into["evidence"]["fatalities"] = other["evidence"].get("fatalities")
    into.setdefault("weapon", None)
    into["weapon"] = into["weapon"] or other.get("weapon")
    into["mentions"].append(other["trigger"])


def _top(value: Any) -> int:
    return max(value) if isinstance(value, list) else int(value)


def merge_events(drafts: list[dict[str, Any]], *, published: dt.date | None) -> list[dict[str, Any]]:
    """The drafts merged into one event per occurrence, in text order of first mention."""
    out: list[dict[str, Any]] = []
    for d in drafts:
        for e in out:
            if _same(e, d, published):
                _absorb(e, d)
                break
        else:
            d["mentions"] = [d["trigger"]]
            out.append(d)
    return out
