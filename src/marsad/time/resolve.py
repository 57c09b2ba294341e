"""Resolving a candidate time expression to an ISO 8601 value against an anchor date.

:func:`resolve` takes a :class:`~marsad.time.finder.Candidate` and the anchor (the article's
publication date, or ``None``) and returns a :class:`Resolution`: ``type`` (date, time,
duration, set), ``value`` (``2019-03-20``, ``2018-09``, ``2014``, ``2019-W11``, ``198``,
``P3D``, ``T21:30``; ``None`` when the expression is relative and there is no anchor),
``precision`` (day, week, month, year, decade, century, hour, minute), a ``confidence`` and the
``rule`` that produced it.

Choices an analyst would make, documented here once:

* A weekday with no modifier in a report is the most recent such day **on or before** the
  publication date: a wire story published on Monday that says «دعا التنظيم الإثنين» means
  that Monday (news is written the day it happens), so the weekday equal to the publication day
  resolves to the publication day itself.  «الماضي / الماضية / الفائت / المنصرم» force a day
  strictly before it, «المقبل / القادم» strictly after, and a future cue in the sentence
  («سوف», «من المقرر», «سيعقد» ...) the first such day on or after it.
* A month name (or day + month) with no year: «الجاري / الحالي» is the current year (month);
  «الماضي» the most recent one strictly before the anchor, «المقبل» the next one after; a
  future cue in the sentence: the next one on or after.  With no cue, a day + month is the
  nearest occurrence (ties go to the past), a month name the most recent one on or before the
  anchor unless that is nine or more months back (then the coming one, low confidence).
* «قبل / منذ» + N units is a point N units before the anchor (type date, the precision of the
  unit); when «من» / «على» follows («بعد ثلاثة أيام من الهجوم») it counts from another event
  and only the duration is given.  Bare «N units» are durations.
* Hijri dates are converted with ``hijridate`` (Umm al-Qura); a Hijri month without a day gives
  the Gregorian month of its start (مطلع/أوائل), middle or end (أواخر/نهاية), with the exact
  Gregorian range in ``attrs``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from . import hijri
from .finder import Candidate, Piece
from .lexicon import Lexicon, lexicon

__all__ = ["Resolution", "resolve", "iso_week", "add_months"]

_PRECISION_OF_UNIT = {"D": "day", "W": "week", "M": "month", "Y": "year", "DE": "decade",
                      "H": "hour", "MIN": "minute"}


@dataclass
class Resolution:
    type: str
    value: str | None
    precision: str
    confidence: float
    rule: str
    attrs: dict[str, Any] = field(default_factory=dict)


class _Invalid(Exception):
    """The candidate does not name a real date (31 February, month 13): drop it."""


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``k`` months."""
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def iso_week(date: dt.date) -> str:
    """The ISO week of ``date``: ``2019-W11``."""
    y, w, _ = date.isocalendar()
    return f"{y}-W{w:02d}"


def _date(y: int, m: int, d: int) -> dt.date:
    try:
        return dt.date(y, m, d)
    except ValueError:
        raise _Invalid from None


def _num(word: str | None, lex: Lexicon) -> int | None:
    """Value of a quantity: digits, a number word (or «خمسه وعشرين»); None for vague ones."""
    if word is None:
        return None
    if word.isdigit():
        return int(word)
    if word in lex.vague_numbers:
        return None
    total = 0
    for part in re.split(r"\s+و\s*|\s+(?=و)", word):
        part = part.strip().removeprefix("و") if part.strip() not in lex.number_words else part.strip()
        value = lex.number_words.get(part) or lex.number_words.get(" ".join(part.split()))
        if value is None:
            return None
        total += value
    return total


def _direction(mod: str | None, lex: Lexicon) -> str | None:
    return lex.modifiers.get(mod) if mod else None


def _pick_year_for_day(month: int, day: int, anchor: dt.date, direction: str | None,
                       tense: str | None) -> tuple[dt.date, float]:
    """The date of ``day month`` nearest the anchor in the direction the context implies."""
    options = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(dt.date(y, month, day))
        except ValueError:
            continue
    return _pick(options, anchor, direction, tense)


def _pick(options: list[dt.date], anchor: dt.date, direction: str | None,
          tense: str | None) -> tuple[dt.date, float]:
    """Of the candidate dates (one per year), the one the context points to, and a confidence."""
    if not options:
        raise _Invalid
    if direction == "current":
        return min(options, key=lambda o: abs((o - anchor).days)), 0.95
    if direction == "past":
        past = [o for o in options if o < anchor]
        return max(past), 0.95
    if direction == "future":
        fut = [o for o in options if o > anchor]
        return min(fut), 0.95
    if tense == "future":
        fut = [o for o in options if o >= anchor]
        return min(fut), 0.8
    past = [o for o in options if o <= anchor]
    fut = [o for o in options if o > anchor]
    best_past = max(past) if past else None
    if fut and (best_past is None or (min(fut) - anchor).days < (anchor - best_past).days):
        ahead = (min(fut) - anchor).days
        return min(fut), 0.8 if ahead <= 60 else 0.65
    assert best_past is not None
    back = (anchor - best_past).days
    return best_past, 0.9 if back <= 120 else 0.75


def _pick_year_for_month(month: int, anchor: dt.date, direction: str | None,
                         tense: str | None) -> tuple[int, float]:
    here = anchor.year * 12 + anchor.month - 1
    if direction == "current":
        return anchor.year, 0.95
    if direction == "past":
        y = anchor.year if month < anchor.month else anchor.year - 1
        return y, 0.95
    if direction == "future":
        y = anchor.year if month > anchor.month else anchor.year + 1
        return y, 0.95
    if tense == "future":
        return (anchor.year if month >= anchor.month else anchor.year + 1), 0.75
    y = anchor.year if month <= anchor.month else anchor.year - 1
    back = here - (y * 12 + month - 1)
    if back > 8:  # nine or more months back: the coming one is nearer
        return y + 1, 0.6
    return y, 0.85 if back <= 6 else 0.7


# --- one piece at a time --------------------------------------------------------------

class _Part:
    """What one piece says: an exact day, or a coarser value; plus attrs."""

    def __init__(self, *, date: dt.date | None = None, value: str | None = None,
                 precision: str = "day", type: str = "date", confidence: float = 1.0,
                 attrs: dict[str, Any] | None = None, needs_anchor: bool = False) -> None:
        self.date, self.value, self.precision, self.type = date, value, precision, type
        self.confidence, self.attrs, self.needs_anchor = confidence, attrs or {}, needs_anchor


def _hijri_day(y: int, m: int, d: int, attrs: dict[str, Any]) -> dt.date:
    try:
        g, approx = hijri.to_gregorian(y, m, d)
    except ValueError:
        raise _Invalid from None
    attrs.update(calendar="hijri", hijri=f"{y:04d}-{m:02d}-{d:02d}")
    if approx:
        attrs["approximate"] = True
    return dt.date(g.year, g.month, g.day)


def _hijri_year_of(anchor: dt.date) -> tuple[int, int]:
    y, m, _ = hijri.from_gregorian(anchor)
    return y, m


def _piece_numdate(g: dict[str, str]) -> _Part:
    if "nd_y1" in g:
        y, m, d = int(g["nd_y1"]), int(g["nd_m1"]), int(g["nd_d1"])
        return _Part(date=_date(y, m, d), attrs={"format": "ymd"})
    d, m, y = int(g["nd_d"]), int(g["nd_m"]), int(g["nd_y"])
    attrs: dict[str, Any] = {}
    conf = 1.0 if d > 12 or d == m else 0.9  # day first (the Arab convention) unless impossible
    if m > 12 and d <= 12:
        d, m, conf = m, d, 0.8
        attrs["format"] = "mdy"
    suf = g.get("nd_suf")
    if suf and suf in lexicon().suffix_hijri:
        return _Part(date=_hijri_day(y, m, d, attrs), attrs=attrs, confidence=conf)
    return _Part(date=_date(y, m, d), attrs=attrs, confidence=conf)


def _year_of(g: dict[str, str], p: str, anchor: dt.date | None, lex: Lexicon) -> tuple[int | None, str | None]:
    """Explicit year of a day-month or month piece, and the modifier ('past' ...) if any."""
    y = g.get(f"{p}_y") or g.get(f"{p}_y2")
    if y:
        return int(y), None
    ymod = g.get(f"{p}_ymod")
    if ymod:
        if anchor is None:
            return None, "unresolved"
        k = {"past": -1, "current": 0, "future": 1}[lex.modifiers[ymod]]
        return anchor.year + k, None
    return None, _direction(g.get(f"{p}_mod"), lex)


def _piece_daymonth(g: dict[str, str], anchor: dt.date | None, tense: str | None, lex: Lexicon) -> _Part:
    day = int(g["dm_d"]) if "dm_d" in g else 1 if "dm_first" in g else lex.ordinal_days[g["dm_ord"]]
    info = lex.months[g["dm_m"]]
    attrs: dict[str, Any] = {}
    conf = 1.0
    m2 = g.get("dm_m2") or g.get("dm_m3")
    if m2 and lex.months[m2].month != info.month and (lex.months[m2].system == "hijri") == (info.system == "hijri"):
        conf = 0.6
        attrs["conflict"] = "paired month names disagree"
    year, direction = _year_of(g, "dm", anchor, lex)
    if info.system == "hijri" or (g.get("dm_suf") in lex.suffix_hijri and year):
        if year is None:
            if anchor is None:
                return _Part(needs_anchor=True)
            hy, _ = _hijri_year_of(anchor)
            options = {}
            for y in (hy - 1, hy, hy + 1):
                try:
                    options[_hijri_day(y, info.month, day, {})] = y
                except _Invalid:
                    continue
            date, c = _pick(list(options), anchor, direction, tense)
            year, conf = options[date], min(conf, c)
        return _Part(date=_hijri_day(year, info.month, day, attrs), attrs=attrs, confidence=conf)
    if year is not None:
        return _Part(date=_date(year, info.month, day), attrs=attrs, confidence=conf)
    if direction == "unresolved" or anchor is None:
        return _Part(needs_anchor=True, attrs={"month": info.month, "day": day, "direction": direction})
    date, c = _pick_year_for_day(info.month, day, anchor, direction, tense)
    return _Part(date=date, attrs=attrs, confidence=min(conf, c))


_PART_DAY = {"start": 1, "mid": 15, "end": 28}


def _piece_month(g: dict[str, str], anchor: dt.date | None, tense: str | None, lex: Lexicon) -> _Part:
    info = lex.months[g["mo_m"]]
    attrs: dict[str, Any] = {}
    part = lex.month_parts.get(g.get("mo_part", ""))
    if part:
        attrs["part"] = part
    conf = 1.0
    m2 = g.get("mo_m2") or g.get("mo_m3")
    if m2 and lex.months[m2].month != info.month and (lex.months[m2].system == "hijri") == (info.system == "hijri"):
        conf = 0.6
        attrs["conflict"] = "paired month names disagree"
    year, direction = _year_of(g, "mo", anchor, lex)
    if info.system == "hijri":
        if year is None:
            if anchor is None:
                return _Part(needs_anchor=True, precision="month")
            hy, hm = _hijri_year_of(anchor)
            if direction == "future" or (direction is None and tense == "future"):
                year = hy if info.month > hm else hy + 1
            elif direction == "past":
                year = hy if info.month < hm else hy - 1
            else:
                year = hy if info.month <= hm else hy - 1
            conf = min(conf, 0.8)
        first = _hijri_day(year, info.month, 1, attrs)
        length = hijri.month_length(year, info.month) if 1343 <= year <= 1500 else 29
        rep = first + dt.timedelta(days=_PART_DAY.get(part or "", 15) - 1)
        attrs.update(hijri=f"{year:04d}-{info.month:02d}",
                     range=[first.isoformat(), (first + dt.timedelta(days=length - 1)).isoformat()])
        return _Part(value=f"{rep.year:04d}-{rep.month:02d}", precision="month", attrs=attrs, confidence=conf)
    if year is None:
        if direction == "unresolved" or anchor is None:
            return _Part(needs_anchor=True, precision="month")
        year, c = _pick_year_for_month(info.month, anchor, direction, tense)
        conf = min(conf, c)
    return _Part(value=f"{year:04d}-{info.month:02d}", precision="month", attrs=attrs, confidence=conf)


def _piece_year(g: dict[str, str], lex: Lexicon) -> _Part:
    y = int(g.get("yr_y") or g.get("yr_py") or g["yr_bare"])
    attrs: dict[str, Any] = {}
    part = lex.month_parts.get(g.get("yr_part", ""))
    if part:
        attrs["part"] = part
    if g.get("yr_y2"):
        attrs["value_end"] = g["yr_y2"]  # the range's last year ("end" is the span's offset)
    suf = g.get("yr_suf")
    conf = 1.0 if (g.get("yr_cue") or suf or g.get("yr_py")) else 0.85
    hijri_year = (suf in lex.suffix_hijri) if suf else (bool(g.get("yr_cue")) and 1300 <= y <= 1500)
    if hijri_year:
        start, approx = hijri.to_gregorian(y, 1, 1)
        end, _ = hijri.to_gregorian(y + 1, 1, 1)
        mid = start + (end - start) / 2
        attrs.update(calendar="hijri", hijri=str(y), range=[start.isoformat(),
                     (end - dt.timedelta(days=1)).isoformat()])
        if approx:
            attrs["approximate"] = True
        return _Part(value=f"{mid.year:04d}", precision="year", attrs=attrs,
                     confidence=conf if suf else 0.6)
    return _Part(value=f"{y:04d}", precision="year", attrs=attrs, confidence=conf)


def _piece_relperiod(g: dict[str, str], anchor: dt.date | None, lex: Lexicon) -> _Part:
    p = g.get("rp_p") or g.get("rp_p2") or g.get("rp_p3")
    unit = lex.periods["ال" + p]
    attrs: dict[str, Any] = {}
    part = lex.month_parts.get(g.get("rp_part", ""))
    if part:
        attrs["part"] = part
    if g.get("rp_this") or g.get("rp_p3"):
        k = 0
    else:
        k = {"past": -1, "current": 0, "future": 1}[lex.modifiers[g["rp_mod"]]]
        if g.get("rp_before") and k == -1:
            k = -2
    precision = _PRECISION_OF_UNIT[unit]
    if anchor is None:
        return _Part(needs_anchor=True, precision=precision)
    if unit == "Y":
        return _Part(value=f"{anchor.year + k:04d}", precision="year", attrs=attrs)
    if unit == "DE":
        return _Part(value=str((anchor.year + 10 * k) // 10), precision="decade", attrs=attrs,
                     confidence=0.8)
    if unit == "M":
        y, m = add_months(anchor.year, anchor.month, k)
        return _Part(value=f"{y:04d}-{m:02d}", precision="month", attrs=attrs)
    return _Part(value=iso_week(anchor + dt.timedelta(weeks=k)), precision="week", attrs=attrs)


def _century(word: str | None, anchor: dt.date | None, lex: Lexicon) -> int | None:
    """The century number (20 for 1900-1999) named by «القرن الماضي / العشرين»."""
    if not word:
        return None
    c = lex.centuries[word]
    if c <= 0:
        if anchor is None:
            return None
        return anchor.year // 100 + 1 + c
    return c


def _piece_decade(g: dict[str, str], anchor: dt.date | None, lex: Lexicon) -> _Part:
    d = lex.decades[g["dc"]]
    c = _century(g.get("dc_c"), anchor, lex)
    attrs: dict[str, Any] = {}
    conf = 1.0
    if c is None:
        ref = anchor.year if anchor else 2000
        start = 2000 + 10 * d if 2000 + 10 * d <= ref else 1900 + 10 * d
        conf = 0.9
    else:
        start = (c - 1) * 100 + 10 * d
    part = lex.month_parts.get(g.get("dc_part", ""))
    if part:
        attrs["part"] = part
    return _Part(value=str(start // 10), precision="decade", attrs=attrs, confidence=conf)


def _piece_century(g: dict[str, str], anchor: dt.date | None, lex: Lexicon) -> _Part:
    c = _century(g["ce"], anchor, lex)
    if c is None:
        return _Part(needs_anchor=True, precision="century")
    return _Part(value=f"{c - 1:02d}", precision="century")


def _unit_n(g: dict[str, str], p: str, lex: Lexicon) -> tuple[str, int | None]:
    if g.get(f"{p}_dual"):
        return lex.units[g[f"{p}_dual"]][0], 2
    if g.get(f"{p}_sg"):
        return lex.units[g[f"{p}_sg"]][0], 1
    if g.get(f"{p}_pl"):
        return lex.units[g[f"{p}_pl"]][0], None  # «منذ سنوات»: some years
    unit, form = lex.units[g[f"{p}_u"]]
    n = _num(g.get(f"{p}_n"), lex)
    if form == "dual":
        n = 2
    return unit, n


def _iso_duration(unit: str, n: int | None) -> str:
    q = "X" if n is None else str(n)
    if unit == "DE":
        q = "X" if n is None else str(10 * n)
        return f"P{q}Y"
    if unit == "H":
        return f"PT{q}H"
    if unit == "MIN":
        return f"PT{q}M"
    return f"P{q}{unit}"


def _shift(anchor: dt.date, unit: str, k: int) -> tuple[str, str]:
    """Value and precision of the point ``k`` units from the anchor."""
    if unit in ("D", "H", "MIN"):
        return (anchor + dt.timedelta(days=k if unit == "D" else 0)).isoformat(), "day"
    if unit == "W":
        return iso_week(anchor + dt.timedelta(weeks=k)), "week"
    if unit == "M":
        y, m = add_months(anchor.year, anchor.month, k)
        return f"{y:04d}-{m:02d}", "month"
    years = k * (10 if unit == "DE" else 1)
    return f"{anchor.year + years:04d}", "year"


def _piece_reloffset(g: dict[str, str], anchor: dt.date | None, view_after: str, lex: Lexicon) -> _Part:
    unit, n = _unit_n(g, "ro", lex)
    sign = lex.rel_offset_words[g["ro_dir"]]
    duration = _iso_duration(unit, n)
    attrs: dict[str, Any] = {"duration": duration, "direction": "before" if sign < 0 else "after"}
    if g.get("ro_hedge"):
        attrs["approximate"] = True
    if re.match(r"[^\S\n]+(?:من|علي|عن)(?!\w)", view_after) and not g.get("ro_now"):
        attrs["anchor"] = "event"  # «بعد ثلاثة أيام من الهجوم»: counted from another event
        return _Part(value=duration, precision=_PRECISION_OF_UNIT[unit], type="duration", attrs=attrs)
    if n is None:
        return _Part(value=duration, precision=_PRECISION_OF_UNIT[unit], type="duration", attrs=attrs,
                     confidence=0.7)
    if anchor is None:
        return _Part(needs_anchor=True, precision=_PRECISION_OF_UNIT[unit], attrs=attrs)
    value, precision = _shift(anchor, unit, sign * n)
    conf = 0.85 if g["ro_dir"] == "منذ" else 0.95  # «منذ» may also mean «for» (a duration)
    type_ = "time" if unit in ("H", "MIN") else "date"
    return _Part(value=value, precision=precision, attrs=attrs, confidence=conf, type=type_)


def _piece_duration(g: dict[str, str], lex: Lexicon) -> _Part:
    if g.get("du_dual"):
        unit, n = lex.units[g["du_dual"]][0], 2
    else:
        unit, form = lex.units[g["du_u"]]
        n = 2 if form == "dual" else _num(g.get("du_n"), lex)
        if g.get("du_n") and n is None and g["du_n"] not in lex.vague_numbers:
            raise _Invalid
    attrs: dict[str, Any] = {}
    if g.get("du_hedge"):
        attrs["approximate"] = True
    return _Part(value=_iso_duration(unit, n), precision=_PRECISION_OF_UNIT[unit], type="duration",
                 attrs=attrs, confidence=0.9)


def _piece_plperiod(g: dict[str, str], lex: Lexicon) -> _Part:
    code = lex.plural_periods["ال" + g["pp_p"]]
    unit, n = (code[:-1], 2) if code[-1] == "2" else (code, _num(g.get("pp_n"), lex))
    direction = lex.plural_period_mods[g["pp_mod"]]
    return _Part(value=_iso_duration(unit, n), precision=_PRECISION_OF_UNIT[unit], type="duration",
                 attrs={"direction": direction}, confidence=0.9)


def _piece_set(g: dict[str, str], lex: Lexicon) -> _Part:
    if g.get("st"):
        value = lex.sets[g["st"]]
        unit = value.rstrip("0123456789")[-1]
        precision = {"D": "day", "W": "week", "M": "month", "Y": "year", "H": "hour"}[unit]
        return _Part(value=value, precision=precision, type="set")
    wd = lex.weekdays_bare[g["st_wd"]]
    return _Part(value=f"XXXX-WXX-{wd}", precision="day", type="set")


def _piece_dayref(g: dict[str, str], anchor: dt.date | None, lex: Lexicon) -> _Part:
    attrs: dict[str, Any] = {}
    if g.get("dr_pod"):
        k = lex.day_after_part[g["dr_after"]]
        attrs["part_of_day"] = lex.parts_of_day[g["dr_pod"]]
    else:
        k = lex.day_refs[g["dr"]]
        if "ليل" in g["dr"]:
            attrs["part_of_day"] = "night"
    type_ = "time" if attrs else "date"
    if anchor is None:
        return _Part(needs_anchor=True, attrs=attrs, type=type_)
    return _Part(date=anchor + dt.timedelta(days=k), attrs=attrs, type=type_)


def _piece_weekday(g: dict[str, str], anchor: dt.date | None, tense: str | None, lex: Lexicon) -> _Part:
    wd = lex.weekdays[g["wd"]]
    attrs: dict[str, Any] = {"weekday": wd}
    if g.get("wd_pod"):
        attrs["part_of_day"] = lex.parts_of_day[g["wd_pod"]]
    if g.get("wd_2"):
        attrs["until_weekday"] = lex.weekdays[g["wd_2"]]
    type_ = "time" if g.get("wd_pod") else "date"
    if anchor is None:
        return _Part(needs_anchor=True, attrs=attrs, type=type_)
    direction = _direction(g.get("wd_mod"), lex)
    delta_back = (anchor.isoweekday() - wd) % 7  # days back to the most recent one (0 = today)
    if direction == "past":  # «الجمعة الماضية»; «الجمعة قبل الماضية» is the one a week before
        before_last = 7 if g.get("wd_before") else 0
        date, conf = anchor - dt.timedelta(days=(delta_back or 7) + before_last), 0.95
    elif direction == "future":
        ahead = (wd - anchor.isoweekday()) % 7 or 7
        date, conf = anchor + dt.timedelta(days=ahead), 0.95
    elif direction == "current":
        date, conf = anchor + dt.timedelta(days=wd - anchor.isoweekday()), 0.85
    elif tense == "future":
        ahead = (wd - anchor.isoweekday()) % 7
        date, conf = anchor + dt.timedelta(days=ahead), 0.6 if ahead == 0 else 0.75
    else:
        date, conf = anchor - dt.timedelta(days=delta_back), 0.85 if delta_back == 0 else 0.9
    if g.get("wd_2") and (g.get("wd_pod") or "").startswith("منتصف") and attrs["until_weekday"] == wd % 7 + 1:
        date += dt.timedelta(days=1)  # «منتصف ليل الأحد- الاثنين»: the midnight that opens Monday
    return _Part(date=date, attrs=attrs, confidence=conf, type=type_)


def _piece_clock(g: dict[str, str], lex: Lexicon) -> _Part:
    if g.get("ck_h") or g.get("ck_h2"):
        h, mnt = int(g.get("ck_h") or g["ck_h2"]), int(g.get("ck_min") or g["ck_min2"])
        precision = "minute"
    else:
        h = int(g["ck_hd"]) if g.get("ck_hd") else lex.hour_words[g.get("ck_hw") or g["ck_hw2"]]
        mnt, precision = 0, "hour"
    frac = g.get("ck_frac", "")
    if frac:
        precision = "minute"
        if "نصف" in frac:
            mnt = 30
        elif frac.startswith("الا"):
            h, mnt = h - 1, 45 if "ربع" in frac else 40
        else:
            mnt = 15
    attrs: dict[str, Any] = {}
    part = lex.clock_parts.get(g.get("ck_part", ""))
    if part:
        attrs["part_of_day"] = part
        if part in ("evening", "afternoon", "night") and 1 <= h < 12 and not (part == "night" and h <= 4):
            h += 12
        elif part == "midday" and h < 6:
            h += 12
    if g.get("ck_tz"):
        attrs["timezone"] = "UTC" if re.search(r"غ|gmt", g["ck_tz"], re.I) else "local"
    if h > 24 or h < 0:
        raise _Invalid
    return _Part(value=f"T{h % 24:02d}:{mnt:02d}", precision=precision, type="time", attrs=attrs)


def _part(piece: Piece, cand: Candidate, anchor: dt.date | None, view: str, lex: Lexicon) -> _Part:
    g, k = piece.groups, piece.kind
    if k == "numdate":
        return _piece_numdate(g)
    if k == "daymonth":
        return _piece_daymonth(g, anchor, cand.tense, lex)
    if k == "month":
        return _piece_month(g, anchor, cand.tense, lex)
    if k == "year":
        return _piece_year(g, lex)
    if k == "relperiod":
        return _piece_relperiod(g, anchor, lex)
    if k == "decade":
        return _piece_decade(g, anchor, lex)
    if k == "century":
        return _piece_century(g, anchor, lex)
    if k == "reloffset":
        return _piece_reloffset(g, anchor, view[piece.end:piece.end + 8], lex)
    if k == "duration":
        return _piece_duration(g, lex)
    if k == "plperiod":
        return _piece_plperiod(g, lex)
    if k == "set":
        return _piece_set(g, lex)
    if k == "dayref":
        return _piece_dayref(g, anchor, lex)
    if k == "weekday":
        return _piece_weekday(g, anchor, cand.tense, lex)
    if k == "clock":
        return _piece_clock(g, lex)
    raise AssertionError(k)


def resolve(cand: Candidate, anchor: dt.date | None, view: str) -> Resolution | None:
    """Resolve ``cand`` against ``anchor`` (publication date or None); None if it is no real date.

    ``view`` is the normalized text the candidate's offsets point into.
    """
    lex = lexicon()
    rule = "time." + "+".join(cand.kinds)
    try:
        if len(cand.pieces) == 1:
            p = _part(cand.pieces[0], cand, anchor, view, lex)
            if p.date is not None:
                p.value = p.date.isoformat()
            attrs = dict(p.attrs)
            if p.needs_anchor:
                attrs["unresolved"] = "no publication date"
                attrs.pop("month", None), attrs.pop("day", None), attrs.pop("direction", None)
            return Resolution(p.type, p.value, p.precision, round(p.confidence, 2), rule, attrs)
        return _combine(cand, anchor, view, lex, rule)
    except _Invalid:
        return None


def _combine(cand: Candidate, anchor: dt.date | None, view: str, lex: Lexicon, rule: str) -> Resolution:
    """Several pieces naming one moment: the explicit date wins, the others check it."""
    by_kind = {p.kind: p for p in cand.pieces}
    dayref = weekday = None
    if "dayref" in by_kind:
        dayref = _part(by_kind["dayref"], cand, anchor, view, lex)
    if "weekday" in by_kind:
        weekday = _part(by_kind["weekday"], cand, anchor, view, lex)
    explicit = None
    date_piece = by_kind.get("numdate") or by_kind.get("daymonth")
    if date_piece is not None:
        ref = dayref.date if dayref is not None and dayref.date else anchor
        explicit = _part(date_piece, cand, ref, view, lex)
        if explicit.needs_anchor and weekday is not None and "month" in explicit.attrs:
            explicit = _from_weekday(explicit, weekday.attrs["weekday"])
    elif "month" in by_kind:
        explicit = _part(by_kind["month"], cand, anchor, view, lex)
    attrs: dict[str, Any] = {}
    conf = 1.0
    type_ = "date"
    best = None
    for part in (explicit, dayref, weekday):
        if part is None:
            continue
        attrs.update({k: v for k, v in part.attrs.items() if k not in ("month", "day", "direction")})
        if part.type == "time":
            type_ = "time"
        if best is None and (part.date is not None or part.value is not None):
            best = part
    if best is None:
        value, precision = None, "day"
        attrs["unresolved"] = "no publication date"
    else:
        conf = best.confidence
        value = best.date.isoformat() if best.date else best.value
        precision = best.precision
        if best.date is not None:
            if best is dayref and weekday is not None and weekday.date is not None \
                    and best.date.isoweekday() != weekday.attrs["weekday"]:
                # «اليوم الخميس» in a story dated Friday: the metadata date is usually the one
                # that is off (time zones, crawl dates); the weekday the reporter wrote wins
                wd = weekday.attrs["weekday"]
                shift = (wd - best.date.isoweekday() + 3) % 7 - 3
                value = (best.date + dt.timedelta(days=shift)).isoformat()
                conf = 0.6
                attrs["conflict"] = "weekday does not match the day reference; the weekday wins"
            elif weekday is not None and best is not weekday and best.date.isoweekday() != weekday.attrs["weekday"]:
                conf *= 0.6
                attrs["conflict"] = "weekday does not match the date"
            elif dayref is not None and best is not dayref and dayref.date and dayref.date != best.date:
                conf *= 0.7
                attrs["conflict"] = "day reference does not match the date"
            elif best is not weekday and (weekday is not None or dayref is not None):
                conf = max(conf, 0.98)  # two pieces agree
    if "clock" in by_kind:
        clock = _part(by_kind["clock"], cand, anchor, view, lex)
        attrs.update(clock.attrs)
        type_ = "time"
        if value is not None and precision == "day":
            value += clock.value
            precision = clock.precision
        elif value is None:
            value, precision = clock.value, clock.precision
    attrs.pop("weekday", None)
    return Resolution(type_, value, precision, round(conf, 2), rule, attrs)


def _from_weekday(part: _Part, weekday: int) -> _Part:
    """«الأربعاء 20 مارس» with no anchor: the latest year (not after this one) where it fits."""
    month, day = part.attrs["month"], part.attrs["day"]
    for y in range(dt.date.today().year, 1899, -1):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        if d.isoweekday() == weekday:
            return _Part(date=d, confidence=0.6, attrs={"year_from": "weekday"})
    return part
