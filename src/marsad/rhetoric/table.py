"""Framing across stored articles: one row per outlet, entity and form (pure; no store access).

:func:`framing_table` takes rows of the ``framing`` layer as the store gives them
(``Store.layer_rows("framing")``: ``doc_id``, ``source``, ``records``) and counts, per outlet
(``source``; ``None`` becomes ``"(unknown)"``), entity and designation or label form, how often
the outlet uses it in its own voice (``narration``: narration and indirect quotations) and how
often it only appears inside quotations (``quote``), and in how many articles.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..text.normalize import normalize_for_search

__all__ = ["framing_table", "COLUMNS"]

COLUMNS = ("source", "entity", "name", "kind", "form", "register", "narration", "quote", "articles")


def _wanted(rec: Mapping[str, Any], entity: str | None) -> bool:
    if not entity:
        return True
    if rec.get("entity") == entity:
        return True
    want = normalize_for_search(entity).strip()
    if not want:
        return False
    names = [rec.get("name"), rec.get("name_en"), *(d.get("text") for d in rec.get("designations", ()))]
    return any(want in normalize_for_search(str(n or "")) for n in names)


def framing_table(rows: Iterable[Mapping[str, Any]], *, entity: str | None = None) -> list[dict[str, Any]]:
    """Rows ``{source, entity, name, kind (designation | label), form, register (register or
    label class), narration, quote, articles}``, sorted by outlet, entity, kind and most used form.
    ``entity`` keeps one entity: an id, or text found in its name, English name or one of the
    designations an article uses (normalized: «داعش» finds Q2429253, and then every
    article's framing of it)."""
    rows = list(rows)
    ids = {rec["entity"] for row in rows for rec in row.get("records") or () if _wanted(rec, entity)}
    table: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for row in rows:
        for rec in row.get("records") or ():
            if rec["entity"] not in ids:
                continue
            src = row.get("source") or rec.get("source") or "(unknown)"
            for kind, items, reg_key in (("designation", rec.get("designations", ()), "register"),
                                         ("label", rec.get("labels", ()), "class")):
                for it in items:
                    form = normalize_for_search(it["text"]).strip()
                    key = (src, rec["entity"], kind, form)
                    cell = table.get(key)
                    if cell is None:
                        cell = table[key] = {"source": src, "entity": rec["entity"], "name": rec.get("name"),
                                             "kind": kind, "form": it["text"], "register": it.get(reg_key),
                                             "narration": 0, "quote": 0, "_docs": set()}
                    cell["quote" if it.get("in_quote") else "narration"] += 1
                    cell["_docs"].add(row.get("doc_id"))
    out = []
    for cell in table.values():
        cell["articles"] = len(cell.pop("_docs"))
        out.append(cell)
    out.sort(key=lambda c: (c["source"], c["entity"], c["kind"], -(c["narration"] + c["quote"]), c["form"]))
    return out
