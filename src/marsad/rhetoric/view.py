"""A document's normalized view and its entity mentions on it, shared by rhetoric and framing.

Offsets: view spans are code points into the normalized view; :func:`original_span` maps one
back to ``Document.text`` as a ``{start, end, text}`` dict that obeys the offset invariant.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..text.normalize import NormalizedText
from .targets import ViewMention

__all__ = ["as_dict", "view_mentions", "original_span"]


def as_dict(record: Any) -> Mapping[str, Any]:
    """A layer record as a mapping (``to_dict()`` of a record object, else the record)."""
    return record.to_dict() if hasattr(record, "to_dict") else record


def view_mentions(entities: Sequence[Any], nt: NormalizedText) -> list[ViewMention]:
    """Every mention of every entity on the view, sorted by start (longest first)."""
    out: list[ViewMention] = []
    for ent in entities:
        d = as_dict(ent)
        for m in d.get("mentions", ()):
            vs, ve = nt.to_view(m["start"], m["end"])
            if ve > vs:
                out.append(ViewMention(vs, ve, d["id"], d.get("type") or "MISC", d.get("name") or m["text"]))
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def original_span(nt: NormalizedText, start: int, end: int) -> dict[str, Any]:
    """``{start, end, text}`` in the original text for the view span ``[start, end)``."""
    s, e = nt.to_original(start, end)
    return {"start": s, "end": e, "text": nt.original[s:e]}
