"""Statements: a quotation cut into clauses at sentence punctuation, on the normalized view.

«اثأروا لدماء إخوانكم ... للثأر. فأحكموا العبوات ...» is two statements, so each call is a
record of its own.  Offsets are code points into the view given.
"""

from __future__ import annotations

import re

__all__ = ["split_statements"]

_BOUNDARY = re.compile(r"[.!?؟؛;…\n]+")
_EDGE = " \t\r\n\"'«»“”„‘’()[]{}،,:.-–—!?؟؛;…"


def split_statements(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[(s, e), ...]`` clauses of ``view[start:end]``, trimmed of spaces, marks and punctuation;
    clauses with no letter are dropped."""
    out: list[tuple[int, int]] = []
    cuts = [m for m in _BOUNDARY.finditer(view, start, end)]
    bounds = [(start, cuts[0].start())] if cuts else [(start, end)]
    for a, b in zip(cuts, cuts[1:] + [None]):
        bounds.append((a.end(), b.start() if b is not None else end))
    for s, e in bounds:
        while s < e and view[s] in _EDGE:
            s += 1
        while e > s and view[e - 1] in _EDGE:
            e -= 1
        if e > s and any(ch.isalpha() for ch in view[s:e]):
            out.append((s, e))
    return out
