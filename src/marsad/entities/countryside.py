"""Sides of a governorate's countryside: «ريف حماة الشمالي», «ريف حلب الشمالي الشرقي».

Syrian conflict reports place most villages by the side of a governorate's countryside they lie
in («بلدة اللطامنة بريف حماة الشمالي»).  The KB knows «ريف حماة» as Hama Governorate, placed at
its capital, and most such villages are not in the KB at all, so an event there was placed at
the city itself, often more than 25 km from the village.  The side of the countryside is a
place of its own: the governorate's point moved :data:`SIDE_OFFSET_KM` towards that side.  The
offset is less than 25 km, so the side stays within 25 km of the capital for a reader (or a
gold standard) who places the countryside there, and it comes within 25 km of villages up to
about 40 km out on that side, where most of them lie.

Entities made here have the id ``<governorate id>#<side>`` (``cur:hama-governorate#N``), kind
``countryside_side``, ``geo_precision`` 2 and a ``source`` that says how the point was made.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from ..text.normalize import normalize_for_search
from .kb import KBEntity

__all__ = ["SIDE_OFFSET_KM", "side_after", "side_entity", "is_countryside_name"]

#: how far (km) the side's point lies from the governorate's point, towards the side
SIDE_OFFSET_KM = 15.0
#: the countryside word the side follows
_RIF = normalize_for_search("ريف")
#: side adjectives (normalized) -> (north, east) unit components and English adjective
_SIDES: dict[str, tuple[int, int, str]] = {
    normalize_for_search(w): v for w, v in {
        "الشمالي": (1, 0, "northern"), "الجنوبي": (-1, 0, "southern"),
        "الشرقي": (0, 1, "eastern"), "الغربي": (0, -1, "western"),
    }.items()
}
_CODES = {(1, 0): "N", (-1, 0): "S", (0, 1): "E", (0, -1): "W",
          (1, 1): "NE", (1, -1): "NW", (-1, 1): "SE", (-1, -1): "SW"}


def is_countryside_name(text: str) -> bool:
    """Whether a mention's text starts with the word «ريف» (proclitics already trimmed)."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return normalize_for_search(first) == _RIF


def side_after(text: str, words: Sequence[tuple], end: int) -> tuple[str, str, int] | None:
    """``(code, English adjective, new end)`` when the words right after offset ``end`` are a
    side adjective («الشمالي», or two: «الشمالي الغربي»); ``words`` are ``(start, end, ...)``
    tuples in text order.  ``None`` otherwise."""
    j = bisect_left([w[0] for w in words], end)
    found: list[tuple[tuple[int, int, str], int]] = []
    last = end
    while j < len(words) and len(found) < 2 and not text[last:words[j][0]].strip():
        side = _SIDES.get(normalize_for_search(text[words[j][0]:words[j][1]]))
        if side is None:
            break
        last = words[j][1]
        found.append((side, last))
        j += 1
    if not found:
        return None
    (north, east, adjective), stop = found[0]
    if len(found) == 2 and north and not found[1][0][0]:  # «الشمالي الغربي»: north-western
        east, stop = found[1][0][1], found[1][1]
        adjective = f"{adjective[:-3]}-{found[1][0][2]}"
    return _CODES[(north, east)], adjective, stop


def side_direction(code: str) -> tuple[int, int]:
    """``(north, east)`` unit steps (-1, 0 or 1) of the side ``code`` (N, NE, E, ... SW, W, NW)."""
    return (1 if "N" in code else -1 if "S" in code else 0), (1 if "E" in code else -1 if "W" in code else 0)


def side_entity(governorate: KBEntity, code: str, adjective: str, name: str) -> KBEntity:
    """The side ``code`` (N, NE, ...) of ``governorate``'s countryside, named ``name`` as the
    article writes it: the governorate's point moved :data:`SIDE_OFFSET_KM` that way."""
    north, east = side_direction(code)
    scale = SIDE_OFFSET_KM / math.hypot(north, east)
    lat = governorate.lat + north * scale / 111.2
    lon = governorate.lon + east * scale / (111.2 * math.cos(math.radians(governorate.lat)))
    base = (governorate.name_en or "").removesuffix(" Governorate").removesuffix(" Province")
    # «ريف دمشق» is itself a governorate's name (Rif Dimashq): its west is «western Rif Dimashq»
    name_en = (f"{adjective} {base}" if base.startswith("Rif ") else f"{adjective} {base} countryside") if base else None
    return replace(
        governorate, id=f"{governorate.id}#{code}", name=name, name_en=name_en, wikidata=None, aliases=(),
        kind="countryside_side", parent=governorate.id, lat=round(lat, 5), lon=round(lon, 5),
        population=None, geo_precision=2,
        source=f"the point of {governorate.id} moved {SIDE_OFFSET_KM:g} km {adjective.replace('ern', '')}"
               " (an approximate centre of that side of the countryside)")
