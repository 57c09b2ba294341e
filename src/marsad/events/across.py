"""One event per occurrence across documents: reports of the same event by several articles merged.

Within an article :mod:`.merge` already joins repeated mentions; across articles the same air
strike or battle is reported by every outlet that covers it (GDELT's chief weakness is counting
each report as an event).  :func:`merge_reports` groups stored event rows (:meth:`Store.events`
rows: ``doc_id``, ``source``, ``url``, ``event``) that are the same event:

* the same event type, sub-event type, status and background flag;
* the same place: the same KB entity, or two points within :data:`MAX_KM` km of which neither
  is a whole country; two whole-country places only when actor1 is the same entity;
* dates that agree: equal, one inside the other (``2015-08`` holds ``2015-08-09``), days at
  most :data:`MAX_DAYS` apart, or a publication-date fallback (rule ``date.published``) within
  the :data:`FALLBACK_DAYS` before that document's date of the other's day;
* actors that do not contradict: actor1 entities equal when both are known;
* different documents (within a document, :mod:`.merge` has already decided).

Each group becomes one row: the report with the most precise place and date (then a named
actor1, then the most fatalities) is kept as the event, its ``sources`` list every document id
of the group in order of publication, and ``reports`` gives ``{doc_id, event_id}`` per report;
``fatalities`` is the largest count reported (ACLED takes the most reliable report; without a
reliability model the largest count of a day's reports is the usual proxy, and the evidence of
every report stays available through ``reports``).  Grouping is greedy in document order and
deterministic; rows are compared only within their (type, sub-type, status, background,
country) block.  Offsets inside ``event`` belong to the kept report's document.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..entities.geocode import haversine_km
from .dates import day_of

__all__ = ["merge_reports", "same_event", "MAX_KM", "MAX_DAYS", "FALLBACK_DAYS"]

#: the farthest two reported places of one event may lie apart (km)
MAX_KM = 25.0
#: the most days two reported days of one event may differ (a night's strike dated either day)
MAX_DAYS = 1
#: how far before publication a report without a date of its own may reach
FALLBACK_DAYS = 7


def _dates_agree(a: Mapping[str, Any], b: Mapping[str, Any], pa: Any, pb: Any) -> bool:
    da, db = str(a.get("date") or ""), str(b.get("date") or "")
    if not da or not db:
        return da == db
    fa = (a.get("evidence") or {}).get("date_rule") == "date.published"
    fb = (b.get("evidence") or {}).get("date_rule") == "date.published"
    if fa != fb:  # one report has no date of its own: it may be any of the days before publication
        fixed, published = (db, pa) if fa else (da, pb)
        day, pub = day_of(fixed), day_of(published)
        return day is not None and pub is not None and 0 <= (pub - day).days <= FALLBACK_DAYS
    if da == db or (("W" not in da and "W" not in db) and (da.startswith(db) or db.startswith(da))):
        return True
    x, y = day_of(da), day_of(db)
    return x is not None and y is not None and abs((x - y).days) <= MAX_DAYS


def _places_agree(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    la, lb = a.get("location") or {}, b.get("location") or {}
    if not la or not lb:
        return not la and not lb
    if la.get("entity") and la.get("entity") == lb.get("entity"):
        if la.get("geo_precision") == 3:  # the same whole country: only with the same actor1
            return _entity(a, "actor1") is not None and _entity(a, "actor1") == _entity(b, "actor1")
        return True
    if 3 in (la.get("geo_precision"), lb.get("geo_precision")):
        return False
    if None in (la.get("lat"), la.get("lon"), lb.get("lat"), lb.get("lon")):
        return False
    return haversine_km(float(la["lat"]), float(la["lon"]), float(lb["lat"]), float(lb["lon"])) <= MAX_KM


def _entity(e: Mapping[str, Any], key: str) -> str | None:
    return (e.get(key) or {}).get("entity") or None


def same_event(a: Mapping[str, Any], b: Mapping[str, Any], *, published_a: Any = None,
               published_b: Any = None) -> bool:
    """Are events ``a`` and ``b`` (layer records of two documents) reports of one event?"""
    if any(a.get(k) != b.get(k) for k in ("event_type", "sub_event_type", "status", "background")):
        return False
    x, y = _entity(a, "actor1"), _entity(b, "actor1")
    if x and y and x != y:
        return False
    return _places_agree(a, b) and _dates_agree(a, b, published_a, published_b)


def _rank(row: Mapping[str, Any]) -> tuple:
    e = row["event"]
    loc = e.get("location") or {}
    fat = e.get("fatalities")
    top = max(fat) if isinstance(fat, list) else (fat or 0)
    return (loc.get("geo_precision") or 4, e.get("time_precision") or 4,
            (e.get("evidence") or {}).get("date_rule") == "date.published", e.get("actor1") is None, -top)


def merge_reports(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The rows grouped into one row per event (see the module docstring), in order of first report."""
    groups: list[list[Mapping[str, Any]]] = []
    blocks: dict[tuple, list[list[Mapping[str, Any]]]] = {}  # only groups that could match are compared
    for row in rows:
        e = row["event"]
        block = blocks.setdefault((e.get("event_type"), e.get("sub_event_type"), e.get("status"),
                                   bool(e.get("background")), (e.get("location") or {}).get("country")), [])
        for g in block:
            if all(o["doc_id"] != row["doc_id"] and same_event(
                    row["event"], o["event"], published_a=row.get("published"), published_b=o.get("published"))
                   for o in g):
                g.append(row)
                break
        else:
            groups.append([row])
            block.append(groups[-1])
    return [_merged(g) for g in groups]


def _merged(group: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    best = min(group, key=_rank)
    out = dict(best)
    event = copy.deepcopy(best["event"])
    by_date = sorted(group, key=lambda r: (str(r.get("published") or ""), str(r.get("doc_id"))))
    event["sources"] = list(dict.fromkeys(str(r["doc_id"]) for r in by_date))
    event["reports"] = [{"doc_id": r["doc_id"], "event_id": r["event"].get("event_id")} for r in by_date]
    fats = [r["event"].get("fatalities") for r in group if r["event"].get("fatalities") is not None]
    if fats:
        event["fatalities"] = max(fats, key=lambda f: max(f) if isinstance(f, list) else f)
    out["event"] = event
    out["sources"] = [r.get("source") or r["doc_id"] for r in by_date]
    out["urls"] = [r.get("url") for r in by_date if r.get("url")]
    return out
