"""Hijri <-> Gregorian conversion: Umm al-Qura via ``hijridate``, the tabular calendar outside its range.

``hijridate`` covers 1343-1500 AH (1924-2077 CE) with the official Umm al-Qura tables; older
dates (Wojood's Ottoman-era «عام 1325 هجري») fall back to the arithmetic (tabular, civil epoch)
Islamic calendar, which can be a day or two off and is flagged ``approximate``.
"""

from __future__ import annotations

import datetime as dt
import math

__all__ = ["to_gregorian", "from_gregorian", "month_length"]

_EPOCH = 1948439  # Julian day number of 1 Muharram 1 AH (civil epoch)
_ORDINAL_OFFSET = 1721425  # JDN - date.toordinal()


def _tab_jdn(y: int, m: int, d: int) -> int:
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + _EPOCH - 1


def _tab_from_jdn(jd: int) -> tuple[int, int, int]:
    y = (30 * (jd - _EPOCH) + 10646) // 10631
    m = min(12, math.ceil((jd - (29 + _tab_jdn(y, 1, 1))) / 29.5) + 1)
    d = jd - _tab_jdn(y, m, 1) + 1
    return y, m, d


def to_gregorian(year: int, month: int, day: int) -> tuple[dt.date, bool]:
    """The Gregorian date of Hijri ``year-month-day`` and whether it is approximate.

    Raises ``ValueError`` for impossible dates (month outside 1-12, day outside 1-30).
    """
    if not (1 <= month <= 12 and 1 <= day <= 30 and year >= 1):
        raise ValueError(f"not a Hijri date: {year}-{month}-{day}")
    try:
        from hijridate import Hijri

        return Hijri(year, month, day).to_gregorian(), False
    except (ImportError, ValueError, OverflowError):
        if 1343 <= year <= 1500 and day == 30:
            return to_gregorian(year, month, 29)[0] + dt.timedelta(days=1), True
        ordinal = _tab_jdn(year, month, day) - _ORDINAL_OFFSET
        if ordinal < 1:
            raise ValueError(f"Hijri date {year}-{month}-{day} is before the Gregorian calendar") from None
        return dt.date.fromordinal(ordinal), True


def from_gregorian(date: dt.date) -> tuple[int, int, int]:
    """The Hijri ``(year, month, day)`` of a Gregorian date."""
    try:
        from hijridate import Gregorian

        h = Gregorian(date.year, date.month, date.day).to_hijri()
        return h.year, h.month, h.day
    except (ImportError, ValueError, OverflowError):
        return _tab_from_jdn(date.toordinal() + _ORDINAL_OFFSET)


def month_length(year: int, month: int) -> int:
    """Days in Hijri ``year-month`` (29 or 30)."""
    start, _ = to_gregorian(year, month, 1)
    ny, nm = (year + 1, 1) if month == 12 else (year, month + 1)
    return (to_gregorian(ny, nm, 1)[0] - start).days
