"""``notes_en``: one English sentence per event, ACLED style, built from its structured fields.

«On 20 March 2019, Syrian Democratic Forces took control of Baghuz Fawqani (Deir ez-Zor, Syria)
from Islamic State.»  Names are the KB's ``name_en``; templates are in ``data/notes.json``.  The
date phrase follows ``time_precision``: «On 20 March 2019» (1), «In the week of 18 March 2019» (2,
the publication-date fallback), «In March 2019» (3, a month), «In 2014» (a year).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["notes_en", "date_phrase"]

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


@lru_cache(maxsize=1)
def _templates() -> dict[str, Any]:
    with resources.files(__package__).joinpath("data", "notes.json").open("r", encoding="utf-8") as fh:
        return json.load(fh)


def date_phrase(date: str | None, precision: int | None) -> str:
    """«On 20 March 2019», «In the week of 18 March 2019», «In March 2019», «In 2014» or «On an unknown date»."""
    if not date:
        return "On an unknown date"
    try:
        if len(date) == 4:
            return f"In {date}"
        if len(date) == 7:
            return f"In {_MONTHS[int(date[5:7]) - 1]} {date[:4]}"
        if "-W" in date:
            d = dt.date.fromisocalendar(int(date[:4]), int(date[6:8]), 1)
            return f"In the week of {d.day} {_MONTHS[d.month - 1]} {d.year}"
        d = dt.date.fromisoformat(date[:10])
    except (ValueError, IndexError):
        return f"On {date}"
    text = f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
    return f"In the week of {text}" if precision == 2 else f"On {text}"


def _place(loc: Mapping[str, Any] | None) -> str:
    if not loc:
        return ""
    name = loc.get("name_en") or loc.get("name") or ""
    country = loc.get("country_name")
    if loc.get("geo_precision") == 3 and loc.get("entity") and country == name:
        return name
    inside = ", ".join(x for x in (loc.get("admin1"), country) if x and x != name)
    return f"{name} ({inside})" if inside else name


def notes_en(event: Mapping[str, Any], *, who: str | None = None) -> str:
    """The English note of an event dict (``who``: the caller / claimant for non-actual events)."""
    tpl = _templates()
    sub = tpl["subtypes"].get(event.get("sub_event_type") or "", {"verb": "was involved in an event",
                                                                   "noun": "an event", "to": ""})
    a1 = (event.get("actor1") or {}).get("name_en")
    a2 = (event.get("actor2") or {}).get("name_en")
    place = _place(event.get("location"))
    when = date_phrase(event.get("date"), event.get("time_precision"))
    status = event.get("status") or "actual"
    to = sub.get("to") or ""
    a2_part = (f" {to} {a2}" if to else f" {a2}") if a2 else ""
    if status != "actual" and a2 and not to:
        a2_part = f" against {a2}"
    if status != "actual":
        noun = tpl["weapons"].get(event.get("weapon") or "", sub["noun"])
        body = tpl["status"].get(status, "{who} reported {noun}{a2}{place}.").format(
            who=who or a1 or tpl["unknown_actor"], noun=noun, a2=a2_part if a2 else "",
            place=f" in {place}" if place else "")
        sentence = f"{when}, {body[0].lower() + body[1:] if body.startswith(noun) else body}"
    else:
        actor = a1 or tpl["unknown_actor"]
        verb = sub["verb"]
        if sub.get("place_is_object") and place:
            text = f"{actor} {verb} {place}{a2_part}"
        elif sub.get("a2_is_object") and a2:
            text = f"{actor} {verb} {a2}" + (f" in {place}" if place else "")
        elif sub.get("a2_is_object") and sub.get("alone"):  # «clashed with» and no second side named
            text = f"{actor} {sub['alone']}" + (f" in {place}" if place else "")
        elif sub.get("a2_is_object") and place:
            text = f"{actor} {verb} {place}"
        else:
            text = f"{actor} {verb}{a2_part}" + (f" in {place}" if place else "")
        sentence = f"{when}, {text}."
    fat = event.get("fatalities")
    f = tpl["fatalities"]
    if isinstance(fat, list) and len(fat) == 2:
        sentence += f["range"].format(lo=fat[0], hi=fat[1])
    elif isinstance(fat, int) and fat > 0:
        sentence += f["one"] if fat == 1 else f["many"].format(n=fat)
    return sentence
